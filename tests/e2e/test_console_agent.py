"""The console agent, through the real ``todo`` program: a task command goes to the background
process when one runs, prints exactly what the command prints on its own, and the agent ends when
idle, stopped, or out of date.

Each test has its own ``TODO_HOME`` and ``XDG_RUNTIME_DIR``; every agent a test started is stopped
by its process id before the test ends.
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from todo.entrypoints.cli.launch import ACCEPTED, receive, send

TODO = Path(sys.executable).parent / "todo"
#: How long an agent may take to start (imports, the database, a first list) on a busy machine.
START_SECONDS = 60.0


@dataclass
class Console:
    """Runs ``todo`` with the agent on, in a home and runtime directory of its own."""

    env: dict[str, str]
    sockets: Path

    def run(self, *args: str, agent: bool = True, **extra: str) -> subprocess.CompletedProcess[str]:
        env = {**self.env, **extra, "TODO_CONSOLE_AGENT": "true" if agent else "false"}
        return subprocess.run(
            [str(TODO), *args], env=env, capture_output=True, text=True, timeout=120, check=False
        )

    def agents(self) -> list[Path]:
        """The sockets of the agents listening now."""
        return sorted(self.sockets.glob("*.sock")) if self.sockets.exists() else []

    def wait_for_agent(self, count: int = 1) -> Path:
        """Wait until ``count`` agents listen; return the newest socket."""
        deadline = time.monotonic() + START_SECONDS
        while time.monotonic() < deadline:
            ready = [s for s in self.agents() if s.with_suffix(".pid").exists()]
            if len(ready) >= count:
                return max(ready, key=lambda s: s.stat().st_mtime)
            time.sleep(0.05)
        raise AssertionError(f"no agent listened within {START_SECONDS} s: {self.log()}")

    def log(self) -> str:
        return "".join(p.read_text() for p in sorted(self.sockets.glob("*.log")))

    def commands_run_by_agents(self) -> list[str]:
        """The command names the agents' logs say they ran."""
        return [
            line.split("] ", 1)[1].split(" → ")[0]
            for line in self.log().splitlines()
            if " → " in line
        ]


def _pid(socket_path: Path) -> int:
    return int(socket_path.with_suffix(".pid").read_text())


