"""The beta groups: agents, conversations (streams included), libraries, documents and accesses.

Every method runs on the sync and the async client against a scripted server; each test checks the
exact request sent (method, path, query, body) and the typed result.
"""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Optional

import httpx2
import pytest

from mistralkit import (
    APIConnectionError,
    APIResponseValidationError,
    APIStreamError,
    InvalidRequestError,
    RawResponse,
)
from mistralkit._models import adapter
from mistralkit._pagination import AsyncPage, Page
from mistralkit.types import (
    Agent,
    AgentAliasResponse,
    AgentConversation,
    AgentHandoffDoneEvent,
    AgentHandoffStartedEvent,
    ConversationEvents,
    ConversationHistory,
    ConversationMessages,
    ConversationResponse,
    DocumentOut,
    DocumentTextContent,
    FunctionCallEntry,
    FunctionCallEvent,
    FunctionResultEntry,
    LibraryOut,
    ListDocumentOut,
    ListLibraryOut,
    ListSharingOut,
    MessageInputEntry,
    MessageOutputEntry,
    MessageOutputEvent,
    ModelConversation,
    ProcessingStatusOut,
    ResponseDoneEvent,
    ResponseErrorEvent,
    ResponseStartedEvent,
    SharingOut,
    ToolExecutionDeltaEvent,
    ToolExecutionDoneEvent,
    ToolExecutionStartedEvent,
    ToolReferenceChunk,
)

from .helpers import AsyncChunkedStream, ChunkedStream, Script, make_async_client, make_client

FIXTURES = Path(__file__).parent / "fixtures"
MODES = ["sync", "async"]

LIB = "0f8fad5b-d9cb-469f-a165-70867728950e"
DOC = "7c9e6679-7425-40de-944b-e07fc1f90ae7"
USER = "16fd2706-8baf-433b-82eb-8c7fada847da"
ORG = "886313e1-3b8a-5372-9b90-0c9aee199e5d"
T0 = "2025-05-27T10:00:00Z"

AGENT = {
    "object": "agent",
    "id": "ag_0681f1ab",
    "name": "weather",
    "model": "mistral-medium-latest",
    "instructions": "Answer with the weather only.",
    "description": "Tells the weather",
    "tools": [
        {"type": "web_search"},
        {"type": "function", "function": {"name": "get_weather", "parameters": {"type": "object"}}},
    ],
    "completion_args": {"temperature": 0.3},
    "handoffs": None,
    "metadata": {"team": "search"},
    "version": 1,
    "versions": [0, 1],
    "created_at": T0,
    "updated_at": "2025-05-27T10:05:00Z",
    "deployment_chat": False,
    "source": "api",
}
ALIAS = {"alias": "prod", "version": 1, "created_at": T0, "updated_at": T0}
USAGE = {"prompt_tokens": 12, "completion_tokens": 3, "total_tokens": 15}
OUTPUT = {
    "object": "entry",
    "type": "message.output",
    "created_at": T0,
    "completed_at": T0,
    "model": "mistral-medium-2505",
    "id": "msg_1",
    "role": "assistant",
    "content": "Sunny.",
}
CONVERSATION_RESPONSE = {"object": "conversation.response", "conversation_id": "conv_1", "outputs": [OUTPUT], "usage": USAGE}
MODEL_CONVERSATION = {
    "object": "conversation",
    "id": "conv_1",
    "created_at": T0,
    "updated_at": T0,
    "model": "mistral-medium-latest",
    "instructions": "Be brief.",
}
AGENT_CONVERSATION = {
    "object": "conversation",
    "id": "conv_2",
    "created_at": T0,
    "updated_at": T0,
    "agent_id": "ag_0681f1ab",
    "agent_version": 1,
}
INPUT = {"object": "entry", "type": "message.input", "id": "in_1", "role": "user", "content": "Weather in Paris?"}
HISTORY = {
    "object": "conversation.history",
    "conversation_id": "conv_1",
    "entries": [
        INPUT,
        {"object": "entry", "type": "function.call", "tool_call_id": "call_7", "name": "get_weather", "arguments": "{}"},
        {"object": "entry", "type": "function.result", "tool_call_id": "call_7", "result": "sunny"},
        OUTPUT,
    ],
}
MESSAGES = {"object": "conversation.messages", "conversation_id": "conv_1", "messages": [INPUT, OUTPUT]}
LIBRARY = {
    "id": LIB,
    "name": "Handbook",
    "description": "Company handbook",
    "created_at": T0,
    "updated_at": T0,
    "owner_id": USER,
    "owner_type": "User",
    "total_size": 2048,
    "nb_documents": 1,
    "chunk_size": None,
}
DOCUMENT = {
    "id": DOC,
    "library_id": LIB,
    "hash": "9f86d081884c7d65",
    "mime_type": "application/pdf",
    "extension": "pdf",
    "size": 2048,
    "name": "handbook.pdf",
    "created_at": T0,
    "process_status": "done",
    "uploaded_by_id": USER,
    "uploaded_by_type": "User",
    "processing_status": "Completed",
    "tokens_processing_total": 1200,
    "attributes": {"year": 2025},
}
PAGINATION = {"total_items": 1, "total_pages": 1, "current_page": 0, "page_size": 100, "has_more": False}
SHARING = {"library_id": LIB, "org_id": ORG, "role": "Viewer", "share_with_type": "User", "share_with_uuid": USER}


