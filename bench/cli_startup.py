"""Wall time of the console: ``todo --help``, ``todo add …`` and ``todo list`` at 10,000 tasks.

Each command runs as a fresh process through the project's own entry point (no pyenv shim), on a
temporary embedded database holding 10,000 tasks of the local user; the median of the runs is
reported. The console agent is off (``TODO_CONSOLE_AGENT=false``): this is what a command costs
when no agent runs; ``bench/console_vs_taskwarrior.py`` times both. Goals on the reference 2-core
machine: ``--help`` under 250 ms, ``list`` under 600 ms.

    .venv/bin/python bench/cli_startup.py [--tasks 10000] [--runs 7]
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import anyio

import todo
from seed import seed_tasks
from todo.bootstrap import build_app
from todo.config import Settings
from todo.services.users import ensure_local_user

TODO = Path(sys.executable).parent / "todo"
COMMANDS = {
    "todo --help": ["--help"],
    "todo add …": ["add", "Bench task tomorrow 9am #bench !high"],
    "todo list": ["list"],
    "todo list --search": ["list", "--search", "invoice"],
}


async def prepare(home: Path, count: int, timezone: str) -> None:
    app = await build_app(Settings(home=home))
    try:
        actor = await ensure_local_user(app.uow(), timezone=timezone)
        await seed_tasks(app, actor, count)
    finally:
        await app.aclose()


def main(count: int, runs: int) -> None:
    # An installed wheel ships compiled modules; an editable checkout compiles them here once.
    compileall.compile_dir(Path(todo.__file__).parent, quiet=1)
    with tempfile.TemporaryDirectory() as directory:
        home = Path(directory)
        env = {
            **os.environ,
            "TODO_HOME": str(home),
            "TODO_TIMEZONE": "Europe/Berlin",
            "TODO_CONSOLE_AGENT": "false",
        }
        anyio.run(prepare, home, count, "Europe/Berlin")
        print(f"{count:,} tasks in {home / 'todo.db'}; median of {runs} runs each")
        for name, args in COMMANDS.items():
            timings = []
            for _ in range(runs):
                started = time.perf_counter()
                subprocess.run([str(TODO), *args], env=env, check=True, capture_output=True)
                timings.append((time.perf_counter() - started) * 1000)
            median = statistics.median(timings)
            print(f"  {name:22} median {median:5.0f} ms   min {min(timings):5.0f} ms")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=7)
    arguments = parser.parse_args()
    main(arguments.tasks, arguments.runs)
