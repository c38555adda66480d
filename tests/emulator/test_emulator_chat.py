"""Chat completions: determinism, limits, formats, tools, streaming, usage."""

from __future__ import annotations

import functools
import json

import pytest
from emulator_contract import parse_sse
from emulator_support import chat, user
from jsonschema import Draft202012Validator

from mistralkit.emulator.chat import SAFETY_PROMPT
from mistralkit.emulator.tokenizer import count_chat_prompt, count_tokens, tokenize

WEATHER_TOOL = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "Current weather for a city",
        "parameters": {
            "type": "object",
            "properties": {
                "location": {"type": "string", "minLength": 2},
                "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]},
                "days": {"type": "integer", "minimum": 1, "maximum": 7},
            },
            "required": ["location", "unit"],
            "additionalProperties": False,
        },
    },
}
STOCK_TOOL = {
    "type": "function",
    "function": {
        "name": "lookup_stock_price",
        "parameters": {
            "type": "object",
            "properties": {"ticker": {"type": "string", "pattern": "^[A-Z]{1,5}$"}},
            "required": ["ticker"],
        },
    },
}


async def post(client, body, status=200):  # type: ignore[no-untyped-def]
    r = await client.post("/v1/chat/completions", json=body)
    assert r.status_code == status, r.text
    return r.json()


def content(resp, i=0):  # type: ignore[no-untyped-def]
    return resp["choices"][i]["message"]["content"]


async def test_answer_is_deterministic_and_on_topic(client) -> None:  # type: ignore[no-untyped-def]
    body = chat("How do volcanoes form under the ocean?")
    a, b = await post(client, body), await post(client, body)
    assert content(a) == content(b) and a["usage"] == b["usage"]
    text = content(a).lower()
    assert any(word in text for word in ("volcanoes", "ocean", "form"))
    assert a["choices"][0]["finish_reason"] == "stop"
    assert a["object"] == "chat.completion" and a["model"] == "mistral-small-latest"
    assert a["choices"][0]["message"]["role"] == "assistant"


async def test_random_seed_changes_the_answer(client) -> None:  # type: ignore[no-untyped-def]
    texts = {content(await post(client, chat("Tell me about gardening", random_seed=s))) for s in range(4)}
    assert len(texts) >= 3
    again = content(await post(client, chat("Tell me about gardening", random_seed=2)))
    assert again in texts


@functools.lru_cache(maxsize=None)
def _mistral_tokenizer(name: str):  # type: ignore[no-untyped-def]
    from pathlib import Path

    import mistral_common
    from mistral_common.tokens.tokenizers.mistral import MistralTokenizer

    return MistralTokenizer.from_file(str(Path(mistral_common.__file__).parent / "data" / f"{name}.json"))


def _mistral_count(messages: list[dict], tools: list[dict] | None = None, name: str = "tekken_240911") -> int:
    """What Mistral's tokenizer (mistral-common, used directly) counts for a chat prompt."""
    from mistral_common.protocol.instruct.request import ChatCompletionRequest

    tokenizer = _mistral_tokenizer(name)
    return len(tokenizer.encode_chat_completion(ChatCompletionRequest.from_openai(messages, tools)).tokens)


async def test_usage_counts_with_mistrals_tokenizer(client) -> None:  # type: ignore[no-untyped-def]
    messages = [{"role": "system", "content": "Be brief."}, user("Explain photosynthesis to a child.")]
    resp = await post(client, {"model": "mistral-large-latest", "messages": messages})
    usage = resp["usage"]
    assert usage["prompt_tokens"] == _mistral_count(messages) == count_chat_prompt(messages)
    with_tools = await post(client, {"model": "mistral-large-latest", "messages": messages, "tools": [WEATHER_TOOL]})
    assert with_tools["usage"]["prompt_tokens"] == _mistral_count(messages, [WEATHER_TOOL])
    # Mistral Nemo has its own tokenizer file.
    nemo = await post(client, {"model": "open-mistral-nemo", "messages": messages})
    assert nemo["usage"]["prompt_tokens"] == _mistral_count(messages, name="tekken_240718")
    # Generated text: one completion token per streamed piece.
    assert usage["completion_tokens"] == count_tokens(content(resp))
    assert usage["total_tokens"] == usage["prompt_tokens"] + usage["completion_tokens"]


