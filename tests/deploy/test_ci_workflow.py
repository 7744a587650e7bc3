"""The GitHub Actions workflow: valid against check-jsonschema's builtin github-workflows schema
(offline), running the README's test command with every service the suite needs required, at the
addresses the tests look for."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path
from typing import Any

import yaml

from tests.deploy.test_compose import executable

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = ROOT / ".github" / "workflows" / "ci.yml"


def workflow() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(WORKFLOW.read_text())
    return loaded


def test_the_workflow_passes_the_github_workflows_schema() -> None:
    done = subprocess.run(
        [
            str(executable("check-jsonschema")),
            "--builtin-schema",
            "vendor.github-workflows",
            str(WORKFLOW),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, f"ci.yml breaks the schema:\n{done.stdout}{done.stderr}"


def test_it_runs_the_readmes_test_command_with_the_services_required() -> None:
    readme_command = re.search(r"^make test\b", (ROOT / "README.md").read_text(), re.MULTILINE)
    assert readme_command is not None, "the README no longer says `make test`"
    job = workflow()["jobs"]["test"]
    commands = [step.get("run", "") for step in job["steps"]]

    assert "make test" in commands
    assert job["env"]["TODO_TEST_REQUIRE_SERVICES"] == "1"
    assert job["timeout-minutes"] <= 90


def test_the_services_are_where_the_tests_look_for_them() -> None:
    job = workflow()["jobs"]["test"]
    env = job["env"]
    ci_run = (ROOT / ".ci" / "run").read_text()
    published = {
        port.split(":")[0] for service in job["services"].values() for port in service["ports"]
    }
    steps = " ".join(step.get("run", "") for step in job["steps"])

    # PostgreSQL: the same database URL as the local CI script.
    assert env["TODO_TEST_POSTGRES_URL"] in ci_run
    assert "5432" in published
    # RabbitMQ as a service; NATS with JetStream and Redis started by steps on loopback.
    assert env["TODO_TEST_RABBITMQ_URL"].endswith("@127.0.0.1:5672/")
    assert "5672" in published
    assert env["TODO_TEST_NATS_URL"] == "nats://127.0.0.1:4222"
    assert "--network host nats:2 -js" in steps
    assert env["TODO_TEST_REDIS_URL"] == "redis://127.0.0.1:6379"
    assert "redis-server" in steps
    # The browser tests find Chromium under this name.
    assert "/usr/local/bin/chromium" in steps


def test_it_reads_the_repository_only() -> None:
    assert workflow()["permissions"] == {"contents": "read"}
