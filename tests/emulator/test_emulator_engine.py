"""Engine mode: generation handed to an OpenAI-compatible server (a real one, started by the test),
while validation, agents, conversations and files stay the emulator's."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx2
import pytest
from emulator_support import make_client
from openai_server import MODEL, OpenAIServer

from mistralkit.emulator import create_app

WEATHER = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "Current weather for a city",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
    },
}


@pytest.fixture(scope="module")
def engine() -> Iterator[OpenAIServer]:
    with OpenAIServer() as server:
        yield server


@pytest.fixture
async def client(engine: OpenAIServer, tmp_path: Path) -> AsyncIterator[httpx2.AsyncClient]:
    engine.requests.clear()
    app = create_app(data_dir=tmp_path / "data", engine=engine.url, job_speed=500.0)
    try:
        async with make_client(app) as c:
            yield c
    finally:
        app.state.emulator.close()


def _events(text: str) -> list[Any]:
    out: list[Any] = []
    for block in text.strip().split("\n\n"):
        data = block.removeprefix("data: ")
        out.append(data if data == "[DONE]" else json.loads(data))
    return out


async def test_chat_is_answered_by_the_engine(client, engine) -> None:  # type: ignore[no-untyped-def]
    body = {"model": "mistral-small-latest", "messages": [{"role": "user", "content": "Hello there"}], "random_seed": 7}
    r = await client.post("/v1/chat/completions", json=body)
    assert r.status_code == 200, r.text
    out = r.json()
    assert out["object"] == "chat.completion" and out["model"] == "mistral-small-latest"
    assert out["choices"][0]["message"]["content"] == "Echo: Hello there"
    assert out["choices"][0]["finish_reason"] == "stop"
    assert out["usage"] == {"prompt_tokens": 5, "completion_tokens": 3, "total_tokens": 8}  # the engine's
    kind, sent = engine.requests[-1]
    # The engine serves one model: requests use it; random_seed becomes seed.
    assert kind == "chat" and sent["model"] == MODEL and sent["seed"] == 7
    assert sent["messages"] == [{"role": "user", "content": "Hello there"}]


async def test_chat_streams_from_the_engine(client) -> None:  # type: ignore[no-untyped-def]
    body = {"model": "mistral-small-latest", "messages": [{"role": "user", "content": "one two three"}], "stream": True}
    r = await client.post("/v1/chat/completions", json=body)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/event-stream")
    events = _events(r.text)
    assert events[-1] == "[DONE]"
    chunks = events[:-1]
    assert chunks[0]["choices"][0]["delta"]["role"] == "assistant"
    text = "".join(c["choices"][0]["delta"].get("content") or "" for c in chunks)
    assert text == "Echo: one two three"
    assert len(chunks) > 3  # streamed piece by piece, as the engine sent it
    assert chunks[-1]["choices"][0]["finish_reason"] == "stop"
    assert chunks[-1]["usage"]["total_tokens"] > 0
    assert all(c["model"] == "mistral-small-latest" and c["object"] == "chat.completion.chunk" for c in chunks)


async def test_tool_calls_come_back_in_mistrals_shape(client, engine) -> None:  # type: ignore[no-untyped-def]
    body = {
        "model": "mistral-small-latest",
        "messages": [{"role": "user", "content": "What's the weather?"}],
        "tools": [WEATHER],
        "tool_choice": "any",
    }
    r = await client.post("/v1/chat/completions", json=body)
    message = r.json()["choices"][0]["message"]
    assert r.json()["choices"][0]["finish_reason"] == "tool_calls"
    assert message["tool_calls"][0]["function"] == {"name": "get_weather", "arguments": '{"city": "Paris"}'}
    assert engine.requests[-1][1]["tool_choice"] == "required"  # Mistral's "any"
    # Streamed: the engine sends argument fragments; the client gets the call whole, in one chunk.
    r = await client.post("/v1/chat/completions", json={**body, "stream": True})
    chunks = _events(r.text)[:-1]
    with_calls = [c for c in chunks if c["choices"][0]["delta"].get("tool_calls")]
    assert len(with_calls) == 1
    (call,) = with_calls[0]["choices"][0]["delta"]["tool_calls"]
    assert call["id"] == "call_abc123" and call["function"]["arguments"] == '{"city": "Paris"}'
    assert with_calls[0]["choices"][0]["finish_reason"] == "tool_calls" and "usage" in chunks[-1]
    # The tool's result goes back to the engine as a tool message.
    follow = body["messages"] + [
        {"role": "assistant", "content": "", "tool_calls": [{"id": "call_abc123", "type": "function",
                                                             "function": call["function"]}]},
        {"role": "tool", "tool_call_id": "call_abc123", "name": "get_weather", "content": "sunny"},
    ]
    r = await client.post("/v1/chat/completions", json={**body, "messages": follow, "tool_choice": "auto"})
    assert r.json()["choices"][0]["message"]["content"] == "The tool says sunny."


async def test_requests_are_still_validated_by_the_emulator(client, engine) -> None:  # type: ignore[no-untyped-def]
    before = len(engine.requests)
    r = await client.post("/v1/chat/completions", json={"model": "nope", "messages": [{"role": "user", "content": "x"}]})
    assert r.status_code == 400 and r.json()["message"] == "Invalid model: nope"
    r = await client.post("/v1/chat/completions", json={"model": "mistral-embed", "messages": [{"role": "user", "content": "x"}]})
    assert r.status_code == 400
    r = await client.post("/v1/chat/completions", json={"model": "mistral-small-latest", "messages": []})
    assert r.status_code in (400, 422)
    assert len(engine.requests) == before  # none of these reached the engine


async def test_agents_and_conversations_use_the_engine(client, engine) -> None:  # type: ignore[no-untyped-def]
    agent = (await client.post("/v1/agents", json={"model": "mistral-small-latest", "name": "helper",
                                                   "instructions": "Answer in one line."})).json()
    r = await client.post("/v1/agents/completions", json={"agent_id": agent["id"],
                                                           "messages": [{"role": "user", "content": "Ping"}]})
    assert r.status_code == 200, r.text
    assert r.json()["choices"][0]["message"]["content"] == "Echo: Ping"
    sent = engine.requests[-1][1]
    assert sent["messages"][0] == {"role": "system", "content": "Answer in one line."}
    r = await client.post("/v1/conversations", json={"agent_id": agent["id"], "inputs": "Hello from a conversation"})
    assert r.status_code == 200, r.text
    outputs = r.json()["outputs"]
    assert outputs[-1]["type"] == "message.output" and outputs[-1]["content"] == "Echo: Hello from a conversation"
    conversation_id = r.json()["conversation_id"]
    r = await client.post(f"/v1/conversations/{conversation_id}", json={"inputs": "Second turn"})
    assert r.json()["outputs"][-1]["content"] == "Echo: Second turn"
    history = engine.requests[-1][1]["messages"]
    assert [m["role"] for m in history] == ["system", "user", "assistant", "user"]  # the stored history went along


async def test_fim_and_embeddings_use_the_engine(client, engine) -> None:  # type: ignore[no-untyped-def]
    r = await client.post("/v1/fim/completions", json={"model": "codestral-latest", "prompt": "def add(a, b):\n",
                                                       "suffix": "\nprint(add(1, 2))"})
    assert r.status_code == 200, r.text
    assert r.json()["choices"][0]["message"]["content"].startswith("    return a + b")
    assert engine.requests[-1] == ("completions", {"model": MODEL, "prompt": "def add(a, b):\n",
                                                   "suffix": "\nprint(add(1, 2))"})
    r = await client.post("/v1/fim/completions", json={"model": "codestral-latest", "prompt": "def add(a, b):\n",
                                                       "stream": True})
    chunks = _events(r.text)[:-1]
    assert len(chunks) > 3  # live, piece by piece
    text = "".join(c["choices"][0]["delta"].get("content") or "" for c in chunks)
    assert text.startswith("    return a + b") and chunks[-1]["usage"]["total_tokens"] == 16
    assert engine.requests[-1][1]["stream"] is True
    r = await client.post("/v1/embeddings", json={"model": "mistral-embed", "input": ["abc", "hello world"]})
    assert r.status_code == 200, r.text
    data = r.json()["data"]
    assert [d["embedding"] for d in data] == [[3.0, 1.0, 0.5], [11.0, 1.0, 0.5]]
    assert r.json()["model"] == "mistral-embed" and r.json()["usage"]["prompt_tokens"] == 3


async def test_batch_lines_go_through_the_engine(client) -> None:  # type: ignore[no-untyped-def]
    requests = [{"custom_id": str(i), "body": {"messages": [{"role": "user", "content": f"line {i}"}]}} for i in range(3)]
    job = (await client.post("/v1/batch/jobs", json={"endpoint": "/v1/chat/completions",
                                                      "model": "mistral-small-latest", "requests": requests})).json()
    import asyncio

    for _ in range(400):
        job = (await client.get(f"/v1/batch/jobs/{job['id']}", params={"inline": "true"})).json()
        if job["status"] in ("SUCCESS", "FAILED"):
            break
        await asyncio.sleep(0.05)
    assert job["status"] == "SUCCESS", job
    answers = {o["custom_id"]: o["response"]["body"]["choices"][0]["message"]["content"] for o in job["outputs"]}
    assert answers == {"0": "Echo: line 0", "1": "Echo: line 1", "2": "Echo: line 2"}


async def test_an_unreachable_engine_is_a_503(tmp_path: Path) -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    app = create_app(data_dir=tmp_path, engine=f"http://127.0.0.1:{port}")
    try:
        async with make_client(app) as c:
            body = {"model": "mistral-small-latest", "messages": [{"role": "user", "content": "hi"}]}
            r = await c.post("/v1/chat/completions", json=body)
            assert r.status_code == 503 and "cannot be reached" in r.json()["message"]
            r = await c.post("/v1/chat/completions", json={**body, "stream": True})
            assert r.status_code == 503
            # Files and the rest stay the emulator's.
            assert (await c.get("/v1/models")).status_code == 200
            assert (await c.post("/v1/files", files={"file": ("a.jsonl", b"{}\n")}, data={"purpose": "batch"})).status_code == 200
    finally:
        app.state.emulator.close()
