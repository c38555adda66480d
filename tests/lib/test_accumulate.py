"""Stream accumulation against the emulator: the final response of a stream equals the unstreamed one."""

from __future__ import annotations

import pytest

from mistralkit.testing import emulated_async_client, emulated_client
from mistralkit.types import ChatCompletionResponse, ConversationResponse

MODEL = "mistral-small-latest"
WEATHER = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "The weather in a city.",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
    },
}
TIME = {
    "type": "function",
    "function": {
        "name": "get_time",
        "description": "The time in a city.",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
    },
}
CASES = {
    "text": {},
    "tools": {"tools": [WEATHER]},
    "parallel tools": {"tools": [WEATHER, TIME], "parallel_tool_calls": True},
    "two choices": {"n": 2},
}


def _shape(response):
    data = response.model_dump()
    data.pop("id")
    data.pop("created")
    return data


@pytest.mark.parametrize("case", list(CASES))
def test_final_response_equals_unstreamed(case):
    kwargs = dict(
        model=MODEL, messages=[{"role": "user", "content": "What is the weather and time in Paris?"}], random_seed=7, **CASES[case]
    )
    with emulated_client() as client:
        expected = client.chat.complete(**kwargs)
        with client.chat.stream(**kwargs) as stream:
            final = stream.get_final_response()
    assert isinstance(final, ChatCompletionResponse)
    assert _shape(final) == _shape(expected)
    if "tools" in case:
        calls = final.choices[0].message.tool_calls
        assert calls and final.choices[0].finish_reason == "tool_calls"
        if case == "parallel tools":
            assert {c.function.name for c in calls} == {"get_weather", "get_time"}


async def test_final_response_async_after_partial_iteration():
    kwargs = dict(model=MODEL, messages=[{"role": "user", "content": "Tell me about the sea"}], random_seed=3)
    async with emulated_async_client() as client:
        expected = await client.chat.complete(**kwargs)
        stream = await client.chat.stream(**kwargs)
        first = await stream.__anext__()  # read one event, then ask for the rest
        assert first.data.choices
        final = await stream.get_final_response()
    assert _shape(final) == _shape(expected)


def test_text_stream_and_until_done():
    kwargs = dict(model=MODEL, messages=[{"role": "user", "content": "Tell me about the sea"}], random_seed=3)
    with emulated_client() as client:
        expected = client.chat.complete(**kwargs).choices[0].message.content
        with client.chat.stream(**kwargs) as stream:
            pieces = list(stream.text_stream)
        assert len(pieces) > 1 and "".join(pieces) == expected
        stream = client.chat.stream(**kwargs)
        assert stream.until_done() is stream and stream.completed
        assert stream.get_final_response().choices[0].message.content == expected


def test_merge_of_argument_deltas_by_index():
    # A real API streams a tool call's arguments in pieces; chunks as the API sends them.
    from mistralkit.lib.accumulate import CompletionAccumulator
    from mistralkit.types import CompletionEvent

    acc = CompletionAccumulator()
    pieces = [
        {"id": "c1", "function": {"name": "get_weather", "arguments": '{"ci'}, "index": 0},
        {"id": "c2", "function": {"name": "get_time", "arguments": '{"city": "Oslo"}'}, "index": 1},
        {"function": {"name": "", "arguments": 'ty": "Paris"}'}, "index": 0},
    ]
    for n, call in enumerate(pieces):
        acc.add(CompletionEvent.model_validate(
            {"data": {"id": "x", "model": "m", "choices": [{"index": 0, "delta": {"tool_calls": [call]}, "finish_reason": None}]}}
        ))
    acc.add(CompletionEvent.model_validate({"data": {
        "id": "x", "model": "m", "choices": [{"index": 0, "delta": {"content": ""}, "finish_reason": "tool_calls"}],
        "usage": {"prompt_tokens": 3, "completion_tokens": 4, "total_tokens": 7},
    }}))
    final = acc.result()
    calls = final.choices[0].message.tool_calls
    assert [(c.id, c.function.name, c.function.arguments) for c in calls] == [
        ("c1", "get_weather", '{"city": "Paris"}'),
        ("c2", "get_time", '{"city": "Oslo"}'),
    ]
    assert final.usage.total_tokens == 7 and final.choices[0].finish_reason == "tool_calls"


def test_conversation_stream_final_response_equals_unstreamed():
    inputs = [{"role": "user", "content": "What is the weather in Paris?"}]
    with emulated_client() as client:
        kwargs = dict(model=MODEL, inputs=inputs, tools=[WEATHER], store=False, completion_args={"random_seed": 5})
        expected = client.beta.conversations.start(**kwargs)
        with client.beta.conversations.start_stream(**kwargs) as stream:
            final = stream.get_final_response()
        plain = dict(model=MODEL, inputs=[{"role": "user", "content": "Tell me about the sea"}], store=False, completion_args={"random_seed": 5})
        expected_text = client.beta.conversations.start(**plain)
        text_stream = client.beta.conversations.start_stream(**plain)
        text = "".join(text_stream.text_stream)
        final_text = text_stream.get_final_response()
    assert isinstance(final, ConversationResponse)

    def entries(response):
        return [{k: v for k, v in e.model_dump().items() if k not in ("id", "created_at", "completed_at", "tool_call_id")} for e in response.outputs]

    assert entries(final) == entries(expected)
    assert final.usage == expected.usage
    assert entries(final_text) == entries(expected_text)
    assert text == expected_text.outputs[0].content


def test_events_are_folded_in_batches(monkeypatch):
    # A stream longer than one batch gives the same final response.
    from mistralkit.lib.accumulate import Recorder

    monkeypatch.setattr(Recorder, "BATCH", 3)
    kwargs = dict(model=MODEL, messages=[{"role": "user", "content": "Tell me a long story about the sea"}], random_seed=1)
    with emulated_client() as client:
        expected = client.chat.complete(**kwargs)
        stream = client.chat.stream(**kwargs)
        first = [next(stream) for _ in range(4)]
        assert len(stream._acc._buf) == 1  # three folded, one waiting
        final = stream.get_final_response()
    assert len(first) == 4 and _shape(final) == _shape(expected)
