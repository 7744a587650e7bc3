"""Console commands for accounts: sign in to a server, create users, personal access tokens."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Annotated

import typer

from todo.domain.scopes import Scope
from todo.entrypoints.cli.runner import (
    EXIT_USAGE,
    Target,
    call_with_app,
    call_with_backend,
    fail,
    load_settings,
    run_mapping_errors,
)

if TYPE_CHECKING:
    from todo.bootstrap import App
    from todo.domain.invitations import InvitationCreated
    from todo.entrypoints.cli.backend import Backend

user_app = typer.Typer(
    rich_markup_mode=None, help="Accounts on the configured database (for server admins)."
)
token_app = typer.Typer(
    rich_markup_mode=None, help="Personal access tokens for scripts and AI clients."
)

ServerOption = Annotated[
    str | None, typer.Option("--server", help="The server URL (default: TODO_SERVER).")
]


def _read_password(password_stdin: bool, *, confirm: bool) -> str:
    if password_stdin:
        return sys.stdin.readline().rstrip("\n")
    return str(typer.prompt("Password", hide_input=True, confirmation_prompt=confirm))


def login(
    email: Annotated[str, typer.Option("--email", prompt=True, help="Your account's e-mail.")],
    server: ServerOption = None,
    password_stdin: Annotated[
        bool, typer.Option("--password-stdin", help="Read the password from standard input.")
    ] = False,
) -> None:
    """Sign in to a server; later commands with --server (or TODO_SERVER) use that sign-in.

    Example: todo --server https://todo.example.com login --email me@example.com
    """
    settings = load_settings()
    url = server or Target.server or settings.server
    if not url:
        raise fail("name the server: todo --server URL login (or set TODO_SERVER).", EXIT_USAGE)
    password = _read_password(password_stdin, confirm=False)

    async def sign_in() -> None:
        from datetime import UTC, datetime

        import httpx

        from todo.entrypoints.cli.remote_backend import (
            CredentialStore,
            remember,
            result_of,
            server_key,
            warn_if_unencrypted,
        )
        from todo.errors import ServerUnreachable

        key = server_key(url)
        warn_if_unencrypted(key)
        try:
            async with httpx.AsyncClient(base_url=key, timeout=30.0) as http:
                response = await http.post(
                    "/api/v1/auth/token", data={"username": email, "password": password}
                )
        except httpx.HTTPError as exc:
            raise ServerUnreachable(f"Could not reach the server at {key} ({exc}).") from exc
        pair = result_of(response)
        with CredentialStore(settings.home).locked() as stored:
            remember(stored, key, pair, email=email, now=datetime.now(UTC))

    run_mapping_errors(sign_in)
    typer.echo(f"Signed in to {url} as {email}.")


def logout(server: ServerOption = None) -> None:
    """Sign out of a server and forget the sign-in kept on this machine.

    Example: todo --server https://todo.example.com logout
    """
    settings = load_settings()
    url = server or Target.server or settings.server
    if not url:
        raise fail("name the server: todo --server URL logout (or set TODO_SERVER).", EXIT_USAGE)

    async def sign_out() -> bool:
        import httpx

        from todo.entrypoints.cli.remote_backend import (
            CredentialStore,
            server_key,
            warn_if_unencrypted,
        )

        key = server_key(url)
        with CredentialStore(settings.home).locked() as stored:
            sign_in = stored.pop(key, None)
        if sign_in is None:
            return False
        warn_if_unencrypted(key)
        try:
            async with httpx.AsyncClient(base_url=key, timeout=10.0) as http:
                await http.post(
                    "/api/v1/auth/logout", json={"refresh_token": sign_in["refresh_token"]}
                )
        except httpx.HTTPError:
            pass  # forgotten locally either way; the server's copy expires on its own
        return True

    signed_out = run_mapping_errors(sign_out)
    typer.echo(f"Signed out of {url}." if signed_out else f"Not signed in to {url}.")


@user_app.command("create")
def create_user(
    email: Annotated[str, typer.Argument(help="The new account's e-mail.", show_default=False)],
    admin: Annotated[bool, typer.Option("--admin", help="Make the account an admin.")] = False,
    name: Annotated[str, typer.Option("--name", help="A display name.")] = "",
    timezone: Annotated[str, typer.Option("--timezone", help="IANA time zone.")] = "UTC",
    password_stdin: Annotated[
        bool, typer.Option("--password-stdin", help="Read the password from standard input.")
    ] = False,
) -> None:
    """Create an account on the configured database (run it where the server runs).

    Example: todo user create admin@example.com --admin
    """
    password = _read_password(password_stdin, confirm=not password_stdin)

    async def work(app: App) -> str:
        from todo.domain.users import UserRegister
        from todo.services import registration
        from todo.services.validation import parse_input

        data = parse_input(
            UserRegister,
            {"email": email, "password": password, "name": name, "timezone": timezone},
        )
        user = await registration.create_account(
            app.uow(), kit=app.auth, data=data, role="admin" if admin else "user"
        )
        return f"Created {user.role} {user.email} ({user.id})."

    typer.echo(call_with_app(work))


@user_app.command("invite")
def invite_user(
    email: Annotated[
        str | None,
        typer.Argument(help="Only this e-mail may use the invitation.", show_default=False),
    ] = None,
    days: Annotated[int, typer.Option("--days", min=1, max=30, help="Days it can be used.")] = 7,
) -> None:
    """Make a one-time invitation code to open an account (for TODO_REGISTRATION=invite).

    Run it where the server runs; the code is printed once, so pass it on now.

    Example: todo user invite ada@example.com --days 3
    """

    async def work(app: App) -> InvitationCreated:
        from todo.domain.invitations import InvitationCreate
        from todo.services import invitations
        from todo.services.validation import parse_input

        data = parse_input(InvitationCreate, {"email": email, "expires_in_days": days})
        return await invitations.create_operator_invitation(app.uow(), data=data)

    created = call_with_app(work)
    typer.echo(created.code)
    who = f"for {created.email} " if created.email else ""
    typer.echo(
        f"Invitation {who}until {created.expires_at:%Y-%m-%d %H:%M} UTC; store it now: it is "
        "shown only once.",
        err=True,
    )


@token_app.command("create")
def create_token(
    name: Annotated[str, typer.Argument(help="What the token is for.", show_default=False)],
    scope: Annotated[list[Scope], typer.Option("--scope", "-s", help="A scope (repeatable).")],
    days: Annotated[int, typer.Option("--days", min=1, max=365, help="Days it lives.")] = 90,
) -> None:
    """Create a personal access token; it is printed once, so store it now.

    Example: todo token create claude --scope tasks:read --scope tasks:write
    """

    async def work(backend: Backend) -> str:
        from todo.domain.tokens import PersonalAccessTokenCreate
        from todo.services.validation import parse_input

        data = parse_input(
            PersonalAccessTokenCreate,
            {"name": name, "scopes": list(scope), "expires_in_days": days},
        )
        created = await backend.create_token(data)
        return created.token

    token = call_with_backend(work)
    typer.echo(token)
    typer.echo("Store this token now: it is shown only once.", err=True)


@token_app.command("list")
def list_tokens(
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
) -> None:
    """List your personal access tokens (never the tokens themselves).

    Example: todo token list
    """

    async def work(backend: Backend) -> None:
        from todo.entrypoints.cli import render

        tokens = await backend.list_tokens()
        if as_json:
            render.print_json([token.model_dump(mode="json") for token in tokens])
        elif not tokens:
            typer.echo("No tokens.")
        else:
            render.console().print(render.token_table(tokens, backend.timezone, backend.now()))

    call_with_backend(work)


@token_app.command("revoke")
def revoke_token(
    token_id: Annotated[int, typer.Argument(help="The token's id.", show_default=False)],
) -> None:
    """Revoke a personal access token; it stops working at once.

    Example: todo token revoke 3
    """

    async def work(backend: Backend) -> None:
        await backend.revoke_token(token_id)

    call_with_backend(work)
    typer.echo(f"Revoked token {token_id}.")
