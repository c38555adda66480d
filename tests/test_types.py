"""The generated ``mistralkit.types`` and the helpers of ``mistralkit._models``."""

from __future__ import annotations

import ast
import json
import logging
import os
import subprocess
import sys
import typing
from datetime import datetime
from pathlib import Path

import pydantic
import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))

import mistralkit.types as T  # noqa: E402
from mistralkit import _models  # noqa: E402
from mistralkit._models import (  # noqa: E402
    BaseModel,
    adapter,
    dump_request,
    lenient,
    parse_json,
    parse_obj,
    validate_request,
)

SPEC = yaml.safe_load((ROOT / "spec" / "openapi.yaml").read_text(encoding="utf-8"))
SCHEMA_NAMES = sorted(SPEC["components"]["schemas"])

USAGE = {"prompt_tokens": 12, "completion_tokens": 9, "total_tokens": 21}
CHAT_RESPONSE = {
    "id": "cmpl-e5cc70bb28c444948073e77776eb30ef",
    "object": "chat.completion",
    "model": "mistral-small-latest",
    "created": 1702256327,
    "usage": USAGE,
    "choices": [
        {
            "index": 0,
            "message": {
                "role": "assistant",
                "content": "Paris is the capital of France.",
                "tool_calls": [
                    {"id": "call_1", "type": "function", "function": {"name": "lookup", "arguments": '{"q": "x"}'}}
                ],
                "prefix": False,
            },
            "finish_reason": "stop",
        }
    ],
}


def _run(code: str) -> str:
    proc = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


# --------------------------------------------------------------------------- export & build


def test_all_component_schemas_are_exported():
    assert len(SCHEMA_NAMES) == 779
    missing = [n for n in SCHEMA_NAMES if n not in T.__all__]
    assert missing == []
    assert set(SCHEMA_NAMES) <= set(dir(T))
    for name in SCHEMA_NAMES:
        assert getattr(T, name) is not None
    with pytest.raises(AttributeError):
        T.NoSuchSchema  # noqa: B018


def test_renamed_types_of_the_2025_api_stay_importable():
    assert T.BatchJobOut is T.BatchJob and T.DocumentOut is T.Document and T.LibraryIn is T.CreateLibraryRequest
    assert "BatchJobOut" in T.__all__ and "BatchJobOut" in dir(T)
    from mistralkit.types import UploadFileOut

    assert UploadFileOut is T.CreateFileResponse


def test_every_type_builds_without_unresolved_references():
    for name in T.__all__:
        tp = getattr(T, name)
        adapter(tp)  # raises on an unresolved forward reference
        if isinstance(tp, type) and issubclass(tp, pydantic.BaseModel):
            assert issubclass(tp, BaseModel), name
            tp.model_rebuild(force=True)
            assert tp.__pydantic_complete__, name
            tp.model_json_schema()


def test_adapter_is_cached_and_on_the_fast_path():
    ta = adapter(T.ChatCompletionResponse)
    assert adapter(T.ChatCompletionResponse) is ta
    assert adapter(list[T.ContentChunk]) is adapter(list[T.ContentChunk])
    # the cached validator is a built pydantic-core validator, not a deferred placeholder
    validator = _models._validator(T.ChatCompletionResponse)
    assert type(validator).__module__.startswith("pydantic_core"), type(validator)


def test_base_model_config():
    cfg = BaseModel.model_config
    assert cfg["extra"] == "allow"
    assert cfg["populate_by_name"] is True
    assert cfg["defer_build"] is True
    assert cfg["protected_namespaces"] == ()


def test_import_is_lazy_and_minimal():
    out = _run(
        "import sys, mistralkit\n"
        "ours = lambda: {m for m in sys.modules if m.startswith('mistralkit.types') or m == 'mistralkit._models'}\n"
        "pre = ours()\n"  # whatever the parent package already imported
        "import mistralkit.types\n"
        "print(sorted(ours() - pre - {'mistralkit.types'}))\n"
        "before = ours()\n"
        "from mistralkit.types import ChatCompletionRequest\n"
        "expected = {'mistralkit._models', 'mistralkit.types.chat', 'mistralkit.types.shared'} - before\n"
        "print(ours() - before == expected)\n"
        "import mistralkit.types.chat as chat, mistralkit.types.shared as shared\n"
        "built = [n for m in (chat, shared) for n, v in vars(m).items()\n"
        "         if isinstance(v, type) and v.__module__ == m.__name__ and v.__pydantic_complete__]\n"
        "print(built)\n"
        "r = ChatCompletionRequest(model='m', messages=[{'role': 'user', 'content': 'hi'}])\n"
        "print(type(r.messages[0]).__name__)\n"
    )
    lines = out.splitlines()
    assert lines[0] == "[]"  # importing the package imports no model module
    assert lines[1] == "True"  # a name imports only its module (+ shared, _models)
    assert lines[2] == "[]"  # defer_build: nothing is built at import time
    assert lines[3] == "UserMessage"  # tag module -> shared references resolve lazily


