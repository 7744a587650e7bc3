"""The console examples in the docs run, in order, on a fresh database, and succeed."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
from typer.testing import CliRunner

from todo.entrypoints.cli.main import app

DOCS = Path(__file__).parents[2] / "docs"
BLOCK = re.compile(r"```console\n(.*?)```", re.DOTALL)


def examples(page: str) -> list[list[str]]:
    """Return the ``$ todo …`` commands of a docs page, split as a shell splits them."""
    commands = []
    for block in BLOCK.findall((DOCS / page).read_text()):
        for line in block.splitlines():
            if line.startswith("$ todo "):
                commands.append(shlex.split(line.removeprefix("$ todo "), comments=True))
    return commands


def test_the_console_page_has_examples() -> None:
    assert len(examples("console.md")) > 20


def test_every_console_example_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TODO_HOME", str(tmp_path))
    monkeypatch.setenv("TODO_TIMEZONE", "Europe/Berlin")
    monkeypatch.delenv("TODO_DATABASE_URL", raising=False)
    runner = CliRunner()
    for command in examples("console.md"):
        result = runner.invoke(app, command)
        assert result.exit_code == 0, f"todo {shlex.join(command)}\n{result.output}"


def test_every_chat_example_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TODO_HOME", str(tmp_path))
    monkeypatch.setenv("TODO_TIMEZONE", "Europe/Berlin")
    monkeypatch.delenv("TODO_DATABASE_URL", raising=False)
    monkeypatch.delenv("TODO_LLM_BASE_URL", raising=False)
    commands = examples("chat.md")
    assert len(commands) >= 5
    runner = CliRunner()
    replies = []
    for command in commands:
        result = runner.invoke(app, command)
        assert result.exit_code == 0, f"todo {shlex.join(command)}\n{result.output}"
        assert "didn't understand" not in result.output, shlex.join(command)
        replies.append(result.output)
    said = {shlex.join(command): reply for command, reply in zip(commands, replies, strict=True)}
    assert "Buy groceries" in said["chat 'Add a task to buy groceries tomorrow at 5pm #errands'"]
    assert "done" in said["chat --tools 'Mark task 1 as complete'"]
    assert "Added 'Gym'" in said["chat 'gym each weekday at 7'"]
    assert "repeating every weekday" in said["chat 'gym each weekday at 7'"]
    assert (
        "I'll remind you about 'Renew car insurance'"
        in said["chat 'ping me about the insurance tomorrow at 8'"]
    )
    assert "'Phone grandma' is done" in said["chat 'phoned grandma'"]
    assert "left it open" in said["chat 'I haven'\"'\"'t packed for Lisbon yet'"]
    weber = said["chat 'add '\"'\"'Call Dr. Weber'\"'\"' for monday 9am, high prio, tag health'"]
    assert "Added 'Call Dr. Weber', due Monday" in weber  # the clock is the machine's here
    assert "at 09:00, high priority, tagged #health." in weber
    assert "repeating" in said["chat 'newsletter on the first monday of each month'"]
    gardener = said["chat 'pay the gardener on the last day of each month'"]
    assert "repeating every month on its last day" in gardener
    log = said["chat 'Log it: renew the range membership, no later than 15 December'"]
    assert "Added 'Renew the range membership', due" in log
    both = said["chat 'Sent the invoice. Also add chase up the late payment for monday'"]
    assert "Added 'Chase up the late payment'" in both
    assert "health" in said["chat 'which tags am I using?'"]
    evening = said["chat 'the gym reminder should be the evening before'"]
    assert "I'll remind you about 'Gym'" in evening  # the evening before it is due
    assert "at 18:00" in evening
    renewed = said["chat 'renewed the range membership, card arriving friday'"]
    assert "'Renew the range membership' is done" in renewed
    assert "Added" not in renewed
    bike = said["chat 'ooh can you stick get the bike serviced on for tomorrow'"]
    assert "Added 'Get the bike serviced', due" in bike
    assert "1 December" in said["chat 'anything dec 1-4?'"]
    plumber = said["chat 'um add uh call the um plumber tomorrow at like ten'"]
    assert "Added 'Call the plumber', due" in plumber
    assert "at 10:00" in plumber
    assert "urgent" in said["chat 'p1 call the plumber'"]
    ferns = said["chat 'need a to-do called water the ferns, note: the big one too'"]
    assert "Added 'Water the ferns'" in ferns
    assert "Water the ferns" in said["chat 'did I water the ferns or not?'"]
    reminders = said[
        "chat 'Reminders please: call the plumber tomorrow 9am, renew the domain monday 9am'"
    ]
    assert "'Call the plumber'" in reminders
    assert "'Renew the domain'" in reminders
    told = said[
        "chat 'I need to file the VAT return by 4 Dec. Can you add that? Note: the accountant "
        "has the receipts'"
    ]
    assert told.count("Added") == 1  # one task, told over three sentences
    assert "'File the VAT return'" in told
    assert "due on" in said["chat 'diary for tomorrow?'"]
    retreat = said["chat 'please add: email the retreat waitlist, wednesday 7pm, tag it retreat'"]
    assert "Added 'Email the retreat waitlist', due Wednesday" in retreat  # one task, in parts
    assert "at 19:00" in retreat
    assert "#retreat" in retreat
    assert "from Monday" in said["chat 'whats on between mon and wed'"]
    emailed = said["chat 'retreat waitlist emailed to everyone'"]
    assert "'Email the retreat waitlist' is done" in emailed