def _wait_gone(pid: int, seconds: float = 30.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        # A child of ours that ended stays a zombie until reaped; agents are not our children.
        time.sleep(0.05)
    return False


def _stop_agents(sockets: Path) -> None:
    """Stop every agent that holds a lock in ``sockets``, by its process id (SIGTERM, then
    SIGKILL); fail when one cannot be stopped."""
    time.sleep(0.5)  # an agent the last command started has taken its lock by now
    for lock_path in sockets.glob("*.lock"):
        deadline = time.monotonic() + START_SECONDS
        with open(lock_path) as lock:
            while True:
                try:
                    fcntl.flock(lock.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break  # nobody holds it: no agent
                except BlockingIOError:
                    pid_path = lock_path.with_suffix(".pid")
                    late = time.monotonic() > deadline
                    if pid_path.exists():
                        pid = int(pid_path.read_text())
                        os.kill(pid, signal.SIGKILL if late else signal.SIGTERM)
                        _wait_gone(pid)
                    elif late:
                        raise AssertionError(f"an agent of {lock_path} never listened") from None
                    else:
                        time.sleep(0.05)  # still starting


@pytest.fixture
def console(tmp_path: Path) -> Iterator[Console]:
    # A short path: a socket's path has a length limit, and pytest's own directories pass it.
    runtime = Path(tempfile.mkdtemp(prefix="todo-agent-"))
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("TODO_") or key.startswith("TODO_TEST_")
    }
    env |= {
        "TODO_HOME": str(tmp_path / "home"),
        "TODO_TIMEZONE": "Europe/Berlin",
        "XDG_RUNTIME_DIR": str(runtime),
        "TODO_CONSOLE_AGENT_IDLE_SECONDS": "120",
        "COLUMNS": "120",
    }
    made = Console(env=env, sockets=runtime / "todo")
    try:
        yield made
    finally:
        _stop_agents(made.sockets)
        shutil.rmtree(runtime)


def test_the_agent_runs_task_commands_exactly_as_the_process_would(console: Console) -> None:
    first = console.run("add", "Pay rent tomorrow 9am #home !high every month")
    assert first.returncode == 0, first.stderr
    assert console.commands_run_by_agents() == []  # the first ran here and started an agent
    console.wait_for_agent()

    added = console.run("add", "Call", "mom", "--due", "friday")
    assert added.returncode == 0, added.stderr
    assert added.stdout.startswith("Added 2: Call mom")

    for args in (
        ["list"],
        ["list", "--json"],
        ["list", "--all", "--sort", "due"],
        ["show", "1"],
        ["show", "1", "--json"],
        ["tags"],
        ["show", "99"],  # not found: 1 and one sentence
        ["list", "--due", "someday"],  # a usage mistake: 2
        ["list", "--help"],
    ):
        through_agent = console.run(*args)
        on_its_own = console.run(*args, agent=False)
        assert (through_agent.returncode, through_agent.stdout, through_agent.stderr) == (
            on_its_own.returncode,
            on_its_own.stdout,
            on_its_own.stderr,
        ), args
    assert console.run("show", "99").stderr == "Error: Task 99 was not found.\n"
    assert console.run("list", "--due", "someday").returncode == 2
    # Every command above went to the one agent ("--help" stays here), none was refused.
    ran = console.commands_run_by_agents()
    once = ["add", "list", "list", "list", "show", "show", "tags", "show", "list"]
    assert ran == [*once, "show", "list"]
    assert "out of date" not in console.log()


def test_on_a_terminal_colours_and_width_are_those_of_the_process(console: Console) -> None:
    console.run("add", "Pay rent tomorrow 9am #home !high every month")
    console.run("add", "A title long enough to be cut short on a narrow terminal, surely")
    console.wait_for_agent()
    env = {k: v for k, v in console.env.items() if k != "COLUMNS"} | {"TERM": "xterm-256color"}
    for columns in (100, 44):
        through_agent = _on_a_terminal(["list"], env | {"TODO_CONSOLE_AGENT": "true"}, columns)
        on_its_own = _on_a_terminal(["list"], env | {"TODO_CONSOLE_AGENT": "false"}, columns)
        assert "\x1b[" in through_agent  # colours
        assert through_agent == on_its_own, columns
    assert console.commands_run_by_agents() == ["list", "list"]


def _on_a_terminal(args: list[str], env: dict[str, str], columns: int) -> str:
    """Run ``todo`` with a pseudo-terminal of ``columns`` as its standard streams."""
    import fcntl as control
    import pty
    import struct
    import termios

    leader, follower = pty.openpty()
    control.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 40, columns, 0, 0))
    process = subprocess.Popen(
        [str(TODO), *args], env=env, stdin=follower, stdout=follower, stderr=follower
    )
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal closed: the process ended
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    assert process.wait(timeout=120) == 0
    return b"".join(chunks).decode()


def test_sigterm_during_a_command_lets_it_finish_then_ends(console: Console) -> None:
    import sqlite3

    console.run("list")
    pid = _pid(console.wait_for_agent())
    database = sqlite3.connect(Path(console.env["TODO_HOME"]) / "todo.db")
    database.execute("BEGIN IMMEDIATE")  # the agent's write waits for this one
    env = {**console.env, "TODO_CONSOLE_AGENT": "true"}
    adding = subprocess.Popen(
        [str(TODO), "add", "Written once"], env=env, stdout=subprocess.PIPE, text=True
    )
    time.sleep(1.0)
    os.kill(pid, signal.SIGTERM)
    time.sleep(0.5)
    database.rollback()
    database.close()

    out, _ = adding.communicate(timeout=120)
    assert adding.returncode == 0
    assert out.startswith("Added 1: Written once")
    assert _wait_gone(pid)
    listed = json.loads(console.run("list", "--json", agent=False).stdout)
    assert [task["title"] for task in listed] == ["Written once"]


def test_commands_an_ending_agent_did_not_take_run_in_their_own_process(
    console: Console,
) -> None:
    console.run("list")
    old_agent = _pid(console.wait_for_agent())
    for leftover in Path(console.env["TODO_HOME"]).glob("todo.db*"):
        leftover.unlink()  # the agent will refuse: its database was replaced
    env = {**console.env, "TODO_CONSOLE_AGENT": "true"}
    adds = [
        subprocess.Popen([str(TODO), "add", f"Task {n}"], env=env, stdout=subprocess.PIPE)
        for n in range(3)
    ]
    ended = [(process.communicate(timeout=120), process.returncode) for process in adds]
    assert [code for _, code in ended] == [0, 0, 0], ended

    assert _wait_gone(old_agent)
    listed = json.loads(console.run("list", "--json", agent=False).stdout)
    assert sorted(task["title"] for task in listed) == ["Task 0", "Task 1", "Task 2"]