async def test_max_tokens_truncates_with_length(client) -> None:  # type: ignore[no-untyped-def]
    full = await post(client, chat("Describe the history of bicycles"))
    cut = await post(client, chat("Describe the history of bicycles", max_tokens=5))
    assert cut["choices"][0]["finish_reason"] == "length"
    assert content(full).startswith(content(cut))
    assert cut["usage"]["completion_tokens"] == 5
    assert len(tokenize(content(cut))) == 5
    zero = await post(client, chat("Describe the history of bicycles", max_tokens=0))
    assert content(zero) == "" and zero["choices"][0]["finish_reason"] == "length"
    assert full["usage"]["completion_tokens"] > 5


async def test_stop_cuts_before_the_stop_string(client) -> None:  # type: ignore[no-untyped-def]
    full = content(await post(client, chat("Why is the sky blue?")))
    first_dot = full.index(".")
    resp = await post(client, chat("Why is the sky blue?", stop="."))
    assert content(resp) == full[:first_dot]
    assert resp["choices"][0]["finish_reason"] == "stop"
    word = full.split()[3]
    resp = await post(client, chat("Why is the sky blue?", stop=["zzz-not-there", word]))
    assert content(resp) == full[: full.index(word)]
    assert resp["usage"]["completion_tokens"] == count_tokens(content(resp))


async def test_n_gives_different_choices(client) -> None:  # type: ignore[no-untyped-def]
    resp = await post(client, chat("Suggest a name for a cat", n=3))
    assert [c["index"] for c in resp["choices"]] == [0, 1, 2]
    assert len({content(resp, i) for i in range(3)}) == 3
    single = await post(client, chat("Suggest a name for a cat"))
    assert content(single) == content(resp, 0)
    assert resp["usage"]["completion_tokens"] == sum(count_tokens(content(resp, i)) for i in range(3))


async def test_prefix_starts_the_answer(client) -> None:  # type: ignore[no-untyped-def]
    prefix = "Arr matey,"
    body = {
        "model": "mistral-small-latest",
        "messages": [user("Say hello like a pirate"), {"role": "assistant", "content": prefix, "prefix": True}],
    }
    resp = await post(client, body)
    assert content(resp).startswith(prefix) and len(content(resp)) > len(prefix)
    assert resp["usage"]["completion_tokens"] == count_tokens(content(resp)[len(prefix) :])


async def test_last_message_must_be_user_tool_or_prefix(client) -> None:  # type: ignore[no-untyped-def]
    body = {"model": "mistral-small-latest", "messages": [user("hi"), {"role": "assistant", "content": "hello"}]}
    err = await post(client, body, status=400)
    assert err["type"] == "invalid_request_message_order"


async def test_safe_prompt_adds_its_tokens(client) -> None:  # type: ignore[no-untyped-def]
    plain = await post(client, chat("Hello there"))
    safe = await post(client, chat("Hello there", safe_prompt=True))
    # The safety prompt is the system prompt, counted by the tokenizer like any other.
    expected = _mistral_count([{"role": "system", "content": SAFETY_PROMPT}, user("Hello there")])
    assert safe["usage"]["prompt_tokens"] == expected > plain["usage"]["prompt_tokens"]


async def test_json_object_mode_returns_json(client) -> None:  # type: ignore[no-untyped-def]
    resp = await post(client, chat("List facts about owls", response_format={"type": "json_object"}))
    data = json.loads(content(resp))
    assert isinstance(data, dict) and data