def reply(payload: Any = None, status: int = 200) -> Callable[[httpx2.Request], httpx2.Response]:
    """A scripted reply (a fresh response for each request)."""
    if status == 204:
        return lambda request: httpx2.Response(204)
    return lambda request: httpx2.Response(status, json=payload)


def run(mode: str, script: Script, op: Callable[[Any], Any], *, iterate: bool = False) -> Any:
    """``op(client)`` on a sync or an async client; ``iterate`` lists the items of a page or stream."""
    if mode == "sync":
        result = op(make_client(script))
        return list(result) if iterate else result

    async def main() -> Any:
        result = await op(make_async_client(script))
        return [item async for item in result] if iterate else result

    return asyncio.run(main())


def query_of(request: httpx2.Request) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in request.url.params.multi_items():
        if key in out:
            out[key] = (out[key] if isinstance(out[key], list) else [out[key]]) + [value]
        else:
            out[key] = value
    return out


def body_of(request: httpx2.Request) -> Any:
    return json.loads(request.content) if request.content else None


@dataclass
class Case:
    name: str
    op: Callable[[Any], Any]
    response: Callable[[httpx2.Request], httpx2.Response]
    method: str
    path: str
    check: Callable[[Any], bool]
    query: dict[str, Any] = field(default_factory=dict)
    body: Any = None


