"""Tool schemas from functions and models, parsed arguments, and the tool runner, on the emulator."""

from __future__ import annotations

import asyncio
import json
from typing import Annotated, Literal

import pydantic
import pytest

from mistralkit.lib import ToolRunError
from mistralkit.lib.schema import function_tool
from mistralkit.lib.tools import ToolRunEvent, ToolRunResult
from mistralkit.testing import emulated_async_client, emulated_client

MODEL = "mistral-small-latest"


def google_style(city: str, days: int = 3, unit: Literal["c", "f"] = "c", tags: list[str] | None = None) -> str:
    """Forecast the weather.

    Args:
        city: The city to forecast,
            for example Paris.
        days (int): How many days.
        unit: Celsius or Fahrenheit.
        tags: Labels.

    Returns:
        The forecast.
    """
    return f"{city}:{days}{unit}"


def numpy_style(city: str, days: int = 3) -> str:
    """Forecast the weather.

    Parameters
    ----------
    city : str
        The city to forecast.
    days : int, optional
        How many days.

    Returns
    -------
    str
    """
    return city


def rest_style(city: str, days: int = 3) -> str:
    """Forecast the weather.

    :param city: The city to forecast.
    :param int days: How many days.
    :returns: the forecast
    """
    return city


@pytest.mark.parametrize("func", [google_style, numpy_style, rest_style])
def test_function_schema_from_hints_defaults_and_docstring(func):
    tool = function_tool(func)
    function = tool["function"]
    assert tool["type"] == "function" and function["name"] == func.__name__
    assert function["description"] == "Forecast the weather."
    params = function["parameters"]
    assert params["required"] == ["city"]
    assert params["properties"]["city"]["type"] == "string"
    assert params["properties"]["city"]["description"].startswith("The city to forecast")
    assert params["properties"]["days"] == {"default": 3, "description": "How many days.", "title": "Days", "type": "integer"}


def test_google_multiline_and_literal():
    params = function_tool(google_style)["function"]["parameters"]["properties"]
    assert params["city"]["description"] == "The city to forecast, for example Paris."
    assert params["unit"]["enum"] == ["c", "f"]


class Lookup(pydantic.BaseModel):
    """Look a word up in the dictionary."""

    word: str
    language: str | None = None


def test_pydantic_model_tool_is_strict():
    tool = function_tool(Lookup)
    function = tool["function"]
    assert function["name"] == "Lookup" and function["description"] == "Look a word up in the dictionary."
    assert function["strict"] is True
    assert function["parameters"]["required"] == ["word", "language"]
    assert function["parameters"]["additionalProperties"] is False


def test_parsed_arguments_on_parse_results():
    with emulated_client() as client:
        reply = client.chat.parse(
            model=MODEL,
            messages=[{"role": "user", "content": "Lookup the word ocean"}],
            tools=[Lookup, google_style],
            tool_choice="any",
        )
    call = reply.choices[0].message.tool_calls[0]
    assert call.function.name == "Lookup"
    assert isinstance(call.parsed_arguments, Lookup)
    assert call.parsed_arguments == Lookup.model_validate_json(call.function.arguments)


def get_weather(city: str) -> dict:
    """The weather in a city.

    Args:
        city: The city.
    """
    return {"city": city, "sky": "clear", "celsius": 21}


def test_runner_sync_loops_until_a_final_answer():
    calls = []

    def get_weather_logged(city: str) -> dict:
        """The weather in a city."""
        calls.append(city)
        return get_weather(city)

    get_weather_logged.__name__ = "get_weather"
    with emulated_client() as client:
        result = client.chat.run_tools(
            model=MODEL, messages=[{"role": "user", "content": "What is the weather in Paris?"}], tools=[get_weather_logged]
        )
    assert isinstance(result, ToolRunResult)
    assert result.rounds == 2 and len(calls) == 1
    roles = [m["role"] for m in result.messages]
    assert roles == ["user", "assistant", "tool", "assistant"]
    tool_message = result.messages[2]
    assert json.loads(tool_message["content"]) == get_weather(calls[0])
    assert tool_message["tool_call_id"] == result.messages[1]["tool_calls"][0]["id"]
    assert result.response.choices[0].finish_reason == "stop" and result.content
    assert result.tool_results[0].arguments == {"city": calls[0]}


async def test_runner_async_runs_parallel_calls_concurrently():
    started: list[str] = []
    both = asyncio.Event()

    async def get_weather(city: str) -> str:
        """The weather in a city."""
        started.append("weather")
        if len(started) == 2:
            both.set()
        await asyncio.wait_for(both.wait(), 5)  # only returns if the other call runs meanwhile
        return "sunny"

    async def get_time(city: str) -> str:
        """The time in a city."""
        started.append("time")
        if len(started) == 2:
            both.set()
        await asyncio.wait_for(both.wait(), 5)
        return "noon"

    async with emulated_async_client() as client:
        result = await client.chat.run_tools(
            model=MODEL,
            messages=[{"role": "user", "content": "What is the weather and the time in Paris?"}],
            tools=[get_weather, get_time],
            parallel_tool_calls=True,
        )
    assert sorted(started) == ["time", "weather"]
    assert [r.output for r in result.tool_results] == ["sunny", "noon"]
    assert all(r.error is None for r in result.tool_results)


