"""What a client ID metadata document's URL and body must be before a client is known by it."""

from __future__ import annotations

import json
from typing import Any

import pytest

from todo.domain.oauth import (
    MAX_DOCUMENT_BYTES,
    client_key,
    document_url_problem,
    is_document_url,
    read_client_document,
)

URL = "https://assistant.example/oauth/client.json"


def body(**changes: Any) -> bytes:
    document = {
        "client_id": URL,
        "client_name": "Example assistant",
        "redirect_uris": ["http://127.0.0.1:33418/callback", "https://assistant.example/cb"],
        "grant_types": ["authorization_code", "refresh_token"],
        "response_types": ["code"],
        "token_endpoint_auth_method": "none",
    }
    document.update(changes)
    return json.dumps(
        {name: value for name, value in document.items() if value is not None}
    ).encode()


@pytest.mark.parametrize(
    "url",
    [
        URL,
        "https://assistant.example:8443/client",
        "https://assistant.example/client?version=2",
    ],
)
def test_an_https_url_with_a_path_names_a_document(url: str) -> None:
    assert is_document_url(url)
    assert document_url_problem(url) is None


@pytest.mark.parametrize(
    ("url", "because"),
    [
        ("http://assistant.example/client.json", "must be https"),
        ("https://assistant.example", "must have a path"),
        ("https://assistant.example/", "must have a path"),
        ("https://assistant.example/a/../client.json", "'..' segments"),
        ("https://assistant.example/./client.json", "'..' segments"),
        ("https://user:pw@assistant.example/client.json", "user or a password"),
        ("https://assistant.example/client.json#part", "fragment"),
        ("https://assistant.example:99999/client.json", "not a URL"),
        ("https://assistant.example/" + "a" * 2000, "2,000 characters"),
    ],
)
def test_other_urls_are_refused_with_the_reason(url: str, because: str) -> None:
    problem = document_url_problem(url)
    assert problem is not None
    assert because in problem


def test_a_document_client_is_stored_under_a_key_that_fits_and_differs_per_url() -> None:
    key = client_key(URL)
    assert key.startswith("doc:")
    assert len(key) <= 64
    assert client_key(URL + "2") != key
    assert client_key("5f0c-registered-id") == "5f0c-registered-id"


def test_a_valid_document_gives_the_name_and_redirect_uris() -> None:
    read = read_client_document(URL, body())
    assert read.name == "Example assistant"
    assert read.redirect_uris == (
        "http://127.0.0.1:33418/callback",
        "https://assistant.example/cb",
    )
    assert read.document["client_id"] == URL


def test_a_document_without_a_name_is_shown_by_its_host() -> None:
    assert read_client_document(URL, body(client_name=None)).name == "assistant.example"
    assert read_client_document(URL, body(client_name="   ")).name == "assistant.example"


@pytest.mark.parametrize(
    ("raw", "because"),
    [
        (b"<html>", "not JSON"),
        (b"[1, 2]", "not a JSON object"),
        (body(client_id="https://other.example/client.json"), "not its own URL"),
        (body(client_id=None), "not its own URL"),
        (body(token_endpoint_auth_method="client_secret_basic"), "public clients"),
        (body(client_secret="s3cret"), "public clients"),
        (body(grant_types=["client_credentials"]), "authorization code grant"),
        (body(grant_types="authorization_code"), "authorization code grant"),
        (body(response_types=["token"]), "response_type code"),
        (body(redirect_uris=[]), "1 to 10 redirect URIs"),
        (body(redirect_uris=[f"https://a.example/{n}" for n in range(11)]), "1 to 10"),
        (body(redirect_uris=["http://evil.example/cb"]), "must be https"),
        (body(redirect_uris=[42]), "not a string"),
        (b" " * (MAX_DOCUMENT_BYTES + 1), "larger than 5 KB"),
    ],
)
def test_a_document_the_server_does_not_take_is_refused_with_the_reason(
    raw: bytes, because: str
) -> None:
    with pytest.raises(ValueError, match=because):
        read_client_document(URL, raw)