def test_no_field_shadows_a_base_model_attribute():
    reserved = set(dir(pydantic.BaseModel))
    for name in T.__all__:
        tp = getattr(T, name)
        if isinstance(tp, type) and issubclass(tp, pydantic.BaseModel):
            for field in tp.model_fields:
                assert field not in reserved, (name, field)
                assert field.isidentifier() and not field.startswith("_")


def test_required_fields_follow_the_spec():
    required = {n for n, f in T.ChatCompletionResponse.model_fields.items() if f.is_required()}
    assert required == {"id", "object", "model", "usage", "created", "choices"}  # "data" is not a property
    assert "data" not in T.ChatCompletionResponse.model_fields
    fields = T.ChatCompletionRequest.model_fields
    assert fields["model"].is_required() and fields["messages"].is_required()
    assert fields["top_p"].default is None and fields["safe_prompt"].default is False
    assert fields["tool_choice"].default == "auto"
    assert fields["temperature"].default is None
    assert T.ToolMessage.model_fields["content"].is_required()  # required and nullable
    assert T.ToolMessage(content=None).content is None


def test_allof_merges_all_parts():
    r = T.ChatCompletionResponse.model_validate(CHAT_RESPONSE)
    assert r.created == 1702256327 and r.usage.total_tokens == 21  # from ResponseBase / ChatCompletionResponseBase
    assert set(T.FIMCompletionResponse.model_fields) == set(T.ChatCompletionResponse.model_fields)
    assert set(T.ConversationRequest.model_fields) == set(T.ConversationRequestBase.model_fields)
    assert T.ConversationStreamRequest(inputs="hi").stream is True
    with pytest.raises(pydantic.ValidationError):
        validate_request(T.ConversationRequest, {"inputs": "hi", "stream": True})


def test_types_of_special_formats():
    agent = parse_obj(
        T.Agent,
        {
            "model": "m", "name": "a", "id": "ag_1", "version": 1, "versions": [1], "deployment_chat": False,
            "source": "api", "created_at": "2025-01-02T03:04:05Z", "updated_at": "2025-01-02T03:04:05Z",
        },
    )  # fmt: skip
    assert isinstance(agent.created_at, datetime)
    data = parse_json(T.EmbeddingResponse, json.dumps({"id": "e", "object": "list", "model": "m", "usage": USAGE,
                                                       "data": [{"embedding": [1, 0.5], "index": 0}]}))  # fmt: skip
    assert data.data[0].embedding == [1.0, 0.5]  # numbers accept ints
    assert T.MetadataDict == dict[str, typing.Any]


# --------------------------------------------------------------------------- tolerance


def test_chat_completion_response_without_data_parses_on_the_fast_path():
    r = parse_json(T.ChatCompletionResponse, json.dumps(CHAT_RESPONSE))
    assert isinstance(r, T.ChatCompletionResponse)
    assert r.choices[0].message.content == "Paris is the capital of France."
    assert r.choices[0].message.tool_calls[0].function.name == "lookup"
    assert T.ChatCompletionResponse.model_validate(CHAT_RESPONSE)  # strictly valid: no fallback involved


def test_embedding_response_without_id(caplog):
    payload = {"object": "list", "model": "mistral-embed", "usage": USAGE,
               "data": [{"object": "embedding", "embedding": [0.25, -1.5], "index": 0}]}  # fmt: skip
    with caplog.at_level(logging.DEBUG, logger="mistralkit"):
        r = parse_json(T.EmbeddingResponse, json.dumps(payload).encode())
    assert isinstance(r, T.EmbeddingResponse)
    assert r.id is None and "id" not in r.model_fields_set
    assert r.data[0].embedding == [0.25, -1.5] and r.usage.prompt_tokens == 12
    records = [rec for rec in caplog.records if rec.name == "mistralkit"]
    assert len(records) == 1 and records[0].levelno == logging.DEBUG
    message = records[0].getMessage()
    assert "EmbeddingResponse" in message and "id" in message and "missing" in message
    assert "mistral-embed" not in message and "0.25" not in message  # no data values in the log


