"""Request validation: 422 shapes, query/path params, the fast pre-check."""

from __future__ import annotations

import random

import pytest
from emulator_support import chat, user
from jsonschema import Draft202012Validator

from mistralkit.emulator.json_gen import _Generator
from mistralkit.emulator.spec import load_spec, operations
from mistralkit.emulator.validation import validator_for


def _detail(r):  # type: ignore[no-untyped-def]
    assert r.status_code == 422, r.text
    body = r.json()
    assert body["object"] == "error" and body["type"] == "invalid_request_error"
    assert body["message"] == {"detail": body["detail"]}
    return body["detail"]


async def test_unknown_role_points_at_the_role(client) -> None:  # type: ignore[no-untyped-def]
    r = await client.post(
        "/v1/chat/completions", json={"model": "mistral-small-latest", "messages": [{"role": "robot", "content": "x"}]}
    )
    (item,) = _detail(r)
    assert item["loc"] == ["body", "messages", 0, "role"]
    assert item["type"] == "union_tag_invalid"
    assert item["input"] == "robot"


async def test_missing_fields_extra_fields_and_bounds(client) -> None:  # type: ignore[no-untyped-def]
    r = await client.post(
        "/v1/chat/completions",
        json={"messages": [{"role": "user"}], "temperature": 3, "max_tokens": -1, "surprise": True},
    )
    items = {tuple(i["loc"]): i for i in _detail(r)}
    assert items[("body", "model")]["type"] == "missing"
    assert items[("body", "model")]["msg"] == "Field required"
    assert items[("body", "messages", 0, "content")]["type"] == "missing"
    assert items[("body", "surprise")]["type"] == "extra_forbidden"
    assert items[("body", "temperature")]["type"] == "less_than_equal"
    assert items[("body", "max_tokens")]["type"] == "greater_than_equal"


async def test_wrong_types_and_enums(client) -> None:  # type: ignore[no-untyped-def]
    r = await client.post(
        "/v1/chat/completions",
        json={**chat("hi"), "n": "two", "tool_choice": "sometimes", "stop": 5},
    )
    items = {tuple(i["loc"]): i for i in _detail(r)}
    assert items[("body", "n")]["type"] == "int_type"
    assert items[("body", "tool_choice")]["type"] == "enum"
    assert "'auto'" in items[("body", "tool_choice")]["msg"]
    assert items[("body", "stop")]["type"] == "string_type"


async def test_nested_content_chunk_error(client) -> None:  # type: ignore[no-untyped-def]
    r = await client.post(
        "/v1/chat/completions",
        json={"model": "mistral-small-latest", "messages": [{"role": "user", "content": [{"type": "text"}]}]},
    )
    (item,) = _detail(r)
    assert item["loc"] == ["body", "messages", 0, "content", 0, "text"]
    assert item["type"] == "missing"


async def test_invalid_and_empty_json(client) -> None:  # type: ignore[no-untyped-def]
    r = await client.post("/v1/chat/completions", content=b'{"model": ', headers={"content-type": "application/json"})
    (item,) = _detail(r)
    assert item["type"] == "json_invalid" and item["loc"][0] == "body"
    r = await client.post("/v1/chat/completions", content=b"", headers={"content-type": "application/json"})
    (item,) = _detail(r)
    assert item == {"type": "missing", "loc": ["body"], "msg": "Field required", "input": None}
    r = await client.post("/v1/embeddings", json=["not", "an", "object"])
    assert _detail(r)[0]["loc"] == ["body"]


async def test_the_request_content_type_is_checked(client) -> None:  # type: ignore[no-untyped-def]
    body = b'{"model": "mistral-small-latest", "messages": [{"role": "user", "content": "hi"}]}'
    # JSON sent as text/plain is not read as JSON: the service's 422 on the whole body.
    r = await client.post("/v1/chat/completions", content=body, headers={"content-type": "text/plain"})
    assert r.status_code == 422
    (item,) = _detail(r)
    assert item["type"] == "model_attributes_type" and item["loc"] == ["body"]
    assert item["input"] == body.decode()
    for ctype in ("application/json", "application/json; charset=utf-8", "application/merge-patch+json", None):
        headers = {"content-type": ctype} if ctype else {}
        r = await client.post("/v1/chat/completions", content=body, headers=headers)
        assert r.status_code == 200, (ctype, r.text)
    r = await client.post("/v1/embeddings", content=b"x=1", headers={"content-type": "application/x-www-form-urlencoded"})
    assert r.status_code == 422 and _detail(r)[0]["type"] == "model_attributes_type"