CASES = [
    # --- beta.agents ------------------------------------------------------------------------------
    Case(
        "agents.create",
        lambda c: c.beta.agents.create(
            model="mistral-medium-latest",
            name="weather",
            instructions="Answer with the weather only.",
            tools=[{"type": "web_search"}],
            completion_args={"temperature": 0.3},
            metadata={"team": "search"},
        ),
        reply(AGENT),
        "POST",
        "/v1/agents",
        lambda r: type(r) is Agent and r.tools[0].type == "web_search" and r.versions == [0, 1],
        body={
            "model": "mistral-medium-latest",
            "name": "weather",
            "instructions": "Answer with the weather only.",
            "tools": [{"type": "web_search"}],
            "completion_args": {"temperature": 0.3},
            "metadata": {"team": "search"},
        },
    ),
    Case(
        "agents.list",
        lambda c: c.beta.agents.list(page=0, page_size=2, sources=["api", "playground"], metadata={"team": "search"}),
        reply([AGENT]),
        "GET",
        "/v1/agents",
        lambda r: isinstance(r, (Page, AsyncPage)) and [type(a) for a in r.items] == [Agent],
        query={"page": "0", "page_size": "2", "sources": ["api", "playground"], "metadata": '{"team": "search"}'},
    ),
    Case(
        "agents.get",
        lambda c: c.beta.agents.get(agent_id="ag_0681f1ab", agent_version="prod"),
        reply(AGENT),
        "GET",
        "/v1/agents/ag_0681f1ab",
        lambda r: type(r) is Agent and r.id == "ag_0681f1ab",
        query={"agent_version": "prod"},
    ),
    Case(
        "agents.update",
        lambda c: c.beta.agents.update(agent_id="ag_0681f1ab", description="Weather", deployment_chat=True),
        reply(AGENT),
        "PATCH",
        "/v1/agents/ag_0681f1ab",
        lambda r: type(r) is Agent,
        body={"description": "Weather", "deployment_chat": True},
    ),
    Case(
        "agents.delete",
        lambda c: c.beta.agents.delete(agent_id="ag_0681f1ab"),
        reply(status=204),
        "DELETE",
        "/v1/agents/ag_0681f1ab",
        lambda r: r is None,
    ),
    Case(
        "agents.update_version",
        lambda c: c.beta.agents.update_version(agent_id="ag_0681f1ab", version=0),
        reply(AGENT),
        "PATCH",
        "/v1/agents/ag_0681f1ab/version",
        lambda r: type(r) is Agent,
        query={"version": "0"},
    ),
    Case(
        "agents.list_versions",
        lambda c: c.beta.agents.list_versions(agent_id="ag_0681f1ab", page_size=5),
        reply([AGENT, {**AGENT, "version": 0}]),
        "GET",
        "/v1/agents/ag_0681f1ab/versions",
        lambda r: [a.version for a in r.items] == [1, 0] and r.page_size == 5,
        query={"page_size": "5"},
    ),
    Case(
        "agents.get_version",
        lambda c: c.beta.agents.get_version(agent_id="ag_0681f1ab", version=1),
        reply(AGENT),
        "GET",
        "/v1/agents/ag_0681f1ab/versions/1",
        lambda r: type(r) is Agent,
    ),
    Case(
        "agents.create_version_alias",
        lambda c: c.beta.agents.create_version_alias(agent_id="ag_0681f1ab", alias="prod", version=1),
        reply(ALIAS),
        "PUT",
        "/v1/agents/ag_0681f1ab/aliases",
        lambda r: type(r) is AgentAliasResponse and r.alias == "prod",
        query={"alias": "prod", "version": "1"},
    ),
    Case(
        "agents.list_version_aliases",
        lambda c: c.beta.agents.list_version_aliases(agent_id="ag_0681f1ab"),
        reply([ALIAS]),
        "GET",
        "/v1/agents/ag_0681f1ab/aliases",
        lambda r: [type(a) for a in r] == [AgentAliasResponse],
    ),
    Case(
        "agents.delete_version_alias",
        lambda c: c.beta.agents.delete_version_alias(agent_id="ag_0681f1ab", alias="prod"),
        reply(status=204),
        "DELETE",
        "/v1/agents/ag_0681f1ab/aliases",
        lambda r: r is None,
        query={"alias": "prod"},
    ),
    # --- beta.conversations -----------------------------------------------------------------------
    Case(
        "conversations.start",
        lambda c: c.beta.conversations.start(
            inputs="Weather in Paris?", model="mistral-medium-latest", instructions="Be brief.", store=False
        ),
        reply(CONVERSATION_RESPONSE),
        "POST",
        "/v1/conversations",
        lambda r: type(r) is ConversationResponse
        and type(r.outputs[0]) is MessageOutputEntry
        and r.usage.total_tokens == 15,
        body={
            "inputs": "Weather in Paris?",
            "model": "mistral-medium-latest",
            "instructions": "Be brief.",
            "store": False,
        },
    ),
    Case(
        "conversations.start(agent)",
        lambda c: c.beta.conversations.start(
            inputs=[{"type": "message.input", "role": "user", "content": "Hi"}], agent_id="ag_0681f1ab", agent_version=1
        ),
        reply(CONVERSATION_RESPONSE),
        "POST",
        "/v1/conversations",
        lambda r: r.conversation_id == "conv_1",
        body={
            # Entry models carry their constant tags on the wire.
            "inputs": [{"object": "entry", "type": "message.input", "role": "user", "content": "Hi"}],
            "agent_id": "ag_0681f1ab",
            "agent_version": 1,
        },
    ),
    Case(
        "conversations.list",
        lambda c: c.beta.conversations.list(page=1, metadata={"user": "42"}),
        reply([MODEL_CONVERSATION, AGENT_CONVERSATION]),
        "GET",
        "/v1/conversations",
        lambda r: [type(x) for x in r.items] == [ModelConversation, AgentConversation] and r.page_number == 1,
        query={"page": "1", "metadata": '{"user": "42"}'},
    ),
    Case(
        "conversations.get",
        lambda c: c.beta.conversations.get(conversation_id="conv_2"),
        reply(AGENT_CONVERSATION),
        "GET",
        "/v1/conversations/conv_2",
        lambda r: type(r) is AgentConversation and r.agent_version == 1,
    ),
    Case(
        "conversations.delete",
        lambda c: c.beta.conversations.delete(conversation_id="conv_1"),
        reply(status=204),
        "DELETE",
        "/v1/conversations/conv_1",
        lambda r: r is None,
    ),
    Case(
        "conversations.append",
        lambda c: c.beta.conversations.append(
            conversation_id="conv_1", inputs="And tomorrow?", completion_args={"max_tokens": 50}
        ),
        reply(CONVERSATION_RESPONSE),
        "POST",
        "/v1/conversations/conv_1",
        lambda r: type(r) is ConversationResponse,
        body={"inputs": "And tomorrow?", "completion_args": {"max_tokens": 50}},
    ),
    Case(
        "conversations.append(tool_confirmations)",
        lambda c: c.beta.conversations.append(
            conversation_id="conv_1", tool_confirmations=[{"tool_call_id": "call_7", "confirmation": "allow"}]
        ),
        reply(CONVERSATION_RESPONSE),
        "POST",
        "/v1/conversations/conv_1",
        lambda r: type(r) is ConversationResponse,
        body={"tool_confirmations": [{"tool_call_id": "call_7", "confirmation": "allow"}]},
    ),
    Case(
        "conversations.get_history",
        lambda c: c.beta.conversations.get_history(conversation_id="conv_1"),
        reply(HISTORY),
        "GET",
        "/v1/conversations/conv_1/history",
        lambda r: type(r) is ConversationHistory
        and [type(e) for e in r.entries]
        == [MessageInputEntry, FunctionCallEntry, FunctionResultEntry, MessageOutputEntry],
    ),
    Case(
        "conversations.get_messages",
        lambda c: c.beta.conversations.get_messages(conversation_id="conv_1"),
        reply(MESSAGES),
        "GET",
        "/v1/conversations/conv_1/messages",
        lambda r: type(r) is ConversationMessages
        and [type(m) for m in r.messages] == [MessageInputEntry, MessageOutputEntry],
    ),
    Case(
        "conversations.restart",
        lambda c: c.beta.conversations.restart(
            conversation_id="conv_1", from_entry_id="msg_1", inputs="Try again", agent_version="prod"
        ),
        reply(CONVERSATION_RESPONSE),
        "POST",
        "/v1/conversations/conv_1/restart",
        lambda r: type(r) is ConversationResponse,
        body={"from_entry_id": "msg_1", "inputs": "Try again", "agent_version": "prod"},
    ),
    # --- beta.libraries ---------------------------------------------------------------------------
    Case(
        "libraries.list",
        lambda c: c.beta.libraries.list(),
        reply({"data": [LIBRARY]}),
        "GET",
        "/v1/libraries",
        lambda r: type(r.response) is ListLibraryOut and type(r.data[0]) is LibraryOut and not r.has_next_page(),
    ),
    Case(
        "libraries.create",
        lambda c: c.beta.libraries.create(name="Handbook", description="Company handbook", chunk_size=512),
        reply(LIBRARY, status=201),
        "POST",
        "/v1/libraries",
        lambda r: type(r) is LibraryOut and r.id == LIB,
        body={"name": "Handbook", "description": "Company handbook", "chunk_size": 512},
    ),
    Case(
        "libraries.get",
        lambda c: c.beta.libraries.get(library_id=LIB),
        reply(LIBRARY),
        "GET",
        f"/v1/libraries/{LIB}",
        lambda r: type(r) is LibraryOut and r.nb_documents == 1,
    ),
    Case(
        "libraries.update",
        lambda c: c.beta.libraries.update(library_id=LIB, name="Handbook 2025"),
        reply(LIBRARY),
        "PATCH",
        f"/v1/libraries/{LIB}",
        lambda r: type(r) is LibraryOut,
        body={"name": "Handbook 2025"},
    ),
    Case(
        "libraries.delete",
        lambda c: c.beta.libraries.delete(library_id=LIB),
        reply(LIBRARY),
        "DELETE",
        f"/v1/libraries/{LIB}",
        lambda r: type(r) is LibraryOut,
    ),
    # --- beta.libraries.documents -----------------------------------------------------------------
    Case(
        "documents.list",
        lambda c: c.beta.libraries.documents.list(
            library_id=LIB,
            search="hand",
            page_size=10,
            filters_attributes='{"year": 2025}',
            sort_by="name",
            sort_order="asc",
        ),
        reply({"pagination": PAGINATION, "data": [DOCUMENT]}),
        "GET",
        f"/v1/libraries/{LIB}/documents",
        lambda r: type(r.response) is ListDocumentOut
        and [type(d) for d in r.data] == [DocumentOut]
        and r.pagination.total_items == 1
        and not r.has_next_page(),
        query={
            "search": "hand",
            "page_size": "10",
            "filters_attributes": '{"year": 2025}',
            "sort_by": "name",
            "sort_order": "asc",
        },
    ),
    Case(
        "documents.get",
        lambda c: c.beta.libraries.documents.get(library_id=LIB, document_id=DOC),
        reply(DOCUMENT),
        "GET",
        f"/v1/libraries/{LIB}/documents/{DOC}",
        lambda r: type(r) is DocumentOut and r.process_status == "done",
    ),
    Case(
        "documents.update",
        lambda c: c.beta.libraries.documents.update(
            library_id=LIB, document_id=DOC, name="h.pdf", attributes={"year": 2025}
        ),
        reply(DOCUMENT),
        "PATCH",
        f"/v1/libraries/{LIB}/documents/{DOC}",
        lambda r: type(r) is DocumentOut,
        body={"name": "h.pdf", "attributes": {"year": 2025}},
    ),
    Case(
        "documents.delete",
        lambda c: c.beta.libraries.documents.delete(library_id=LIB, document_id=DOC),
        reply(status=204),
        "DELETE",
        f"/v1/libraries/{LIB}/documents/{DOC}",
        lambda r: r is None,
    ),
    Case(
        "documents.text_content",
        lambda c: c.beta.libraries.documents.text_content(library_id=LIB, document_id=DOC),
        reply({"text": "Welcome aboard."}),
        "GET",
        f"/v1/libraries/{LIB}/documents/{DOC}/text_content",
        lambda r: type(r) is DocumentTextContent and r.text == "Welcome aboard.",
    ),
    Case(
        "documents.status",
        lambda c: c.beta.libraries.documents.status(library_id=LIB, document_id=DOC),
        reply({"document_id": DOC, "process_status": "in_progress", "processing_status": "Running"}),
        "GET",
        f"/v1/libraries/{LIB}/documents/{DOC}/status",
        lambda r: type(r) is ProcessingStatusOut and r.process_status == "in_progress",
    ),
    Case(
        "documents.get_signed_url",
        lambda c: c.beta.libraries.documents.get_signed_url(library_id=LIB, document_id=DOC),
        reply("https://files.example/handbook.pdf?sig=1"),
        "GET",
        f"/v1/libraries/{LIB}/documents/{DOC}/signed-url",
        lambda r: r == "https://files.example/handbook.pdf?sig=1",
    ),
    Case(
        "documents.extracted_text_signed_url",
        lambda c: c.beta.libraries.documents.extracted_text_signed_url(library_id=LIB, document_id=DOC),
        reply("https://files.example/handbook.txt?sig=2"),
        "GET",
        f"/v1/libraries/{LIB}/documents/{DOC}/extracted-text-signed-url",
        lambda r: r == "https://files.example/handbook.txt?sig=2",
    ),
    Case(
        "documents.reprocess",
        lambda c: c.beta.libraries.documents.reprocess(library_id=LIB, document_id=DOC),
        reply(status=204),
        "POST",
        f"/v1/libraries/{LIB}/documents/{DOC}/reprocess",
        lambda r: r is None,
    ),
    # --- beta.libraries.accesses ------------------------------------------------------------------
    Case(
        "accesses.list",
        lambda c: c.beta.libraries.accesses.list(library_id=LIB),
        reply({"data": [SHARING]}),
        "GET",
        f"/v1/libraries/{LIB}/share",
        lambda r: type(r) is ListSharingOut and type(r.data[0]) is SharingOut,
    ),
    Case(
        "accesses.update_or_create",
        lambda c: c.beta.libraries.accesses.update_or_create(
            library_id=LIB, org_id=ORG, level="Viewer", share_with_uuid=USER, share_with_type="User"
        ),
        reply(SHARING),
        "PUT",
        f"/v1/libraries/{LIB}/share",
        lambda r: type(r) is SharingOut and r.role == "Viewer",
        body={"org_id": ORG, "level": "Viewer", "share_with_uuid": USER, "share_with_type": "User"},
    ),
    Case(
        "accesses.delete",
        lambda c: c.beta.libraries.accesses.delete(library_id=LIB, share_with_uuid=USER, share_with_type="User"),
        reply(SHARING),
        "DELETE",
        f"/v1/libraries/{LIB}/share",
        lambda r: type(r) is SharingOut,
        body={"share_with_uuid": USER, "share_with_type": "User"},
    ),
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_operation(case: Case, mode: str) -> None:
    script = Script(case.response)
    result = run(mode, script, case.op)
    [request] = script.requests
    assert (request.method, request.url.path) == (case.method, case.path)
    assert request.url.raw_path.split(b"?")[0].decode() == case.path
    assert query_of(request) == case.query
    assert body_of(request) == case.body
    if case.body is not None:
        assert request.headers["content-type"] == "application/json"
    assert request.headers["accept"] == "*/*"  # httpx2 default: JSON calls need no Accept header
    assert case.check(result), result


def test_every_method_has_a_case() -> None:
    from mistralkit.resources._async import accesses, beta_agents, conversations, documents, libraries

    groups = {
        "agents": beta_agents.AsyncBetaAgents,
        "conversations": conversations.AsyncConversations,
        "libraries": libraries.AsyncLibraries,
        "documents": documents.AsyncDocuments,
        "accesses": accesses.AsyncAccesses,
    }
    methods = {
        f"{group}.{name}"
        for group, cls in groups.items()
        for name, value in vars(cls).items()
        if not name.startswith("_") and callable(value)
    }
    covered = {case.name.split("(")[0] for case in CASES}
    covered |= {"documents.upload"} | {f"conversations.{n}_stream" for n in ("start", "append", "restart")}
    assert methods == covered


def test_response_fixtures_are_valid_for_the_spec() -> None:
    """The payloads above follow the spec's schemas and parse strictly (no lenient repair hides a mistake)."""
    from mistralkit.types import AgentsApiV1ConversationsListResponse

    for tp, schema, payload in [
        (Agent, "Agent", AGENT),
        (AgentAliasResponse, "AgentAliasResponse", ALIAS),
        (ConversationResponse, "ConversationResponse", CONVERSATION_RESPONSE),
        (AgentsApiV1ConversationsListResponse, "ModelConversation", MODEL_CONVERSATION),
        (AgentsApiV1ConversationsListResponse, "AgentConversation", AGENT_CONVERSATION),
        (ConversationHistory, "ConversationHistory", HISTORY),
        (ConversationMessages, "ConversationMessages", MESSAGES),
        (LibraryOut, "Library", LIBRARY),
        (ListDocumentOut, "ListDocumentsResponse", {"pagination": PAGINATION, "data": [DOCUMENT]}),
        (SharingOut, "Sharing", SHARING),
    ]:
        if schema in ("ModelConversation", "AgentConversation"):
            adapter(tp).validate_python([payload])
        else:
            adapter(tp).validate_python(payload)
        spec_validator(schema).validate(payload)


# --- requests that are refused before sending ----------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_path_params_are_encoded(mode: str) -> None:
    script = Script(reply(AGENT_CONVERSATION))
    run(mode, script, lambda c: c.beta.conversations.get(conversation_id="a/b c?d"))
    assert script.requests[0].url.raw_path == b"/v1/conversations/a%2Fb%20c%3Fd"
    script = Script(reply(ALIAS))
    run(mode, script, lambda c: c.beta.agents.get_version(agent_id="ag#1", version="prod"))
    assert script.requests[0].url.raw_path == b"/v1/agents/ag%231/versions/prod"


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    "op, error",
    [
        (lambda c: c.beta.agents.get(agent_id=""), ValueError),
        (lambda c: c.beta.conversations.get(conversation_id=None), TypeError),
        (lambda c: c.beta.libraries.documents.get(library_id=LIB, document_id=" "), ValueError),
        (lambda c: c.beta.libraries.accesses.list(library_id=7.5), TypeError),
        (lambda c: c.beta.agents.create(model="m", name="n", unknown=1), TypeError),
        (lambda c: c.beta.agents.create(model="m", name=3), InvalidRequestError),
        (lambda c: c.beta.conversations.restart(conversation_id="conv_1", from_entry_id=None), InvalidRequestError),
        (
            lambda c: c.beta.libraries.accesses.update_or_create(
                library_id=LIB, level="Viewer", share_with_uuid=USER, share_with_type=None
            ),
            InvalidRequestError,
        ),
    ],
)
def test_invalid_arguments_send_nothing(mode: str, op: Callable[[Any], Any], error: type) -> None:
    script = Script()
    with pytest.raises(error):
        run(mode, script, op)
    assert script.requests == []


