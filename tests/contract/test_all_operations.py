"""Every operation of spec/openapi.yaml, through mistralkit, against the Prism mock of the spec.

``OPERATIONS`` maps each operationId of the spec (``mistralkit.types._operations``) to the client
method that calls it and example arguments. Every operation Prism can answer is called on the sync
and the async client: Prism validates each request against the spec (a violation fails the test,
with Prism's own words) and answers with generated data, which must parse into the typed result
without raising. Streamed operations, whose ``text/event-stream`` bodies Prism cannot produce, are
listed with the tests that cover them from recorded streams.

``tools/operations_doc.py`` turns this table into docs/operations.md.
"""

from __future__ import annotations

import asyncio
import json
import typing
from dataclasses import dataclass, field
from typing import Any, Optional

import httpx2
import pytest

from mistralkit import APIStatusError, AsyncMistral, Mistral
from mistralkit._pagination import AsyncPage, Page
from mistralkit.types._operations import OPERATIONS as SPEC_OPERATIONS

LIB = "0f8fad5b-d9cb-469f-a165-70867728950e"
DOC = "7c9e6679-7425-40de-944b-e07fc1f90ae7"
FILE = "3b241101-e2bb-4255-8caf-4136c566a962"
JOB = "9a8f1c2e-4b5d-4e6f-8a7b-1c2d3e4f5a6b"
USER = "16fd2706-8baf-433b-82eb-8c7fada847da"
ORG = "886313e1-3b8a-5372-9b90-0c9aee199e5d"
MESSAGES = [{"role": "user", "content": "What is the capital of France?"}]

BETA_UNIT = "tests/test_resources_beta.py::test_operation"
CORE_UNIT = "tests/test_resources_core.py::test_operation"
PRISM_TEST = "tests/contract/test_all_operations.py::test_operation_against_prism"


@dataclass(frozen=True)
class Op:
    """How mistralkit calls one operation: ``client.<target>.<method>(**kwargs)``."""

    target: str
    method: str
    kwargs: dict = field(default_factory=dict)
    # Tests covering it besides the Prism run (file::test).
    unit: tuple[str, ...] = ()
    # The official SDK's name for it, when it is not ours.
    sdk: Optional[str] = None
    # Set for an operation Prism cannot answer: the tests that cover it instead.
    elsewhere: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        return f"{self.target}.{self.method}"

    @property
    def sdk_name(self) -> str:
        return self.sdk or self.name


