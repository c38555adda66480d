"""Conversation runs with tool calls that wait for a confirmation, on the emulator: local functions
registered with ``requires_confirmation=True`` (confirm, reject, override arguments, mixed with
calls that need none), server-side tools whose calls come back ``pending`` (allow, deny), streams,
the official spelling, keeping the waiting calls across processes, and MCP tools."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from mistralkit.lib import (
    DeferralReason,
    DeferredToolCallConfirmation,
    DeferredToolCallEntry,
    DeferredToolCallRejection,
    DeferredToolCallsException,
    RunException,
)
from mistralkit.lib.run import RunContext, RunResult, RunResultEvents
from mistralkit.testing import emulated_async_client, emulated_client
from mistralkit.types import FunctionCallEntry, FunctionResultEntry, MessageOutputEntry

MODEL = "mistral-small-latest"
SERVER = Path(__file__).parent / "servers" / "weather_mcp.py"
WEATHER = "What is the weather in Paris?"
BOTH = "What is the weather in Paris? Also delete the file path report.txt"
SEARCH = "Search the web for the latest news about Paris"
WEB_SEARCH = [{"type": "web_search", "tool_configuration": {"requires_confirmation": ["web_search"]}}]


def _context(log, *, confirm_weather=True, confirm_delete=True, **options):
    ctx = RunContext(model=MODEL, **options)

    def get_weather(city: str) -> str:
        """The weather in a city.

        Args:
            city: The city.
        """
        log.append(("get_weather", city))
        return f"sunny in {city}"

    def delete_file(path: str) -> str:
        """Delete a file.

        Args:
            path: The file path.
        """
        log.append(("delete_file", path))
        return f"deleted {path}"

    ctx.register_func(get_weather, requires_confirmation=confirm_weather)
    ctx.register_func(delete_file, requires_confirmation=confirm_delete)
    return ctx


def _history(client, ctx):
    return client.beta.conversations.get_history(conversation_id=ctx.conversation_id).entries


def _results(entries):
    return [(e.tool_call_id, e.result) for e in entries if isinstance(e, FunctionResultEntry)]


def test_a_call_needing_confirmation_stops_the_run_before_it_runs():
    log = []
    with emulated_client() as client:
        ctx = _context(log)
        assert ctx.requires_confirmation("get_weather") and not RunContext(model=MODEL).requires_confirmation("get_weather")
        with pytest.raises(DeferredToolCallsException) as info:
            client.beta.conversations.run(ctx, WEATHER)
        history = _history(client, ctx)
    exc = info.value
    assert isinstance(exc, RunException) and log == []
    [waiting] = exc.deferred_calls
    assert waiting.tool_name == "get_weather" and waiting.reason is DeferralReason.CONFIRMATION_REQUIRED
    assert json.loads(waiting.arguments) == {"city": "Paris"}
    assert exc.conversation_id == ctx.conversation_id and exc.executed_results == []
    assert [type(e) for e in exc.outputs] == [FunctionCallEntry]
    assert exc.outputs[0].tool_call_id == waiting.tool_call_id
    # nothing was answered: the conversation ends at the call
    assert [e.type for e in history] == ["message.input", "function.call"]
    assert "get_weather" in str(exc)


def test_confirming_runs_the_function_once_and_finishes_the_run():
    log = []
    with emulated_client() as client:
        ctx = _context(log)
        with pytest.raises(DeferredToolCallsException) as info:
            client.beta.conversations.run(ctx, WEATHER)
        [waiting] = info.value.deferred_calls
        confirmation = waiting.confirm()
        assert isinstance(confirmation, DeferredToolCallConfirmation)
        result = client.beta.conversations.run(ctx, [confirmation])
        history = _history(client, ctx)
    assert log == [("get_weather", "Paris")]
    assert isinstance(result, RunResult) and result.conversation_id == ctx.conversation_id
    assert _results(result.input_entries) == [(waiting.tool_call_id, "sunny in Paris")]
    assert [type(e) for e in result.output_entries] == [MessageOutputEntry]
    assert "sunny in Paris" in result.output_as_text
    assert [e.type for e in history] == ["message.input", "function.call", "function.result", "message.output"]
    assert _results(history) == [(waiting.tool_call_id, "sunny in Paris")]


def test_rejecting_sends_the_message_and_the_model_goes_on():
    log = []
    with emulated_client() as client:
        ctx = _context(log)
        with pytest.raises(DeferredToolCallsException) as info:
            client.beta.conversations.run(ctx, WEATHER)
        [waiting] = info.value.deferred_calls
        rejection = waiting.reject("Not now, the user said no")
        assert isinstance(rejection, DeferredToolCallRejection)
        result = client.beta.conversations.run(ctx, [rejection])
        default = waiting.reject()
        history = _history(client, ctx)
    assert log == []
    assert default.message == "Rejected by user"
    assert _results(history) == [(waiting.tool_call_id, "Not now, the user said no")]
    assert history[-1].type == "message.output" and isinstance(result.output_entries[-1], MessageOutputEntry)
    assert "Not now, the user said no" in result.output_as_text


def test_override_args_replace_the_models_arguments():
    log = []
    with emulated_client() as client:
        ctx = _context(log)
        with pytest.raises(DeferredToolCallsException) as info:
            client.beta.conversations.run(ctx, WEATHER)
        [waiting] = info.value.deferred_calls
        client.beta.conversations.run(ctx, [waiting.confirm(override_args={"city": "Lyon"})])
        history = _history(client, ctx)
    assert log == [("get_weather", "Lyon")]
    assert _results(history) == [(waiting.tool_call_id, "sunny in Lyon")]


def test_calls_needing_no_confirmation_run_and_are_handed_back():
    log = []
    with emulated_client() as client:
        ctx = _context(log, confirm_weather=False)
        with pytest.raises(DeferredToolCallsException) as info:
            client.beta.conversations.run(ctx, BOTH)
        exc = info.value
        assert log == [("get_weather", "Paris")]
        assert [c.tool_name for c in exc.deferred_calls] == ["delete_file"]
        [executed] = exc.executed_results
        assert executed.result == "sunny in Paris"
        assert [e.type for e in exc.outputs] == ["function.call", "function.call", "function.result"]
        # the executed result is not sent until the run resumes
        assert "function.result" not in [e.type for e in _history(client, ctx)]
        result = client.beta.conversations.run(ctx, [*exc.executed_results, *(c.confirm() for c in exc.deferred_calls)])
        history = _history(client, ctx)
    assert log == [("get_weather", "Paris"), ("delete_file", "report")]
    assert [r for _, r in _results(history)] == ["sunny in Paris", "deleted report"]
    assert isinstance(result.output_entries[-1], MessageOutputEntry)


def test_server_side_pending_calls_are_allowed_or_denied():
    with emulated_client() as client:
        allowed_ctx = RunContext(model=MODEL)
        with pytest.raises(DeferredToolCallsException) as info:
            client.beta.conversations.run(allowed_ctx, SEARCH, tools=WEB_SEARCH)
        [waiting] = info.value.deferred_calls
        assert waiting.tool_name == "web_search" and waiting.server_side
        assert waiting.reason is DeferralReason.SERVER_SIDE_CONFIRMATION_REQUIRED
        with pytest.raises(RunException, match="override_args"):
            waiting.confirm(override_args={"query": "x"})
        allowed = client.beta.conversations.run(allowed_ctx, [waiting.confirm()])
        allowed_history = _history(client, allowed_ctx)

        denied_ctx = RunContext(model=MODEL)
        with pytest.raises(DeferredToolCallsException) as info:
            client.beta.conversations.run(denied_ctx, SEARCH, tools=WEB_SEARCH)
        denied = client.beta.conversations.run(denied_ctx, [c.reject() for c in info.value.deferred_calls])
        denied_history = _history(client, denied_ctx)
    assert allowed.input_entries == []
    assert [e.type for e in allowed.output_entries] == ["tool.execution", "message.output"]
    assert [getattr(e, "confirmation_status", None) for e in allowed_history if e.type == "function.call"] == ["allowed"]
    assert [e.type for e in denied.output_entries] == ["message.output"]
    assert "denied" in denied.output_as_text
    assert [getattr(e, "confirmation_status", None) for e in denied_history if e.type == "function.call"] == ["denied"]
    assert "function.result" not in [e.type for e in denied_history]


def test_server_side_pending_calls_in_streams():
    with emulated_client() as client:
        ctx = RunContext(model=MODEL)
        with pytest.raises(DeferredToolCallsException) as info:
            for _ in client.beta.conversations.run_stream(ctx, SEARCH, tools=WEB_SEARCH):
                pass
        [waiting] = info.value.deferred_calls
        assert waiting.reason is DeferralReason.SERVER_SIDE_CONFIRMATION_REQUIRED
        items = list(client.beta.conversations.run_stream(ctx, [waiting.confirm()]))
        history = _history(client, ctx)
    assert [e.type for e in items[-1].output_entries] == ["tool.execution", "message.output"]
    assert [e.confirmation_status for e in history if e.type == "function.call"] == ["allowed"]


def test_answers_are_checked_before_anything_runs():
    log = []
    with emulated_client() as client:
        ctx = _context(log)
        with pytest.raises(DeferredToolCallsException) as info:
            client.beta.conversations.run(ctx, WEATHER)
        [waiting] = info.value.deferred_calls
        entries = len(_history(client, ctx))
        with pytest.raises(RunException, match="conversation_id"):
            client.beta.conversations.run(_context(log), [waiting.confirm()])
        with pytest.raises(RunException, match="not registered"):
            client.beta.conversations.run(RunContext(model=MODEL, conversation_id=ctx.conversation_id), [waiting.confirm()])
        with pytest.raises(RunException, match="more than once"):
            client.beta.conversations.run(ctx, [waiting.confirm(), waiting.reject()])
        assert log == [] and len(_history(client, ctx)) == entries


def test_a_confirmed_function_that_fails_raises_or_goes_back_to_the_model():
    def get_weather(city: str) -> str:
        """The weather in a city."""
        raise LookupError("station offline")

    with emulated_client() as client:
        for keep_going in (False, True):
            ctx = RunContext(model=MODEL, continue_on_fn_error=keep_going)
            ctx.register_func(get_weather, requires_confirmation=True)
            with pytest.raises(DeferredToolCallsException) as info:
                client.beta.conversations.run(ctx, WEATHER)
            answers = [c.confirm() for c in info.value.deferred_calls]
            if keep_going:
                client.beta.conversations.run(ctx, answers)
                assert [r for _, r in _results(_history(client, ctx))] == ["Error while executing get_weather: station offline"]
            else:
                with pytest.raises(RunException) as failed:
                    client.beta.conversations.run(ctx, answers)
                assert isinstance(failed.value.__cause__, LookupError)
                assert not isinstance(failed.value, DeferredToolCallsException)


def test_waiting_calls_survive_a_round_trip_through_json():
    log = []
    with emulated_client() as client:
        ctx = _context(log, confirm_weather=False)
        with pytest.raises(DeferredToolCallsException) as info:
            client.beta.conversations.run(ctx, BOTH)
        saved = json.dumps(info.value.to_dict())

        restored = DeferredToolCallsException.from_dict(json.loads(saved))
        assert restored.conversation_id == ctx.conversation_id
        assert [type(e) for e in restored.outputs] == [type(e) for e in info.value.outputs]
        assert restored.executed_results == info.value.executed_results
        [waiting] = restored.deferred_calls
        assert isinstance(waiting, DeferredToolCallEntry) and waiting.tool_name == "delete_file"
        assert waiting.to_function_result("done") == {"tool_call_id": waiting.tool_call_id, "result": "done"}

        fresh = _context(log, confirm_weather=False, conversation_id=restored.conversation_id)
        result = client.beta.conversations.run(fresh, [*restored.executed_results, waiting.confirm()])
    assert log == [("get_weather", "Paris"), ("delete_file", "report")]
    assert isinstance(result.output_entries[-1], MessageOutputEntry)


def test_run_stream_raises_after_the_events_and_resumes_streaming():
    log = []
    with emulated_client() as client:
        ctx = _context(log, confirm_weather=False)
        items = []
        with pytest.raises(DeferredToolCallsException) as info:
            for item in client.beta.conversations.run_stream(ctx, BOTH):
                items.append(item)
        names = [i.event for i in items]
        assert names[0] == "conversation.response.started" and "conversation.response.done" in names
        function_results = [i for i in items if isinstance(i, RunResultEvents)]
        assert [e.data.result for e in function_results] == ["sunny in Paris"]
        assert info.value.deferred_calls[0].tool_name == "delete_file"
        answers = [*info.value.executed_results, info.value.deferred_calls[0].reject("no")]
        resumed = list(client.beta.conversations.run_stream(ctx, answers))
        history = _history(client, ctx)
    assert isinstance(resumed[-1], RunResult) and isinstance(resumed[-1].output_entries[-1], MessageOutputEntry)
    assert log == [("get_weather", "Paris")]
    assert [r for _, r in _results(history)] == ["sunny in Paris", "no"]


async def _official_program(client, log):
    """Written as for the official SDK, with the imports changed."""
    from mistralkit.extra.exceptions import DeferredToolCallResponse, DeferredToolCallsException
    from mistralkit.extra.run.context import RunContext

    async with RunContext(model=MODEL) as run_ctx:

        def get_weather(city: str) -> str:
            """The weather in a city."""
            log.append(city)
            return "rainy"

        run_ctx.register_func(get_weather, requires_confirmation=True)
        try:
            await client.beta.conversations.run_async(run_ctx=run_ctx, inputs=WEATHER)
        except DeferredToolCallsException as deferred:
            responses: list[DeferredToolCallResponse] = [call.confirm() for call in deferred.deferred_calls]
            result = await client.beta.conversations.run_async(run_ctx=run_ctx, inputs=responses)
        else:
            pytest.fail("the run did not wait for the confirmation")
        with pytest.raises(DeferredToolCallsException):
            stream = await client.beta.conversations.run_stream_async(run_ctx=run_ctx, inputs="And the weather in Rome?")
            async for _ in stream:
                pass
    return result


async def test_official_spelling_on_both_clients():
    from mistralkit.extra.exceptions import DeferredToolCallsException as OfficialDeferred

    assert OfficialDeferred is DeferredToolCallsException
    with emulated_client() as client:
        log = []
        result = await _official_program(client, log)
    assert log == ["Paris"] and "rainy" in result.output_as_text
    async with emulated_async_client() as async_client:
        log = []
        result = await _official_program(async_client, log)
    assert log == ["Paris"] and "rainy" in result.output_as_text


async def test_mcp_tools_listed_in_requires_confirmation_wait():
    from mcp import StdioServerParameters

    from mistralkit.lib.mcp import MCPClientSTDIO

    params = StdioServerParameters(command=sys.executable, args=[str(SERVER)])
    async with emulated_async_client() as client:
        async with RunContext(model=MODEL) as ctx:
            with pytest.raises(RunException, match="get_wether"):
                await ctx.register_mcp_client(MCPClientSTDIO(stdio_params=params), {"requires_confirmation": ["get_wether"]})
        async with RunContext(model=MODEL) as ctx:
            await ctx.register_mcp_client(MCPClientSTDIO(stdio_params=params), {"requires_confirmation": ["get_weather"]})
            assert ctx.requires_confirmation("get_weather") and not ctx.requires_confirmation("get_forecast")
            with pytest.raises(DeferredToolCallsException) as info:
                await client.beta.conversations.run(ctx, WEATHER)
            result = await client.beta.conversations.run(ctx, [c.confirm() for c in info.value.deferred_calls])
            history = (await client.beta.conversations.get_history(conversation_id=ctx.conversation_id)).entries
    assert _results(result.input_entries)[0][1].startswith("It is 18 degrees and sunny in")
    assert [e.type for e in history] == ["message.input", "function.call", "function.result", "message.output"]