async def test_query_and_path_parameters_are_validated(client) -> None:  # type: ignore[no-untyped-def]
    r = await client.get("/v1/files", params={"page": "first", "sample_type": "bogus"})
    items = {tuple(i["loc"]): i for i in _detail(r)}
    assert items[("query", "page")]["type"] == "int_type"
    assert items[("query", "sample_type", 0)]["type"] == "enum"
    r = await client.get("/v1/files/not-a-uuid")
    (item,) = _detail(r)
    assert item["loc"] == ["path", "file_id"] and item["type"] == "uuid_parsing"


async def test_multipart_fields_are_validated(client) -> None:  # type: ignore[no-untyped-def]
    r = await client.post("/v1/files", files={"file": ("a.jsonl", b"{}\n")}, data={"purpose": "holiday"})
    (item,) = _detail(r)
    assert item["loc"] == ["body", "purpose"] and item["type"] == "enum"
    r = await client.post("/v1/files", data={"purpose": "batch"}, files={"other": ("a.txt", b"x")})
    assert _detail(r)[0]["loc"] == ["body", "file"]
    r = await client.post("/v1/audio/transcriptions", data={"model": "voxtral-mini-latest", "language": "english"})
    (item,) = _detail(r)
    assert item["loc"] == ["body", "language"] and item["type"] == "string_pattern_mismatch"
    r = await client.post("/v1/files", content=b"plain body", headers={"content-type": "text/plain"})
    assert _detail(r)[0]["loc"] == ["body"]


def _samples(pointer: str, count: int) -> list[object]:
    spec = load_spec()
    out = []
    for seed in range(count):
        gen = _Generator(spec, random.Random(seed), ["Paris", "weather"], rich=seed % 2 == 0)
        out.append(gen.value({"$ref": pointer}, 0, ""))
    return out


def _mutations(value: object, rng: random.Random) -> list[object]:
    out: list[object] = [None, 1, "x", [], {}]
    if isinstance(value, dict) and value:
        keys = list(value)
        key = rng.choice(keys)
        dropped = dict(value)
        dropped.pop(key)
        out.append(dropped)
        for replacement in (None, 12, -3, "text", [1], {"a": 1}, True, 1.5):
            changed = dict(value)
            changed[key] = replacement
            out.append(changed)
        out.append({**value, "unexpected_field": 1})
        for k in keys:
            if isinstance(value[k], list) and value[k]:
                inner = list(value[k])
                first = inner[0]
                if isinstance(first, dict) and first:
                    k2 = rng.choice(list(first))
                    inner[0] = {**first, k2: 7}
                    out.append({**value, k: inner})
                    inner2 = list(value[k])
                    inner2[0] = {kk: vv for kk, vv in first.items() if kk != k2}
                    out.append({**value, k: inner2})
    return out


@pytest.mark.parametrize(
    "op", [op for op in operations() if op.request_content_type == "application/json"], ids=lambda op: op.operation_id
)
def test_fast_check_agrees_with_jsonschema(op) -> None:  # type: ignore[no-untyped-def]
    """The compiled pre-check never accepts what jsonschema rejects (and rarely differs at all)."""
    v = validator_for(op.operation_id)
    authority: Draft202012Validator = v.body_validator
    rng = random.Random(op.operation_id)
    key = op.path + ("#stream" if op.stream_twin else "")
    schema = op.request_schema
    pointer = schema["$ref"] if "$ref" in schema else None
    if pointer is None:
        pytest.skip("inline schema")
    disagreements = 0
    instances = 0
    for sample in _samples(pointer, 12):
        for instance in [sample, *_mutations(sample, rng)]:
            instances += 1
            fast = v.body_check(instance)
            slow = authority.is_valid(instance)
            assert not (fast and not slow), (key, instance)
            disagreements += fast != slow
    assert disagreements == 0, f"{disagreements}/{instances} disagreements"


async def test_valid_generated_requests_pass_validation(client) -> None:  # type: ignore[no-untyped-def]
    r = await client.post(
        "/v1/chat/completions", json={"model": "mistral-small-latest", "messages": [user("hi")], "stream": False}
    )
    assert r.status_code == 200