OPERATIONS: dict[str, Op] = {
    # --- models ----------------------------------------------------------------------------------
    "list_models_v1_models_get": Op("models", "list"),
    "retrieve_model_v1_models__model_id__get": Op(
        "models", "retrieve", {"model_id": "ft:open-mistral-7b:abc:20250101"},
        unit=("tests/test_transport.py::test_async_retries_and_errors",),
    ),
    "delete_model_v1_models__model_id__delete": Op(
        "models", "delete", {"model_id": "ft:open-mistral-7b:abc:20250101"},
        unit=("tests/test_transport.py::test_path_parameters_are_encoded",),
    ),
    "jobs_api_routes_fine_tuning_update_fine_tuned_model": Op(
        "models", "update", {"model_id": "ft:open-mistral-7b:abc:20250101", "name": "support", "description": "v2"},
        unit=(CORE_UNIT,),
    ),
    "jobs_api_routes_fine_tuning_archive_fine_tuned_model": Op(
        "models", "archive", {"model_id": "ft:open-mistral-7b:abc:20250101"}, unit=(CORE_UNIT,)
    ),
    "jobs_api_routes_fine_tuning_unarchive_fine_tuned_model": Op(
        "models", "unarchive", {"model_id": "ft:open-mistral-7b:abc:20250101"}, unit=(CORE_UNIT,)
    ),
    # --- chat, fim, agents completions, embeddings -----------------------------------------------
    "chat_completion_v1_chat_completions_post": Op(
        "chat", "complete", {"model": "mistral-small-latest", "messages": MESSAGES, "temperature": 0.2, "max_tokens": 64},
        unit=("tests/test_transport.py::test_request_shape_and_options",),
    ),
    "fim_completion_v1_fim_completions_post": Op(
        "fim", "complete", {"model": "codestral-latest", "prompt": "def add(a, b):", "suffix": "\n", "max_tokens": 32},
        unit=("tests/test_streaming.py::test_fim_stream",),
    ),
    "agents_completion_v1_agents_completions_post": Op(
        "agents", "complete", {"agent_id": "ag_0681f1ab", "messages": MESSAGES, "max_tokens": 64}
    ),
    "embeddings_v1_embeddings_post": Op(
        "embeddings", "create", {"model": "mistral-embed", "inputs": ["Paris", "Lyon"]}
    ),
    # --- classifiers, OCR ------------------------------------------------------------------------
    "moderations_v1_moderations_post": Op(
        "classifiers", "moderate", {"model": "mistral-moderation-latest", "inputs": ["some text"]}, unit=(CORE_UNIT,)
    ),
    "chat_moderations_v1_chat_moderations_post": Op(
        "classifiers", "moderate_chat", {"model": "mistral-moderation-latest", "inputs": MESSAGES}, unit=(CORE_UNIT,)
    ),
    "classifications_v1_classifications_post": Op(
        "classifiers", "classify", {"model": "ft:classifier:abc", "inputs": "some text"}, unit=(CORE_UNIT,)
    ),
    "chat_classifications_v1_chat_classifications_post": Op(
        "classifiers", "classify_chat", {"model": "ft:classifier:abc", "inputs": {"messages": MESSAGES}}, unit=(CORE_UNIT,)
    ),
    "ocr_v1_ocr_post": Op(
        "ocr", "process",
        {"model": "mistral-ocr-latest", "document": {"type": "document_url", "document_url": "https://example.com/a.pdf"}},
        unit=(CORE_UNIT,),
    ),
    # --- audio -----------------------------------------------------------------------------------
    "audio_api_v1_transcriptions_post": Op(
        "audio.transcriptions", "complete",
        {"model": "voxtral-mini-latest", "file": ("hello.mp3", b"ID3 not really audio", "audio/mpeg"), "language": "en"},
        unit=("tests/test_resources_core.py::test_transcription_complete_with_a_file",),
    ),
    "audio_api_v1_transcriptions_post_stream": Op(
        "audio.transcriptions", "stream",
        elsewhere=(
            "tests/test_resources_core.py::test_transcription_stream_yields_typed_events",
            "tests/test_resources_core.py::test_transcription_stream_cut_before_done_raises",
        ),
    ),
    # --- files -----------------------------------------------------------------------------------
    "files_api_routes_upload_file": Op(
        "files", "upload", {"file": ("train.jsonl", b'{"messages": []}\n'), "purpose": "fine-tune"},
        unit=("tests/test_resources_core.py::test_extra_body_is_merged_into_multipart_fields",),
    ),
    "files_api_routes_list_files": Op(
        "files", "list", {"page": 0, "page_size": 10, "purpose": "fine-tune"}, unit=(CORE_UNIT,)
    ),
    "files_api_routes_retrieve_file": Op("files", "retrieve", {"file_id": FILE}, unit=(CORE_UNIT,)),
    "files_api_routes_delete_file": Op("files", "delete", {"file_id": FILE}, unit=(CORE_UNIT,)),
    "files_api_routes_download_file": Op(
        "files", "download", {"file_id": FILE},
        unit=("tests/test_resources_core.py::test_download_request_and_binary_result",),
    ),
    "files_api_routes_get_signed_url": Op("files", "get_signed_url", {"file_id": FILE, "expiry": 2}, unit=(CORE_UNIT,)),
    # --- fine-tuning jobs ------------------------------------------------------------------------
    "jobs_api_routes_fine_tuning_get_fine_tuning_jobs": Op(
        "fine_tuning.jobs", "list", {"page": 0, "page_size": 5, "created_by_me": True}, unit=(CORE_UNIT,)
    ),
    "jobs_api_routes_fine_tuning_create_fine_tuning_job": Op(
        "fine_tuning.jobs", "create",
        {
            "model": "open-mistral-7b",
            "hyperparameters": {"training_steps": 10, "learning_rate": 0.0001},
            "training_files": [{"file_id": FILE, "weight": 1}],
            "auto_start": False,
        },
        unit=(CORE_UNIT,),
    ),
    "jobs_api_routes_fine_tuning_get_fine_tuning_job": Op("fine_tuning.jobs", "get", {"job_id": JOB}, unit=(CORE_UNIT,)),
    "jobs_api_routes_fine_tuning_cancel_fine_tuning_job": Op(
        "fine_tuning.jobs", "cancel", {"job_id": JOB}, unit=(CORE_UNIT,)
    ),
    "jobs_api_routes_fine_tuning_start_fine_tuning_job": Op("fine_tuning.jobs", "start", {"job_id": JOB}, unit=(CORE_UNIT,)),
    # --- batch jobs ------------------------------------------------------------------------------
    "jobs_api_routes_batch_get_batch_jobs": Op(
        "batch.jobs", "list", {"page": 0, "page_size": 5, "status": ["RUNNING", "QUEUED"]}, unit=(CORE_UNIT,)
    ),
    "jobs_api_routes_batch_create_batch_job": Op(
        "batch.jobs", "create",
        {
            "endpoint": "/v1/chat/completions",
            "input_files": [FILE],
            "model": "mistral-small-latest",
            "metadata": {"job": "nightly"},
        },
        unit=(CORE_UNIT,),
    ),
    "jobs_api_routes_batch_get_batch_job": Op("batch.jobs", "get", {"job_id": JOB, "inline": True}, unit=(CORE_UNIT,)),
    "jobs_api_routes_batch_cancel_batch_job": Op("batch.jobs", "cancel", {"job_id": JOB}, unit=(CORE_UNIT,)),
    # --- beta.agents -----------------------------------------------------------------------------
    "agents_api_v1_agents_create": Op(
        "beta.agents", "create",
        {
            "model": "mistral-medium-latest",
            "name": "weather",
            "instructions": "Answer with the weather only.",
            "tools": [{"type": "web_search"}, {"type": "function", "function": {"name": "get_weather", "parameters": {}}}],
            "completion_args": {"temperature": 0.3},
            "metadata": {"team": "search"},
        },
        unit=(BETA_UNIT,),
    ),
    "agents_api_v1_agents_list": Op(
        "beta.agents", "list",
        {"page": 0, "page_size": 20, "sources": ["api", "playground"], "search": "weather", "metadata": {"team": "search"}},
        unit=(BETA_UNIT, "tests/test_resources_beta.py::test_agents_list_walks_every_page"),
    ),
    "agents_api_v1_agents_get": Op("beta.agents", "get", {"agent_id": "ag_0681f1ab", "agent_version": 1}, unit=(BETA_UNIT,)),
    "agents_api_v1_agents_update": Op(
        "beta.agents", "update", {"agent_id": "ag_0681f1ab", "description": "Weather", "deployment_chat": True},
        unit=(BETA_UNIT,),
    ),
    "agents_api_v1_agents_delete": Op("beta.agents", "delete", {"agent_id": "ag_0681f1ab"}, unit=(BETA_UNIT,)),
    "agents_api_v1_agents_update_version": Op(
        "beta.agents", "update_version", {"agent_id": "ag_0681f1ab", "version": 1}, unit=(BETA_UNIT,)
    ),
    "agents_api_v1_agents_list_versions": Op(
        "beta.agents", "list_versions", {"agent_id": "ag_0681f1ab", "page": 0, "page_size": 10}, unit=(BETA_UNIT,)
    ),
    "agents_api_v1_agents_get_version": Op(
        "beta.agents", "get_version", {"agent_id": "ag_0681f1ab", "version": 1}, unit=(BETA_UNIT,)
    ),
    "agents_api_v1_agents_create_or_update_alias": Op(
        "beta.agents", "create_version_alias", {"agent_id": "ag_0681f1ab", "alias": "prod", "version": 1}, unit=(BETA_UNIT,)
    ),
    "agents_api_v1_agents_list_version_aliases": Op(
        "beta.agents", "list_version_aliases", {"agent_id": "ag_0681f1ab"}, unit=(BETA_UNIT,)
    ),
    "agents_api_v1_agents_delete_alias": Op(
        "beta.agents", "delete_version_alias", {"agent_id": "ag_0681f1ab", "alias": "prod"}, unit=(BETA_UNIT,)
    ),
    # --- beta.conversations ----------------------------------------------------------------------
    "agents_api_v1_conversations_start": Op(
        "beta.conversations", "start",
        {"inputs": "Weather in Paris?", "model": "mistral-medium-latest", "instructions": "Be brief.", "store": True},
        unit=(BETA_UNIT,),
    ),
    "agents_api_v1_conversations_list": Op(
        "beta.conversations", "list", {"page": 0, "page_size": 10, "metadata": {"user": "42"}},
        unit=(BETA_UNIT, "tests/test_resources_beta.py::test_conversations_list_pages"),
    ),
    "agents_api_v1_conversations_get": Op("beta.conversations", "get", {"conversation_id": "conv_1"}, unit=(BETA_UNIT,)),
    "agents_api_v1_conversations_delete": Op(
        "beta.conversations", "delete", {"conversation_id": "conv_1"}, unit=(BETA_UNIT,)
    ),
    "agents_api_v1_conversations_append": Op(
        "beta.conversations", "append",
        {"conversation_id": "conv_1", "inputs": [{"type": "message.input", "role": "user", "content": "And tomorrow?"}]},
        unit=(BETA_UNIT,),
    ),
    "agents_api_v1_conversations_history": Op(
        "beta.conversations", "get_history", {"conversation_id": "conv_1"}, unit=(BETA_UNIT,)
    ),
    "agents_api_v1_conversations_messages": Op(
        "beta.conversations", "get_messages", {"conversation_id": "conv_1"}, unit=(BETA_UNIT,)
    ),
    "agents_api_v1_conversations_restart": Op(
        "beta.conversations", "restart",
        {"conversation_id": "conv_1", "from_entry_id": "msg_1", "inputs": "Try again", "agent_version": 1},
        unit=(BETA_UNIT,),
    ),
    "agents_api_v1_conversations_start_stream": Op(
        "beta.conversations", "start_stream",
        elsewhere=(
            "tests/test_resources_beta.py::test_conversation_stream_requests",
            "tests/test_resources_beta.py::test_conversation_stream_yields_typed_events_in_order",
        ),
    ),
    "agents_api_v1_conversations_append_stream": Op(
        "beta.conversations", "append_stream",
        elsewhere=(
            "tests/test_resources_beta.py::test_conversation_stream_requests",
            "tests/test_resources_beta.py::test_handoffs_and_function_calls",
        ),
    ),
    "agents_api_v1_conversations_restart_stream": Op(
        "beta.conversations", "restart_stream",
        elsewhere=(
            "tests/test_resources_beta.py::test_conversation_stream_requests",
            "tests/test_resources_beta.py::test_error_event_raises_with_the_typed_event",
        ),
    ),
    # --- beta.libraries --------------------------------------------------------------------------
    "libraries_list_v1": Op("beta.libraries", "list", unit=(BETA_UNIT,)),
    "libraries_create_v1": Op(
        "beta.libraries", "create", {"name": "Handbook", "description": "Company handbook", "chunk_size": 512},
        unit=(BETA_UNIT,),
    ),
    "libraries_get_v1": Op("beta.libraries", "get", {"library_id": LIB}, unit=(BETA_UNIT,)),
    "libraries_patch_v1": Op("beta.libraries", "update", {"library_id": LIB, "name": "Handbook 2025"}, unit=(BETA_UNIT,)),
    "libraries_update_v1": Op("beta.libraries", "libraries_update_v1", {"library_id": LIB, "name": "Handbook 2025"}),
    "libraries_delete_v1": Op("beta.libraries", "delete", {"library_id": LIB}, unit=(BETA_UNIT,)),
    "libraries_documents_list_v1": Op(
        "beta.libraries.documents", "list",
        {"library_id": LIB, "search": "hand", "page": 0, "page_size": 10, "sort_by": "created_at", "sort_order": "desc"},
        unit=(BETA_UNIT, "tests/test_resources_beta.py::test_documents_list_follows_has_more"),
    ),
    "libraries_documents_upload_v1": Op(
        "beta.libraries.documents", "upload",
        {"library_id": LIB, "file": ("handbook.pdf", b"%PDF-1.4 handbook", "application/pdf")},
        unit=("tests/test_resources_beta.py::test_document_upload",),
    ),
    "libraries_documents_get_v1": Op(
        "beta.libraries.documents", "get", {"library_id": LIB, "document_id": DOC}, unit=(BETA_UNIT,)
    ),
    "libraries_documents_patch_v1": Op(
        "beta.libraries.documents", "update",
        {"library_id": LIB, "document_id": DOC, "name": "handbook.pdf", "attributes": {"year": 2025, "public": False}},
        unit=(BETA_UNIT,),
    ),
    "libraries_documents_update_v1": Op(
        "beta.libraries.documents", "libraries_documents_update_v1",
        {"library_id": LIB, "document_id": DOC, "name": "handbook.pdf"},
        unit=("tests/test_workflows_libraries.py::test_library_workflow",),
    ),
    "libraries_documents_delete_v1": Op(
        "beta.libraries.documents", "delete", {"library_id": LIB, "document_id": DOC}, unit=(BETA_UNIT,)
    ),
    "libraries_documents_get_text_content_v1": Op(
        "beta.libraries.documents", "text_content", {"library_id": LIB, "document_id": DOC}, unit=(BETA_UNIT,)
    ),
    "libraries_documents_get_status_v1": Op(
        "beta.libraries.documents", "status", {"library_id": LIB, "document_id": DOC}, unit=(BETA_UNIT,)
    ),
    "libraries_documents_get_signed_url_v1": Op(
        "beta.libraries.documents", "get_signed_url", {"library_id": LIB, "document_id": DOC}, unit=(BETA_UNIT,)
    ),
    "libraries_documents_get_extracted_text_signed_url_v1": Op(
        "beta.libraries.documents", "extracted_text_signed_url", {"library_id": LIB, "document_id": DOC}, unit=(BETA_UNIT,)
    ),
    "libraries_documents_reprocess_v1": Op(
        "beta.libraries.documents", "reprocess", {"library_id": LIB, "document_id": DOC}, unit=(BETA_UNIT,)
    ),
    "libraries_share_list_v1": Op("beta.libraries.accesses", "list", {"library_id": LIB}, unit=(BETA_UNIT,)),
    "libraries_share_create_v1": Op(
        "beta.libraries.accesses", "update_or_create",
        {"library_id": LIB, "org_id": ORG, "level": "Editor", "share_with_uuid": USER, "share_with_type": "User"},
        unit=(BETA_UNIT,),
    ),
    "libraries_share_delete_v1": Op(
        "beta.libraries.accesses", "delete",
        # The spec's SharingDelete requires a `level` it does not define (the API does not use it);
        # Prism enforces it, so it is sent here through extra_body.
        {"library_id": LIB, "share_with_uuid": USER, "share_with_type": "User", "extra_body": {"level": "Viewer"}},
        unit=(BETA_UNIT,),
    ),
}

