"""The container's health check: ``GET /healthz`` of the process the container runs.

``todo serve`` answers on ``TODO_PORT``, ``todo worker`` on ``TODO_WORKER_PORT``; any other
command (``todo db upgrade``, ``todo mcp``) has nothing to probe and counts as healthy. Exits 0
when healthy, 1 otherwise. Standard library only: it starts in a few milliseconds.
"""

from __future__ import annotations

import itertools
import os
import sys
import urllib.request
from pathlib import Path

#: Seconds the probe waits for an answer.
TIMEOUT = 4.0


def probed_port(arguments: list[str]) -> str | None:
    """The port to probe for the container's command, or ``None`` when nothing listens."""
    if "worker" in arguments:
        return os.environ.get("TODO_WORKER_PORT", "8001")
    if "serve" in arguments:
        for flag, value in itertools.pairwise(arguments):
            if flag == "--port":
                return value
        return os.environ.get("TODO_PORT", "8000")
    return None


def main() -> int:
    """Probe the first process of the container; return the exit status."""
    try:
        arguments = Path("/proc/1/cmdline").read_bytes().decode().split("\0")
    except OSError:
        arguments = ["serve"]
    port = probed_port(arguments)
    if port is None:
        return 0
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=TIMEOUT) as answer:
            return 0 if answer.status == 200 else 1
    except OSError:
        return 1


if __name__ == "__main__":
    sys.exit(main())
