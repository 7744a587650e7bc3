"""What routes receive: the application, the caller as an actor, and rate limits."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Path, Request
from fastapi.security import OAuth2PasswordBearer
from starlette.requests import HTTPConnection

from todo.bootstrap import App
from todo.domain.actor import Actor
from todo.domain.addresses import network_of
from todo.services.authentication import authenticate

#: The bearer scheme; the /docs page signs in through the password form of /api/v1/auth/token.
bearer = OAuth2PasswordBearer(
    tokenUrl="/api/v1/auth/token",
    auto_error=False,
    description="An access token from /api/v1/auth/token or a personal access token.",
)


async def get_app(request: Request) -> App:
    """Return the application the server was started with."""
    app: App = request.app.state.todo
    return app


AppDep = Annotated[App, Depends(get_app)]


async def current_actor(app: AppDep, token: Annotated[str | None, Depends(bearer)]) -> Actor:
    """Return the caller, from the bearer token; 401 without a valid one."""
    return await authenticate(app.uow(), kit=app.auth, token=token)


ActorDep = Annotated[Actor, Depends(current_actor)]


async def limit_writes(app: AppDep, actor: ActorDep) -> Actor:
    """Return the caller after counting one write against their rate limit."""
    await app.limit(f"write:{actor.user_id}", app.settings.write_rate_limit)
    return actor


WriterDep = Annotated[Actor, Depends(limit_writes)]


def client_network(connection: HTTPConnection) -> str:
    """Return the network the caller counts as in rate limits: its address (as the server, or a
    trusted proxy, reports it), an IPv6 one as its ``/64``."""
    return network_of(connection.client.host if connection.client else "unknown")


#: A task id in a path: a positive 64-bit integer (unknown ones are 404).
TaskId = Annotated[int, Path(ge=1, le=2**63 - 1, description="The task id.")]
#: A personal access token's id in a path.
TokenId = Annotated[int, Path(ge=1, le=2**63 - 1, description="The token's id.")]
