"""Connecting applications by OAuth 2.1: registration, consent, codes, tokens and revocation.

The protocol's grammar (parsing requests, the error responses, the metadata) belongs to the
door; this module keeps its rules, each checked before anything is granted:

* a client registers redirect URIs that are ``https`` or ``http`` on the loopback address, and
  a request must name one of them exactly;
* a client whose id is the URL of its metadata document is known by fetching that document
  (only from public addresses, see :mod:`todo.adapters.client_documents`) when it first sends
  a user to the consent page, and again once the fetched copy is stale;
* only the ``S256`` PKCE method is taken, and a code is exchanged once, by its client, with the
  verifier of its challenge and the same redirect URI, within five minutes; a code presented a
  second time revokes the grant it made (someone else had it);
* tokens are for one resource, this server's MCP endpoint (RFC 8707): a request for another
  resource is refused with ``invalid_target``;
* access tokens are the product's short-lived ones, naming the grant; refresh tokens rotate on
  every use, and a replaced one used again revokes the grant;
* only the user, signed in with a password, grants or revokes; a revoked grant's access tokens
  are refused at once (:func:`~todo.services.authentication.authenticate`).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from todo.adapters.client_documents import ClientDocuments, DocumentUnavailable
from todo.adapters.security import AuthKit, new_opaque_token, token_digest
from todo.adapters.unit_of_work import UnitOfWork
from todo.domain.actor import Actor
from todo.domain.oauth import (
    CODE_LIFETIME,
    MAX_REDIRECT_URIS,
    REFRESH_LIFETIME,
    AuthorizationPublic,
    OAuthClient,
    OAuthCode,
    OAuthGrant,
    OAuthRefreshToken,
    client_key,
    document_url_problem,
    is_document_url,
    read_client_document,
    redirect_uri_problem,
    valid_challenge,
    verifier_matches,
)
from todo.domain.scopes import Scope
from todo.errors import NotFound, OAuthRefused, Unauthorized

#: The scopes a connected application may ask for.
OAUTH_SCOPES: tuple[Scope, ...] = (Scope.TASKS_READ, Scope.TASKS_WRITE, Scope.PROJECTS_WRITE)
_NAME_MAX = 200


def offered_scopes() -> str:
    """Return the scopes an application may ask for, in words: ``a, b and c``."""
    names = [scope.value for scope in OAUTH_SCOPES]
    return f"{', '.join(names[:-1])} and {names[-1]}"


@dataclass(frozen=True)
class AuthorizationRequest:
    """What a client asks its user to approve."""

    client_id: str
    redirect_uri: str
    scopes: tuple[str, ...]
    code_challenge: str
    resource: str


@dataclass(frozen=True)
class OAuthTokens:
    """What a code or a refresh token is exchanged for."""

    access_token: str
    refresh_token: str
    expires_in: int
    scopes: tuple[str, ...]


async def register_client(
    uow: UnitOfWork,
    *,
    name: str | None,
    redirect_uris: Sequence[str],
    registration: dict[str, Any],
    client_id: str | None = None,
) -> OAuthClient:
    """Register a public client (RFC 7591) and return it, under ``client_id`` or a new one."""
    if not redirect_uris:
        raise OAuthRefused("A client must register a redirect URI.", error="invalid_redirect_uri")
    if len(redirect_uris) > MAX_REDIRECT_URIS:
        raise OAuthRefused(
            f"A client may register at most {MAX_REDIRECT_URIS} URIs.", error="invalid_redirect_uri"
        )
    for uri in redirect_uris:
        problem = redirect_uri_problem(uri)
        if problem is not None:
            raise OAuthRefused(problem, error="invalid_redirect_uri")
    client = OAuthClient(
        client_id=(client_id or str(uuid.uuid4()))[:64],
        name=(name or "An unnamed application").strip()[:_NAME_MAX] or "An unnamed application",
        redirect_uris=list(redirect_uris),
        registration=registration,
        created_at=uow.clock.now(),
    )
    registered = OAuthClient.model_validate(client.model_dump())  # read after the commit
    async with uow:
        await uow.oauth.add(client)
        await uow.commit()
    return registered


async def check_request(
    uow: UnitOfWork, request: AuthorizationRequest, *, documents: ClientDocuments | None
) -> OAuthClient:
    """Return the client of an authorization request, or raise :class:`OAuthRefused` saying
    what is wrong with it.

    A client whose id is a metadata document's URL is fetched with ``documents`` when it is not
    known yet or its copy is stale; ``None`` when this server takes no such clients.
    """
    client: OAuthClient | None
    if is_document_url(request.client_id):
        client = await _document_client(uow, documents, request.client_id)
    else:
        async with uow.reading():
            stored = await uow.oauth.client(request.client_id)
            client = OAuthClient.model_validate(stored.model_dump()) if stored else None
    if client is None:
        raise OAuthRefused(
            "This application is not registered here.", error="invalid_client", redirectable=False
        )
    _check(client, request)
    return client


async def _document_client(
    uow: UnitOfWork, documents: ClientDocuments | None, url: str
) -> OAuthClient:
    """Return the client known by the metadata document at ``url``: the stored copy while it is
    fresh, else the document fetched again, checked and stored."""
    problem = document_url_problem(url) if documents is not None else None
    if documents is None or problem is not None:
        refusal = problem or "This server takes no client metadata documents; register instead."
        raise OAuthRefused(refusal, error="invalid_client", redirectable=False)
    now = uow.clock.now()
    async with uow.reading():
        stored = await uow.oauth.client(client_key(url))
        known = OAuthClient.model_validate(stored.model_dump()) if stored else None
    if known is not None and known.refresh_after is not None and known.refresh_after > now:
        return known
    try:
        fetched = await documents.fetch(url)
        read = read_client_document(url, fetched.body)
    except (DocumentUnavailable, ValueError) as failed:
        raise OAuthRefused(
            f"The application's metadata document cannot be used: {failed}",
            error="invalid_client",
            redirectable=False,
        ) from None
    client = OAuthClient(
        client_id=client_key(url),
        name=read.name,
        redirect_uris=list(read.redirect_uris),
        registration=read.document,
        created_at=known.created_at if known is not None else now,
        document_url=url,
        refresh_after=now + fetched.fresh_for,
    )
    kept = OAuthClient.model_validate(client.model_dump())
    async with uow:
        await uow.oauth.keep_document_client(client)
        await uow.commit()
    return kept


def _check(client: OAuthClient, request: AuthorizationRequest) -> None:
    if request.redirect_uri not in client.redirect_uris:
        raise OAuthRefused(
            "The redirect URI is not one this application registered.",
            error="invalid_request",
            redirectable=False,
        )
    if not valid_challenge(request.code_challenge):
        raise OAuthRefused(
            "A PKCE code challenge made with S256 is required.", error="invalid_request"
        )
    unknown = [scope for scope in request.scopes if scope not in OAUTH_SCOPES]
    if unknown or not request.scopes:
        offered = f"; '{unknown[0][:50]}' is not offered." if unknown else "."
        raise OAuthRefused(
            f"Ask for one or more of {offered_scopes()}{offered}", error="invalid_scope"
        )


async def approve(
    uow: UnitOfWork, *, actor: Actor, request: AuthorizationRequest, resource: str
) -> str:
    """Grant the request for ``actor`` (signed in with a password) and return the one-time code
    to send back to the client's redirect URI."""
    actor.require_session()
    if request.resource != resource:
        raise OAuthRefused("Tokens are issued here only for this server.", error="invalid_target")
    now = uow.clock.now()
    code = new_opaque_token()
    async with uow:
        client = await uow.oauth.client(client_key(request.client_id))
        if client is None:
            raise OAuthRefused(
                "This application is not registered here.",
                error="invalid_client",
                redirectable=False,
            )
        _check(client, request)
        grant = OAuthGrant(
            id=str(uuid.uuid4()),
            user_id=actor.user_id,
            client_id=client.client_id,
            scopes=" ".join(sorted(set(request.scopes))),
            resource=resource,
            created_at=now,
        )
        await uow.oauth.add(grant)
        await uow.oauth.add(
            OAuthCode(
                code_hash=token_digest(code),
                grant_id=grant.id,
                code_challenge=request.code_challenge,
                redirect_uri=request.redirect_uri,
                expires_at=now + CODE_LIFETIME,
            )
        )
        await uow.commit()
    return code