def test_unknown_fields_are_kept():
    payload = json.loads(json.dumps(CHAT_RESPONSE))
    payload["brand_new_field"] = {"nested": [1, 2]}
    payload["choices"][0]["message"]["reasoning"] = "because"
    r = parse_json(T.ChatCompletionResponse, json.dumps(payload))
    assert r.model_extra == {"brand_new_field": {"nested": [1, 2]}}
    assert r.brand_new_field == {"nested": [1, 2]}
    assert r.choices[0].message.reasoning == "because"


def test_unknown_enum_value_is_kept():
    payload = json.loads(json.dumps(CHAT_RESPONSE))
    payload["choices"][0]["finish_reason"] = "brand_new"
    r = parse_json(T.ChatCompletionResponse, json.dumps(payload))
    assert r.choices[0].finish_reason == "brand_new"
    chunk = parse_json(T.CompletionChunk, json.dumps({"id": "c", "model": "m", "choices": [
        {"index": 0, "delta": {"content": "x"}, "finish_reason": "brand_new"}]}))  # fmt: skip
    assert chunk.choices[0].finish_reason == "brand_new"
    status = parse_obj(T.BatchJobOut, {"id": "b", "input_files": [], "endpoint": "/v1/x", "errors": [],
                                       "status": "PAUSED", "created_at": 1, "total_requests": 0,
                                       "completed_requests": 0, "succeeded_requests": 0, "failed_requests": 0})  # fmt: skip
    assert isinstance(status, T.BatchJobOut) and status.status == "PAUSED"


def test_unknown_content_chunk_and_missing_required_field_do_not_raise():
    payload = json.loads(json.dumps(CHAT_RESPONSE))
    message = payload["choices"][0]["message"]
    message["content"] = [
        {"type": "text", "text": "Here is a picture:"},
        {"type": "hologram", "uri": "holo://1"},
        {"type": "image_url", "image_url": {"url": "https://x/y.png"}},
    ]
    del message["tool_calls"][0]["function"]["arguments"]  # required
    payload["choices"].append({"message": {"role": "assistant", "content": "second"}, "finish_reason": "stop"})  # no index
    r = parse_json(T.ChatCompletionResponse, json.dumps(payload))
    assert isinstance(r, T.ChatCompletionResponse)
    assert r.id == CHAT_RESPONSE["id"] and r.usage.total_tokens == 21 and r.created == 1702256327
    content = r.choices[0].message.content
    assert isinstance(content[0], T.TextChunk) and content[0].text == "Here is a picture:"
    assert content[1] == {"type": "hologram", "uri": "holo://1"}  # unknown variant kept raw
    assert isinstance(content[2], T.ImageURLChunk) and content[2].image_url.url == "https://x/y.png"
    call = r.choices[0].message.tool_calls[0]
    assert isinstance(call, T.ToolCall) and call.function.name == "lookup" and call.function.arguments is None
    assert r.choices[0].finish_reason == "stop"
    second = r.choices[1]
    assert isinstance(second, T.ChatCompletionChoice) and second.index is None
    assert second.message.content == "second"


def test_lenient_never_raises():
    assert lenient(T.ChatCompletionResponse, ["not", "an", "object"]) == ["not", "an", "object"]
    assert lenient(T.ChatCompletionResponse, None) is None
    weird = lenient(T.ChatCompletionResponse, {"choices": "nope", "usage": 5})
    assert isinstance(weird, T.ChatCompletionResponse) and weird.choices == "nope" and weird.usage == 5
    assert lenient(list[T.ContentChunk], [{"type": "text", "text": "a"}, 3]) == [T.TextChunk(text="a"), 3]
    ok = lenient(T.UsageInfo, USAGE)
    assert ok == T.UsageInfo(**USAGE) and ok.model_fields_set == set(USAGE)
    with pytest.raises(pydantic.ValidationError):
        parse_json(T.ChatCompletionResponse, b"<html>not json</html>")  # nothing to be lenient about


# --------------------------------------------------------------------------- discriminated unions


def test_messages_resolve_by_role():
    req = validate_request(
        T.ChatCompletionRequest,
        {
            "model": "mistral-small-latest",
            "messages": [
                {"role": "system", "content": "Be brief."},
                {"role": "user", "content": [{"type": "text", "text": "hi"}]},
                {"role": "assistant", "content": None, "tool_calls": [{"function": {"name": "f", "arguments": {}}}]},
                {"role": "tool", "content": "42", "tool_call_id": "call_1"},
            ],
        },
    )
    kinds = [type(m) for m in req.messages]
    assert kinds == [T.SystemMessage, T.UserMessage, T.AssistantMessage, T.ToolMessage]
    assert req.messages[3].tool_call_id == "call_1"
    field = T.ChatCompletionRequest.model_fields["messages"]
    union = typing.get_args(field.annotation)[0]
    assert typing.get_origin(union) is typing.Annotated
    assert any(getattr(m, "discriminator", None) == "role" for m in typing.get_args(union)[1:])


