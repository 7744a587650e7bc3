"""Gather the learned reader's examples from the development sets: what each message did.

``python -m tests.offline_chat.harvest`` plays every case of the development sets through the
offline engine, and for each case whose expected effects all happened, writes the action it
took, the titles of the tasks the user had and the message, one per line, to
:data:`HARVESTED`. Follow-ups (cases with earlier messages) and messages that did several
things are left out: the model reads one message beside the task list. Then run
``python -m tests.offline_chat.train_reader`` to train the model on these and on the examples
written by hand (:data:`~tests.offline_chat.train_reader.WRITTEN`).

The held-out sets read here are the first six, whose misses were read after they were scored
(development since); the seventh, scored once at the end of the round of follow-ups and
wrapped titles, is not read.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

import anyio

from todo.adapters.clock import FixedClock
from todo.adapters.database import create_engine
from todo.adapters.migrations import upgrade
from todo.bootstrap import App, build_app
from todo.config import Settings

from ..conftest import START, cheap_passwords
from ..service.conftest import new_user
from .conftest import ChatSession
from .corpus import CASES, Case, Outcome
from .eighth_voice import EIGHTH_VOICE
from .fifth_voice import FIFTH_VOICE
from .fourth_voice import FOURTH_VOICE
from .held_out import HELD_OUT
from .held_out_fifth import HELD_OUT_FIFTH
from .held_out_fourth import HELD_OUT_FOURTH
from .held_out_second import HELD_OUT_SECOND
from .held_out_sixth import HELD_OUT_SIXTH
from .held_out_third import HELD_OUT_THIRD
from .ninth_voice import NINTH_VOICE
from .second_voice import SECOND_VOICE
from .seventh_voice import SEVENTH_VOICE
from .sixth_voice import SIXTH_VOICE
from .tenth_voice import TENTH_VOICE
from .third_voice import THIRD_VOICE

HARVESTED = Path(__file__).with_name("reader_harvested.tsv")
#: The sets read: every development set, and the held-out sets whose misses were read since.
SETS: tuple[tuple[Case, ...], ...] = (
    CASES,
    SECOND_VOICE,
    THIRD_VOICE,
    FOURTH_VOICE,
    FIFTH_VOICE,
    SIXTH_VOICE,
    SEVENTH_VOICE,
    EIGHTH_VOICE,
    NINTH_VOICE,
    TENTH_VOICE,
    HELD_OUT,
    HELD_OUT_SECOND,
    HELD_OUT_THIRD,
    HELD_OUT_FOURTH,
    HELD_OUT_FIFTH,
    HELD_OUT_SIXTH,
)
_ORDER = ("none", "low", "medium", "high", "urgent")
_CLEARED = {"due": "undue", "reminder": "unremind", "recurrence": "unrepeat"}
_SET = {
    "due": "due",
    "reminder": "remind",
    "recurrence": "repeat",
    "title": "rename",
    "description": "describe",
}


def action_of(out: Outcome) -> str | None:
    """Return the one action the calls of ``out`` took, or None when they took several."""
    actions: set[str] = set()
    for call in out.calls:
        if call.tool in ("add_task", "complete_task", "delete_task", "reopen_task", "restore_task"):
            actions.add(call.tool.removesuffix("_task"))
        elif call.tool == "update_task":
            actions |= _edit(call.args, out)
        elif call.tool in ("list_tasks", "search_tasks", "list_tags", "list_projects"):
            actions.add("list")
    if len(actions - {"list"}) > 1:
        return None
    if not actions:
        return "none"
    changes = actions - {"list"}
    return changes.pop() if changes else "list"


def _edit(args: dict[str, Any], out: Outcome) -> set[str]:
    found = {_CLEARED[name] for name in args.get("clear", ()) if name in _CLEARED}
    found |= {label for name, label in _SET.items() if args.get(name)}
    if "priority" in args:
        before = out.before.get(int(args["task_id"]), {}).get("priority", "none")
        wanted = str(args["priority"])
        if wanted in _ORDER and before in _ORDER and wanted != before:
            found.add("raise" if _ORDER.index(wanted) > _ORDER.index(before) else "lower")
        else:
            found.add("priority")
    return found


async def _examples(app: App) -> list[tuple[str, tuple[str, ...], str]]:
    found: list[tuple[str, tuple[str, ...], str]] = []
    for cases in SETS:
        for item in cases:
            if item.before:
                continue
            chat = ChatSession(app, await new_user(app))
            ids = [await chat.seed(s.title, state=s.state, **s.fields) for s in item.seeds]
            before = await chat.tasks()
            reply = await chat.say(item.say.format(*ids))
            out = Outcome(reply.text, reply.calls, ids, before, await chat.tasks())
            if any(check.problem(out) for check in item.checks):
                continue
            action = action_of(out)
            if action is None:
                continue
            titles = tuple(s.title for s in item.seeds if s.state == "pending")
            found.append((action, titles, item.say.format(*ids)))
    return found


async def _harvest() -> None:
    home = Path(tempfile.mkdtemp(prefix="todo-harvest-"))
    try:
        path = home / "todo.db"
        engine = create_engine(f"sqlite+aiosqlite:///{path}")
        try:
            await upgrade(engine)
        finally:
            await engine.dispose()
        settings = Settings(home=home, database_url=f"sqlite+aiosqlite:///{path}", env="test")
        app = await build_app(settings, clock=FixedClock(START), password_hasher=cheap_passwords())
        try:
            examples = await _examples(app)
        finally:
            await app.aclose()
    finally:
        shutil.rmtree(home, ignore_errors=True)
    lines = [
        f"{label}\t{' | '.join(titles)}\t{' '.join(said.split())}"
        for label, titles, said in examples
    ]
    HARVESTED.write_text("\n".join(sorted(set(lines))) + "\n", encoding="utf-8")
    print(f"{len(lines)} examples written to {HARVESTED}")


if __name__ == "__main__":
    anyio.run(_harvest)