GENERATED_UNIT = "tests/test_generated_resources.py::test_every_operation_has_its_method_with_the_official_keywords"
# Operations whose only success response is an event stream, and the tests reading their streams.
SSE_TESTS = {
    "stream_v1_workflows_executions__execution_id__stream_get": (
        "tests/test_generated_resources.py::test_workflow_execution_stream_ends_with_the_connection",
    ),
    "stream_workflow_execution_logs": (
        "tests/test_generated_resources.py::test_workflow_execution_logs_stream_is_typed_and_resumable",
    ),
    "stream_deployment_logs": ("tests/test_generated_resources.py::test_deployment_logs_stream",),
    "get_stream_events_v1_workflows_events_stream_get": ("tests/test_generated_resources.py::test_workflow_events_stream",),
}


def _generated_operations() -> dict[str, Op]:
    """The operations of the generated resources, called with example values of their required arguments."""
    import importlib.util
    import sys
    from pathlib import Path

    import yaml

    def load(name: str, path: Path) -> Any:
        # by path: this table is also loaded on its own, outside the tests package, by tools/operations_doc.py
        spec = importlib.util.spec_from_file_location(name, path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
        return module

    root = Path(__file__).resolve().parents[2]
    Examples = load("_contract_examples", Path(__file__).with_name("examples.py")).Examples
    sys.path.insert(0, str(root / "tools"))
    try:
        generate_resources = load("generate_resources", root / "tools" / "generate_resources.py")
    finally:
        sys.path.remove(str(root / "tools"))
    spec = yaml.load((root / "spec" / "openapi.yaml").read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    sdk = json.loads((root / "spec" / "official_sdk.json").read_text(encoding="utf-8"))
    builder = generate_resources.Builder(spec, sdk)
    examples = Examples(spec)
    out: dict[str, Op] = {}
    for op_id in sorted(SPEC_OPERATIONS):
        if op_id in OPERATIONS:
            continue
        names = builder.names_of(op_id)
        name, official = names[0]
        method = builder.method(op_id, name, official)
        kwargs = {
            a.name: examples.value(a.schema, a.wire)
            for a in method.args
            if (a.required or a.spec_required) and not a.shared and a.where != "security"
        }
        if any(a.where == "security" for a in method.args):
            # these operations authenticate with the caller's dashboard key (x-api-key), per call
            kwargs["security"] = {"dashboard_user_context_auth": "sk-dashboard-contract-test"}
        target, _, short = name.rpartition(".")
        out[op_id] = Op(
            target, short, kwargs,
            unit=(GENERATED_UNIT,),
            sdk=None if official else "—",
            elsewhere=SSE_TESTS.get(op_id, ()),
        )
    return out


OPERATIONS.update(_generated_operations())

PRISM_OPERATIONS = sorted(op_id for op_id, op in OPERATIONS.items() if not op.elsewhere)
STREAMED_ELSEWHERE = sorted(op_id for op_id, op in OPERATIONS.items() if op.elsewhere)
MODES = ["sync", "async"]

# Streamed variants of Prism-served operations (same operationId, ``"stream": true``): Prism validates
# the request, then cannot produce the event stream; the reply proves the request was valid.
STREAM_VARIANTS = {
    "chat.stream": (OPERATIONS["chat_completion_v1_chat_completions_post"].kwargs, 500, "NO_COMPLEX_OBJECT_TEXT"),
    "fim.stream": (OPERATIONS["fim_completion_v1_fim_completions_post"].kwargs, 500, "NO_COMPLEX_OBJECT_TEXT"),
    # The spec gives agents completions no text/event-stream response, so Prism answers 406.
    "agents.stream": (OPERATIONS["agents_completion_v1_agents_completions_post"].kwargs, 406, "NOT_ACCEPTABLE"),
}


# --- coverage of the spec ------------------------------------------------------------------------


def test_the_table_covers_every_operation_of_the_spec_exactly() -> None:
    assert sorted(OPERATIONS) == sorted(SPEC_OPERATIONS)
    assert len(OPERATIONS) == 293


def test_operations_served_elsewhere_are_exactly_the_streaming_ones() -> None:
    """Prism cannot produce text/event-stream bodies: the ``#stream`` operations, and those that only
    answer with an event stream, are tested from recorded streams."""
    assert STREAMED_ELSEWHERE == sorted(
        op_id
        for op_id, spec in SPEC_OPERATIONS.items()
        if spec["stream"] or spec["response_content_type"] == "text/event-stream"
    )
    assert STREAMED_ELSEWHERE == sorted([
        "agents_api_v1_conversations_append_stream",
        "agents_api_v1_conversations_restart_stream",
        "agents_api_v1_conversations_start_stream",
        "audio_api_v1_transcriptions_post_stream",
        *SSE_TESTS,
    ])


@pytest.mark.parametrize("mode", MODES)
def test_every_method_in_the_table_exists(mode: str) -> None:
    client: Any = Mistral(api_key="k") if mode == "sync" else AsyncMistral(api_key="k")
    for op_id, op in OPERATIONS.items():
        assert callable(getattr(resolve(client, op.target), op.method, None)), f"{op_id}: no client.{op.name}"


def test_the_tests_named_in_the_table_exist() -> None:
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    for op in OPERATIONS.values():
        for ref in (*op.unit, *op.elsewhere):
            path, name = ref.split("::")
            source = (root / path).read_text()
            assert f"def {name}(" in source, f"{ref} does not exist"


def test_operations_doc_is_up_to_date() -> None:
    import importlib.util
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    spec = importlib.util.spec_from_file_location("_operations_doc", root / "tools" / "operations_doc.py")
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    assert (root / "docs" / "operations.md").read_text() == tool.render(), (
        "docs/operations.md is stale: run python tools/operations_doc.py"
    )


# --- against Prism -------------------------------------------------------------------------------


def resolve(client: Any, target: str) -> Any:
    for part in target.split("."):
        client = getattr(client, part)
    return client


def parse_violations(header: str) -> list[dict]:
    """Prism's ``sl-violations`` header; with many (generated responses), it starts "Too many violations! "."""
    text = header.removeprefix("Too many violations! ")
    try:
        return json.loads(text)
    except ValueError:  # cut short: keep what tells a request violation from a response one
        where = "request" if '"location":["request"' in text else "response"
        return [{"location": [where], "code": "unparsed", "message": text[:500]}]


class Exchanges:
    """Every response Prism gave, for its ``sl-violations`` header."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, int, list[dict]]] = []

    def record(self, response: httpx2.Response) -> None:
        violations = parse_violations(response.headers.get("sl-violations", "[]"))
        self.seen.append((f"{response.request.method} {response.request.url}", response.status_code, violations))

    async def record_async(self, response: httpx2.Response) -> None:
        self.record(response)

    def request_violations(self) -> list[str]:
        return [
            f"{where} -> {status}: {v.get('code')} at {'.'.join(map(str, v['location']))}: {v.get('message')}"
            for where, status, violations in self.seen
            for v in violations
            if v.get("location", [None])[0] == "request"
        ]


def call(mode: str, prism_url: str, target: str, method: str, kwargs: dict) -> tuple[Any, Exchanges]:
    """Call ``client.<target>.<method>(**kwargs)`` on a fresh sync or async client pointed at Prism."""
    exchanges = Exchanges()
    # A timeout always: Prism never answers a malformed JSON body.
    settings: dict[str, Any] = dict(api_key="sk-contract-test", server_url=prism_url, max_retries=0)
    if mode == "sync":
        http = httpx2.Client(timeout=30.0, event_hooks={"response": [exchanges.record]})
        with Mistral(http_client=http, **settings) as client:
            try:
                result = getattr(resolve(client, target), method)(**kwargs)
                return settle(result), exchanges
            finally:
                http.close()

    async def main() -> Any:
        async with httpx2.AsyncClient(timeout=30.0, event_hooks={"response": [exchanges.record_async]}) as http:
            client = AsyncMistral(http_client=http, **settings)
            result = await getattr(resolve(client, target), method)(**kwargs)
            return await settle_async(result)

    return asyncio.run(main()), exchanges


def settle(result: Any) -> Any:
    """Read a binary download before its connection closes."""
    if hasattr(result, "read") and not isinstance(result, (Page, AsyncPage)):
        with result:
            return result.read()
    return result


async def settle_async(result: Any) -> Any:
    if hasattr(result, "read") and not isinstance(result, (Page, AsyncPage)):
        async with result:
            return await result.read()
    return result


def expected_type(op_id: str) -> Any:
    import mistralkit.types as types

    spec = SPEC_OPERATIONS[op_id]
    if spec["response"] is None:
        return bytes if spec["response_content_type"] not in (None, "application/json") else None
    return getattr(types, spec["response"])


def assert_typed(value: Any, tp: Any, where: str) -> None:
    """``value`` is an instance of ``tp`` (a model, ``str``, a union or a list of those)."""
    origin = typing.get_origin(tp)
    if tp is typing.Any:
        return
    if origin is typing.Annotated:
        return assert_typed(value, typing.get_args(tp)[0], where)
    if origin is dict:
        assert isinstance(value, dict), f"{where}: expected a dict, got {type(value).__name__}"
        return
    if origin is list:
        assert isinstance(value, list), f"{where}: expected a list, got {type(value).__name__}"
        for i, item in enumerate(value):
            assert_typed(item, typing.get_args(tp)[0], f"{where}[{i}]")
        return
    if origin in (typing.Union, getattr(__import__("types"), "UnionType", None)):
        failures = []
        for member in typing.get_args(tp):
            try:
                assert_typed(value, type(None) if member is None else member, where)
                return
            except AssertionError as exc:
                failures.append(str(exc))
        raise AssertionError(f"{where}: {type(value).__name__} matches no member of {tp}: {failures}")
    assert isinstance(value, tp), f"{where}: expected {tp.__name__}, got {type(value).__name__}: {value!r:.200}"


@pytest.mark.contract
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("op_id", PRISM_OPERATIONS)
def test_operation_against_prism(prism_url: str, op_id: str, mode: str) -> None:
    op = OPERATIONS[op_id]
    try:
        result, exchanges = call(mode, prism_url, op.target, op.method, dict(op.kwargs))
    except APIStatusError as error:
        violations = parse_violations(error.headers.get("sl-violations", "[]"))
        pytest.fail(
            f"client.{op.name} ({op_id}): Prism refused the request with {error.status_code}:\n"
            + "\n".join(f"  {v.get('code')} at {'.'.join(map(str, v['location']))}: {v.get('message')}" for v in violations)
            + ("" if violations else f"\n  {json.dumps(error.body)[:1000]}"),
            pytrace=False,
        )
    assert exchanges.request_violations() == []
    [(_, status, _)] = exchanges.seen
    assert status == SPEC_OPERATIONS[op_id]["success_status"] or (
        op_id == "libraries_documents_upload_v1" and status in (200, 201)
    )
    tp = expected_type(op_id)
    if tp is None:
        assert result is None
        return
    if isinstance(result, (Page, AsyncPage)):
        items_type = typing.get_args(tp)[0] if typing.get_origin(tp) is list else None
        if items_type is None:  # an object holding the page's items in .data
            assert_typed(result.response, tp, op.name)
        else:  # the response is the list itself
            assert_typed(result.items, tp, op.name)
        return
    assert_typed(result, tp, op.name)


@pytest.mark.contract
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("method", sorted(STREAM_VARIANTS))
def test_streamed_requests_pass_prism_validation(prism_url: str, method: str, mode: str) -> None:
    kwargs, status, problem = STREAM_VARIANTS[method]
    target, name = method.split(".")
    with pytest.raises(APIStatusError) as info:
        call(mode, prism_url, target, name, dict(kwargs))
    error = info.value
    assert json.loads(error.headers.get("sl-violations", "[]")) == []
    assert error.status_code == status and problem in json.dumps(error.body), error.body


@pytest.mark.contract
@pytest.mark.parametrize("mode", MODES)
def test_a_request_violation_is_reported(prism_url: str, mode: str) -> None:
    """The check above is live: a request Prism finds invalid (here, a non-UUID library id) fails."""
    with pytest.raises(APIStatusError) as info:
        call(mode, prism_url, "beta.libraries", "get", {"library_id": "not-a-uuid"})
    violations = json.loads(info.value.headers["sl-violations"])
    assert violations and violations[0]["location"] == ["request", "path", "library_id"]