def test_content_chunks_resolve_by_type():
    chunks = adapter(list[T.ContentChunk]).validate_python(
        [
            {"type": "text", "text": "a"},
            {"type": "image_url", "image_url": "https://x/y.png"},
            {"type": "document_url", "document_url": "https://x/y.pdf"},
            {"type": "reference", "reference_ids": [1]},
            {"type": "thinking", "thinking": [{"type": "text", "text": "hmm"}]},
            {"type": "input_audio", "input_audio": "AAAA"},
            {"type": "file", "file_id": "f"},
        ]
    )
    assert [type(c) for c in chunks] == [
        T.TextChunk, T.ImageURLChunk, T.DocumentURLChunk, T.ReferenceChunk, T.ThinkChunk, T.AudioChunk, T.FileChunk,
    ]  # fmt: skip
    # a ThinkChunk payload is not mistaken for a TextChunk even though both are plain objects
    assert adapter(T.ContentChunk).validate_python({"type": "thinking", "thinking": []}).closed is True


def test_conversation_events_resolve_by_type():
    event = parse_json(
        T.ConversationEvents,
        json.dumps({"event": "message.output.delta",
                    "data": {"type": "message.output.delta", "id": "m1", "content": "Hel", "output_index": 0}}),
    )  # fmt: skip
    assert isinstance(event.data, T.MessageOutputEvent) and event.data.content == "Hel"
    done = parse_json(T.ConversationEvents, json.dumps({"event": "conversation.response.done",
                                                        "data": {"type": "conversation.response.done", "usage": USAGE}}))  # fmt: skip
    assert isinstance(done.data, T.ResponseDoneEvent) and done.data.usage.total_tokens == 21
    tools = validate_request(T.AgentCreationRequest, {"model": "m", "name": "a", "tools": [
        {"type": "web_search"}, {"type": "function", "function": {"name": "f", "parameters": {}}},
        {"type": "document_library", "library_ids": ["l"]}]})  # fmt: skip
    assert [type(t) for t in tools.tools] == [T.WebSearchTool, T.FunctionTool, T.DocumentLibraryTool]


def test_wrong_discriminator_is_rejected_in_requests():
    with pytest.raises(pydantic.ValidationError) as info:
        validate_request(T.ChatCompletionRequest, {"model": "m", "messages": [{"role": "robot", "content": "x"}]})
    assert "'role'" in str(info.value)
    assert info.value.errors()[0]["type"] == "union_tag_invalid"
    with pytest.raises(pydantic.ValidationError) as info:
        validate_request(T.UserMessage, {"content": [{"type": "hologram"}]})
    assert "'type'" in str(info.value)


# --------------------------------------------------------------------------- requests


def test_validate_request_rejects_bad_chat_requests():
    with pytest.raises(pydantic.ValidationError) as info:
        validate_request(T.ChatCompletionRequest, {"messages": [{"role": "user", "content": "x"}]})
    assert [e["loc"] for e in info.value.errors()] == [("model",)]
    with pytest.raises(pydantic.ValidationError) as info:
        validate_request(T.ChatCompletionRequest, {"model": "m", "messages": "hello"})
    assert info.value.errors()[0]["loc"] == ("messages",)
    assert info.value.errors()[0]["type"] == "list_type"


def test_validate_request_accepts_nested_models_and_instances():
    msg = T.UserMessage(content="hi")
    req = validate_request(T.ChatCompletionRequest, {"model": "m", "messages": [msg]})
    assert req.messages[0] is msg
    assert validate_request(T.ChatCompletionRequest, req) is req


