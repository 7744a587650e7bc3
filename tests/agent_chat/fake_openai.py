"""A scripted OpenAI-compatible Chat Completions server on a loopback port, for the agent tests.

The server answers ``POST /v1/chat/completions`` from a script: a queue of steps, each a text
reply, some tool calls, an HTTP failure or a stall. It streams (server-sent
``chat.completion.chunk`` events, tool-call deltas included, then ``data: [DONE]``) when the
request asks for ``stream: true`` and answers with one ``chat.completion`` otherwise. It records
every request body it got, so tests can read what the model was shown. Like OpenAI's, a
streamed answer ends with a chunk of token usage when the request asks for it
(``stream_options.include_usage``): :attr:`FakeOpenAI.usage` says how many tokens each answer
costs, or ``None`` for an endpoint that never tells.

    fake.call("add_task", {"title": "Buy groceries"})
    fake.say("Added 'Buy groceries'.", chunks=3)
"""

from __future__ import annotations

import asyncio
import itertools
import json
import socket
import threading
import time
from collections import deque
from collections.abc import AsyncIterator, Iterable
from dataclasses import dataclass, field
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

#: What the server answers when a test asks the model more than it scripted.
SCRIPT_EMPTY = "(the script is empty)"
#: The tokens (prompt, completion) each answer reports by default.
USAGE = (100, 20)


@dataclass(frozen=True)
class ScriptedCall:
    """A tool call the model makes (ids are unique); ``arguments`` is the JSON text as sent."""

    id: str
    name: str
    arguments: str


@dataclass(frozen=True)
class Step:
    """One scripted answer. Failures and stalls are *sticky*: they answer every request after."""

    text: str | None = None
    refusal: str | None = None
    calls: tuple[ScriptedCall, ...] = ()
    chunks: int = 1
    status: int = 200
    stall: float = 0.0
    garbled: bool = False

    @property
    def sticky(self) -> bool:
        """Tell whether the step answers every later request too (retries included)."""
        return self.status != 200 or self.stall > 0


@dataclass
class FakeOpenAI:
    """The script, the recorded requests, and the server that serves them."""

    host: str = "127.0.0.1"
    requests: list[dict[str, Any]] = field(default_factory=list)
    #: The tokens (prompt, completion) each answer reports, or ``None`` to report none.
    usage: tuple[int, int] | None = USAGE
    _script: deque[Step] = field(default_factory=deque)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _call_ids: itertools.count[int] = field(default_factory=itertools.count)
    _server: uvicorn.Server | None = None
    _thread: threading.Thread | None = None
    _port: int = 0

    # --- the script -----------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        """The endpoint to give an OpenAI client, e.g. ``http://127.0.0.1:51234/v1``."""
        return f"http://{self.host}:{self._port}/v1"

    def say(self, text: str, *, chunks: int = 1) -> None:
        """Answer the next request with ``text``, streamed in ``chunks`` pieces."""
        self._push(Step(text=text, chunks=chunks))

    def call(self, name: str, arguments: dict[str, Any] | str) -> None:
        """Answer the next request with one call of tool ``name`` (arguments as JSON or text)."""
        self.calls((name, arguments))

    def calls(self, *calls: tuple[str, dict[str, Any] | str], saying: str | None = None) -> None:
        """Answer the next request with several tool calls at once, after ``saying`` if given."""
        scripted = tuple(
            ScriptedCall(
                f"call_{next(self._call_ids)}",
                name,
                args if isinstance(args, str) else json.dumps(args),
            )
            for name, args in calls
        )
        self._push(Step(text=saying, calls=scripted))

    def refuse(self, refusal: str) -> None:
        """Answer the next request with a refusal instead of content."""
        self._push(Step(refusal=refusal))

    def garble(self) -> None:
        """Answer the next request with a stream that is not JSON (a broken model server)."""
        self._push(Step(garbled=True))

    def fail(self, status: int = 500) -> None:
        """Answer every request from now on with HTTP ``status``."""
        self._push(Step(status=status))

    def stall(self, seconds: float) -> None:
        """Wait ``seconds`` before answering every request from now on (to cause timeouts)."""
        self._push(Step(text="Too late.", stall=seconds))

    def reset(self) -> None:
        """Forget the script and the recorded requests."""
        with self._lock:
            self._script.clear()
            self.requests.clear()
            self.usage = USAGE

    def _push(self, step: Step) -> None:
        with self._lock:
            self._script.append(step)

    def _next(self, body: dict[str, Any]) -> Step:
        with self._lock:
            self.requests.append(body)
            if not self._script:
                return Step(text=SCRIPT_EMPTY)
            step = self._script[0]
            if not step.sticky:
                self._script.popleft()
            return step

    # --- the server ---------------------------------------------------------------------

    def start(self) -> None:
        """Serve on a free loopback port in a background thread."""
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((self.host, 0))
        self._port = sock.getsockname()[1]
        app = Starlette(routes=[Route("/v1/chat/completions", self._answer, methods=["POST"])])
        config = uvicorn.Config(
            app,
            log_level="warning",
            access_log=False,
            lifespan="off",
            ws="none",
            http="h11",
            timeout_graceful_shutdown=1,
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [sock]}, daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("the fake OpenAI server did not start")
            time.sleep(0.01)

    def stop(self) -> None:
        """Stop serving."""
        if self._server is not None and self._thread is not None:
            self._server.should_exit = True
            self._thread.join(timeout=5)

    async def _answer(self, request: Request) -> Response:
        body = await request.json()
        step = self._next(body)
        if step.stall:
            await asyncio.sleep(step.stall)
        if step.status != 200:
            error = {"message": "Scripted failure.", "type": "server_error", "code": None}
            # Real endpoints say when to retry; this keeps the client's one retry quick.
            headers = {"retry-after-ms": "10"}
            return JSONResponse({"error": error}, status_code=step.status, headers=headers)
        model = str(body.get("model", "fake"))
        if step.garbled:
            return Response("data: {not json\n\n", media_type="text/event-stream")
        if body.get("stream"):
            options = body.get("stream_options") or {}
            usage = self.usage if options.get("include_usage") else None
            chunks = _chunks(step, model, usage)
            return StreamingResponse(_sse(chunks), media_type="text/event-stream")
        return JSONResponse(_completion(step, model, self.usage))


