"""The README's "Sharing a list" example runs as written: each ``curl`` of it is sent to a
running API, as Ada (``$TOKEN``) and Bob (``$BOBS_TOKEN``), the project id it shows standing
for the one the first call made."""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

import httpx
import pytest

from .conftest import PASSWORD

pytestmark = pytest.mark.anyio

README = Path(__file__).parents[2] / "README.md"
#: The project id the example shows.
SHOWN_ID = "7"


def sharing_example() -> list[list[str]]:
    """Return the words of each ``curl`` of the README's sharing example."""
    section = README.read_text().split("## Sharing a list", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```sh\n(.*?)```", section, re.DOTALL)
    assert block is not None, "the sharing example has no shell block"
    lines = block.group(1).replace("\\\n", " ")
    return [shlex.split(line, comments=True) for line in lines.splitlines() if line.strip()]


def as_request(words: list[str], tokens: dict[str, str], project: str) -> httpx.Request:
    """Return the request of one ``curl`` (``-H`` headers, ``-d`` a JSON body)."""
    assert words[0] == "curl"
    headers, body, url = {}, None, ""
    rest = iter(words[1:])
    for word in rest:
        if word == "-H":
            name, value = next(rest).split(": ", 1)
            for variable, token in tokens.items():
                value = value.replace(f"${variable}", token)
            headers[name] = value
        elif word == "-d":
            body = json.loads(next(rest))
        elif not word.startswith("-"):
            url = word
    path = "/" + url.split("/", 1)[1]
    path = re.sub(rf"\b{SHOWN_ID}\b", project, path)
    if body is not None:
        body = {
            key: int(project) if value == int(SHOWN_ID) else value for key, value in body.items()
        }
    method = "POST" if body is not None else "GET"
    return httpx.Request(method, "http://test" + path, headers=headers, json=body)


async def signed_in(client: httpx.AsyncClient, email: str) -> tuple[str, str]:
    """Register ``email``; return its user id and access token."""
    created = await client.post(
        "/api/v1/auth/register", json={"email": email, "password": PASSWORD}
    )
    assert created.status_code == 202, created.text
    pair = await client.post("/api/v1/auth/token", data={"username": email, "password": PASSWORD})
    assert pair.status_code == 200, pair.text
    token = pair.json()["access_token"]
    me = await client.get("/api/v1/users/me", headers={"Authorization": f"Bearer {token}"})
    return me.json()["id"], token


async def test_the_readmes_sharing_example_runs(client: httpx.AsyncClient) -> None:
    _, ada = await signed_in(client, "ada@example.com")
    bob, bobs = await signed_in(client, "bob@example.com")
    tokens = {"BOBS_TOKEN": bobs, "TOKEN": ada}
    commands = sharing_example()
    assert len(commands) == 4
    project = SHOWN_ID
    answers = []
    for words in commands:
        response = await client.send(as_request(words, tokens, project))
        assert response.status_code in (200, 201), (words, response.text)
        answers.append(response.json())
        if len(answers) == 1:
            project = str(answers[0]["id"])
    assert answers[1]["role"] == "editor"
    assert answers[1]["user_id"] == bob
    assert [task["title"] for task in answers[3]["items"]] == ["Milk"]