@pytest.mark.parametrize("seed", range(6))
async def test_json_schema_mode_validates(client, seed) -> None:  # type: ignore[no-untyped-def]
    schema = {
        "type": "object",
        "properties": {
            "title": {"type": "string", "minLength": 3},
            "year": {"type": "integer", "minimum": 1900, "maximum": 2030},
            "rating": {"type": "number", "exclusiveMinimum": 0, "maximum": 5},
            "genre": {"enum": ["drama", "comedy", "horror"]},
            "kind": {"const": "movie"},
            "released": {"type": "string", "format": "date"},
            "imdb": {"type": "string", "pattern": "^tt\\d{7}$"},
            "cast": {"type": "array", "items": {"$ref": "#/$defs/person"}, "minItems": 1, "maxItems": 3},
            "sequel": {"anyOf": [{"type": "null"}, {"$ref": "#/$defs/ref"}]},
        },
        "required": ["title", "year", "genre", "cast", "kind"],
        "additionalProperties": False,
        "$defs": {
            "person": {
                "type": "object",
                "properties": {"name": {"type": "string"}, "age": {"type": "integer"}},
                "required": ["name"],
            },
            "ref": {"oneOf": [{"type": "string", "format": "uuid"}, {"type": "integer", "multipleOf": 3}]},
        },
    }
    fmt = {"type": "json_schema", "json_schema": {"name": "movie", "schema": schema, "strict": True}}
    resp = await post(client, chat("Recommend a film", response_format=fmt, random_seed=seed))
    data = json.loads(content(resp))
    Draft202012Validator(schema).validate(data)


async def test_invalid_json_schema_is_400(client) -> None:  # type: ignore[no-untyped-def]
    fmt = {"type": "json_schema", "json_schema": {"name": "x", "schema": {"type": "nonsense"}}}
    err = await post(client, chat("hi", response_format=fmt), status=400)
    assert "Invalid JSON schema" in err["message"]


async def test_tool_choice_any_calls_a_tool_with_valid_arguments(client) -> None:  # type: ignore[no-untyped-def]
    resp = await post(
        client, chat("Hello!", model="mistral-large-latest", tools=[WEATHER_TOOL, STOCK_TOOL], tool_choice="any")
    )
    choice = resp["choices"][0]
    assert choice["finish_reason"] == "tool_calls"
    (call,) = choice["message"]["tool_calls"]
    assert len(call["id"]) == 9 and call["id"].isalnum()
    assert call["type"] == "function"
    assert call["function"]["name"] == "get_weather"  # no mention: the first tool
    args = json.loads(call["function"]["arguments"])
    Draft202012Validator(WEATHER_TOOL["function"]["parameters"]).validate(args)


async def test_named_tool_choice(client) -> None:  # type: ignore[no-untyped-def]
    choice = {"type": "function", "function": {"name": "lookup_stock_price"}}
    resp = await post(
        client,
        chat(
            "What about the weather?",
            model="mistral-large-latest",
            tools=[WEATHER_TOOL, STOCK_TOOL],
            tool_choice=choice,
        ),
    )
    (call,) = resp["choices"][0]["message"]["tool_calls"]
    assert call["function"]["name"] == "lookup_stock_price"
    Draft202012Validator(STOCK_TOOL["function"]["parameters"]).validate(json.loads(call["function"]["arguments"]))
    missing = {"type": "function", "function": {"name": "nope"}}
    await post(client, chat("x", model="mistral-large-latest", tools=[WEATHER_TOOL], tool_choice=missing), status=400)


async def test_auto_calls_a_mentioned_tool_and_uses_message_words(client) -> None:  # type: ignore[no-untyped-def]
    resp = await post(
        client,
        chat(
            "What's the weather like in Lisbon today?", model="mistral-large-latest", tools=[WEATHER_TOOL, STOCK_TOOL]
        ),
    )
    (call,) = resp["choices"][0]["message"]["tool_calls"]
    assert call["function"]["name"] == "get_weather"
    assert json.loads(call["function"]["arguments"])["location"] == "Lisbon"
    assert resp["usage"]["completion_tokens"] == count_tokens("get_weather") + count_tokens(
        call["function"]["arguments"]
    )


