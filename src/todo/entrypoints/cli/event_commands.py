"""Console commands for the event outbox: what waits to be sent, and replays."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Annotated

import typer

from todo.entrypoints.cli.runner import EXIT_USAGE, call_with_app, fail

if TYPE_CHECKING:
    from todo.bootstrap import App
    from todo.services.events.replay import OutboxStatus, ReplayResult

app = typer.Typer(
    rich_markup_mode=None,
    help="The event outbox: what waits to be sent, and sending again what a broker lost.",
    no_args_is_help=True,
)

_AGO = re.compile(r"^\s*(\d{1,9}(?:\.\d{1,6})?)\s*([smhd])\s*$")
_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days"}
WHEN_HELP = "a time (2026-11-26T10:00Z; UTC without an offset) or how long ago (90m, 2h, 1d)"


def parse_when(text: str, *, now: datetime, option: str) -> datetime:
    """Read ``text`` as an ISO 8601 time or as how long before ``now``: ``2h``, ``90m``."""
    ago = _AGO.match(text)
    if ago:
        try:
            return now - timedelta(**{_UNITS[ago.group(2)]: float(ago.group(1))})
        except OverflowError:
            raise fail(f"{option} reaches back before the year 1: '{text}'.", EXIT_USAGE) from None
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise fail(f"{option} must be {WHEN_HELP}, not '{text}'.", EXIT_USAGE) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


@app.command()
def replay(
    since: Annotated[str, typer.Option("--since", help=f"Replay from: {WHEN_HELP}.")],
    until: Annotated[
        str | None, typer.Option("--until", help=f"Replay up to: {WHEN_HELP}; default: now.")
    ] = None,
    everything: Annotated[
        bool,
        typer.Option(
            "--all",
            help="Send every event of the range again, not only those a consumer has not "
            "processed (live clients get them again too).",
        ),
    ] = False,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Only say how many events would be sent.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the result as JSON.")] = False,
) -> None:
    """Send again the events sent in a time range, to a broker that lost them.

    For a broker that lost what it held (a Redis that restarted without persistence, say). The
    relay of `todo serve` or `todo worker` sends them, each task's in order; consumers skip
    those they have processed, so it is safe to repeat.

    Example: todo events replay --since 2h
    """

    async def work(app: App) -> ReplayResult:
        from todo.services.events.replay import replay as replay_events

        now = app.clock.now()
        start = parse_when(since, now=now, option="--since")
        end = parse_when(until, now=now, option="--until") if until else now
        return await replay_events(
            app.uow, since=start, until=end, everything=everything, dry_run=dry_run
        )

    result = call_with_app(work)
    if as_json:
        typer.echo(
            json.dumps(
                {
                    "since": result.since.isoformat(),
                    "until": result.until.isoformat(),
                    "sent": result.sent,
                    "again": result.again,
                    "dry_run": dry_run,
                }
            )
        )
        return
    span = f"{_shown(result.since)} to {_shown(result.until)}"
    verb = "would be sent again" if dry_run else "will be sent again by the relay"
    typer.echo(f"{result.sent} events were sent from {span}; {result.again} {verb}.")


@app.command()
def status(
    as_json: Annotated[bool, typer.Option("--json", help="Print the counts as JSON.")] = False,
) -> None:
    """Show how many events wait to be sent, and since when sent ones are kept for a replay.

    Example: todo events status
    """

    async def work(app: App) -> OutboxStatus:
        from todo.services.events.replay import outbox_status

        return await outbox_status(app.uow())

    found = call_with_app(work)
    if as_json:
        typer.echo(
            json.dumps(
                {
                    "unsent": found.unsent,
                    "oldest_unsent": _iso(found.oldest_unsent),
                    "sent": found.sent,
                    "oldest_sent": _iso(found.oldest_sent),
                }
            )
        )
        return
    waiting = f"{found.unsent} events wait to be sent"
    if found.oldest_unsent is not None:
        waiting += f", the oldest from {_shown(found.oldest_unsent)}"
    kept = f"{found.sent} sent events are kept for a replay"
    if found.oldest_sent is not None:
        kept += f", sent since {_shown(found.oldest_sent)}"
    typer.echo(f"{waiting}; {kept}.")


def _shown(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None
