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
    address = agent_address(["list", "--due", "week"], environ(runtime), str(tmp_path))

    assert address is not None
    assert Path(address).parent == runtime / "todo"
    assert Path(address).name.startswith("console-")
    assert address == agent_address(["add", "x"], environ(runtime), str(tmp_path))
    other = agent_address(["list"], environ(runtime, TODO_TIMEZONE="Asia/Tokyo"), str(tmp_path))
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
    ],
)
def test_other_commands_and_settings_run_here(
    runtime: Path, tmp_path: Path, arguments: list[str], extra: dict[str, str]
) -> None:
    assert agent_address(arguments, environ(runtime, **extra), str(tmp_path)) is None


def test_a_dotenv_file_in_the_working_directory_keeps_commands_here(
    runtime: Path, tmp_path: Path
) -> None:
    (tmp_path / ".env").write_text("TODO_TIMEZONE=UTC\n")

    assert agent_address(["list"], environ(runtime), str(tmp_path)) is None


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

    assert agent_address(["list"], {"XDG_RUNTIME_DIR": str(deep)}, str(tmp_path)) is None


def test_the_working_directory_counts_only_for_relative_paths() -> None:
    absolute = {"TODO_HOME": "/data"}
    relative = {"TODO_HOME": "data"}
    relative_database = {"TODO_DATABASE_URL": "sqlite:///todo.db"}
    absolute_database = {"TODO_DATABASE_URL": "sqlite:////srv/todo.db"}

    assert fingerprint(absolute, "/a") == fingerprint(absolute, "/b")
    assert fingerprint(absolute_database, "/a") == fingerprint(absolute_database, "/b")
    assert fingerprint(relative, "/a") != fingerprint(relative, "/b")
    assert fingerprint(relative_database, "/a") != fingerprint(relative_database, "/b")
