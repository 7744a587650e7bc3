"""Files of local state — the embedded database, the signing key — readable by their owner only.

``TODO_HOME`` is made mode 0700 and the files in it 0600, whatever the umask; a directory or file
an older version left open to others is closed when it is next used.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

PRIVATE_DIRECTORY = 0o700
PRIVATE_FILE = 0o600


def private_directory(path: Path, *, existing_too: bool = True) -> Path:
    """Create the directory ``path`` (parents too) if missing, with mode 0700; an existing one
    is made its owner's only as well unless ``existing_too`` is false."""
    if path.is_dir():
        if existing_too:
            _close_to_others(path, PRIVATE_DIRECTORY)
        return path
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIRECTORY)
    _close_to_others(path, PRIVATE_DIRECTORY)  # mkdir's mode is filtered by the umask
    return path


def private_file(path: Path) -> None:
    """Create the file ``path`` if missing, and make it readable and writable by its owner only."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT, PRIVATE_FILE)
    os.close(descriptor)
    _close_to_others(path, PRIVATE_FILE)


def close_if_present(path: Path) -> None:
    """Make an existing file its owner's only; a missing one is left missing."""
    if path.exists():
        _close_to_others(path, PRIVATE_FILE)


def _close_to_others(path: Path, mode: int) -> None:
    """Remove group and other access from ``path`` when it is ours (another user's is left
    alone: changing it would fail, and it is not ours to change)."""
    info = path.stat()
    if info.st_uid == os.geteuid() and stat.S_IMODE(info.st_mode) & 0o077:
        path.chmod(mode)
