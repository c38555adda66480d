"""The first slice end to end against the in-process emulator (mistralkit.testing fixtures)."""

from __future__ import annotations

import json
import math
import uuid

import pytest

from mistralkit import (
    APIConnectionError,
    APIResponseValidationError,
    APIStreamError,
    AuthenticationError,
    BadRequestError,
    InternalServerError,
    RateLimitError,
    UnprocessableEntityError,
)
from mistralkit.testing import emulated_async_client, emulated_client, emulator_app

MODEL = "mistral-small-latest"
HELLO = [{"role": "user", "content": "Tell me about the lighthouse keepers of Brittany"}]


def fault(spec: str, times: int | None = None) -> dict:
    headers = {"x-mistralkit-fault": spec + (f";times={times}" if times else "")}
    headers["x-mistralkit-fault-key"] = uuid.uuid4().hex
    return headers


def test_chat_complete_is_typed_and_deterministic(mistral_client):
    first = mistral_client.chat.complete(model=MODEL, messages=HELLO)
    again = mistral_client.chat.complete(model=MODEL, messages=HELLO)
    assert first.choices[0].message.content == again.choices[0].message.content
    assert first.choices[0].message.role == "assistant"
    assert first.usage.total_tokens == first.usage.prompt_tokens + first.usage.completion_tokens
    seeded = mistral_client.chat.complete(model=MODEL, messages=HELLO, random_seed=7)
    assert seeded.choices[0].message.content != first.choices[0].message.content


def test_max_tokens_and_n(mistral_client):
    reply = mistral_client.chat.complete(model=MODEL, messages=HELLO, max_tokens=3, n=2)
    assert len(reply.choices) == 2
    assert all(choice.finish_reason == "length" for choice in reply.choices)
    assert reply.usage.completion_tokens <= 6


def test_stream_reassembles_the_same_text(mistral_client):
    whole = mistral_client.chat.complete(model=MODEL, messages=HELLO).choices[0].message.content
    parts, usage = [], None
    with mistral_client.chat.stream(model=MODEL, messages=HELLO) as stream:
        for event in stream:
            if event.data.choices:
                parts.append(event.data.choices[0].delta.content or "")
            usage = event.data.usage or usage
    assert "".join(parts) == whole
    assert usage is not None and usage.completion_tokens > 0
    assert stream.completed


def test_json_schema_response_format(mistral_client):
    schema = {
        "type": "object",
        "properties": {"city": {"type": "string"}, "population": {"type": "integer", "minimum": 0}},
        "required": ["city", "population"],
        "additionalProperties": False,
    }
    reply = mistral_client.chat.complete(
        model=MODEL,
        messages=HELLO,
        response_format={"type": "json_schema", "json_schema": {"name": "city", "schema": schema, "strict": True}},
    )
    data = json.loads(reply.choices[0].message.content)
    assert set(data) == {"city", "population"}
    assert isinstance(data["population"], int) and data["population"] >= 0


def test_tool_calls(mistral_client):
    tools = [
        {
            "type": "function",
            "function": {
                "name": "get_weather",
                "description": "Weather for a city",
                "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
            },
        }
    ]
    reply = mistral_client.chat.complete(model=MODEL, messages=HELLO, tools=tools, tool_choice="any")
    call = reply.choices[0].message.tool_calls[0]
    assert call.function.name == "get_weather"
    assert "city" in json.loads(call.function.arguments)
    assert reply.choices[0].finish_reason == "tool_calls"


def test_fim(mistral_client):
    reply = mistral_client.fim.complete(model="codestral-latest", prompt="def add(a, b):\n", suffix="\nprint(add(1, 2))")
    assert reply.choices[0].message.content
    text = "".join(
        e.data.choices[0].delta.content or ""
        for e in mistral_client.fim.stream(model="codestral-latest", prompt="def add(a, b):\n", suffix="\n")
    )
    assert text


def test_embeddings_rank_related_texts_closer(mistral_client):
    texts = ["the cat sat on the mat", "a cat sat on a mat today", "quarterly revenue grew in europe"]
    reply = mistral_client.embeddings.create(model="mistral-embed", inputs=texts)
    vectors = [item.embedding for item in reply.data]
    assert all(len(v) == 1024 for v in vectors)
    assert all(math.isclose(sum(x * x for x in v), 1.0, rel_tol=1e-6) for v in vectors)

    def cos(a, b):
        return sum(x * y for x, y in zip(a, b))

    assert cos(vectors[0], vectors[1]) > cos(vectors[0], vectors[2]) + 0.2


