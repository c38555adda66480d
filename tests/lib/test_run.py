"""Conversation runs with RunContext on the emulator: functions, output models, agents, continuing,
streams, the async twins, and MCP servers (stdio, SSE, streamable HTTP) started by the tests."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
from pathlib import Path

import pydantic
import pytest

from mistralkit.lib import RunException
from mistralkit.lib.run import RunContext, RunResult, RunResultEvents
from mistralkit.testing import emulated_async_client, emulated_client
from mistralkit.types import FunctionCallEntry, FunctionResultEntry, MessageOutputEntry

MODEL = "mistral-small-latest"
SERVER = Path(__file__).parent / "servers" / "weather_mcp.py"


class Weather(pydantic.BaseModel):
    city: str
    celsius: float


def _register(ctx, log=None):
    @ctx.register_func
    def get_weather(city: str) -> dict:
        """The weather in a city.

        Args:
            city: The city.
        """
        if log is not None:
            log.append(city)
        return {"city": city, "celsius": 21}

    return get_weather


def test_run_with_a_model_executes_functions_until_the_answer():
    calls = []
    with emulated_client() as client, RunContext(model=MODEL) as ctx:
        _register(ctx, calls)
        result = client.beta.conversations.run(run_ctx=ctx, inputs="What is the weather in Paris?")
    assert isinstance(result, RunResult)
    kinds = [type(e) for e in result.output_entries]
    assert kinds == [FunctionCallEntry, FunctionResultEntry, MessageOutputEntry]
    assert calls and result.output_entries[1].result == '{"city": "' + calls[0] + '", "celsius": 21}'
    assert result.output_entries[1].tool_call_id == result.output_entries[0].tool_call_id
    assert ctx.request_count == 2 and ctx.conversation_id == result.conversation_id
    assert "21" in result.output_as_text
    assert result.entries[0].content == "What is the weather in Paris?"


def test_output_format_gives_the_model():
    with emulated_client() as client:
        result = client.beta.conversations.run(RunContext(model=MODEL, output_format=Weather), "The weather in Paris as JSON")
    assert isinstance(result.output_as_model, Weather)


def test_continuing_a_conversation():
    with emulated_client() as client, RunContext(model=MODEL) as ctx:
        _register(ctx)
        first = client.beta.conversations.run(ctx, "What is the weather in Paris?")
        second = client.beta.conversations.run(ctx, [{"role": "user", "content": "And the weather in Rome?"}])
        history = client.beta.conversations.get_history(conversation_id=ctx.conversation_id)
    assert second.conversation_id == first.conversation_id
    # Both runs' entries are in the one conversation: 2 inputs + 2 x (call, result, message).
    assert len(history.entries) == 8


def test_run_with_an_agent_registers_the_tools_on_it():
    with emulated_client() as client:
        agent = client.beta.agents.create(model=MODEL, name="weather teller", instructions="Tell the weather.")
        with RunContext(agent_id=agent.id, output_format=Weather) as ctx:
            _register(ctx)
            result = client.beta.conversations.run(ctx, "What is the weather in Paris?")
        updated = client.beta.agents.get(agent_id=agent.id)
    assert [t.function.name for t in updated.tools] == ["get_weather"]
    assert updated.completion_args.response_format.type == "json_schema"
    assert isinstance(result.output_entries[-1], MessageOutputEntry)
    assert isinstance(result.output_as_model, Weather)
    with pytest.raises(RunException):
        RunContext(model=MODEL, agent_id=agent.id)


def test_function_errors_raise_or_go_back_to_the_model():
    def get_weather(city: str) -> str:
        """The weather in a city."""
        raise LookupError("station offline")

    with emulated_client() as client:
        ctx = RunContext(model=MODEL)
        ctx.register_func(get_weather)
        with pytest.raises(RunException) as info:
            client.beta.conversations.run(ctx, "What is the weather in Paris?")
        assert isinstance(info.value.__cause__, LookupError)
        ctx = RunContext(model=MODEL, continue_on_fn_error=True)
        ctx.register_func(get_weather)
        result = client.beta.conversations.run(ctx, "What is the weather in Paris?")
    assert result.output_entries[1].result == "Error while executing get_weather: station offline"


def test_run_stream_yields_events_then_the_result():
    with emulated_client() as client, RunContext(model=MODEL) as ctx:
        _register(ctx)
        items = list(client.beta.conversations.run_stream(ctx, "What is the weather in Paris?"))
        plain_ctx = RunContext(model=MODEL)
        _register(plain_ctx)
        plain = client.beta.conversations.run(plain_ctx, "What is the weather in Paris?")
    assert isinstance(items[-1], RunResult)
    results = [i for i in items if isinstance(i, RunResultEvents)]
    assert len(results) == 1 and results[0].data.result.startswith('{"city"')
    names = [i.event for i in items[:-1] if not isinstance(i, RunResultEvents)]
    assert names.count("conversation.response.started") == 2 and names.count("conversation.response.done") == 2
    final = items[-1]
    assert [type(e) for e in final.output_entries] == [type(e) for e in plain.output_entries]
    assert final.output_as_text == plain.output_as_text


async def test_async_client_run_run_async_and_streams():
    async with emulated_async_client() as client:
        async with RunContext(model=MODEL) as ctx:

            @ctx.register_func
            async def get_weather(city: str) -> str:
                """The weather in a city."""
                await asyncio.sleep(0)
                return "sunny"

            result = await client.beta.conversations.run_async(run_ctx=ctx, inputs="What is the weather in Paris?")
            assert result.output_entries[1].result == "sunny"
        events = await client.beta.conversations.run_stream_async(RunContext(model=MODEL), "hello")
        items = [e async for e in events]
    assert isinstance(items[-1], RunResult) and items[-1].output_as_text


async def test_sync_client_run_async_twins_keep_async_functions_on_the_loop():
    loop = asyncio.get_running_loop()
    seen = []
    with emulated_client() as client:
        async with RunContext(model=MODEL, output_format=None) as ctx:

            @ctx.register_func
            async def get_weather(city: str) -> str:
                """The weather in a city."""
                seen.append(asyncio.get_running_loop() is loop)
                return "sunny"

            result = await client.beta.conversations.run_async(run_ctx=ctx, inputs="What is the weather in Paris?")
            events = await client.beta.conversations.run_stream_async(run_ctx=ctx, inputs="And the weather in Rome?")
            items = [e async for e in events]
    assert seen == [True, True]
    assert result.output_entries[1].result == "sunny" and isinstance(items[-1], RunResult)


async def test_mcp_stdio_server_tools():
    from mcp import StdioServerParameters

    from mistralkit.lib.mcp import MCPClientSTDIO

    params = StdioServerParameters(command=sys.executable, args=[str(SERVER)])
    async with emulated_async_client() as client:
        async with RunContext(model=MODEL, continue_on_fn_error=True) as ctx:
            await ctx.register_mcp_client(MCPClientSTDIO(stdio_params=params))
            assert sorted(t["function"]["name"] for t in ctx.get_tools()) == ["get_forecast", "get_weather"]
            result = await client.beta.conversations.run(ctx, "What is the weather in Paris?")
            failed = await client.beta.conversations.run(ctx, "What is the forecast for Paris?")
    assert result.output_entries[1].result.startswith("It is 18 degrees and sunny in")
    assert failed.output_entries[1].result.startswith("Error while executing get_forecast:")
    assert "no forecast" in failed.output_entries[1].result


async def test_mcp_tool_configuration_excludes_tools():
    from mcp import StdioServerParameters

    from mistralkit.lib.mcp import MCPClientSTDIO

    async with RunContext(model=MODEL) as ctx:
        await ctx.register_mcp_client(
            MCPClientSTDIO(StdioServerParameters(command=sys.executable, args=[str(SERVER)])),
            tool_configuration={"exclude": ["get_forecast"]},
        )
        assert [t["function"]["name"] for t in ctx.get_tools()] == ["get_weather"]


def _http_server(kind, tmp_path):
    portfile = tmp_path / "port"
    proc = subprocess.Popen([sys.executable, str(SERVER), kind, str(portfile)], env=dict(os.environ))
    deadline = time.monotonic() + 20
    while not (portfile.exists() and portfile.read_text()):
        if time.monotonic() > deadline or proc.poll() is not None:
            proc.kill()
            pytest.fail("the MCP server did not start")
        time.sleep(0.05)
    return proc, int(portfile.read_text())


@pytest.mark.parametrize("kind", ["sse", "http"])
async def test_mcp_http_servers(kind, tmp_path):
    from mistralkit.lib.mcp import (
        MCPClientSSE,
        MCPClientStreamableHTTP,
        SSEServerParams,
    )

    proc, port = _http_server(kind, tmp_path)
    try:
        if kind == "sse":
            mcp_client = MCPClientSSE(SSEServerParams(url=f"http://127.0.0.1:{port}/sse"))
        else:
            mcp_client = MCPClientStreamableHTTP(SSEServerParams(url=f"http://127.0.0.1:{port}/mcp"))
        for _ in range(50):  # uvicorn may need a moment after binding
            try:
                async with emulated_async_client() as client, RunContext(model=MODEL) as ctx:
                    await ctx.register_mcp_client(mcp_client)
                    result = await client.beta.conversations.run(ctx, "What is the weather in Paris?")
                break
            except OSError:
                await asyncio.sleep(0.1)
        assert result.output_entries[1].result.startswith("It is 18 degrees and sunny in")
    finally:
        proc.terminate()
        proc.wait(timeout=10)


# --- RunContext.execute_function_calls, MistralClientException ---------------------------------------------


def test_execute_function_calls_runs_the_registered_tools_concurrently_in_order() -> None:
    from mistralkit.extra.run.context import RunContext
    from mistralkit.types import FunctionCallEntry

    started: list[str] = []

    async def slow_double(x: int) -> int:
        started.append("double")
        await asyncio.sleep(0.2)
        return 2 * x

    def shout(text: str) -> str:
        started.append("shout")
        return text.upper()

    calls = [
        FunctionCallEntry(tool_call_id="c1", name="slow_double", arguments='{"x": 21}'),
        FunctionCallEntry(tool_call_id="c2", name="shout", arguments={"text": "hi"}),
    ]

    async def main() -> tuple[list, list, float]:
        async with RunContext(model="mistral-small-latest") as ctx:
            ctx.register_func(slow_double)
            ctx.register_func(shout)
            began = time.monotonic()
            results = await ctx.execute_function_calls(calls + [FunctionCallEntry(tool_call_id="c3", name="slow_double", arguments='{"x": 1}')])
            elapsed = time.monotonic() - began
            unknown = await ctx.execute_function_calls([*calls, FunctionCallEntry(tool_call_id="c9", name="nope", arguments="{}")])
            return results, unknown, elapsed

    results, unknown, elapsed = asyncio.run(main())
    assert [(r.tool_call_id, r.result) for r in results] == [("c1", "42"), ("c2", "HI"), ("c3", "2")]
    assert elapsed < 0.35  # the two slow calls overlapped
    assert unknown == [] and started.count("shout") == 1  # an unregistered name: nothing runs


def test_execute_function_calls_failure_raises_or_is_reported() -> None:
    from mistralkit.extra.run.context import RunContext
    from mistralkit.types import FunctionCallEntry

    def broken(x: int) -> int:
        raise ValueError("no luck")

    call = FunctionCallEntry(tool_call_id="c1", name="broken", arguments='{"x": 1}')

    async def main(keep_going: bool) -> list:
        ctx = RunContext(model="m", continue_on_fn_error=keep_going)
        ctx.register_func(broken)
        return await ctx.execute_function_calls([call])

    with pytest.raises(RunException, match="Failed to execute tool broken"):
        asyncio.run(main(False))
    assert asyncio.run(main(True))[0].result == "Error while executing broken: no luck"


def test_mistral_client_exception_is_the_base_of_the_helpers_errors_only() -> None:
    from mistralkit import APIError, MistralError
    from mistralkit.extra.exceptions import DeferredToolCallsException, MCPException, MistralClientException

    for cls in (RunException, DeferredToolCallsException, MCPException):
        assert issubclass(cls, MistralClientException)
    assert issubclass(MistralClientException, MistralError)
    assert not issubclass(APIError, MistralClientException)