@pytest.mark.parametrize("mode", MODES)
def test_extra_body_and_options_pass_through(mode: str) -> None:
    script = Script(reply(SHARING))
    run(
        mode,
        script,
        lambda c: c.beta.libraries.accesses.delete(
            library_id=LIB, share_with_uuid=USER, share_with_type="Org", org_id=ORG,
            extra_body={"level": "Viewer"}, extra_headers={"X-Trace": "1"},
        ),
    )
    request = script.requests[0]
    assert body_of(request) == {"share_with_uuid": USER, "share_with_type": "Org", "org_id": ORG, "level": "Viewer"}
    assert request.headers["x-trace"] == "1"


# --- raw responses, tolerant parsing -------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_raw_response_of_a_nested_group(mode: str) -> None:
    response = httpx2.Response(200, json={"data": [SHARING]}, headers={"x-request-id": "req-7"})
    raw = run(mode, Script(response), lambda c: c.beta.with_raw_response.libraries.accesses.list(library_id=LIB))
    assert isinstance(raw, RawResponse)
    assert raw.request_id == "req-7"
    assert type(raw.parse()) is ListSharingOut


@pytest.mark.parametrize("mode", MODES)
def test_unexpected_payloads_are_kept_not_raised(mode: str) -> None:
    odd = {**AGENT, "tools": [{"type": "future_tool", "x": 1}], "created_at": None, "brand_new": True}
    del odd["source"]
    agent = run(mode, Script(reply(odd)), lambda c: c.beta.agents.get(agent_id="ag_0681f1ab"))
    assert isinstance(agent, Agent)
    assert agent.tools == [{"type": "future_tool", "x": 1}]
    assert agent.brand_new is True
    assert agent.source is None


