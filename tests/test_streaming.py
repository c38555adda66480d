"""SSE streams: framing edge cases, completion, errors, and releasing the connection."""

from __future__ import annotations

import json

import httpx2
import pytest

from mistralkit import APIConnectionError, APIResponseValidationError, APIStreamError, InternalServerError

from .helpers import (
    MESSAGES,
    AsyncChunkedStream,
    ChunkedStream,
    Script,
    chunk,
    event_stream,
    make_async_client,
    make_client,
    sse,
)


def stream_of(*chunks: bytes, fail_after=None):
    body = ChunkedStream(chunks, fail_after=fail_after)
    return body, make_client(Script(event_stream(body)))


def texts(stream) -> list[str]:
    return [event.data.choices[0].delta.content for event in stream]


def start(client):
    return client.chat.stream(model="mistral-small-latest", messages=MESSAGES)


def test_events_are_typed_and_done_ends_the_stream():
    body, client = stream_of(sse(chunk("Hel", role="assistant"), chunk("lo", finish="stop", usage={"prompt_tokens": 1, "completion_tokens": 2, "total_tokens": 3})))
    stream = start(client)
    events = list(stream)
    assert [e.data.choices[0].delta.content for e in events] == ["Hel", "lo"]
    assert events[0].data.choices[0].delta.role == "assistant"
    assert events[-1].data.usage.total_tokens == 3
    assert events[-1].data.choices[0].finish_reason == "stop"
    assert stream.completed
    assert body.closed


def test_request_asks_for_a_stream():
    body = ChunkedStream([sse(chunk("x"))])
    script = Script(event_stream(body))
    list(make_client(script).chat.stream(model="m", messages=MESSAGES))
    assert json.loads(script.requests[0].content)["stream"] is True
    assert script.requests[0].headers["accept"] == "text/event-stream"


def test_multiline_data_comments_and_crlf():
    payload = json.dumps(chunk("a"), indent=1)  # spans several lines
    raw = ": keep-alive comment\r\n" + "".join(f"data: {line}\r\n" for line in payload.splitlines()) + "\r\n"
    raw += "event: message\r\nid: 7\r\ndata: " + json.dumps(chunk("b")) + "\r\n\r\n: another\r\n\r\ndata: [DONE]\r\n\r\n"
    body, client = stream_of(raw.encode())
    assert texts(start(client)) == ["a", "b"]


def test_utf8_character_split_across_network_chunks():
    data = sse(chunk("café 😀"), chunk("ok"))
    cut = data.index("😀".encode()) + 2  # in the middle of the 4-byte emoji
    cut_e = data.index("é".encode()) + 1
    pieces = [data[:cut_e], data[cut_e:cut], data[cut:]]
    body, client = stream_of(*pieces)
    assert texts(start(client)) == ["café 😀", "ok"]


def test_event_split_one_byte_at_a_time():
    data = sse(chunk("one"), chunk("two"))
    body, client = stream_of(*[data[i : i + 1] for i in range(len(data))])
    assert texts(start(client)) == ["one", "two"]


def test_missing_done_is_an_error_not_a_truncation():
    body, client = stream_of(sse(chunk("partial"), done=False))
    stream = start(client)
    seen = []
    with pytest.raises(APIConnectionError, match="without its end marker"):
        for event in stream:
            seen.append(event.data.choices[0].delta.content)
    assert seen == ["partial"]
    assert body.closed


def test_connection_cut_mid_stream_is_typed_and_not_retried():
    body = ChunkedStream([sse(chunk("a"), done=False)], fail_after=httpx2.ReadError("reset"))
    script = Script(event_stream(body))
    with pytest.raises(APIConnectionError, match="interrupted after 1 events"):
        list(make_client(script).chat.stream(model="m", messages=MESSAGES))
    assert len(script.requests) == 1