# --- wire format -------------------------------------------------------------------------


def _usage(tokens: tuple[int, int]) -> dict[str, int]:
    prompt, completion = tokens
    return {
        "prompt_tokens": prompt,
        "completion_tokens": completion,
        "total_tokens": prompt + completion,
    }


def _completion(step: Step, model: str, usage: tuple[int, int] | None) -> dict[str, Any]:
    message: dict[str, Any] = {"role": "assistant", "content": step.text, "refusal": step.refusal}
    if step.calls:
        message["tool_calls"] = [
            {
                "id": call.id,
                "type": "function",
                "function": {"name": call.name, "arguments": call.arguments},
            }
            for call in step.calls
        ]
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [{"index": 0, "message": message, "finish_reason": _finish(step)}],
        "usage": _usage(usage) if usage is not None else None,
    }


def _chunks(step: Step, model: str, usage: tuple[int, int] | None) -> Iterable[dict[str, Any]]:
    def chunk(delta: dict[str, Any] | None, finish: str | None = None) -> dict[str, Any]:
        return {
            "id": "chatcmpl-fake",
            "object": "chat.completion.chunk",
            "created": int(time.time()),
            "model": model,
            "choices": []
            if delta is None
            else [{"index": 0, "delta": delta, "finish_reason": finish}],
        }

    yield chunk({"role": "assistant", "content": ""})
    for piece in _split(step.text or "", step.chunks):
        yield chunk({"content": piece})
    if step.refusal:
        yield chunk({"refusal": step.refusal})
    for index, call in enumerate(step.calls):
        opening = {"name": call.name, "arguments": ""}
        yield chunk(
            {
                "tool_calls": [
                    {"index": index, "id": call.id, "type": "function", "function": opening}
                ]
            }
        )
        for piece in _split(call.arguments, 2):
            yield chunk({"tool_calls": [{"index": index, "function": {"arguments": piece}}]})
    yield chunk({}, _finish(step))
    if usage is not None:  # OpenAI's last chunk: no choices, the usage of the whole answer
        yield {**chunk(None), "usage": _usage(usage)}


async def _sse(chunks: Iterable[dict[str, Any]]) -> AsyncIterator[str]:
    for chunk in chunks:
        yield f"data: {json.dumps(chunk)}\n\n"
        await asyncio.sleep(0)
    yield "data: [DONE]\n\n"


def _finish(step: Step) -> str:
    return "tool_calls" if step.calls else "stop"


def _split(text: str, pieces: int) -> list[str]:
    if not text:
        return []
    size = max(1, -(-len(text) // max(1, pieces)))
    return [text[start : start + size] for start in range(0, len(text), size)]


# --- reading what the model was shown ----------------------------------------------------


def text_of(content: Any) -> str:
    """Return a message's text, whether ``content`` is a string or a list of content parts."""
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    return "".join(part.get("text", "") for part in content if isinstance(part, dict))


def messages(body: dict[str, Any], role: str) -> list[str]:
    """Return the text of every message of ``role`` in a request body."""
    return [
        text_of(message.get("content")) for message in body["messages"] if message["role"] == role
    ]


def tool_results(body: dict[str, Any]) -> list[dict[str, Any]]:
    """Return the tool results a request carries back to the model, parsed from JSON."""
    return [json.loads(text) for text in messages(body, "tool")]
