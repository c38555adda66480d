"""``agents.run_tools`` / ``agents.run_tools_stream``: the tool runner with an agent, on the emulator."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from typing import Any

import pytest

from mistralkit import NotFoundError
from mistralkit.lib import ToolRunError
from mistralkit.lib.schema import function_tool
from mistralkit.lib.tools import ToolResult, ToolRunEvent, ToolRunResult
from mistralkit.testing import emulated_async_client, emulated_client, emulator_app

MODEL = "mistral-small-latest"
QUESTION = [{"role": "user", "content": "What is the weather in Paris?"}]


class Recorder:
    """The emulator app, keeping the path and JSON body of every request it is sent."""

    def __init__(self) -> None:
        self.app = emulator_app()
        self.requests: list[tuple[str, Any]] = []

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        chunks: list[bytes] = []
        while True:
            message = await receive()
            chunks.append(message.get("body", b""))
            if not message.get("more_body"):
                break
        raw = b"".join(chunks)
        self.requests.append((scope["path"], json.loads(raw) if raw else None))
        replayed = False

        async def replay() -> Any:
            nonlocal replayed
            if replayed:
                return await receive()
            replayed = True
            return {"type": "http.request", "body": raw, "more_body": False}

        await self.app(scope, replay, send)

    def bodies(self, path: str) -> list[Any]:
        return [body for p, body in self.requests if p == path]

    def close(self) -> None:
        self.app.state.emulator.close()


COMPLETIONS = "/v1/agents/completions"


@pytest.fixture
def recorder() -> Iterator[Recorder]:
    found = Recorder()
    yield found
    found.close()


def get_weather(city: str) -> dict[str, Any]:
    """The weather in a city.

    Args:
        city: The city.
    """
    return {"city": city, "sky": "clear", "celsius": 21}


def make_agent(client: Any) -> Any:
    return client.beta.agents.create(model=MODEL, name="Forecaster", instructions="Answer questions about the weather.")


def test_agent_run_calls_the_tool_and_returns_the_final_answer(recorder: Recorder) -> None:
    calls: list[str] = []

    def logged(city: str) -> dict[str, Any]:
        """The weather in a city.

        Args:
            city: The city.
        """
        calls.append(city)
        return get_weather(city)

    logged.__name__ = "get_weather"
    with emulated_client(recorder) as client:
        agent = make_agent(client)
        result = client.agents.run_tools(agent_id=agent.id, messages=QUESTION, tools=[logged])
    assert isinstance(result, ToolRunResult)
    assert calls == ["Paris"]
    assert result.rounds == 2
    assert [m["role"] for m in result.messages] == ["user", "assistant", "tool", "assistant"]
    call = result.messages[1]["tool_calls"][0]
    assert call["function"]["name"] == "get_weather" and json.loads(call["function"]["arguments"]) == {"city": "Paris"}
    tool_message = result.messages[2]
    assert tool_message["tool_call_id"] == call["id"] and json.loads(tool_message["content"]) == get_weather("Paris")
    assert result.tool_results[0].arguments == {"city": "Paris"} and result.tool_results[0].error is None
    assert result.response.choices[0].finish_reason == "stop"
    assert result.content == result.messages[3]["content"] and "clear" in result.content

    # Every round went to the agent (never to chat completions), with the tools and the history so far.
    sent = recorder.bodies(COMPLETIONS)
    assert not recorder.bodies("/v1/chat/completions")
    assert len(sent) == 2
    assert all(body["agent_id"] == agent.id and "model" not in body for body in sent)
    assert all(body["tools"] == [function_tool(logged)] for body in sent)
    assert sent[0]["messages"] == QUESTION
    assert sent[1]["messages"] == result.messages[:3]


def test_agent_run_passes_other_arguments_and_reports_tool_errors(recorder: Recorder) -> None:
    def get_weather(city: str) -> str:
        """The weather in a city."""
        raise LookupError(f"no station in {city}")

    with emulated_client(recorder) as client:
        agent = make_agent(client)
        result = client.agents.run_tools(agent_id=agent.id, messages=QUESTION, tools=[get_weather], max_tokens=200)
        assert result.messages[2]["content"] == "Error: LookupError: no station in Paris"
        assert isinstance(result.tool_results[0].error, LookupError)
        assert [body["max_tokens"] for body in recorder.bodies(COMPLETIONS)] == [200, 200]
        with pytest.raises(LookupError):
            client.agents.run_tools(agent_id=agent.id, messages=QUESTION, tools=[get_weather], on_tool_error="raise")


def test_agent_run_bounds_the_rounds(recorder: Recorder) -> None:
    with emulated_client(recorder) as client:
        agent = make_agent(client)
        with pytest.raises(ToolRunError) as info:
            client.agents.run_tools(
                agent_id=agent.id,
                messages=QUESTION,
                tools=[get_weather],
                tool_choice="any",  # the emulated model then calls a tool every time
                max_rounds=2,
            )
    assert "2 rounds" in str(info.value)
    assert [m["role"] for m in info.value.messages].count("tool") == 2
    assert len(recorder.bodies(COMPLETIONS)) == 2


def test_agent_run_rejects_bad_settings_and_unknown_agents() -> None:
    ran: list[str] = []

    def get_weather(city: str) -> str:
        """The weather in a city."""
        ran.append(city)
        return "sunny"

    with emulated_client() as client:
        with pytest.raises(ValueError, match="max_rounds"):
            client.agents.run_tools(agent_id="ag_x", messages=QUESTION, tools=[get_weather], max_rounds=0)
        with pytest.raises(NotFoundError) as info:
            client.agents.run_tools(agent_id="ag_missing", messages=QUESTION, tools=[get_weather])
    assert info.value.status_code == 404 and not ran


def test_agent_run_stream_yields_events_across_rounds(recorder: Recorder) -> None:
    with emulated_client(recorder) as client:
        agent = make_agent(client)
        events = list(client.agents.run_tools_stream(agent_id=agent.id, messages=QUESTION, tools=[get_weather]))
        plain = client.agents.run_tools(agent_id=agent.id, messages=QUESTION, tools=[get_weather])
    assert all(isinstance(e, ToolRunEvent) for e in events)
    kinds = [e.type for e in events]
    assert kinds[-1] == "done" and kinds.count("response") == 2 and kinds.count("tool_result") == 1
    assert {e.round for e in events if e.type == "chunk"} == {1, 2}
    [tool_event] = [e for e in events if e.type == "tool_result"]
    assert isinstance(tool_event.data, ToolResult) and tool_event.round == 1
    assert tool_event.data.arguments == {"city": "Paris"}
    done = events[-1].data
    assert isinstance(done, ToolRunResult) and done.rounds == 2 and done.content == plain.content
    text = "".join(e.data.data.choices[0].delta.content or "" for e in events if e.type == "chunk" and e.round == 2)
    assert text == done.content
    streamed = recorder.bodies(COMPLETIONS)[:2]
    assert all(body["stream"] is True and body["agent_id"] == agent.id for body in streamed)


async def test_agent_run_async_runs_a_rounds_calls_concurrently(recorder: Recorder) -> None:
    started: list[str] = []
    both = asyncio.Event()

    async def get_weather(city: str) -> str:
        """The weather in a city."""
        started.append("weather")
        if len(started) == 2:
            both.set()
        await asyncio.wait_for(both.wait(), 5)  # only returns if the other call runs meanwhile
        return f"sunny in {city}"

    async def get_time(city: str) -> str:
        """The time in a city."""
        started.append("time")
        if len(started) == 2:
            both.set()
        await asyncio.wait_for(both.wait(), 5)
        return "noon"

    async with emulated_async_client(recorder) as client:
        agent = await client.beta.agents.create(model=MODEL, name="Clock", instructions="Answer briefly.")
        result = await client.agents.run_tools(
            agent_id=agent.id,
            messages=[{"role": "user", "content": "What is the weather and the time in Paris?"}],
            tools=[get_weather, get_time],
            parallel_tool_calls=True,
        )
    assert sorted(started) == ["time", "weather"]
    assert [r.output for r in result.tool_results] == ["sunny in Paris", "noon"]
    assert [m["role"] for m in result.messages].count("tool") == 2 and result.content
    assert all(body["agent_id"] == agent.id for body in recorder.bodies(COMPLETIONS))


async def test_agent_run_stream_async() -> None:
    async def get_weather(city: str) -> str:
        """The weather in a city."""
        return f"rain in {city}"

    async with emulated_async_client() as client:
        agent = await client.beta.agents.create(model=MODEL, name="Forecaster")
        events = [e async for e in client.agents.run_tools_stream(agent_id=agent.id, messages=QUESTION, tools=[get_weather])]
    kinds = [e.type for e in events]
    assert kinds[-1] == "done" and kinds.count("tool_result") == 1 and kinds.count("response") == 2 and "chunk" in kinds
    assert events[-1].data.tool_results[0].output == "rain in Paris"


async def test_sync_clients_awaitable_twin() -> None:
    with emulated_client() as client:
        agent = make_agent(client)
        result = await client.agents.run_tools_async(agent_id=agent.id, messages=QUESTION, tools=[get_weather])
    assert result.rounds == 2 and result.tool_results[0].arguments == {"city": "Paris"}
