"""Checks every emulator response against the OpenAPI contract.

Used as an httpx2 response hook by the ``client`` fixture, so each response a
test produces is validated: JSON bodies against the operation's schema for
that status (422 against ``HTTPValidationError``), SSE events against
``CompletionChunk`` / ``TranscriptionStreamEvents`` / ``ConversationEvents``, and other errors against
the Mistral error envelope.

ERRATA lists the places where the contract contradicts the service; the
checker validates against a patched copy and the emulator follows the
service.
"""

from __future__ import annotations

import copy
import json
import re
from functools import cache, lru_cache
from typing import Any

import httpx2
from jsonschema import Draft202012Validator
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from mistralkit.emulator.spec import load_spec, operations

URI = "urn:test:openapi"

ERRATA = {
    # ChatCompletionResponse lists "data" (an embeddings field) as required;
    # chat/FIM completions have no "data" member.
    "ChatCompletionResponse.required.data": lambda s: s["ChatCompletionResponse"]["allOf"][1]["required"].remove(
        "data"
    ),
    # encoding_format=base64 makes each embedding a base64 string, which
    # EmbeddingResponseData (array of numbers) does not allow.
    "EmbeddingResponseData.embedding.base64": lambda s: s["EmbeddingResponseData"]["properties"].__setitem__(
        "embedding", {"anyOf": [{"type": "array", "items": {"type": "number"}}, {"type": "string"}]}
    ),
}

ERROR_ENVELOPE = {
    "type": "object",
    "required": ["object", "message", "type", "param", "code"],
    "properties": {
        "object": {"const": "error"},
        "message": {"anyOf": [{"type": "string"}, {"type": "object"}]},
        "type": {"type": "string"},
        "param": {"type": ["string", "null"]},
        "code": {"type": ["string", "null"]},
    },
}
UNAUTHORIZED = {
    "type": "object",
    "required": ["message", "request_id"],
    "properties": {"message": {"const": "Unauthorized"}, "request_id": {"type": "string"}},
    "additionalProperties": False,
}


@lru_cache(maxsize=1)
def patched_spec() -> dict[str, Any]:
    spec = copy.deepcopy(load_spec())
    for fix in ERRATA.values():
        fix(spec["components"]["schemas"])
    return spec


@lru_cache(maxsize=1)
def registry() -> Registry:
    return Registry().with_resource(URI, DRAFT202012.create_resource(patched_spec()))


@cache
def validator(ref: str) -> Draft202012Validator:
    return Draft202012Validator({"$ref": URI + ref}, registry=registry())


def component(name: str) -> Draft202012Validator:
    return validator(f"#/components/schemas/{name}")


@lru_cache(maxsize=1)
def _routes() -> list[tuple[re.Pattern[str], str, Any]]:
    out = []
    for op in operations():
        pattern = re.compile("^" + re.sub(r"\{[^}]+\}", "[^/]+", op.path) + "$")
        out.append((pattern, op.method, op))
    return out


def find_operation(method: str, path: str, streaming: bool) -> Any:
    matches = [op for pattern, m, op in _routes() if m == method and pattern.match(path)]
    if not matches:
        return None
    # The most literal template wins, as in the emulator's router.
    fewest = min(op.path.count("{") for op in matches)
    matches = [op for op in matches if op.path.count("{") == fewest]
    for op in matches:
        if op.stream_twin == streaming:
            return op
    return matches[0]


def _escape(token: str) -> str:
    return (
        token.replace("~", "~0")
        .replace("/", "~1")
        .replace("%", "%25")
        .replace("#", "%23")
        .replace("{", "%7B")
        .replace("}", "%7D")
    )


def _schema_ref(op: Any, status: int, content_type: str) -> str | None:
    responses = op.raw.get("responses", {})
    entry = responses.get(str(status))
    if not entry or content_type not in entry.get("content", {}):
        return None
    key = op.key
    return "#/" + "/".join(
        _escape(t)
        for t in ("paths", key, op.method.lower(), "responses", str(status), "content", content_type, "schema")
    )


class ContractError(AssertionError):
    pass


def _fail(response: httpx2.Response, errors: list[Any]) -> None:
    detail = "; ".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:5])
    raise ContractError(f"{response.request.method} {response.request.url.path} -> {response.status_code}: {detail}")


