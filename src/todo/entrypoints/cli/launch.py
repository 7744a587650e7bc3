"""The ``todo`` entry point: hand a task command to the console agent, else run it here.

Starting Python with the whole product imported costs about half a second; a task command itself
costs a few milliseconds. So the task commands on the local database (``add``, ``list``,
``show``, ``edit``, ``done``, ``undo``, ``rm``, ``restore``, ``tags``) go to a background
process of the same user that keeps the product imported and the database open — the console
agent (:mod:`todo.entrypoints.cli.agent`). It runs the very same command code and sends back its
output and exit code. When no agent answers, the command runs here as always and then starts one
for the next command; it ends by itself after ``TODO_CONSOLE_AGENT_IDLE_SECONDS`` without work.

This module imports only the standard library's lightest parts: it runs before every command.
"""

from __future__ import annotations

import json
import os
import socket
import stat
import sys
from collections.abc import Mapping
from typing import IO

#: Commands the agent runs: they read no standard input and need nothing but the settings.
FORWARDED = frozenset({"add", "list", "show", "edit", "done", "undo", "rm", "restore", "tags"})
#: What the output of a command depends on besides the settings; sent along with each command.
RENDERING = ("COLUMNS", "LINES", "TERM", "COLORTERM", "NO_COLOR", "FORCE_COLOR", "TTY_COMPATIBLE")
#: What the settings and the local user depend on besides ``TODO_*``: an agent serves only the
#: commands of a process that agrees on all of them (they name its socket).
IDENTITY = ("HOME", "XDG_DATA_HOME", "TZ", "LOGNAME", "USER", "LNAME", "USERNAME")
#: Values of ``TODO_CONSOLE_AGENT`` that turn the agent off (the settings' spelling of false).
OFF = frozenset({"0", "false", "f", "no", "n", "off"})
ON = frozenset({"", "1", "true", "t", "yes", "y", "on"})
#: The largest message either side sends (a request is a command line; an answer its output).
MESSAGE_MAX = 64 * 1024 * 1024
#: The longest socket path every system accepts (Linux allows 107 bytes, macOS 103).
ADDRESS_MAX = 100
#: How long the agent may take to answer (it waits for a busy database like any command).
ANSWER_TIMEOUT_SECONDS = 300.0


def run() -> None:
    """Run the console: through the agent when one can take this command, else here."""
    arguments = sys.argv[1:]
    address = agent_address(arguments, os.environ, os.getcwd())
    if address is not None:
        code = forward(address, arguments)
        if code is not None:
            sys.exit(code)
    from todo.entrypoints.cli.main import run as run_here

    try:
        run_here()
    finally:
        if address is not None:
            # After the command, not beside it: the first command may be creating the database.
            start_agent(address)


def agent_address(arguments: list[str], environ: Mapping[str, str], cwd: str) -> str | None:
    """Return the socket of the agent that may run ``arguments``, or ``None`` to run them here.

    Only task commands on the local database qualify: not with ``--server``/``TODO_SERVER``, not
    as a container's first process, not where a ``.env`` file may change the settings, not with
    ``TODO_CONSOLE_AGENT`` off.
    """
    if not arguments or arguments[0] not in FORWARDED or os.getpid() == 1:
        return None
    if environ.get("TODO_CONSOLE_AGENT", "").strip().lower() not in ON:
        return None
    if environ.get("TODO_SERVER") or any(a.startswith("--server") for a in arguments):
        return None
    if os.path.exists(os.path.join(cwd, ".env")):
        return None
    directory = runtime_directory(environ)
    if directory is None:
        return None
    address = os.path.join(directory, f"console-{fingerprint(environ, cwd)}.sock")
    return address if len(address.encode()) <= ADDRESS_MAX else None


def runtime_directory(environ: Mapping[str, str]) -> str | None:
    """Return the private directory of this user's agent sockets (``$XDG_RUNTIME_DIR/todo``,
    else ``/tmp/todo-UID``), or ``None`` when it is not private to this user."""
    if runtime := environ.get("XDG_RUNTIME_DIR"):
        directory = os.path.join(runtime, "todo")
    else:
        # Safe in a shared /tmp: used only when this user owns it, as a real directory that
        # nobody else may enter (a squatter's directory or link just means no agent).
        temporary = environ.get("TMPDIR") or "/tmp"  # noqa: S108
        directory = os.path.join(temporary, f"todo-{os.getuid()}")
    return directory if _private(directory, missing_ok=True) else None


