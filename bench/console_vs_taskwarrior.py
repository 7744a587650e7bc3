"""The console beside Taskwarrior, in the same run: ``list`` and ``add`` at 10,000 tasks, and
``--help``, each a whole process timed by hyperfine (``-N``: no shell in between).

Both get the same 10,000 pending tasks in throw-away directories: ``todo`` on its embedded
database (bulk-inserted by ``bench/seed.py``), Taskwarrior 2.6 through ``task import`` of the
same titles, priorities and tags. Nothing of either touches the user's own files (``TODO_HOME``,
``TASKRC`` and ``TASKDATA`` point into the temporary directory). Needs Debian's ``taskwarrior``
and ``hyperfine`` packages.

``todo`` runs twice: through the console agent (the default; the warm-up runs start it) and
alone (``TODO_CONSOLE_AGENT=false``: every run imports the product and opens the database).
The first command without an agent, which starts one, is timed once at the end.

Goals of issue 14: ``todo list`` faster than ``task list``; ``todo add`` within 2× of
``task add``; ``todo --help`` under 150 ms.

    .venv/bin/python bench/console_vs_taskwarrior.py [--tasks 10000] [--runs 10]
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import random
import shutil
import signal
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
TIMEZONE = "Europe/Berlin"
#: What each side runs, side by side: (todo's arguments, Taskwarrior's).
PAIRS = {
    "list": (["list"], ["list"]),
    "add": (["add", "Bench task tomorrow 9am #bench !high"], ["add", "Bench task", "+bench"]),
    "--help": (["--help"], ["--version"]),  # Taskwarrior's nearest: a version, nothing read
}


async def prepare_todo(home: Path, count: int) -> None:
    app = await build_app(Settings(home=home))
    try:
        actor = await ensure_local_user(app.uow(), timezone=TIMEZONE)
        await seed_tasks(app, actor, count)
    finally:
        await app.aclose()


def prepare_taskwarrior(root: Path, count: int) -> dict[str, str]:
    """Make a Taskwarrior of its own under ``root`` holding ``count`` pending tasks; return the
    environment that points ``task`` at it."""
    data = root / "taskdata"
    data.mkdir()
    rc = root / "taskrc"
    rc.write_text(f"data.location={data}\nconfirmation=off\nverbose=nothing\nhooks=off\n")
    env = {**os.environ, "TASKRC": str(rc), "TASKDATA": str(data)}
    pick = random.Random(14)
    words = ("buy", "call", "write", "review", "plan", "fix", "pay", "send", "read", "book")
    tasks = [
        {
            "description": f"{pick.choice(words)} {pick.choice(words)} {n}",
            "status": "pending",
            "entry": "20261101T090000Z",
            "priority": pick.choice(["H", "M", "L", ""]),
            "tags": [pick.choice(["home", "work", "errands"])],
        }
        for n in range(count)
    ]
    for task in tasks:
        if not task["priority"]:
            del task["priority"]
    source = root / "tasks.json"
    source.write_text(json.dumps(tasks))
    subprocess.run(
        ["task", "import", str(source)], env=env, check=True, capture_output=True, timeout=600
    )
    return env


def timed(command: list[str], env: dict[str, str], runs: int, export: Path) -> float:
    """The median wall time of ``command`` over ``runs`` runs (ms), measured by hyperfine."""
    subprocess.run(
        [
            "hyperfine",
            "-N",
            "--warmup",
            "2",
            "--runs",
            str(runs),
            "--export-json",
            str(export),
            "--output",
            "null",
            " ".join(_quoted(part) for part in command),
        ],
        env=env,
        check=True,
        capture_output=True,
        timeout=600,
    )
    result = json.loads(export.read_text())["results"][0]
    return float(result["median"]) * 1000


def _quoted(part: str) -> str:
    return f"'{part}'" if " " in part else part


def stop_agents(sockets: Path) -> None:
    """Stop the console agents the runs started, by their process ids."""
    for pid_file in sockets.glob("*.pid"):
        pid = int(pid_file.read_text())
        os.kill(pid, signal.SIGTERM)
        for _ in range(200):
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                break
            time.sleep(0.05)


def main(count: int, runs: int) -> None:
    for tool in ("task", "hyperfine"):
        if shutil.which(tool) is None:
            sys.exit(f"{tool} is not installed: apt-get install taskwarrior hyperfine")
    # An installed wheel ships compiled modules; an editable checkout compiles them here once.
    compileall.compile_dir(Path(todo.__file__).parent, quiet=1)
    with tempfile.TemporaryDirectory() as directory:
        root = Path(directory)
        home = root / "todo"
        runtime = root / "run"
        runtime.mkdir(mode=0o700)
        todo_env = {**os.environ, "TODO_HOME": str(home), "TODO_TIMEZONE": TIMEZONE}
        todo_env = {k: v for k, v in todo_env.items() if k != "TODO_DATABASE_URL"}
        with_agent = {**todo_env, "XDG_RUNTIME_DIR": str(runtime), "TODO_CONSOLE_AGENT": "true"}
        alone = {**todo_env, "TODO_CONSOLE_AGENT": "false"}
        anyio.run(prepare_todo, home, count)
        task_env = prepare_taskwarrior(root, count)
        version = subprocess.run(
            ["task", "--version"], env=task_env, capture_output=True, text=True, check=True
        ).stdout.strip()
        print(f"{count:,} tasks each; Taskwarrior {version}; median of {runs} runs (hyperfine -N)")
        print("  todo: through the console agent (started by the warm-up runs); alone: without it")
        print("  command         todo     alone      task  todo/task  alone/task")
        try:
            for name, (todo_args, task_args) in PAIRS.items():
                ours = timed([str(TODO), *todo_args], with_agent, runs, root / "todo.json")
                solo = timed([str(TODO), *todo_args], alone, runs, root / "alone.json")
                theirs = timed(["task", *task_args], task_env, runs, root / "task.json")
                print(
                    f"  {name:10} {ours:7.0f}ms {solo:7.0f}ms {theirs:7.0f}ms"
                    f" {ours / theirs:9.1f}× {solo / theirs:10.1f}×"
                )
            first = timed_first_call(with_agent, runtime, root)
            print(f"  the first `todo list`, which starts the agent: {first:.0f} ms")
        finally:
            stop_agents(runtime / "todo")


def timed_first_call(env: dict[str, str], runtime: Path, root: Path) -> float:
    """The wall time of ``todo list`` when no agent runs (it runs here and starts one)."""
    stop_agents(runtime / "todo")
    started = time.perf_counter()
    subprocess.run([str(TODO), "list"], env=env, check=True, capture_output=True, timeout=600)
    return (time.perf_counter() - started) * 1000


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=10)
    arguments = parser.parse_args()
    main(arguments.tasks, arguments.runs)