# --- pagination ----------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_agents_list_walks_every_page(mode: str) -> None:
    pages = [[{**AGENT, "id": "a1"}, {**AGENT, "id": "a2"}], [{**AGENT, "id": "a3"}], []]
    script = Script(*[reply(p) for p in pages])
    agents = run(mode, script, lambda c: c.beta.agents.list(name="weather", metadata={"k": "v"}), iterate=True)
    assert [a.id for a in agents] == ["a1", "a2", "a3"]
    # Without a page size the end is the first empty page; every request keeps the filters.
    assert [query_of(r) for r in script.requests] == [
        {"name": "weather", "metadata": '{"k": "v"}'},
        {"name": "weather", "metadata": '{"k": "v"}', "page": "1"},
        {"name": "weather", "metadata": '{"k": "v"}', "page": "2"},
    ]


@pytest.mark.parametrize("mode", MODES)
def test_list_with_page_size_stops_on_a_short_page(mode: str) -> None:
    script = Script(reply([AGENT, AGENT]), reply([AGENT]))
    versions = run(mode, script, lambda c: c.beta.agents.list_versions(agent_id="ag_1", page_size=2), iterate=True)
    assert len(versions) == 3
    assert [query_of(r) for r in script.requests] == [{"page_size": "2"}, {"page": "1", "page_size": "2"}]
    assert all(r.url.path == "/v1/agents/ag_1/versions" for r in script.requests)