def test_models(mistral_client):
    listed = mistral_client.models.list()
    ids = {card.id for card in listed.data}
    assert {"mistral-small-latest", "codestral-latest", "mistral-embed"} <= ids
    card = mistral_client.models.retrieve(model_id="codestral-latest")
    assert card.capabilities.completion_fim is True
    assert type(card).__name__ == "BaseModelCard"


def test_unknown_model_is_a_bad_request(mistral_client):
    with pytest.raises(BadRequestError) as info:
        mistral_client.chat.complete(model="no-such-model", messages=HELLO)
    assert "no-such-model" in info.value.message
    assert info.value.request_id


def test_server_validation_errors_are_readable(mistral_client):
    with pytest.raises(UnprocessableEntityError) as info:
        mistral_client.chat.complete(model=MODEL, messages=HELLO, extra_body={"temperature": "hot"})
    assert any("temperature" in line for line in info.value.details)


def test_wrong_key_is_an_authentication_error():
    app = emulator_app(api_key="the-right-key")
    with emulated_client(app, api_key="the-wrong-key") as client:
        with pytest.raises(AuthenticationError) as info:
            client.models.list()
    assert "the-wrong-key" not in str(info.value)
    with emulated_client(app, api_key="the-right-key") as client:
        assert client.models.list().data


def test_retries_through_injected_faults(mistral_client):
    reply = mistral_client.with_options(max_retries=2).chat.complete(
        model=MODEL, messages=HELLO, extra_headers=fault("status=503;retry-after-ms=1", times=2)
    )
    assert reply.choices
    raw = mistral_client.chat.with_raw_response.complete(
        model=MODEL, messages=HELLO, extra_headers=fault("status=429;retry-after-ms=1", times=1)
    )
    assert raw.retries == 1
    with pytest.raises(InternalServerError) as info:
        mistral_client.chat.complete(model=MODEL, messages=HELLO, max_retries=1, extra_headers=fault("status=500;retry-after-ms=1"))
    assert info.value.retries == 1


def test_dropped_connection_is_retried(mistral_client):
    reply = mistral_client.chat.complete(model=MODEL, messages=HELLO, extra_headers=fault("drop", times=1))
    assert reply.choices
    with pytest.raises(APIConnectionError):
        mistral_client.chat.complete(model=MODEL, messages=HELLO, max_retries=0, extra_headers=fault("drop"))


def test_stream_cut_over_a_real_socket_is_typed_and_not_retried():
    from mistralkit import Mistral
    from mistralkit.emulator import BackgroundServer

    with BackgroundServer() as server, Mistral(api_key="k", server_url=server.url) as client:
        received = []
        with pytest.raises(APIConnectionError, match="end marker|interrupted"):
            for event in client.chat.stream(model=MODEL, messages=HELLO, extra_headers=fault("cut-stream=3")):
                received.append(event)
        assert len(received) == 3
        raw = client.chat.with_raw_response.stream(model=MODEL, messages=HELLO)
        assert raw.retries == 0 and raw.request_id
        assert sum(1 for _ in raw.parse()) > 3


def test_error_event(mistral_client):
    with pytest.raises(APIStreamError):
        for _ in mistral_client.chat.stream(model=MODEL, messages=HELLO, extra_headers=fault("stream-error=2")):
            pass


def test_invalid_json_body_is_a_validation_error(mistral_client):
    with pytest.raises(APIResponseValidationError):
        mistral_client.models.list(extra_headers=fault("invalid-json"))


def test_rate_limit():
    app = emulator_app(rate_limit="2/min")
    with emulated_client(app, max_retries=0) as client:
        client.models.list()
        client.models.list()
        with pytest.raises(RateLimitError) as info:
            client.models.list()
    assert float(info.value.headers["retry-after"]) > 0


async def test_async_client(async_mistral_client):
    reply = await async_mistral_client.chat.complete(model=MODEL, messages=HELLO)
    stream = await async_mistral_client.chat.stream(model=MODEL, messages=HELLO)
    parts = [e.data.choices[0].delta.content or "" async for e in stream if e.data.choices]
    assert "".join(parts) == reply.choices[0].message.content
    embedded = await async_mistral_client.embeddings.create(model="mistral-embed", inputs="hello")
    assert len(embedded.data[0].embedding) == 1024
    with pytest.raises(BadRequestError):
        await async_mistral_client.fim.complete(model="mistral-embed", prompt="x")


async def test_async_emulated_client_closes_its_emulator():
    client = emulated_async_client()
    async with client:
        assert (await client.models.list()).data


def test_closing_a_copy_leaves_the_emulated_client_working():
    with emulated_client() as client:
        copy = client.with_options(max_retries=0)
        assert copy.models.list().data
        copy.close()
        assert client.models.list().data