def test_error_event_mid_stream():
    error = {"object": "error", "message": "Model overloaded", "type": "service_unavailable"}
    body, client = stream_of(sse(chunk("a"), error))
    with pytest.raises(APIStreamError, match="Model overloaded") as info:
        list(start(client))
    assert info.value.body["type"] == "service_unavailable"
    body, client = stream_of(b"data: " + json.dumps(chunk("a")).encode() + b"\n\nevent: error\ndata: {\"message\": \"bad\"}\n\n")
    with pytest.raises(APIStreamError, match="bad"):
        list(start(client))


def test_error_finish_reason_is_not_an_error_event():
    body, client = stream_of(sse(chunk("a", finish="error")))
    events = list(start(client))
    assert events[0].data.choices[0].finish_reason == "error"


def test_break_closes_the_connection():
    body, client = stream_of(sse(chunk("a"), chunk("b"), chunk("c")))
    for event in start(client):
        break
    assert body.closed


def test_context_manager_closes_the_connection():
    body, client = stream_of(sse(chunk("a"), chunk("b")))
    with start(client) as stream:
        assert next(stream).data.choices[0].delta.content == "a"
    assert body.closed


def test_stream_iterates_once():
    body, client = stream_of(sse(chunk("a")))
    stream = start(client)
    list(stream)
    with pytest.raises(RuntimeError):
        list(stream)


def test_error_status_before_stream_starts_is_retried_and_typed():
    failure = httpx2.Response(503, json={"message": "busy"})
    body = ChunkedStream([sse(chunk("a"))])
    script = Script(failure, event_stream(body))
    assert texts(make_client(script).chat.stream(model="m", messages=MESSAGES)) == ["a"]
    assert len(script.requests) == 2
    script = Script(httpx2.Response(500, json={"message": "down"}))
    with pytest.raises(InternalServerError, match="down"):
        make_client(script, max_retries=0).chat.stream(model="m", messages=MESSAGES)


def test_raw_stream():
    body = ChunkedStream([sse(chunk("a"))])
    raw = make_client(Script(event_stream(body, {"x-request-id": "r1"}))).chat.with_raw_response.stream(model="m", messages=MESSAGES)
    assert raw.request_id == "r1"
    assert texts(raw.parse()) == ["a"]


def test_fim_stream():
    body = ChunkedStream([sse(chunk("def"), chunk(" f"))])
    stream = make_client(Script(event_stream(body))).fim.stream(model="codestral-latest", prompt="x", suffix="y")
    assert texts(stream) == ["def", " f"]


async def test_async_stream_and_cut():
    body = AsyncChunkedStream([sse(chunk("a"), chunk("b"))])
    client = make_async_client(Script(event_stream(body)))
    stream = await client.chat.stream(model="m", messages=MESSAGES)
    got = [e.data.choices[0].delta.content async for e in stream]
    assert got == ["a", "b"]
    assert body.closed

    body = AsyncChunkedStream([sse(chunk("a"), done=False)])
    client = make_async_client(Script(event_stream(body)))
    with pytest.raises(APIConnectionError):
        async with await client.chat.stream(model="m", messages=MESSAGES) as stream:
            async for _ in stream:
                pass
    assert body.closed


async def test_async_break_closes():
    body = AsyncChunkedStream([sse(chunk("a"), chunk("b"))])
    client = make_async_client(Script(event_stream(body)))
    async with await client.chat.stream(model="m", messages=MESSAGES) as stream:
        async for _ in stream:
            break
    assert body.closed


async def test_async_error_event():
    body = AsyncChunkedStream([sse(chunk("a"), {"object": "error", "message": "boom"})])
    client = make_async_client(Script(event_stream(body)))
    stream = await client.chat.stream(model="m", messages=MESSAGES)
    with pytest.raises(APIStreamError):
        async for _ in stream:
            pass


def test_event_that_is_not_json_is_a_validation_error():
    body, client = stream_of(sse(chunk("a"), "{not json"))
    with pytest.raises(APIResponseValidationError, match="not valid JSON"):
        list(start(client))
    assert body.closed


def test_unknown_fields_in_chunks_are_kept():
    extra = dict(chunk("a"), brand_new={"x": 1})
    body, client = stream_of(sse(extra))
    event = next(iter(start(client)))
    assert event.data.model_extra["brand_new"] == {"x": 1}