async def test_auto_answers_when_no_tool_is_mentioned_and_none_never_calls(client) -> None:  # type: ignore[no-untyped-def]
    resp = await post(client, chat("Write a haiku about autumn", model="mistral-large-latest", tools=[WEATHER_TOOL]))
    assert resp["choices"][0]["message"]["tool_calls"] is None
    assert resp["choices"][0]["finish_reason"] == "stop"
    resp = await post(
        client, chat("weather in Oslo?", model="mistral-large-latest", tools=[WEATHER_TOOL], tool_choice="none")
    )
    assert resp["choices"][0]["message"]["tool_calls"] is None


PAYMENT_TOOL = {
    "type": "function",
    "function": {
        "name": "retrieve_payment_status",
        "description": "Get payment status of a transaction",
        "parameters": {
            "type": "object",
            "properties": {"transaction_id": {"type": "string", "description": "The transaction id."}},
            "required": ["transaction_id"],
        },
    },
}
ORDER_TOOL = {
    "type": "function",
    "function": {
        "name": "track",
        "description": "Where a parcel is",
        "parameters": {
            "type": "object",
            "properties": {
                "order": {"type": "string", "pattern": "^ORD-[0-9]{4}$"},
                "days": {"type": "integer", "minimum": 1, "maximum": 30},
                "carrier": {"type": "string", "enum": ["ups", "dhl", "fedex"]},
            },
            "required": ["order"],
        },
    },
}


async def test_auto_decides_from_parameters_and_reads_their_values(client) -> None:  # type: ignore[no-untyped-def]
    # Nothing of the name is in the message, but the parameter is named and its value given.
    for text in ("My transaction ID is T1001", "my transaction id: T1001.", "Transaction id = T1001 please"):
        resp = await post(client, chat(text, tools=[WEATHER_TOOL, PAYMENT_TOOL]))
        (call,) = resp["choices"][0]["message"]["tool_calls"]
        assert call["function"]["name"] == "retrieve_payment_status", text
        assert json.loads(call["function"]["arguments"]) == {"transaction_id": "T1001"}, text
    # A pattern, a number next to the parameter's word and an enum value, all read from the message.
    resp = await post(client, chat("Is ORD-1234 still moving with DHL? Look back 3 days", tools=[ORDER_TOOL]))
    (call,) = resp["choices"][0]["message"]["tool_calls"]
    assert json.loads(call["function"]["arguments"]) == {"order": "ORD-1234", "days": 3, "carrier": "dhl"}
    # Deterministic: the same request decides the same way.
    again = await post(client, chat("Is ORD-1234 still moving with DHL? Look back 3 days", tools=[ORDER_TOOL]))
    assert again["choices"][0]["message"]["tool_calls"] == resp["choices"][0]["message"]["tool_calls"]
    # Unrelated messages get text, even with both tools offered.
    for text in ("Hello, how are you?", "Thanks, that is all", "Write a haiku about autumn"):
        resp = await post(client, chat(text, tools=[PAYMENT_TOOL, ORDER_TOOL]))
        assert resp["choices"][0]["message"]["tool_calls"] is None, text


async def test_parallel_tool_calls(client) -> None:  # type: ignore[no-untyped-def]
    text = "Check the weather in Rome and the stock price of ACME"
    resp = await post(client, chat(text, model="mistral-large-latest", tools=[WEATHER_TOOL, STOCK_TOOL]))
    names = [c["function"]["name"] for c in resp["choices"][0]["message"]["tool_calls"]]
    assert names == ["get_weather", "lookup_stock_price"]
    resp = await post(
        client, chat(text, model="mistral-large-latest", tools=[WEATHER_TOOL, STOCK_TOOL], parallel_tool_calls=False)
    )
    assert len(resp["choices"][0]["message"]["tool_calls"]) == 1


async def test_answer_after_tool_results_uses_them(client) -> None:  # type: ignore[no-untyped-def]
    first = await post(client, chat("What's the weather in Paris?", model="mistral-large-latest", tools=[WEATHER_TOOL]))
    calls = first["choices"][0]["message"]["tool_calls"]
    messages = [
        user("What's the weather in Paris?"),
        {"role": "assistant", "content": "", "tool_calls": calls},
        {
            "role": "tool",
            "tool_call_id": calls[0]["id"],
            "content": json.dumps({"temperature": 23, "conditions": "sunny"}),
        },
    ]
    resp = await post(client, {"model": "mistral-large-latest", "messages": messages, "tools": [WEATHER_TOOL]})
    text = content(resp)
    assert resp["choices"][0]["finish_reason"] == "stop"
    assert "get_weather" in text and "23" in text and "sunny" in text


