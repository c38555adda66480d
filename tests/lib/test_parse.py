"""Structured output against the emulator: strict schemas, parse, parse_stream, typed errors."""

from __future__ import annotations

import enum
from typing import Literal

import pydantic
import pytest

from mistralkit.lib import StructuredOutputError, response_format_from_pydantic_model
from mistralkit.lib.parse import ParsedChatCompletionResponse
from mistralkit.lib.partial_json import partial_json
from mistralkit.lib.schema import strict_json_schema
from mistralkit.testing import emulated_async_client, emulated_client

MODEL = "mistral-small-latest"


class Color(enum.Enum):
    RED = "red"
    BLUE = "blue"


class Address(pydantic.BaseModel):
    city: str
    zip_code: str | None = None


class Person(pydantic.BaseModel):
    name: str
    age: int
    kind: Literal["human", "robot"]
    color: Color
    tags: list[str]
    scores: dict[str, int]
    home: Address
    past: list[Address]
    nickname: str | None = None


def _objects(node, out):
    if isinstance(node, dict):
        if node.get("type") == "object":
            out.append(node)
        for value in node.values():
            _objects(value, out)
    elif isinstance(node, list):
        for value in node:
            _objects(value, out)
    return out


def test_strict_schema_closes_every_object_and_requires_every_property():
    schema = strict_json_schema(Person)
    assert set(schema["$defs"]) == {"Address", "Color"}
    objects = _objects(schema, [])
    assert len(objects) >= 3
    for obj in objects:
        if "properties" in obj:
            assert obj["additionalProperties"] is False
            assert obj["required"] == list(obj["properties"])
    # dict[str, int] keeps its value schema; Optional admits null and has no default.
    assert schema["properties"]["scores"]["additionalProperties"] == {"type": "integer"}
    nickname = schema["properties"]["nickname"]
    assert {"type": "null"} in nickname["anyOf"] and "default" not in nickname
    assert schema["properties"]["kind"]["enum"] == ["human", "robot"]
    assert schema["$defs"]["Color"]["enum"] == ["red", "blue"]


def test_response_format_from_pydantic_model_shape():
    fmt = response_format_from_pydantic_model(Address)
    assert fmt["type"] == "json_schema"
    assert fmt["json_schema"]["name"] == "Address"
    assert fmt["json_schema"]["strict"] is True
    assert fmt["json_schema"]["schema"]["required"] == ["city", "zip_code"]
    with pytest.raises(TypeError):
        response_format_from_pydantic_model(dict)  # type: ignore[arg-type]


def test_parse_gives_a_typed_model():
    with emulated_client() as client:
        reply = client.chat.parse(
            model=MODEL, messages=[{"role": "user", "content": "Describe a person"}], response_format=Person
        )
    assert isinstance(reply, ParsedChatCompletionResponse)
    person = reply.choices[0].message.parsed
    assert isinstance(person, Person)
    assert isinstance(person.home, Address) and isinstance(person.color, Color)
    # The same JSON is in the content.
    assert Person.model_validate_json(reply.choices[0].message.content) == person


async def test_parse_async_and_agents_parse():
    async with emulated_async_client() as client:
        reply = await client.chat.parse(model=MODEL, messages=[{"role": "user", "content": "An address"}], response_format=Address)
        assert isinstance(reply.choices[0].message.parsed, Address)
        agent = await client.beta.agents.create(model=MODEL, name="parser")
        reply = await client.agents.parse(agent_id=agent.id, messages=[{"role": "user", "content": "An address"}], response_format=Address)
        assert isinstance(reply.choices[0].message.parsed, Address)


def test_parse_stream_yields_partial_json_then_the_object():
    with emulated_client() as client:
        kwargs = dict(model=MODEL, messages=[{"role": "user", "content": "Describe a person"}], response_format=Person)
        expected = client.chat.parse(**kwargs).choices[0].message.parsed
        with client.chat.parse_stream(**kwargs) as stream:
            events = list(stream)
            final = stream.get_final_response()
    partials = [e.partial for e in events if e.partial is not None]
    assert len(partials) > 3
    # Partial objects grow: each is a prefix-view of the final JSON.
    assert isinstance(partials[0], dict) and len(partials[0]) <= len(partials[-1])
    assert events[-1].parsed == expected or any(e.parsed == expected for e in events)
    assert all(e.parsed is None for e in events[:-2])
    assert final.choices[0].message.parsed == expected
    # The official example reads chunk.data.choices[0].delta.content.
    text = "".join(e.data.choices[0].delta.content or "" for e in events)
    assert Person.model_validate_json(text) == expected


async def test_parse_stream_async():
    async with emulated_async_client() as client:
        stream = await client.chat.parse_stream(
            model=MODEL, messages=[{"role": "user", "content": "An address"}], response_format=Address
        )
        async with stream:
            parsed = [e.parsed async for e in stream if e.parsed is not None]
        assert len(parsed) == 1 and isinstance(parsed[0], Address)


class Strict(pydantic.BaseModel):
    count: int

    @pydantic.field_validator("count")
    @classmethod
    def _never(cls, value: int) -> int:
        raise ValueError(f"{value} is not the expected count")


def test_content_that_does_not_fit_raises_structured_output_error():
    # The schema allows any integer but the model's validator none: the answer cannot fit.
    with emulated_client() as client:
        with pytest.raises(StructuredOutputError) as info:
            client.chat.parse(model=MODEL, messages=[{"role": "user", "content": "Count"}], response_format=Strict)
    error = info.value
    assert error.request_id and error.request_id in str(error)
    assert error.content and '"count"' in error.content
    assert error.errors and error.errors[0]["loc"] == ("count",)


def test_content_that_is_not_json_raises_structured_output_error():
    with emulated_client() as client:
        reply = client.chat.complete(model=MODEL, messages=[{"role": "user", "content": "Hello"}])
    from mistralkit.lib.parse import ParseRequest, parse_response

    with pytest.raises(StructuredOutputError) as info:
        parse_response(reply, ParseRequest(Address, {}), "req-1")
    assert info.value.content == reply.choices[0].message.content
    assert info.value.errors[0]["type"] == "json_invalid"
    assert info.value.request_id == "req-1"


@pytest.mark.parametrize(
    "text, value",
    [
        ("", None),
        ('{"a": [1, 2', {"a": [1]}),  # the 2 may go on
        ('{"a": [1, 2]', {"a": [1, 2]}),
        ('{"a": "x', {"a": "x"}),
        ('{"a": 1, "b"', {"a": 1}),
        ('{"a": 1, "b": tr', {"a": 1}),
        ('{"a": {"b": null, "c": 1.5', {"a": {"b": None}}),
        ('["\\u00e9', ["é"]),
        ('{"a": "\\u00', {"a": ""}),
    ],
)
def test_partial_json(text, value):
    assert partial_json(text) == value