async def exchange_code(
    uow: UnitOfWork,
    *,
    kit: AuthKit,
    client_id: str,
    code: str,
    verifier: str,
    redirect_uri: str,
    resource: str | None,
) -> OAuthTokens:
    """Exchange a code for tokens (RFC 6749 §4.1.3, RFC 7636 §4.6); refused with
    ``invalid_grant`` unless everything matches, and a code used twice revokes its grant."""
    now = uow.clock.now()
    async with uow:
        stored = await uow.oauth.code(token_digest(code))
        grant = await uow.oauth.grant(stored.grant_id) if stored is not None else None
        if stored is None or grant is None or grant.client_id != client_key(client_id):
            raise OAuthRefused("The code is not valid.", error="invalid_grant")
        spent = OAuthCode.model_validate(stored.model_dump())
        grant_id, granted_resource = grant.id, grant.resource
        if not await uow.oauth.use_code(stored.code_hash, now=now):
            await uow.oauth.revoke_grant(grant_id, now=now)
            await uow.commit()
            raise OAuthRefused(
                "The code was already used; the access it gave is revoked.", error="invalid_grant"
            )
        await uow.commit()  # the code is spent, whatever follows
    if spent.expires_at <= now:
        raise OAuthRefused("The code has expired; authorize again.", error="invalid_grant")
    if spent.redirect_uri != redirect_uri:
        raise OAuthRefused(
            "The redirect URI differs from the authorization's.", error="invalid_grant"
        )
    if not verifier_matches(verifier, spent.code_challenge):
        raise OAuthRefused("The PKCE code verifier does not match.", error="invalid_grant")
    if resource is not None and resource != granted_resource:
        raise OAuthRefused("Tokens are issued here only for this server.", error="invalid_target")
    return await _issue(uow, kit, grant_id)


