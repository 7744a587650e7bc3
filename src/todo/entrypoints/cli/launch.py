"""The ``todo`` entry point: hand a task command to the console agent, else run it here.

Starting Python with the whole product imported costs about half a second; a task command itself
costs a few milliseconds. So the task commands on the embedded database (``add``, ``list``,
``show``, ``edit``, ``done``, ``undo``, ``rm``, ``restore``, ``tags``) go to a background
process of the same user that keeps the product imported and the database open — the console
agent (:mod:`todo.entrypoints.cli.agent`). It runs the very same command code and sends back its
output and exit code. When no agent answers, the command runs here as always and then starts one
for the next command; it ends by itself after ``TODO_CONSOLE_AGENT_IDLE_SECONDS`` without work.

A command runs once: here when the agent did not say it took it, there when it did. This module
imports only the standard library's lightest parts: it runs before every command.
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
FORWARDED = frozenset(
    {"add", "list", "show", "edit", "done", "undo", "rm", "restore", "tags", "project"}
)
#: What the output of a command depends on besides the settings; sent along with each command.
RENDERING = ("COLUMNS", "LINES", "TERM", "COLORTERM", "NO_COLOR", "FORCE_COLOR", "TTY_COMPATIBLE")
#: What the settings, the local user and the code depend on besides ``TODO_*``: an agent serves
#: only the commands of a process that agrees on all of them (they name its socket).
IDENTITY = (
    "HOME",
    "XDG_DATA_HOME",
    "TZ",
    "LOGNAME",
    "USER",
    "LNAME",
    "USERNAME",
    "PYTHONPATH",
    "PYTHONHOME",
    "LD_PRELOAD",
    "FAKETIME",
)
#: Settings the calling process alone reads.
_CALLER_ONLY = frozenset({"TODO_CONSOLE_AGENT"})
ON = frozenset({"", "1", "true", "t", "yes", "y", "on"})
#: The largest message either side sends (a request is a command line; an answer its output).
MESSAGE_MAX = 256 * 1024 * 1024
#: The longest socket path every system accepts (Linux allows 107 bytes, macOS 103).
ADDRESS_MAX = 100
#: What the agent sends once it has taken a command: from then on the command is its to run.
ACCEPTED = b"\x01"
#: How long the agent may take to say whether it takes a command.
ACCEPT_TIMEOUT_SECONDS = 10.0
#: How long it may take to answer (it waits for a busy database like any command).
ANSWER_TIMEOUT_SECONDS = 300.0
#: Exit code after Ctrl-C, as a shell reports it.
EXIT_INTERRUPTED = 130


def run() -> None:
    """Run the console: through the agent when one can take this command, else here."""
    arguments = sys.argv[1:]
    address = agent_address(arguments, os.environ)
    if address is not None:
        code = forward(address, arguments)
        if code is not None:
            sys.exit(code)
    from todo.entrypoints.cli.main import run as run_here

    try:
        run_here()
    except SystemExit as ended:
        # After a command that worked, not beside it: the first one may be creating the
        # database, and one that failed on its settings would fail in the agent too.
        if address is not None and not ended.code:
            start_agent(address)
        raise
    if address is not None:
        start_agent(address)


def agent_address(arguments: list[str], environ: Mapping[str, str]) -> str | None:
    """Return the socket of the agent that may run ``arguments``, or ``None`` to run them here.

    Only task commands on the embedded database qualify: not with ``--server``/``TODO_SERVER``,
    another database, ``--help``, SQL echo, as a container's first process, where a ``.env``
    file may change the settings, or with ``TODO_CONSOLE_AGENT`` off.
    """
    if os.name != "posix" or not arguments or arguments[0] not in FORWARDED or os.getpid() == 1:
        return None  # (the agent speaks over a Unix socket, with POSIX permissions)
    if any(a.startswith("--server") or a in ("--help", "-h") for a in arguments):
        return None
    settings = {key.upper(): value for key, value in environ.items() if _is_setting(key)}
    if settings.get("TODO_CONSOLE_AGENT", "").strip().lower() not in ON:
        return None
    if settings.get("TODO_SERVER") or settings.get("TODO_DATABASE_ECHO", "").lower() in ON - {""}:
        return None
    database = settings.get("TODO_DATABASE_URL", "")
    if database and not database.startswith("sqlite"):
        return None
    try:
        cwd = os.getcwd()
    except OSError:
        return None  # a directory deleted under the shell: run here, as always
    if os.path.exists(os.path.join(cwd, ".env")):
        return None
    directory = runtime_directory(environ)
    if directory is None:
        return None
    address = os.path.join(directory, f"console-{fingerprint(environ, cwd)}.sock")
    return address if len(address.encode()) <= ADDRESS_MAX else None


def _is_setting(key: str) -> bool:
    """Tell whether an environment variable is a setting (read whatever its case)."""
    return key.upper().startswith("TODO_")


def runtime_directory(environ: Mapping[str, str]) -> str | None:
    """Return the private directory of this user's agent sockets (``$XDG_RUNTIME_DIR/todo``,
    else ``/tmp/todo-UID``), or ``None`` when it is not private to this user."""
    if runtime := environ.get("XDG_RUNTIME_DIR"):
        if not _private(runtime):
            return None
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

    settings = {
        key.upper(): value
        for key, value in environ.items()
        if _is_setting(key) and key.upper() not in _CALLER_ONLY
    }
    parts = [sys.executable, __version__, *sorted(f"{k}={v}" for k, v in settings.items())]
    parts += [f"{k}={environ[k]}" for k in IDENTITY if k in environ]
    parts += sorted(f"{k}={v}" for k, v in environ.items() if k.startswith(("PG", "FAKETIME")))
    database = settings.get("TODO_DATABASE_URL", "")
    if (
        ("TODO_HOME" in settings and not os.path.isabs(os.path.expanduser(settings["TODO_HOME"])))
        or ("XDG_DATA_HOME" in environ and not os.path.isabs(environ["XDG_DATA_HOME"]))
        or (database.startswith("sqlite") and not database.partition(":///")[2].startswith("/"))
    ):
        parts.append(f"cwd={cwd}")
    return hashlib.blake2s("\0".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:20]


def forward(address: str, arguments: list[str]) -> int | None:
    """Run ``arguments`` in the agent at ``address`` and print what it printed; return its exit
    code, or ``None`` when no agent took the command (then nothing of it ran there)."""
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
            "prog": os.path.basename(sys.argv[0]) or "todo",
            "env": {k: v for k in RENDERING if (v := os.environ.get(k)) is not None},
            "tty": [_isatty(stream) for stream in (sys.stdout, sys.stderr)],
            "columns": _columns(),
            "help_columns": _help_columns(),
        }
        try:
            send(connection, json.dumps(request).encode())
            connection.settimeout(ACCEPT_TIMEOUT_SECONDS)
            if connection.recv(1) != ACCEPTED:
                return None  # refused, out of date or gone before taking it: nothing ran
        except OSError:
            return None
        except KeyboardInterrupt:
            return EXIT_INTERRUPTED  # nothing was taken yet
        connection.settimeout(ANSWER_TIMEOUT_SECONDS)
        try:
            answer = json.loads(receive(connection))
        except KeyboardInterrupt:
            print(
                "\nInterrupted; the change may have been made: run `todo list` to see.",
                file=sys.stderr,
            )
            return EXIT_INTERRUPTED
        except (OSError, ValueError):
            print(
                "Error: the console agent stopped before answering; run `todo list` to see "
                "whether the change was made.",
                file=sys.stderr,
            )
            return 1
    return _printed(answer)


def _printed(answer: dict[str, object]) -> int:
    """Print an answer's output; return its exit code (1 when the output cannot be written,
    as Click does when a pipe closes)."""
    try:
        sys.stdout.write(str(answer["stdout"]))
        sys.stdout.flush()
        sys.stderr.write(str(answer["stderr"]))
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # no second error when Python flushes at exit
        return 1
    code = answer["code"]
    return code if isinstance(code, int) else 1


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
        pass  # no agent this time: the command ran here all the same


def send(connection: socket.socket, payload: bytes) -> None:
    """Send one message: its length in four bytes, then the bytes."""
    connection.sendall(len(payload).to_bytes(4, "big") + payload)


def receive(connection: socket.socket, *, deadline: float | None = None) -> bytes:
    """Receive one message sent by :func:`send`; raise :class:`ValueError` when it is cut short,
    larger than :data:`MESSAGE_MAX`, or not whole by ``deadline`` (a ``time.monotonic()``)."""
    size = int.from_bytes(_exactly(connection, 4, deadline), "big")
    if size > MESSAGE_MAX:
        raise ValueError("message too large")
    return _exactly(connection, size, deadline)


def _exactly(connection: socket.socket, size: int, deadline: float | None) -> bytes:
    import time

    chunks: list[bytes] = []
    while size:
        if deadline is not None:
            left = deadline - time.monotonic()
            if left <= 0:
                raise ValueError("too slow")
            connection.settimeout(left)
        chunk = connection.recv(min(size, 1 << 20))
        if not chunk:
            raise ValueError("connection closed")
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def same_user(connection: socket.socket) -> bool:
    """Tell whether the process at the other end runs as this user (checked on Linux, where
    the kernel says; elsewhere the private directory is the guard)."""
    if not sys.platform.startswith("linux"):
        return True
    try:
        credentials = connection.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, 12)
    except OSError:
        return False
    # struct ucred: pid, uid, gid — three ints.
    return int.from_bytes(credentials[4:8], sys.byteorder) == os.getuid()


def _isatty(stream: IO[str] | None) -> bool:
    try:
        return stream is not None and stream.isatty()
    except (AttributeError, ValueError):
        return False


def _columns() -> int | None:
    """The width the console's tables would take here: the first terminal among the standard
    streams, as Rich looks for it."""
    for descriptor in (1, 2, 0):
        try:
            return os.get_terminal_size(descriptor).columns
        except OSError:
            continue
    return None


def _help_columns() -> int:
    """The width help would take here: ``COLUMNS``, else standard output's terminal, else 80,
    as Click asks ``shutil``."""
    import shutil

    return shutil.get_terminal_size().columns
