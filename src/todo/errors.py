"""The errors the service layer raises, independent of any transport.

Each door maps them once: the REST API to an HTTP status and a problem+json body, the console to
an exit code and one sentence, the MCP server to a tool error. The message of every error is a
complete sentence meant for the person who caused it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FieldProblem:
    """One problem with one input field."""

    field: str
    message: str


class TodoError(Exception):
    """Base class of every expected error; ``str(error)`` is one sentence for the user."""

    title = "Request failed"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NotFound(TodoError):
    """The thing does not exist, or belongs to somebody else (the two are never told apart)."""

    title = "Not found"


class Invalid(TodoError):
    """The input breaks a rule; ``problems`` names the fields at fault."""

    title = "Invalid input"

    def __init__(
        self,
        message: str,
        *,
        field: str | None = None,
        problems: list[FieldProblem] | None = None,
    ) -> None:
        super().__init__(message)
        self.problems: list[FieldProblem] = list(problems or [])
        if field is not None and not self.problems:
            self.problems.append(FieldProblem(field=field, message=message))


class Conflict(TodoError):
    """The request cannot be applied to the current state of the thing."""

    title = "Conflict"


#: What a change is told when it clashed with another one made at the same moment (a uniqueness
#: rule, a version replaced meanwhile, a tag deleted while it was being used): it changed nothing.
CLASHED = "The change clashed with another one made at the same moment; try again."


class StillInProgress(Conflict):
    """An earlier request with the same idempotency key is still being handled; its answer
    can be had by sending the request again after ``retry_after`` seconds."""

    title = "Request in progress"

    def __init__(self, message: str, *, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class PreconditionFailed(TodoError):
    """The caller's copy is stale: the thing changed since it was read."""

    title = "Precondition failed"


class Unauthorized(TodoError):
    """No valid credential was presented."""

    title = "Unauthorized"


class OAuthRefused(TodoError):
    """An OAuth request the protocol refuses; ``error`` is its code (RFC 6749 §5.2, RFC 7591
    §3.2.2, RFC 8707 §2): ``invalid_grant``, ``invalid_redirect_uri``, ``invalid_target`` …."""

    title = "OAuth request refused"

    def __init__(
        self, message: str, *, error: str = "invalid_request", redirectable: bool = True
    ) -> None:
        super().__init__(message)
        self.error = error
        #: Whether the answer may go back to the redirect URI: not when the client or the
        #: redirect URI itself is what is wrong (RFC 6749 §4.1.2.1).
        self.redirectable = redirectable


class Forbidden(TodoError):
    """The credential is valid but does not allow this."""

    title = "Forbidden"


class RateLimited(TodoError):
    """Too many requests; ``retry_after`` says in how many seconds to try again."""

    title = "Too many requests"

    def __init__(self, message: str, *, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class WrongPassword(Forbidden):
    """The current password given to change the password is not the account's."""


class Unavailable(TodoError):
    """Something this service needs cannot be reached now; nothing was changed, and the same
    request may succeed later."""

    title = "Service unavailable"


class DatabaseUnavailable(Unavailable):
    """The database cannot be reached (connection refused, dropped, or timed out)."""

    title = "Database unavailable"


class BrokerUnavailable(Unavailable):
    """The broker cannot be reached, or refused an event; nothing was lost (it stays queued)."""

    title = "Broker unavailable"


class ServerUnreachable(Unavailable):
    """The Todo Evolution server the console talks to could not be reached."""

    title = "Server unreachable"


class SchemaOutdated(TodoError):
    """The database is not at the schema this version of the product needs."""

    title = "Database schema out of date"


class ConfigurationError(TodoError):
    """The product is configured in a way it refuses to run with."""

    title = "Configuration error"


class Busy(TodoError):
    """The database could not take the change in time (other writes held it); nothing was
    written, and the same request may be sent again after ``retry_after`` seconds."""

    title = "Busy"

    def __init__(self, message: str, *, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after