async def refresh(
    uow: UnitOfWork,
    *,
    kit: AuthKit,
    client_id: str,
    refresh_token: str,
    scopes: Sequence[str] | None,
    resource: str | None,
) -> OAuthTokens:
    """Exchange a refresh token for a new pair; a replaced one used again revokes its grant."""
    now = uow.clock.now()
    async with uow:
        stored = await uow.oauth.refresh_token(token_digest(refresh_token))
        grant = await uow.oauth.grant(stored.grant_id) if stored is not None else None
        if stored is None or grant is None or grant.client_id != client_key(client_id):
            raise OAuthRefused("The refresh token is not valid.", error="invalid_grant")
        assert stored.id is not None
        expires_at, kept = stored.expires_at, OAuthGrant.model_validate(grant.model_dump())
        if not await uow.oauth.use_refresh_token(stored.id, now=now):
            await uow.oauth.revoke_grant(kept.id, now=now)
            await uow.commit()
            raise OAuthRefused(
                "The refresh token was already used; the access is revoked.", error="invalid_grant"
            )
        await uow.commit()
    if expires_at <= now or kept.revoked_at is not None:
        raise OAuthRefused("The refresh token is no longer valid.", error="invalid_grant")
    if scopes and not set(scopes) <= set(kept.scopes.split()):
        raise OAuthRefused(
            "A refresh cannot add scopes the user did not grant.", error="invalid_scope"
        )
    if resource is not None and resource != kept.resource:
        raise OAuthRefused("Tokens are issued here only for this server.", error="invalid_target")
    return await _issue(uow, kit, kept.id, scopes=scopes)


async def revoke_token(uow: UnitOfWork, *, kit: AuthKit, client_id: str, token: str) -> None:
    """Revoke the grant a token of ``client_id`` belongs to (RFC 7009: a refresh token, or an
    access token); a token that is not one of its grants' is ignored."""
    now = uow.clock.now()
    async with uow:
        stored = await uow.oauth.refresh_token(token_digest(token))
        grant_id = stored.grant_id if stored is not None else _grant_of_access(kit, token, now)
        grant = await uow.oauth.grant(grant_id) if grant_id is not None else None
        if grant is not None and grant.client_id == client_key(client_id):
            await uow.oauth.revoke_grant(grant.id, now=now)
            await uow.commit()


def _grant_of_access(kit: AuthKit, token: str, now: datetime) -> str | None:
    try:
        claims = kit.access_tokens.read(token, now=now)
    except Unauthorized:  # expired or forged: nothing to revoke
        return None
    return claims.grant_id if claims is not None else None


async def authorizations(uow: UnitOfWork, *, actor: Actor) -> list[AuthorizationPublic]:
    """Return the applications the actor connected and has not revoked, newest first."""
    actor.require_session()
    async with uow.reading():
        return [
            AuthorizationPublic(
                id=grant.id,
                client_id=client.public_id,
                client_name=client.name,
                scopes=grant.scopes.split(),
                resource=grant.resource,
                created_at=grant.created_at,
                last_used_at=grant.last_used_at,
            )
            for grant, client in await uow.oauth.grants_of(actor.user_id)
        ]


async def revoke_authorization(uow: UnitOfWork, *, actor: Actor, grant_id: str) -> None:
    """Revoke one of the actor's connected applications: its tokens stop working at once."""
    actor.require_session()
    async with uow:
        grant = await uow.oauth.grant(grant_id[:36])
        if grant is None or grant.user_id != actor.user_id or grant.revoked_at is not None:
            raise NotFound("There is no such connected application.")
        await uow.oauth.revoke_grant(grant.id, now=uow.clock.now())
        await uow.commit()


async def _issue(
    uow: UnitOfWork, kit: AuthKit, grant_id: str, *, scopes: Sequence[str] | None = None
) -> OAuthTokens:
    now = uow.clock.now()
    token = new_opaque_token()
    async with uow:
        grant = await uow.oauth.grant(grant_id)
        user = await uow.users.get(grant.user_id) if grant is not None else None
        if grant is None or grant.revoked_at is not None or user is None or not user.is_active:
            raise OAuthRefused("This access is no longer valid.", error="invalid_grant")
        granted = tuple(scopes) if scopes else tuple(grant.scopes.split())
        await uow.oauth.add(
            OAuthRefreshToken(
                grant_id=grant.id,
                token_hash=token_digest(token),
                created_at=now,
                expires_at=now + REFRESH_LIFETIME,
            )
        )
        await uow.oauth.touch_grant(grant.id, now=now)
        client = await uow.oauth.client(grant.client_id)
        access = kit.access_tokens.issue(
            user_id=user.id,
            role=user.role,
            timezone=user.timezone,
            scopes=frozenset(Scope(name) for name in granted),
            now=now,
            grant_id=grant.id,
            client_id=client.public_id if client is not None else grant.client_id,
            audience=grant.resource,
        )
        await uow.commit()
    return OAuthTokens(
        access_token=access,
        refresh_token=token,
        expires_in=int(kit.access_tokens.lifetime.total_seconds()),
        scopes=granted,
    )