def test_completing_a_repeating_task_in_the_agent_shows_the_next_one_and_records_events(
    console: Console,
) -> None:
    assert console.run("add", "Water plants tomorrow every week").returncode == 0
    console.wait_for_agent()

    done = console.run("done", "1")

    assert (done.returncode, done.stdout) == (0, "Done 1: Water plants\n"), done.stderr
    assert "done" in console.commands_run_by_agents()
    next_one = json.loads(console.run("show", "2", "--json").stdout)  # there at once
    assert (next_one["title"], next_one["completed"]) == ("Water plants", False)
    status = console.run("events", "status")  # not a task command: never forwarded
    assert status.stdout.startswith("3 events wait to be sent"), status.stdout  # added, done, new


def test_settings_that_differ_get_an_agent_of_their_own(console: Console) -> None:
    assert console.run("list").returncode == 0
    console.wait_for_agent()
    assert console.run("list", TODO_TIMEZONE="Asia/Tokyo").returncode == 0
    console.wait_for_agent(count=2)
    assert len(console.agents()) == 2


def test_an_idle_agent_ends_and_leaves_no_socket(console: Console) -> None:
    assert console.run("list", TODO_CONSOLE_AGENT_IDLE_SECONDS="1").returncode == 0
    pid = _pid(console.wait_for_agent())

    assert _wait_gone(pid)
    assert console.agents() == []
    assert "idle: stopping" in console.log()


def test_sigterm_ends_the_agent_and_removes_its_socket(console: Console) -> None:
    console.run("list")
    pid = _pid(console.wait_for_agent())

    os.kill(pid, signal.SIGTERM)

    assert _wait_gone(pid)
    assert console.agents() == []
    listed = console.run("list")  # runs here, starts another
    assert listed.returncode == 0
    assert "No tasks" in listed.stdout + listed.stderr


def test_an_agent_whose_database_was_replaced_refuses_and_ends(console: Console) -> None:
    console.run("add", "Before the reset")
    old_agent = _pid(console.wait_for_agent())
    home = Path(console.env["TODO_HOME"])
    for leftover in home.glob("todo.db*"):
        leftover.unlink()

    listed = console.run("list")

    assert listed.returncode == 0
    assert "Before the reset" not in listed.stdout  # ran here, on the new empty database
    assert _wait_gone(old_agent)
    assert "the database file was replaced" in console.log()


def test_what_is_not_a_command_does_not_upset_the_agent(console: Console) -> None:
    console.run("add", "Still here")
    address = console.wait_for_agent()
    nested = b"[" * 100_000
    for junk in (
        b"\x00\x00\x00\x05hello",
        b"\xff\xff\xff\xff",
        b"\x00\x00\x00\x02{}",
        len(nested).to_bytes(4, "big") + nested,
    ):
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as raw:
            raw.connect(str(address))
            raw.sendall(junk)
            raw.shutdown(socket.SHUT_WR)
            raw.settimeout(30)
            assert raw.recv(10) == b""  # closed without running anything
    request = {
        "argv": ["list"],
        "prog": "todo",
        "env": {},
        "tty": [False, False],
        "columns": 80,
        "help_columns": 80,
    }
    for not_taken in ({**request, "argv": ["serve"]}, {**request, "argv": "list"}):
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as raw:
            raw.connect(str(address))
            send(raw, json.dumps(not_taken).encode())
            raw.settimeout(30)
            assert raw.recv(10) == b""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as raw:
        raw.connect(str(address))
        send(raw, json.dumps(request).encode())
        raw.settimeout(30)
        assert raw.recv(1) == ACCEPTED
        answer = json.loads(receive(raw))
    assert answer["code"] == 0
    assert "Still here" in answer["stdout"]


def test_the_agents_files_are_private(console: Console) -> None:
    console.run("list")
    address = console.wait_for_agent()
    assert (address.parent.stat().st_mode & 0o777) == 0o700
    for path in address.parent.iterdir():
        assert path.stat().st_mode & 0o077 == 0, path


def test_commands_at_once_on_a_new_database_all_succeed(console: Console) -> None:
    env = {**console.env, "TODO_CONSOLE_AGENT": "false"}
    adds = [
        subprocess.Popen(
            [str(TODO), "add", f"At once {n}"], env=env, stdout=subprocess.PIPE, text=True
        )
        for n in range(4)
    ]
    ended = [(process.communicate(timeout=120), process.returncode) for process in adds]
    # Each waited for the one migrating the new database, and found the local user it made.
    assert [code for _, code in ended] == [0, 0, 0, 0], ended

    listed = json.loads(console.run("list", "--json", agent=False).stdout)
    assert len(listed) == 4