def _private(directory: str, *, missing_ok: bool = False) -> bool:
    """Tell whether ``directory`` is a real directory (no link) of this user's alone."""
    try:
        status = os.lstat(directory)
    except FileNotFoundError:
        return missing_ok
    except OSError:
        return False
    return (
        stat.S_ISDIR(status.st_mode) and status.st_uid == os.getuid() and not status.st_mode & 0o077
    )


def fingerprint(environ: Mapping[str, str], cwd: str) -> str:
    """Name what an agent was started with: this Python and product, every ``TODO_*`` setting,
    who the user is, and the working directory when a relative path in the settings needs it."""
    import hashlib

    from todo import __version__

    parts = [sys.executable, __version__]
    parts += sorted(f"{k}={v}" for k, v in environ.items() if k.startswith("TODO_"))
    parts += [f"{k}={environ.get(k, '')}" for k in IDENTITY]
    home = environ.get("TODO_HOME", "")
    database = environ.get("TODO_DATABASE_URL", "")
    if (home and not os.path.isabs(os.path.expanduser(home))) or (
        database.startswith("sqlite") and not database.partition(":///")[2].startswith("/")
    ):
        parts.append(cwd)
    return hashlib.blake2s("\0".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:20]


def forward(address: str, arguments: list[str]) -> int | None:
    """Run ``arguments`` in the agent at ``address`` and print what it printed; return its exit
    code, or ``None`` when no agent took the command."""
    connection = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        connection.connect(address)
    except OSError:
        connection.close()
        return None
    with connection:
        if not same_user(connection):
            return None
        request = {
            "argv": arguments,
            "env": {k: v for k in RENDERING if (v := os.environ.get(k)) is not None},
            "tty": [_isatty(stream) for stream in (sys.stdout, sys.stderr)],
            "columns": _columns(),
        }
        try:
            send(connection, json.dumps(request).encode())
        except OSError:
            return None  # the agent went away before reading: nothing ran
        connection.settimeout(ANSWER_TIMEOUT_SECONDS)
        try:
            answer = json.loads(receive(connection))
        except (OSError, ValueError):
            print(
                "Error: the console agent stopped before answering; run `todo list` to see "
                "whether the change was made.",
                file=sys.stderr,
            )
            return 1
    if answer.get("refused"):
        return None  # the agent is out of date and ends; nothing ran
    sys.stdout.write(answer["stdout"])
    sys.stdout.flush()
    sys.stderr.write(answer["stderr"])
    return int(answer["code"])


def start_agent(address: str) -> None:
    """Start an agent listening at ``address`` in the background, detached from this terminal."""
    import subprocess

    directory = os.path.dirname(address)
    try:
        os.makedirs(directory, mode=0o700, exist_ok=True)
        if not _private(directory):
            return
        subprocess.Popen(  # noqa: S603  (this Python, this package, a path of ours)
            # -P: the working directory does not shadow any module of the agent.
            [sys.executable, "-P", "-m", "todo.entrypoints.cli.agent", address],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
            close_fds=True,
        )
    except OSError:
        pass  # no agent this time: the command runs here all the same


def send(connection: socket.socket, payload: bytes) -> None:
    """Send one message: its length in four bytes, then the bytes."""
    connection.sendall(len(payload).to_bytes(4, "big") + payload)


def receive(connection: socket.socket) -> bytes:
    """Receive one message sent by :func:`send`; raise :class:`ValueError` when it is cut short
    or larger than :data:`MESSAGE_MAX`."""
    size = int.from_bytes(_exactly(connection, 4), "big")
    if size > MESSAGE_MAX:
        raise ValueError("message too large")
    return _exactly(connection, size)


def _exactly(connection: socket.socket, size: int) -> bytes:
    chunks: list[bytes] = []
    while size:
        chunk = connection.recv(min(size, 1 << 20))
        if not chunk:
            raise ValueError("connection closed")
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def same_user(connection: socket.socket) -> bool:
    """Tell whether the process at the other end runs as this user (checked where the system
    says; elsewhere the private directory is the guard)."""
    option = getattr(socket, "SO_PEERCRED", None)
    if option is None:
        return True
    credentials = connection.getsockopt(socket.SOL_SOCKET, option, 12)
    return int.from_bytes(credentials[4:8], sys.byteorder) == os.getuid()


def _isatty(stream: IO[str] | None) -> bool:
    try:
        return stream is not None and stream.isatty()
    except (AttributeError, ValueError):
        return False


def _columns() -> int | None:
    """The width this process would print in: its terminal's, as the console's tables ask."""
    for descriptor in (1, 2, 0):
        try:
            return os.get_terminal_size(descriptor).columns
        except OSError:
            continue
    return None