@pytest.mark.parametrize("mode", MODES)
def test_conversations_list_pages(mode: str) -> None:
    script = Script(reply([MODEL_CONVERSATION]), reply([AGENT_CONVERSATION]), reply([]))
    items = run(mode, script, lambda c: c.beta.conversations.list(page_size=1), iterate=True)
    assert [type(x) for x in items] == [ModelConversation, AgentConversation]
    assert [query_of(r).get("page") for r in script.requests] == [None, "1", "2"]


@pytest.mark.parametrize("mode", MODES)
def test_documents_list_follows_has_more(mode: str) -> None:
    pagination = {**PAGINATION, "total_items": 2, "total_pages": 2, "page_size": 1}
    first = {"pagination": {**pagination, "has_more": True}, "data": [DOCUMENT]}
    second = {"pagination": {**pagination, "current_page": 1}, "data": [{**DOCUMENT, "id": "d2"}]}
    script = Script(reply(first), reply(second))
    docs = run(
        mode, script, lambda c: c.beta.libraries.documents.list(library_id=LIB, page_size=1, search="x"), iterate=True
    )
    assert [d.id for d in docs] == [DOC, "d2"]
    assert [query_of(r) for r in script.requests] == [
        {"search": "x", "page_size": "1"},
        {"search": "x", "page_size": "1", "page": "1"},
    ]
    assert all(r.url.path == f"/v1/libraries/{LIB}/documents" for r in script.requests)


def test_next_page_of_a_raw_list_is_a_plain_page() -> None:
    script = Script(reply([AGENT]), reply([]))
    raw = make_client(script).beta.agents.with_raw_response.list(page_size=1)
    page = raw.parse()
    assert isinstance(page, Page) and page.items[0].id == AGENT["id"]
    assert page.next_page() is not None and len(script.requests) == 2


# --- document upload (multipart) -----------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("kind", ["path", "bytes", "fileobj", "dict", "tuple"])
def test_document_upload(mode: str, kind: str, tmp_path: Path) -> None:
    import io

    content = b"%PDF-1.4 handbook"
    path = tmp_path / "handbook.pdf"
    path.write_bytes(content)
    file: Any = {
        "path": str(path),
        "bytes": content,
        "fileobj": io.BytesIO(content),
        "dict": {"file_name": "handbook.pdf", "content": content},
        "tuple": ("handbook.pdf", content, "application/pdf"),
    }[kind]
    script = Script(reply(DOCUMENT, status=201))
    result = run(mode, script, lambda c: c.beta.libraries.documents.upload(library_id=LIB, file=file))
    assert type(result) is DocumentOut and result.id == DOC
    request = script.requests[0]
    assert (request.method, request.url.path) == ("POST", f"/v1/libraries/{LIB}/documents")
    assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
    raw = request.read()
    assert b'name="file"' in raw and content in raw
    if kind in ("path", "dict", "tuple"):
        assert b'filename="handbook.pdf"' in raw
        assert b"Content-Type: application/pdf" in raw


# --- conversation streams ------------------------------------------------------------------------