def test_dump_request_uses_wire_names_and_omits_unset_fields():
    req = validate_request(
        T.ChatCompletionRequest,
        {
            "model": "m",
            "messages": [T.UserMessage(content="hi"), {"role": "assistant", "content": "yo"}],
            "response_format": {"type": "json_schema", "json_schema": {"name": "out", "schema": {"type": "object"}}},
            "x_experimental": 1,
        },
    )
    wire = dump_request(req)
    assert wire == {
        "model": "m",
        "messages": [{"role": "user", "content": "hi"}, {"role": "assistant", "content": "yo"}],
        "response_format": {"type": "json_schema", "json_schema": {"name": "out", "schema": {"type": "object"}}},
        "x_experimental": 1,
    }
    schema = req.response_format.json_schema
    assert schema.schema_ == {"type": "object"} and T.JsonSchema.model_fields["schema_"].alias == "schema"
    # round trip through the wire names; python names are accepted too
    again = validate_request(T.ChatCompletionRequest, wire)
    assert dump_request(again) == wire
    assert dump_request(T.JsonSchema(name="n", schema_={})) == {"name": "n", "schema": {}}
    # the constant tag is sent even when left at its default, also by the serializer directly
    tool = T.FunctionTool(function=T.Function(name="f", parameters={}))
    assert dump_request(tool) == {"type": "function", "function": {"name": "f", "parameters": {}}}
    assert json.loads(req.__pydantic_serializer__.to_json(req, by_alias=True, exclude_unset=True))["messages"][0] == {
        "role": "user",
        "content": "hi",
    }
    # plain containers and values pass through, models inside them are dumped
    assert dump_request([{"m": T.TextChunk(text="t")}, 1, "s", None]) == [{"m": {"type": "text", "text": "t"}}, 1, "s", None]


def test_dump_request_keeps_binary_parts():
    body = validate_request(T.AudioTranscriptionRequest, {"model": "voxtral-mini-latest", "file": b"\x00\xffRIFF"})
    wire = dump_request(body)
    assert wire["file"] == b"\x00\xffRIFF" and wire["model"] == "voxtral-mini-latest"


def test_datetime_and_json_mode_dump():
    body = validate_request(T.DocumentUpdateIn, {"name": "n", "attributes": {"when": "2025-01-02T03:04:05Z", "n": 1}})
    wire = dump_request(body)
    assert wire["name"] == "n"
    json.dumps(wire)


# --------------------------------------------------------------------------- operations table


def test_operations_table():
    text = (ROOT / "src" / "mistralkit" / "types" / "_operations.py").read_text()
    tree = ast.parse(text)
    assert not any(isinstance(n, (ast.Import, ast.ImportFrom)) for n in ast.walk(tree))
    assign = next(n for n in tree.body if isinstance(n, ast.Assign))
    ops = ast.literal_eval(assign.value)  # pure literals
    from mistralkit.types._operations import OPERATIONS

    assert ops == OPERATIONS
    spec_ops = {
        op["operationId"]: (method, path, op)
        for path, item in SPEC["paths"].items()
        for method, op in item.items()
        if isinstance(op, dict) and "operationId" in op
    }
    assert sorted(OPERATIONS) == sorted(spec_ops) and len(OPERATIONS) == 293
    for op_id, entry in OPERATIONS.items():
        method, path, op = spec_ops[op_id]
        assert entry["method"] == method.upper()
        assert entry["path"] == path.split("#")[0]
        assert entry["stream"] is path.endswith("#stream")
        assert entry["tag"] == op["tags"][0]
        for key in ("body", "response", "event_response"):
            if entry[key] is not None:
                assert entry[key] in T.__all__, (op_id, key)
    chat = OPERATIONS["chat_completion_v1_chat_completions_post"]
    assert (chat["body"], chat["response"], chat["event_response"]) == (
        "ChatCompletionRequest",
        "ChatCompletionResponse",
        "CompletionEvent",
    )
    start = OPERATIONS["agents_api_v1_conversations_start_stream"]
    assert start["stream"] and start["response"] == "ConversationEvents"
    assert start["response_content_type"] == "text/event-stream"
    upload = OPERATIONS["files_api_routes_upload_file"]
    assert (upload["body"], upload["body_content_type"]) == ("FilesApiRoutesUploadFileBody", "multipart/form-data")
    download = OPERATIONS["files_api_routes_download_file"]
    assert download["response"] is None and download["response_content_type"] == "application/octet-stream"
    delete = OPERATIONS["agents_api_v1_conversations_delete"]
    assert (delete["success_status"], delete["response"], delete["path_params"]) == (204, None, ("conversation_id",))
    assert OPERATIONS["libraries_create_v1"]["success_status"] == 201
    assert ("version", True) in OPERATIONS["agents_api_v1_agents_update_version"]["query_params"]
    retrieve = OPERATIONS["retrieve_model_v1_models__model_id__get"]["response"]
    card = parse_obj(getattr(T, retrieve), {"id": "ft:x", "capabilities": {}, "job": "j", "root": "r", "type": "fine-tuned"})
    assert isinstance(card, T.FTModelCard)