def parse_sse(text: str) -> list[tuple[str | None, str]]:
    events = []
    for block in text.split("\n\n"):
        if not block.strip():
            continue
        name = None
        data = []
        for line in block.split("\n"):
            if line.startswith("event:"):
                name = line[6:].strip()
            elif line.startswith("data:"):
                data.append(line[5:].lstrip())
        events.append((name, "\n".join(data)))
    return events


def check_response(response: httpx2.Response) -> None:
    path = response.request.url.path
    if path.startswith("/_emulator/"):
        return
    ctype = response.headers.get("content-type", "").split(";")[0]
    status = response.status_code
    if ctype == "text/event-stream":
        op = find_operation(response.request.method, path, True)
        assert op is not None, path
        check_stream(response, op)
        return
    if ctype != "application/json":
        return
    if "invalid-json" in response.request.headers.get("x-mistralkit-fault", ""):
        return  # malformed on purpose
    body = response.json()
    op = find_operation(response.request.method, path, False)
    entry = op.raw.get("responses", {}).get(str(status), {}) if op is not None and status >= 400 else {}
    documented = (entry.get("content") or {}).get("application/json", {}).get("schema", {}).get("$ref", "")
    if documented.endswith("/ObservabilityError"):
        errors = list(component("ObservabilityError").iter_errors(body))
        errors += list(Draft202012Validator(ERROR_ENVELOPE).iter_errors(body))
    elif status == 401:
        errors = list(Draft202012Validator(UNAUTHORIZED).iter_errors(body))
    elif status == 422:
        errors = list(component("HTTPValidationError").iter_errors(body))
        errors += list(Draft202012Validator(ERROR_ENVELOPE).iter_errors(body))
        if not body.get("detail"):
            raise ContractError(f"422 without detail items: {body}")
    elif status >= 400:
        errors = list(Draft202012Validator(ERROR_ENVELOPE).iter_errors(body))
    else:
        op = find_operation(response.request.method, path, False)
        if op is None:
            raise ContractError(f"no operation for {response.request.method} {path}")
        ref = _schema_ref(op, status, "application/json")
        if ref is None:
            raise ContractError(f"{op.operation_id} has no {status} JSON schema")
        errors = list(validator(ref).iter_errors(body))
    if errors:
        _fail(response, errors)


def check_stream(response: httpx2.Response, op: Any) -> None:
    events = parse_sse(response.text)
    for name, data in events:
        if data == "[DONE]":
            continue
        try:
            payload = json.loads(data)
        except ValueError:
            continue  # the invalid-json fault sends malformed data on purpose
        if isinstance(payload, dict) and payload.get("object") == "error":
            errors = list(Draft202012Validator(ERROR_ENVELOPE).iter_errors(payload))
        elif op.operation_id.startswith("audio_api"):
            errors = list(component("TranscriptionStreamEvents").iter_errors({"event": name, "data": payload}))
        elif op.operation_id.startswith("agents_api_v1_conversations"):
            errors = list(component("ConversationEvents").iter_errors({"event": name, "data": payload}))
            if isinstance(payload, dict) and payload.get("type") != name:
                raise ContractError(f"event line {name!r} does not name the payload's type {payload.get('type')!r}")
        elif op.operation_id.startswith(("chat_", "fim_", "agents_completion")):
            errors = list(component("CompletionChunk").iter_errors(payload))
        else:
            errors = list(event_validator(op).iter_errors({"event": name, "data": payload}))
        if errors:
            _fail(response, errors)


def event_validator(op: Any) -> Draft202012Validator:
    """The contract's schema for one event of ``op``'s stream (``event`` and ``data``; ``id`` is a line)."""
    schema = op.raw["responses"]["200"]["content"]["text/event-stream"]["schema"]
    if "$defs" in schema:  # self-contained: its refs point into its own ``$defs``
        return Draft202012Validator(schema)
    ref = _schema_ref(op, 200, "text/event-stream")
    assert ref is not None
    return validator(ref)


class Recorder:
    """An httpx2 response hook: checks and counts every response."""

    def __init__(self) -> None:
        self.checked = 0

    async def __call__(self, response: httpx2.Response) -> None:
        await response.aread()
        check_response(response)
        self.checked += 1