def test_runner_feeds_a_tool_error_back_or_reraises():
    def get_weather(city: str) -> str:
        """The weather in a city."""
        raise LookupError(f"no station in {city}")

    messages = [{"role": "user", "content": "What is the weather in Paris?"}]
    with emulated_client() as client:
        result = client.chat.run_tools(model=MODEL, messages=messages, tools=[get_weather])
        assert result.messages[2]["content"].startswith("Error: LookupError: no station in")
        assert isinstance(result.tool_results[0].error, LookupError)
        with pytest.raises(LookupError):
            client.chat.run_tools(model=MODEL, messages=messages, tools=[get_weather], on_tool_error="raise")


def test_runner_bounds_the_rounds():
    with emulated_client() as client, pytest.raises(ToolRunError) as info:
        client.chat.run_tools(
            model=MODEL,
            messages=[{"role": "user", "content": "What is the weather in Paris?"}],
            tools=[get_weather],
            tool_choice="any",  # the emulated model then calls a tool every time
            max_rounds=3,
        )
    assert "3 rounds" in str(info.value)
    assert [m["role"] for m in info.value.messages].count("tool") == 3


def test_runner_stops_at_a_tool_only_the_caller_can_answer():
    with emulated_client() as client:
        result = client.chat.run_tools(
            model=MODEL, messages=[{"role": "user", "content": "Lookup the word ocean"}], tools=[Lookup], tool_choice="any"
        )
    assert result.rounds == 1 and result.response.choices[0].message.tool_calls[0].function.name == "Lookup"


def test_runner_stream_yields_events_across_rounds():
    with emulated_client() as client:
        messages = [{"role": "user", "content": "What is the weather in Paris?"}]
        events = list(client.chat.run_tools_stream(model=MODEL, messages=messages, tools=[get_weather]))
        plain = client.chat.run_tools(model=MODEL, messages=messages, tools=[get_weather])
    assert all(isinstance(e, ToolRunEvent) for e in events)
    kinds = [e.type for e in events]
    assert kinds[-1] == "done" and kinds.count("response") == 2 and kinds.count("tool_result") == 1
    assert {e.round for e in events if e.type == "chunk"} == {1, 2}
    done = events[-1].data
    assert done.content == plain.content
    text = "".join(e.data.data.choices[0].delta.content or "" for e in events if e.type == "chunk" and e.round == 2)
    assert text == done.content


async def test_runner_stream_async():
    async def get_weather(city: str) -> str:
        """The weather in a city."""
        return "sunny"

    async with emulated_async_client() as client:
        kinds = [
            e.type
            async for e in client.chat.run_tools_stream(
                model=MODEL, messages=[{"role": "user", "content": "What is the weather in Paris?"}], tools=[get_weather]
            )
        ]
    assert kinds[-1] == "done" and "tool_result" in kinds and "chunk" in kinds


def test_sync_client_runs_async_tools_too():
    async def get_weather(city: str) -> str:
        """The weather in a city."""
        await asyncio.sleep(0)
        return f"rain in {city}"

    with emulated_client() as client:
        result = client.chat.run_tools(
            model=MODEL, messages=[{"role": "user", "content": "What is the weather in Paris?"}], tools=[get_weather]
        )
    assert result.tool_results[0].output.startswith("rain in")


def _no_city(value: str) -> str:
    raise ValueError("unknown city")


def test_bad_arguments_go_back_to_the_model_as_an_error():
    def get_weather(city: Annotated[str, pydantic.AfterValidator(_no_city)]) -> str:
        """The weather in a city."""
        return "never called"

    with emulated_client() as client:
        result = client.chat.run_tools(
            model=MODEL, messages=[{"role": "user", "content": "What is the weather in Paris?"}], tools=[get_weather]
        )
    output = result.tool_results[0].output
    assert output.startswith("Error: StructuredOutputError:") and "unknown city" in output


def test_local_return_types_do_not_matter_but_unresolvable_parameters_are_reported():
    class Local(pydantic.BaseModel):
        x: int

    def forecast(city: str) -> Local:  # with postponed annotations "Local" cannot be resolved
        """Forecast."""
        return Local(x=1)

    assert function_tool(forecast)["function"]["parameters"]["required"] == ["city"]

    def broken(city: Local) -> str:
        """Broken."""
        return ""

    with pytest.raises(TypeError, match="cannot be resolved"):
        function_tool(broken)