def fixture_bytes(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def chunks_of(data: bytes, size: int = 41) -> list[bytes]:
    """The body cut at arbitrary points, as a network would (mid-line, mid-UTF-8 character)."""
    return [data[i : i + size] for i in range(0, len(data), size)]


def sse_script(mode: str, data: bytes, fail_after: Optional[BaseException] = None) -> tuple[Script, Any]:
    cls = ChunkedStream if mode == "sync" else AsyncChunkedStream
    body = cls(chunks_of(data), fail_after=fail_after)
    headers = {"content-type": "text/event-stream", "x-request-id": "req-stream"}
    response = lambda request: httpx2.Response(200, headers=headers, stream=body)  # noqa: E731
    return Script(response), body


def sse_events(data: bytes) -> list[tuple[str, dict]]:
    """(event name, data) of each event of a fixture, read independently of the client."""
    events = []
    for block in data.decode().split("\n\n"):
        lines = dict(line.split(": ", 1) for line in block.splitlines() if line)
        if lines:
            events.append((lines["event"], json.loads(lines["data"])))
    return events


STREAM_TYPES = {
    "conversation.response.started": ResponseStartedEvent,
    "conversation.response.done": ResponseDoneEvent,
    "conversation.response.error": ResponseErrorEvent,
    "message.output.delta": MessageOutputEvent,
    "tool.execution.started": ToolExecutionStartedEvent,
    "tool.execution.delta": ToolExecutionDeltaEvent,
    "tool.execution.done": ToolExecutionDoneEvent,
    "function.call.delta": FunctionCallEvent,
    "agent.handoff.started": AgentHandoffStartedEvent,
    "agent.handoff.done": AgentHandoffDoneEvent,
}

STREAM_CALLS = {
    "start_stream": (
        lambda c: c.beta.conversations.start_stream(
            inputs="Weather in Paris?", model="mistral-medium-latest", tools=[{"type": "web_search"}]
        ),
        "/v1/conversations",
        {
            "inputs": "Weather in Paris?",
            "model": "mistral-medium-latest",
            "tools": [{"type": "web_search"}],
            "stream": True,
        },
        "ConversationStreamRequest",
    ),
    "append_stream": (
        lambda c: c.beta.conversations.append_stream(
            conversation_id="conv_0681f1ab", inputs="Weather?", handoff_execution="client"
        ),
        "/v1/conversations/conv_0681f1ab",
        {"inputs": "Weather?", "handoff_execution": "client", "stream": True},
        "ConversationAppendStreamRequest",
    ),
    "restart_stream": (
        lambda c: c.beta.conversations.restart_stream(
            conversation_id="conv_0681f1ab", from_entry_id="msg_1", inputs="Again", store=False
        ),
        "/v1/conversations/conv_0681f1ab/restart",
        {"from_entry_id": "msg_1", "inputs": "Again", "store": False, "stream": True},
        "ConversationRestartStreamRequest",
    ),
}


def test_stream_fixtures_follow_the_spec() -> None:
    """Every fixture event is a ConversationEvents item of the spec: the data schema of its event."""
    validator = spec_validator("ConversationEvents")
    for name in ("conversation_stream.sse", "conversation_stream_agents.sse", "conversation_stream_error.sse"):
        for event, data in sse_events(fixture_bytes(name)):
            assert data["type"] == event
            validator.validate({"event": event, "data": data})
    seen = {event for name in FIXTURES.glob("conversation_stream*.sse") for event, _ in sse_events(name.read_bytes())}
    assert seen == set(STREAM_TYPES)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("method", sorted(STREAM_CALLS))
def test_conversation_stream_requests(mode: str, method: str) -> None:
    op, path, body, schema = STREAM_CALLS[method]
    script, _ = sse_script(mode, fixture_bytes("conversation_stream_agents.sse"))
    events = run(mode, script, op, iterate=True)
    [request] = script.requests
    assert (request.method, request.url.path, request.url.query) == ("POST", path, b"")
    assert request.headers["accept"] == "text/event-stream"
    assert body_of(request) == body
    spec_validator(schema).validate(body_of(request))
    assert [e.event for e in events][-1] == "conversation.response.done"


@pytest.mark.parametrize("mode", MODES)
def test_conversation_stream_yields_typed_events_in_order(mode: str) -> None:
    data = fixture_bytes("conversation_stream.sse")
    script, body = sse_script(mode, data)
    events = run(mode, script, STREAM_CALLS["start_stream"][0], iterate=True)
    expected = sse_events(data)
    assert [e.event for e in events] == [name for name, _ in expected]
    for item, (name, payload) in zip(events, expected):
        assert type(item) is ConversationEvents
        assert type(item.data) is STREAM_TYPES[name]
        assert item.data.type == name
        assert item.data.model_dump(mode="json", exclude_unset=True).keys() == payload.keys()
    started, tool_started, *tool_deltas, tool_done = events[:5]
    assert started.data.conversation_id == "conv_0681f1ab"
    assert "".join(e.data.arguments for e in tool_deltas) == '{"query": "weather in Paris today"}'
    assert tool_done.data.info == {"query": "weather in Paris today", "results": 2}
    deltas = [e.data.content for e in events if e.event == "message.output.delta"]
    assert deltas[0] == "Sunny, 24 °C " and deltas[2] == "in Paris."
    assert type(deltas[1]) is ToolReferenceChunk and deltas[1].url == "https://weather.example/paris"
    assert events[-1].data.usage.connectors == {"web_search": 1}
    assert body.closed


@pytest.mark.parametrize("mode", MODES)
def test_handoffs_and_function_calls(mode: str) -> None:
    script, _ = sse_script(mode, fixture_bytes("conversation_stream_agents.sse"))
    events = run(mode, script, STREAM_CALLS["append_stream"][0], iterate=True)
    assert [type(e.data) for e in events] == [
        ResponseStartedEvent,
        AgentHandoffStartedEvent,
        AgentHandoffDoneEvent,
        FunctionCallEvent,
        FunctionCallEvent,
        ResponseDoneEvent,
    ]
    assert events[2].data.next_agent_name == "weather"
    calls = [e.data for e in events if e.event == "function.call.delta"]
    assert json.loads("".join(c.arguments for c in calls)) == {"city": "Paris"}
    assert calls[-1].confirmation_status == "pending" and calls[-1].tool_call_id == "call_7"


@pytest.mark.parametrize("mode", MODES)
def test_error_event_raises_with_the_typed_event(mode: str) -> None:
    script, body = sse_script(mode, fixture_bytes("conversation_stream_error.sse"))
    seen: list[Any] = []

    def consume(client: Any) -> Any:
        if mode == "sync":
            for event in client.beta.conversations.restart_stream(conversation_id="c", from_entry_id="e"):
                seen.append(event)
            return None

        async def go() -> None:
            async for event in await client.beta.conversations.restart_stream(conversation_id="c", from_entry_id="e"):
                seen.append(event)

        return go()

    with pytest.raises(APIStreamError) as info:
        run(mode, script, consume)
    assert [e.event for e in seen] == ["conversation.response.started", "message.output.delta"]
    error = info.value
    assert type(error.event.data) is ResponseErrorEvent
    assert error.event.data.code == 3505
    assert error.body["message"] == "The model is overloaded, please retry later."
    assert "overloaded" in str(error) and "3505" in str(error)
    assert error.request_id == "req-stream"
    assert error.method == "POST" and error.url.endswith("/v1/conversations/c/restart")
    assert body.closed


@pytest.mark.parametrize("mode", MODES)
def test_stream_cut_before_done_is_an_error(mode: str) -> None:
    data = fixture_bytes("conversation_stream.sse")
    cut = data[: data.index(b"event: conversation.response.done")]
    script, body = sse_script(mode, cut)
    with pytest.raises(APIConnectionError, match="without its end marker"):
        run(mode, script, STREAM_CALLS["start_stream"][0], iterate=True)
    assert body.closed
    # A connection reset in the middle is a connection error too (and is not retried).
    script, body = sse_script(mode, cut[:500], fail_after=httpx2.ReadError("reset"))
    with pytest.raises(APIConnectionError, match="interrupted"):
        run(mode, script, STREAM_CALLS["start_stream"][0], iterate=True)
    assert len(script.requests) == 1 and body.closed


@pytest.mark.parametrize("mode", MODES)
def test_done_event_ends_the_stream_without_a_done_marker(mode: str) -> None:
    # Anything after conversation.response.done is not read; an unknown event type is kept as data.
    data = (
        b'event: conversation.response.started\ndata: {"type":"conversation.response.started","conversation_id":"c"}\n\n'
        b'event: reasoning.delta\ndata: {"type":"reasoning.delta","text":"hm"}\n\n'
        b'event: conversation.response.done\ndata: {"type":"conversation.response.done","usage":{}}\n\n'
        b"data: not json at all\n\n"
    )
    script, body = sse_script(mode, data)
    events = run(mode, script, STREAM_CALLS["start_stream"][0], iterate=True)
    assert [e.event for e in events] == ["conversation.response.started", "reasoning.delta", "conversation.response.done"]
    assert events[1].data == {"type": "reasoning.delta", "text": "hm"}
    assert events[2].data.usage.total_tokens == 0
    assert body.closed


@pytest.mark.parametrize("mode", MODES)
def test_event_that_is_not_json_is_a_typed_error(mode: str) -> None:
    data = (
        b'event: conversation.response.started\ndata: {"type":"conversation.response.started","conversation_id":"c"}\n\n'
        b"event: message.output.delta\ndata: <html>502 Bad Gateway</html>\n\n"
    )
    script, body = sse_script(mode, data)
    with pytest.raises(APIResponseValidationError, match="not JSON") as info:
        run(mode, script, STREAM_CALLS["start_stream"][0], iterate=True)
    assert info.value.body == "<html>502 Bad Gateway</html>"
    assert body.closed


def test_break_closes_the_stream() -> None:
    script, body = sse_script("sync", fixture_bytes("conversation_stream.sse"))
    with make_client(script).beta.conversations.start_stream(inputs="x", model="m") as stream:
        for event in stream:
            break
    assert event.event == "conversation.response.started"
    assert body.closed and not stream.completed


# --- the spec's own JSON Schemas -----------------------------------------------------------------

_SPEC: list[Any] = []


def spec_validator(schema_name: str) -> Any:
    """A JSON Schema validator for ``#/components/schemas/<schema_name>`` of spec/openapi.yaml."""
    import jsonschema
    import yaml
    from referencing import Registry, Resource

    if not _SPEC:
        spec = yaml.safe_load((Path(__file__).parent.parent / "spec" / "openapi.yaml").read_text())
        _SPEC.append(Registry().with_resource("urn:spec", Resource.from_contents(spec, default_specification=_draft())))
    schema = {"$ref": f"urn:spec#/components/schemas/{schema_name}"}
    return jsonschema.Draft202012Validator(schema, registry=_SPEC[0], format_checker=jsonschema.FormatChecker())


def _draft() -> Any:
    from referencing.jsonschema import DRAFT202012

    return DRAFT202012