async def test_models_are_checked_for_the_endpoint(client) -> None:  # type: ignore[no-untyped-def]
    err = await post(client, chat("hi", model="gpt-4"), status=400)
    assert err == {
        "object": "error",
        "message": "Invalid model: gpt-4",
        "type": "invalid_model",
        "param": None,
        "code": "1500",
    }
    err = await post(client, chat("hi", model="mistral-embed"), status=400)
    assert "does not support chat completions" in err["message"]
    err = await post(client, chat("hi", model="voxtral-mini-latest", tools=[WEATHER_TOOL]), status=400)
    assert "function calling" in err["message"]
    image = {
        "role": "user",
        "content": [{"type": "text", "text": "what is this?"}, {"type": "image_url", "image_url": "https://x/y.png"}],
    }
    err = await post(client, {"model": "ministral-8b-2410", "messages": [image]}, status=400)
    assert "image" in err["message"]
    ok = await post(client, {"model": "mistral-small-latest", "messages": [image]})
    assert ok["usage"]["prompt_tokens"] == count_chat_prompt([image])


async def test_context_length_is_enforced(client) -> None:  # type: ignore[no-untyped-def]
    err = await post(client, chat("word " * 33000, model="voxtral-mini-latest"), status=400)
    assert "maximum context length" in err["message"]


async def test_stream_framing_and_consistency(client) -> None:  # type: ignore[no-untyped-def]
    body = chat("Explain how rainbows appear", max_tokens=12)
    plain = await post(client, body)
    r = await client.post("/v1/chat/completions", json={**body, "stream": True})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/event-stream")
    raw = r.text
    assert raw.endswith("data: [DONE]\n\n")
    events = parse_sse(raw)
    assert all(name is None for name, _ in events)
    chunks = [json.loads(d) for _, d in events[:-1]]
    assert chunks[0]["choices"][0]["delta"] == {"role": "assistant", "content": ""}
    assert all(c["object"] == "chat.completion.chunk" and c["id"] == chunks[0]["id"] for c in chunks)
    pieces = [c["choices"][0]["delta"].get("content") or "" for c in chunks]
    assert "".join(pieces) == content(plain)
    assert len(chunks) == 1 + 12  # role chunk + one chunk per token
    assert [c["choices"][0]["finish_reason"] for c in chunks[:-1]] == [None] * (len(chunks) - 1)
    assert chunks[-1]["choices"][0]["finish_reason"] == "length"
    assert "usage" in chunks[-1] and all("usage" not in c for c in chunks[:-1])
    assert chunks[-1]["usage"] == plain["usage"]


async def test_stream_with_several_choices_and_tools(client) -> None:  # type: ignore[no-untyped-def]
    r = await client.post("/v1/chat/completions", json=chat("Name a colour", n=2, max_tokens=3, stream=True))
    chunks = [json.loads(d) for _, d in parse_sse(r.text) if d != "[DONE]"]
    for index in (0, 1):
        mine = [c for c in chunks if c["choices"][0]["index"] == index]
        assert mine[0]["choices"][0]["delta"]["role"] == "assistant"
        assert mine[-1]["choices"][0]["finish_reason"] == "length"
    assert "usage" in chunks[-1]
    r = await client.post(
        "/v1/chat/completions",
        json=chat("Weather in Nice?", model="mistral-large-latest", tools=[WEATHER_TOOL], stream=True),
    )
    chunks = [json.loads(d) for _, d in parse_sse(r.text) if d != "[DONE]"]
    last = chunks[-1]["choices"][0]
    assert last["finish_reason"] == "tool_calls"
    assert last["delta"]["tool_calls"][0]["function"]["name"] == "get_weather"
