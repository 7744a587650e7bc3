"""Which commands the ``todo`` entry point hands to the console agent, and where it looks."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from todo.entrypoints.cli.launch import agent_address, fingerprint, runtime_directory


@pytest.fixture
def runtime() -> Iterator[Path]:
    """A private directory with a short path (pytest's own are too long for a socket)."""
    directory = Path(tempfile.mkdtemp(prefix="todo-launch-"))
    yield directory
    shutil.rmtree(directory)


def environ(runtime: Path, **extra: str) -> dict[str, str]:
    return {"XDG_RUNTIME_DIR": str(runtime), "HOME": "/home/ada", "TODO_HOME": "/data", **extra}


def test_task_commands_go_to_an_agent_named_by_the_settings(runtime: Path, tmp_path: Path) -> None:
    address = agent_address(["list", "--due", "week"], environ(runtime))

    assert address is not None
    assert Path(address).parent == runtime / "todo"
    assert Path(address).name.startswith("console-")
    assert address == agent_address(["add", "x"], environ(runtime))
    other = agent_address(["list"], environ(runtime, TODO_TIMEZONE="Asia/Tokyo"))
    assert other not in (None, address)


@pytest.mark.parametrize(
    ("arguments", "extra"),
    [
        (["serve"], {}),
        (["chat", "hello"], {}),
        (["db", "upgrade"], {}),
        (["--help"], {}),
        ([], {}),
        (["--server", "http://127.0.0.1:8000", "list"], {}),
        (["list"], {"TODO_SERVER": "http://127.0.0.1:8000"}),
        (["list"], {"TODO_CONSOLE_AGENT": "false"}),
        (["list"], {"TODO_CONSOLE_AGENT": "off"}),
        (["list"], {"TODO_CONSOLE_AGENT": "perhaps"}),  # the settings will say it is wrong
        (["list"], {"todo_server": "http://127.0.0.1:8000"}),  # settings are read in any case
        (["list"], {"TODO_DATABASE_URL": "postgresql://127.0.0.1/todo"}),
        (["list"], {"TODO_DATABASE_ECHO": "true"}),
        (["add", "--help"], {}),
    ],
)
def test_other_commands_and_settings_run_here(
    runtime: Path, tmp_path: Path, arguments: list[str], extra: dict[str, str]
) -> None:
    assert agent_address(arguments, environ(runtime, **extra)) is None


def test_a_dotenv_file_in_the_working_directory_keeps_commands_here(
    runtime: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / ".env").write_text("TODO_TIMEZONE=UTC\n")
    monkeypatch.chdir(tmp_path)

    assert agent_address(["list"], environ(runtime)) is None


def test_a_directory_others_may_enter_is_not_used(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    (shared / "todo").mkdir(parents=True)
    os.chmod(shared / "todo", 0o755)
    link_base = tmp_path / "linked"
    link_base.mkdir()
    (link_base / "todo").symlink_to(shared / "todo")

    assert runtime_directory({"XDG_RUNTIME_DIR": str(shared)}) is None
    assert runtime_directory({"XDG_RUNTIME_DIR": str(link_base)}) is None
    assert runtime_directory({"TMPDIR": str(tmp_path / "nothing-yet")}) is not None


def test_a_socket_path_too_long_for_the_system_keeps_commands_here(tmp_path: Path) -> None:
    deep = tmp_path / ("d" * 120)
    deep.mkdir(mode=0o700)

    assert agent_address(["list"], {"XDG_RUNTIME_DIR": str(deep)}) is None


def test_a_directory_that_no_longer_exists_keeps_commands_here(
    runtime: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    gone = tmp_path / "gone"
    gone.mkdir()
    monkeypatch.chdir(gone)
    gone.rmdir()

    assert agent_address(["list"], environ(runtime)) is None


def test_settings_name_the_agent_whatever_their_case() -> None:
    assert fingerprint({"todo_home": "/a"}, "/") != fingerprint({"todo_home": "/b"}, "/")
    assert fingerprint({"TODO_HOME": "/a"}, "/") == fingerprint({"todo_home": "/a"}, "/")
    # What only the caller reads does not make another agent.
    assert fingerprint({"TODO_CONSOLE_AGENT": "true"}, "/") == fingerprint({}, "/")


def test_the_working_directory_counts_only_for_relative_paths() -> None:
    absolute = {"TODO_HOME": "/data"}
    relative = {"TODO_HOME": "data"}
    relative_database = {"TODO_DATABASE_URL": "sqlite:///todo.db"}
    empty_home = {"TODO_HOME": ""}
    relative_data = {"XDG_DATA_HOME": "data"}
    absolute_database = {"TODO_DATABASE_URL": "sqlite:////srv/todo.db"}

    assert fingerprint(absolute, "/a") == fingerprint(absolute, "/b")
    assert fingerprint(absolute_database, "/a") == fingerprint(absolute_database, "/b")
    assert fingerprint(relative, "/a") != fingerprint(relative, "/b")
    assert fingerprint(relative_database, "/a") != fingerprint(relative_database, "/b")
    assert fingerprint(empty_home, "/a") != fingerprint(empty_home, "/b")
    assert fingerprint(relative_data, "/a") != fingerprint(relative_data, "/b")
