"""The LLM chat engine when the model fails it; its tracing switch; the fake endpoint itself.

An unreachable endpoint, HTTP errors, a timeout, an unreadable stream or too many steps end the
reply with a sentence saying what happened (and what was already done), never an exception.
"""

from __future__ import annotations

import logging
import socket
from typing import Any

import pytest
from agents.tracing import Span, Trace, TracingProcessor, set_trace_processors
from agents.tracing.processors import default_processor
from openai import AsyncOpenAI

from todo.adapters.agent_engine import MAX_TURNS, AgentEngine
from todo.services.assistant.tool_runner import ToolRunner

from .conftest import MODEL, Chat, add, tasks_of
from .fake_openai import SCRIPT_EMPTY, FakeOpenAI, tool_results

pytestmark = pytest.mark.anyio


# --- failures of the model -----------------------------------------------------------------


def dead_url() -> str:
    """Return the URL of a loopback port nobody listens on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/v1"


async def test_an_unreachable_model_gets_a_graceful_reply(
    chat: Chat, setup: ToolRunner, caplog: pytest.LogCaptureFixture
) -> None:
    await add(setup, "Existing task")
    before = await tasks_of(setup)
    engine = AgentEngine(dead_url(), "sk-secret-key", MODEL, 5.0)

    with caplog.at_level(logging.WARNING, logger="todo.chat"):
        reply = await chat("Add a task to buy groceries", engine=engine)
    await engine.aclose()

    assert reply.text.startswith("I couldn't reach the language model just now")
    assert "nothing was changed" in reply.text
    assert reply.calls == []
    assert await tasks_of(setup) == before
    (record,) = [r for r in caplog.records if r.name == "todo.chat"]
    assert record.__dict__["error"] == "APIConnectionError"
    assert "groceries" not in caplog.text
    assert "sk-secret-key" not in caplog.text


@pytest.mark.parametrize(
    ("status", "reason", "attempts"),
    [
        (500, "The language model is unavailable just now (HTTP 500)", 2),
        (401, "The language model refused the request (HTTP 401)", 1),
    ],
)
async def test_an_http_error_gets_a_graceful_reply(
    chat: Chat, fake: FakeOpenAI, setup: ToolRunner, status: int, reason: str, attempts: int
) -> None:
    await add(setup, "Existing task")
    before = await tasks_of(setup)
    fake.fail(status)

    reply = await chat("Delete everything")

    assert reply.text == f"{reason}, so nothing was changed. Please try again in a moment."
    assert len(fake.requests) == attempts, "errors worth it are retried once"
    assert await tasks_of(setup) == before


async def test_an_unreadable_answer_gets_a_graceful_reply(
    chat: Chat, fake: FakeOpenAI, setup: ToolRunner, caplog: pytest.LogCaptureFixture
) -> None:
    fake.garble()

    reply = await chat("Add a task to buy groceries")

    assert reply.text == (
        "The language model sent an answer I couldn't read, so nothing was changed. "
        "Please try again in a moment."
    )
    assert reply.calls == []
    assert await tasks_of(setup) == {}
    (record,) = [r for r in caplog.records if r.name == "todo.chat"]
    assert (record.levelname, record.__dict__["error"]) == ("WARNING", "JSONDecodeError")


async def test_a_slow_model_times_out_gracefully(
    chat: Chat, fake: FakeOpenAI, setup: ToolRunner
) -> None:
    fake.stall(2.0)
    engine = AgentEngine(fake.base_url, None, MODEL, 0.1)

    reply = await chat("Add a task to buy groceries", engine=engine)
    await engine.aclose()

    assert reply.text.startswith("The language model took too long to answer")
    assert reply.calls == []
    assert await tasks_of(setup) == {}


async def test_a_failure_after_a_change_says_what_was_done(
    chat: Chat, fake: FakeOpenAI, setup: ToolRunner
) -> None:
    fake.calls(("add_task", {"title": "Buy groceries"}), saying="On it.")
    fake.fail(503)

    reply = await chat("Add a task to buy groceries")

    assert [call.tool for call in reply.calls] == ["add_task"]
    assert reply.deltas[0] == "On it."
    assert reply.text == (
        "On it.\n\nThe language model is unavailable just now (HTTP 503), so I stopped there. "
        "Already done: Added 'Buy groceries'."
    )
    assert [title for title, _ in (await tasks_of(setup)).values()] == ["Buy groceries"]


async def test_too_many_steps_end_the_turn(chat: Chat, fake: FakeOpenAI) -> None:
    for _ in range(MAX_TURNS + 1):
        fake.call("list_tasks", {})

    reply = await chat("Show me all my tasks")

    assert len(reply.calls) == MAX_TURNS
    assert reply.text.startswith("That took me more steps than I may take for one message")
    assert "nothing was changed" in reply.text


# --- tracing ---------------------------------------------------------------------------------


class Recorder(TracingProcessor):
    """A trace processor that keeps what it is given, in memory."""

    def __init__(self) -> None:
        self.traces: list[Trace] = []
        self.spans: list[Span[Any]] = []

    def on_trace_start(self, trace: Trace) -> None:
        self.traces.append(trace)

    def on_trace_end(self, trace: Trace) -> None:
        pass

    def on_span_start(self, span: Span[Any]) -> None:
        self.spans.append(span)

    def on_span_end(self, span: Span[Any]) -> None:
        pass

    def shutdown(self) -> None:
        pass

    def force_flush(self) -> None:
        pass


@pytest.fixture
def recorder() -> Any:
    """Send traces to a recorder instead of the exporter, for the test's length."""
    recording = Recorder()
    set_trace_processors([recording])
    yield recording
    set_trace_processors([default_processor()])


@pytest.mark.parametrize("tracing", [False, True])
async def test_traces_are_made_only_when_asked_for(
    chat: Chat, fake: FakeOpenAI, recorder: Recorder, tracing: bool
) -> None:
    engine = AgentEngine(fake.base_url, None, MODEL, 5.0, tracing=tracing)
    fake.call("list_tasks", {})
    fake.say("Nothing yet.")

    await chat("Show me all my tasks", engine=engine)
    await engine.aclose()

    assert bool(recorder.traces) is tracing
    assert bool(recorder.spans) is tracing


# --- the fake endpoint itself ------------------------------------------------------------------


async def test_the_fake_endpoint_answers_without_streaming(fake: FakeOpenAI) -> None:
    fake.call("add_task", {"title": "Buy groceries"})
    async with AsyncOpenAI(base_url=fake.base_url, api_key="none") as client:
        answer = await client.chat.completions.create(
            model=MODEL,
            messages=[
                {"role": "user", "content": "Add it"},
                {"role": "tool", "tool_call_id": "x", "content": [{"type": "text", "text": "{}"}]},
            ],
        )
        empty = await client.chat.completions.create(
            model=MODEL, messages=[{"role": "user", "content": "More"}]
        )

    (call,) = answer.choices[0].message.tool_calls or []
    assert call.type == "function"
    assert (call.function.name, call.function.arguments) == (
        "add_task",
        '{"title": "Buy groceries"}',
    )
    assert answer.choices[0].finish_reason == "tool_calls"
    assert tool_results(fake.requests[0]) == [{}]
    assert empty.choices[0].message.content == SCRIPT_EMPTY
