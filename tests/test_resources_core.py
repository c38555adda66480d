"""Every operation of models (fine-tuned), files, fine_tuning, batch, classifiers, ocr and audio:
the exact request sent and the typed result, for the sync and the async client."""

from __future__ import annotations

import asyncio
import json
import re
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, NamedTuple, Optional

import httpx2
import pytest

from mistralkit import types as t
from mistralkit._binary import AsyncBinaryResponse, BinaryResponse
from mistralkit._pagination import AsyncPage, Page
from mistralkit._streaming import AsyncStream, Stream

from .helpers import Script, make_async_client, make_client, ok

FIXTURES = Path(__file__).parent / "fixtures"
FILE_ID = "e85980c9-409e-4a46-9304-36588f6292b0"
JOB_ID = "7a9b6c1e-1111-4222-8333-944455556666"
FT_MODEL = "ft:open-mistral-7b:587a6b29:20240514:7e773925"

FILE = {
    "id": FILE_ID,
    "object": "file",
    "bytes": 13000,
    "created_at": 1716963433,
    "filename": "train.jsonl",
    "purpose": "fine-tune",
    "sample_type": "instruct",
    "source": "upload",
    "num_lines": 2,
    "mimetype": "application/jsonl",
    "signature": None,
}
COMPLETION_JOB = {
    "id": JOB_ID,
    "auto_start": False,
    "model": "open-mistral-7b",
    "status": "QUEUED",
    "created_at": 1716963433,
    "modified_at": 1716963433,
    "training_files": [FILE_ID],
    "object": "job",
    "job_type": "completion",
    "hyperparameters": {"training_steps": 10, "learning_rate": 0.0001},
}
CLASSIFIER_JOB = {
    **COMPLETION_JOB,
    "job_type": "classifier",
    "hyperparameters": {"training_steps": 10, "learning_rate": 0.0001},
}
DETAILED_JOB = {**COMPLETION_JOB, "events": [], "checkpoints": []}
DRY_RUN = {"object": "job.metadata", "details": "ok", "expected_duration_seconds": 220, "cost": 10, "cost_currency": "EUR"}
BATCH_JOB = {
    "id": JOB_ID,
    "object": "batch",
    "input_files": [FILE_ID],
    "metadata": {"team": "a"},
    "endpoint": "/v1/chat/completions",
    "model": "mistral-small-latest",
    "errors": [],
    "status": "QUEUED",
    "created_at": 1716963433,
    "total_requests": 2,
    "completed_requests": 0,
    "succeeded_requests": 0,
    "failed_requests": 0,
}
FT_MODEL_OUT = {
    "id": FT_MODEL,
    "object": "model",
    "created": 1716963433,
    "owned_by": "org",
    "workspace_id": "ws",
    "root": "open-mistral-7b",
    "root_version": "0.1",
    "archived": False,
    "name": "renamed",
    "description": "better",
    "capabilities": {"completion_chat": True},
    "job": JOB_ID,
    "model_type": "completion",
}
MODERATION = {
    "id": "mod-1",
    "model": "mistral-moderation-latest",
    "results": [{"categories": {"sexual": False}, "category_scores": {"sexual": 0.001}}],
}
CLASSIFICATION = {"id": "cls-1", "model": "ft:classifier:1", "results": [{"intent": {"scores": {"buy": 0.9, "sell": 0.1}}}]}
OCR = {
    "pages": [{"index": 0, "markdown": "# Title", "images": [], "dimensions": {"dpi": 200, "height": 2200, "width": 1700}}],
    "model": "mistral-ocr-latest",
    "usage_info": {"pages_processed": 1, "doc_size_bytes": 1024},
}
TRANSCRIPTION = {
    "model": "voxtral-mini-2507",
    "text": "Hello world.",
    "language": "en",
    "segments": [{"type": "transcription_segment", "text": "Hello world.", "start": 0.0, "end": 1.2}],
    "usage": {"prompt_tokens": 4, "completion_tokens": 3, "total_tokens": 7, "prompt_audio_seconds": 2},
}
MESSAGES = [{"role": "user", "content": "Hi"}]


# --- helpers --------------------------------------------------------------------------------------


def resolve(client: Any, dotted: str) -> Callable[..., Any]:
    target = client
    for name in dotted.split("."):
        target = getattr(target, name)
    return target


def invoke(kind: str, script: Script, dotted: str, /, **kwargs: Any) -> Any:
    """Call ``client.<dotted>(**kwargs)`` on a sync or an async client wired to ``script``."""
    if kind == "sync":
        return resolve(make_client(script), dotted)(**kwargs)

    async def run() -> Any:
        return await resolve(make_async_client(script), dotted)(**kwargs)

    return asyncio.run(run())


class Part(NamedTuple):
    name: str
    filename: Optional[str]
    content_type: Optional[str]
    content: bytes


def multipart_parts(request: httpx2.Request) -> list[Part]:
    """The parts of a multipart/form-data request body, in order."""
    ctype = request.headers["content-type"]
    assert ctype.startswith("multipart/form-data; boundary="), ctype
    boundary = ctype.split("boundary=", 1)[1].encode()
    chunks = request.content.split(b"--" + boundary)
    assert chunks[0] == b"" and chunks[-1] == b"--\r\n"
    parts = []
    for raw in chunks[1:-1]:
        assert raw.startswith(b"\r\n") and raw.endswith(b"\r\n")
        head, _, content = raw[2:-2].partition(b"\r\n\r\n")
        headers = dict(line.split(": ", 1) for line in head.decode().split("\r\n"))
        disposition = headers["Content-Disposition"]
        name = re.search(r'(?:^|; )name="([^"]*)"', disposition).group(1)
        filename = re.search(r'; filename="([^"]*)"', disposition)
        parts.append(Part(name, filename.group(1) if filename else None, headers.get("Content-Type"), content))
    return parts


def form_fields(request: httpx2.Request) -> list[tuple[str, str]]:
    return [(p.name, p.content.decode()) for p in multipart_parts(request) if p.filename is None]


def query_of(request: httpx2.Request) -> list[tuple[str, str]]:
    return sorted(request.url.params.multi_items())


def json_body(request: httpx2.Request) -> Any:
    return json.loads(request.content) if request.content else None


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> str:
    return request.param


# --- JSON operations: one table -----------------------------------------------------------------


class Case(NamedTuple):
    id: str
    method: str  # client attribute path
    kwargs: dict
    reply: Any
    http_method: str
    path: str
    query: list
    body: Any
    check: Callable[[Any], bool]


def _dt() -> datetime:
    return datetime(2025, 1, 2, 3, 4, 5, tzinfo=timezone.utc)


CASES = [
    # models (fine-tuned model management)
    Case(
        "models.update", "models.update", {"model_id": FT_MODEL, "name": "renamed", "description": "better"},
        FT_MODEL_OUT, "PATCH", "/v1/fine_tuning/models/ft%3Aopen-mistral-7b%3A587a6b29%3A20240514%3A7e773925", [],
        {"name": "renamed", "description": "better"},
        lambda r: isinstance(r, t.CompletionFTModelOut) and r.name == "renamed",
    ),
    Case(
        "models.update-classifier", "models.update", {"model_id": "m1", "name": "x"},
        {**FT_MODEL_OUT, "model_type": "classifier", "classifier_targets": []},
        "PATCH", "/v1/fine_tuning/models/m1", [], {"name": "x"},
        lambda r: isinstance(r, t.ClassifierFTModelOut),
    ),
    Case(
        "models.archive", "models.archive", {"model_id": "m1"}, {"id": "m1", "object": "model", "archived": True},
        "POST", "/v1/fine_tuning/models/m1/archive", [], None,
        lambda r: isinstance(r, t.ArchiveFTModelOut) and r.archived is True,
    ),
    Case(
        "models.unarchive", "models.unarchive", {"model_id": "m1"}, {"id": "m1", "object": "model", "archived": False},
        "DELETE", "/v1/fine_tuning/models/m1/archive", [], None,
        lambda r: isinstance(r, t.UnarchiveFTModelOut) and r.archived is False,
    ),
    # files (JSON operations; upload and download below)
    Case(
        "files.list", "files.list",
        {"page": 1, "page_size": 10, "include_total": True, "sample_type": ["instruct", "batch_result"],
         "source": ["upload"], "search": "train", "purpose": "fine-tune", "mimetypes": ["application/jsonl"]},
        {"data": [FILE], "object": "list", "total": 11}, "GET", "/v1/files",
        sorted([("page", "1"), ("page_size", "10"), ("include_total", "true"), ("sample_type", "instruct"),
                ("sample_type", "batch_result"), ("source", "upload"), ("search", "train"),
                ("purpose", "fine-tune"), ("mimetypes", "application/jsonl")]),
        None,
        lambda r: isinstance(r, (Page, AsyncPage)) and isinstance(r.data[0], t.FileSchema) and r.total == 11,
    ),
    Case(
        "files.list-defaults", "files.list", {}, {"data": [], "object": "list", "total": 0}, "GET", "/v1/files", [],
        None, lambda r: len(r) == 0 and r.items == [],
    ),
    Case(
        "files.retrieve", "files.retrieve", {"file_id": FILE_ID}, {**FILE, "deleted": False},
        "GET", f"/v1/files/{FILE_ID}", [], None,
        lambda r: isinstance(r, t.RetrieveFileOut) and r.deleted is False and r.filename == "train.jsonl",
    ),
    Case(
        "files.delete", "files.delete", {"file_id": FILE_ID}, {"id": FILE_ID, "object": "file", "deleted": True},
        "DELETE", f"/v1/files/{FILE_ID}", [], None, lambda r: isinstance(r, t.DeleteFileOut) and r.deleted,
    ),
    Case(
        "files.get_signed_url", "files.get_signed_url", {"file_id": FILE_ID, "expiry": 2},
        {"url": "https://files.test/x?sig=1"}, "GET", f"/v1/files/{FILE_ID}/url", [("expiry", "2")], None,
        lambda r: isinstance(r, t.FileSignedURL) and r.url.startswith("https://"),
    ),
    Case(
        "files.get_signed_url-default", "files.get_signed_url", {"file_id": FILE_ID},
        {"url": "https://files.test/x"}, "GET", f"/v1/files/{FILE_ID}/url", [], None,
        lambda r: isinstance(r, t.FileSignedURL),
    ),
    # fine-tuning jobs
    Case(
        "fine_tuning.jobs.list", "fine_tuning.jobs.list",
        {"page": 0, "page_size": 5, "model": "open-mistral-7b", "created_after": _dt(), "created_before": _dt(),
         "created_by_me": True, "status": "RUNNING", "wandb_project": "p", "wandb_name": "n", "suffix": "s"},
        {"data": [COMPLETION_JOB, CLASSIFIER_JOB], "object": "list", "total": 2}, "GET", "/v1/fine_tuning/jobs",
        sorted([("page", "0"), ("page_size", "5"), ("model", "open-mistral-7b"),
                ("created_after", "2025-01-02T03:04:05+00:00"), ("created_before", "2025-01-02T03:04:05+00:00"),
                ("created_by_me", "true"), ("status", "RUNNING"), ("wandb_project", "p"), ("wandb_name", "n"),
                ("suffix", "s")]),
        None,
        lambda r: [type(j) for j in r.data] == [t.CompletionJobOut, t.ClassifierJobOut] and r.total == 2,
    ),
    Case(
        "fine_tuning.jobs.create", "fine_tuning.jobs.create",
        {"model": "open-mistral-7b", "hyperparameters": {"training_steps": 10, "learning_rate": 0.0001},
         "training_files": [{"file_id": FILE_ID, "weight": 1}], "validation_files": [FILE_ID], "suffix": "mine",
         "integrations": [{"type": "wandb", "project": "p", "api_key": "k" * 40}], "auto_start": False,
         "invalid_sample_skip_percentage": 0.1, "job_type": "completion"},
        COMPLETION_JOB, "POST", "/v1/fine_tuning/jobs", [],
        {"model": "open-mistral-7b", "hyperparameters": {"training_steps": 10, "learning_rate": 0.0001},
         "training_files": [{"file_id": FILE_ID, "weight": 1}], "validation_files": [FILE_ID], "suffix": "mine",
         "integrations": [{"type": "wandb", "project": "p", "api_key": "k" * 40}], "auto_start": False,
         "invalid_sample_skip_percentage": 0.1, "job_type": "completion"},
        lambda r: isinstance(r, t.CompletionJobOut) and r.id == JOB_ID,
    ),
    Case(
        "fine_tuning.jobs.create-dry-run", "fine_tuning.jobs.create",
        {"model": "open-mistral-7b", "hyperparameters": {"training_steps": 1}, "dry_run": True},
        DRY_RUN, "POST", "/v1/fine_tuning/jobs", [("dry_run", "true")],
        {"model": "open-mistral-7b", "hyperparameters": {"training_steps": 1}},
        lambda r: isinstance(r, t.LegacyJobMetadataOut) and r.cost == 10,
    ),
    Case(
        "fine_tuning.jobs.get", "fine_tuning.jobs.get", {"job_id": JOB_ID}, DETAILED_JOB,
        "GET", f"/v1/fine_tuning/jobs/{JOB_ID}", [], None, lambda r: isinstance(r, t.CompletionDetailedJobOut),
    ),
    Case(
        "fine_tuning.jobs.cancel", "fine_tuning.jobs.cancel", {"job_id": JOB_ID},
        {**DETAILED_JOB, "status": "CANCELLATION_REQUESTED"}, "POST", f"/v1/fine_tuning/jobs/{JOB_ID}/cancel", [], None,
        lambda r: isinstance(r, t.CompletionDetailedJobOut) and r.status == "CANCELLATION_REQUESTED",
    ),
    Case(
        "fine_tuning.jobs.start", "fine_tuning.jobs.start", {"job_id": JOB_ID},
        {**DETAILED_JOB, "job_type": "classifier", "status": "STARTED"}, "POST",
        f"/v1/fine_tuning/jobs/{JOB_ID}/start", [], None,
        lambda r: isinstance(r, t.ClassifierDetailedJobOut) and r.status == "STARTED",
    ),
    # batch jobs
    Case(
        "batch.jobs.list", "batch.jobs.list",
        {"page": 2, "page_size": 20, "model": "mistral-small-latest", "agent_id": "ag", "metadata": {"team": "a"},
         "created_after": _dt(), "created_by_me": False, "status": ["RUNNING", "QUEUED"], "order_by": "created"},
        {"data": [BATCH_JOB], "object": "list", "total": 41}, "GET", "/v1/batch/jobs",
        sorted([("page", "2"), ("page_size", "20"), ("model", "mistral-small-latest"), ("agent_id", "ag"),
                ("team", "a"), ("created_after", "2025-01-02T03:04:05+00:00"), ("created_by_me", "false"),
                ("status", "RUNNING"), ("status", "QUEUED"), ("order_by", "created")]),
        None,
        lambda r: isinstance(r.data[0], t.BatchJobOut) and r.total == 41 and r.page_number == 2,
    ),
    Case(
        "batch.jobs.list-one-status", "batch.jobs.list", {"status": "SUCCESS"},
        {"data": [], "object": "list", "total": 0}, "GET", "/v1/batch/jobs", [("status", "SUCCESS")], None,
        lambda r: r.items == [],
    ),
    Case(
        "batch.jobs.create", "batch.jobs.create",
        {"input_files": [FILE_ID], "endpoint": "/v1/chat/completions", "model": "mistral-small-latest",
         "metadata": {"team": "a"}, "timeout_hours": 48},
        BATCH_JOB, "POST", "/v1/batch/jobs", [],
        {"input_files": [FILE_ID], "endpoint": "/v1/chat/completions", "model": "mistral-small-latest",
         "metadata": {"team": "a"}, "timeout_hours": 48},
        lambda r: isinstance(r, t.BatchJobOut) and r.status == "QUEUED",
    ),
    Case(
        "batch.jobs.create-inline", "batch.jobs.create",
        {"endpoint": "/v1/embeddings", "model": "mistral-embed",
         "requests": [{"custom_id": "0", "body": {"input": "hi"}}]},
        BATCH_JOB, "POST", "/v1/batch/jobs", [],
        {"endpoint": "/v1/embeddings", "model": "mistral-embed", "requests": [{"custom_id": "0", "body": {"input": "hi"}}]},
        lambda r: isinstance(r, t.BatchJobOut),
    ),
    Case(
        "batch.jobs.get", "batch.jobs.get", {"job_id": JOB_ID, "inline": True},
        {**BATCH_JOB, "outputs": [{"custom_id": "0"}]}, "GET", f"/v1/batch/jobs/{JOB_ID}", [("inline", "true")], None,
        lambda r: isinstance(r, t.BatchJobOut) and r.outputs == [{"custom_id": "0"}],
    ),
    Case(
        "batch.jobs.cancel", "batch.jobs.cancel", {"job_id": JOB_ID}, {**BATCH_JOB, "status": "CANCELLATION_REQUESTED"},
        "POST", f"/v1/batch/jobs/{JOB_ID}/cancel", [], None,
        lambda r: isinstance(r, t.BatchJobOut) and r.status == "CANCELLATION_REQUESTED",
    ),
    # classifiers: ``inputs`` (the SDK's name) goes out as ``input``
    Case(
        "classifiers.moderate", "classifiers.moderate", {"model": "mistral-moderation-latest", "inputs": ["a", "b"]},
        MODERATION, "POST", "/v1/moderations", [], {"model": "mistral-moderation-latest", "input": ["a", "b"]},
        lambda r: isinstance(r, t.ModerationResponse) and r.results[0].categories == {"sexual": False},
    ),
    Case(
        "classifiers.moderate-input", "classifiers.moderate",
        {"model": "mistral-moderation-latest", "input": "a", "metadata": {"k": "v"}},
        MODERATION, "POST", "/v1/moderations", [], {"model": "mistral-moderation-latest", "input": "a", "metadata": {"k": "v"}},
        lambda r: isinstance(r, t.ModerationResponse),
    ),
    Case(
        "classifiers.moderate_chat", "classifiers.moderate_chat", {"model": "mistral-moderation-latest", "inputs": MESSAGES},
        MODERATION, "POST", "/v1/chat/moderations", [], {"model": "mistral-moderation-latest", "input": MESSAGES},
        lambda r: isinstance(r, t.ModerationResponse),
    ),
    Case(
        "classifiers.classify", "classifiers.classify", {"model": "ft:classifier:1", "inputs": "I want to buy"},
        CLASSIFICATION, "POST", "/v1/classifications", [], {"model": "ft:classifier:1", "input": "I want to buy"},
        lambda r: isinstance(r, t.ClassificationResponse) and r.results[0]["intent"].scores["buy"] == 0.9,
    ),
    Case(
        "classifiers.classify_chat", "classifiers.classify_chat",
        {"model": "ft:classifier:1", "inputs": {"messages": MESSAGES}},
        CLASSIFICATION, "POST", "/v1/chat/classifications", [], {"model": "ft:classifier:1", "input": {"messages": MESSAGES}},
        lambda r: isinstance(r, t.ClassificationResponse),
    ),
    # OCR
    Case(
        "ocr.process", "ocr.process",
        {"model": "mistral-ocr-latest", "document": {"type": "document_url", "document_url": "https://x.test/a.pdf"},
         "pages": [0, 1], "include_image_base64": True, "table_format": "html", "extract_header": True,
         "document_annotation_format": {"type": "json_schema", "json_schema": {"name": "doc", "schema": {"type": "object"}}}},
        OCR, "POST", "/v1/ocr", [],
        {"model": "mistral-ocr-latest", "document": {"type": "document_url", "document_url": "https://x.test/a.pdf"},
         "pages": [0, 1], "include_image_base64": True, "table_format": "html", "extract_header": True,
         "document_annotation_format": {"type": "json_schema", "json_schema": {"name": "doc", "schema": {"type": "object"}}}},
        lambda r: isinstance(r, t.OCRResponse) and r.pages[0].markdown == "# Title",
    ),
    Case(
        "ocr.process-file-chunk", "ocr.process", {"model": None, "document": {"type": "file", "file_id": FILE_ID}},
        OCR, "POST", "/v1/ocr", [], {"model": None, "document": {"type": "file", "file_id": FILE_ID}},
        lambda r: isinstance(r, t.OCRResponse) and r.usage_info.pages_processed == 1,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_operation(kind: str, case: Case) -> None:
    script = Script(ok(case.reply))
    result = invoke(kind, script, case.method, **case.kwargs)
    [request] = script.requests
    assert request.method == case.http_method
    assert request.url.raw_path.split(b"?")[0].decode() == case.path
    assert str(request.url).startswith("https://api.test/v1/")
    assert query_of(request) == sorted(case.query)
    assert json_body(request) == case.body
    if case.body is not None:
        assert request.headers["content-type"] == "application/json"
    assert case.check(result), result


def test_every_json_method_of_these_groups_is_covered() -> None:
    covered = {c.method for c in CASES}
    expected = {
        "models.update", "models.archive", "models.unarchive",
        "files.list", "files.retrieve", "files.delete", "files.get_signed_url",
        "fine_tuning.jobs.list", "fine_tuning.jobs.create", "fine_tuning.jobs.get", "fine_tuning.jobs.cancel",
        "fine_tuning.jobs.start",
        "batch.jobs.list", "batch.jobs.create", "batch.jobs.get", "batch.jobs.cancel",
        "classifiers.moderate", "classifiers.moderate_chat", "classifiers.classify", "classifiers.classify_chat",
        "ocr.process",
    }
    assert covered == expected
    # the remaining methods (files.upload / files.download / audio.transcriptions.*) are tested below


# --- argument checks (nothing is sent) ------------------------------------------------------------


@pytest.mark.parametrize(
    "method, kwargs, error",
    [
        ("files.retrieve", {"file_id": ""}, ValueError),
        ("files.delete", {"file_id": "  "}, ValueError),
        ("files.download", {"file_id": None}, TypeError),
        ("fine_tuning.jobs.get", {"job_id": 12.5}, TypeError),
        ("batch.jobs.cancel", {"job_id": ""}, ValueError),
        ("models.archive", {"model_id": ""}, ValueError),
        ("classifiers.moderate", {"model": "m"}, TypeError),
        ("classifiers.classify", {"model": "m", "inputs": "a", "input": "b"}, TypeError),
        ("classifiers.moderate_chat", {"model": "m"}, TypeError),
        ("classifiers.classify_chat", {"model": "m"}, TypeError),
        ("audio.transcriptions.complete", {"model": "voxtral-mini-latest"}, TypeError),
        ("audio.transcriptions.stream", {"model": "v", "file": b"x", "file_id": "f"}, TypeError),
        ("batch.jobs.create", {"endpoint": "/v1/chat/completions", "timeout_hours": "long"}, ValueError),
        ("files.list", {"bogus_option": 1}, TypeError),
    ],
)
def test_bad_arguments_fail_before_sending(kind: str, method: str, kwargs: dict, error: type) -> None:
    script = Script()
    with pytest.raises(error):
        invoke(kind, script, method, **kwargs)
    assert script.requests == []


def test_path_parameters_are_encoded(kind: str) -> None:
    script = Script(ok({"id": "a/b?c", "object": "model", "archived": True}))
    invoke(kind, script, "models.archive", model_id="a/b?c d")
    assert script.requests[0].url.raw_path == b"/v1/fine_tuning/models/a%2Fb%3Fc%20d/archive"


def test_request_options_reach_the_request(kind: str) -> None:
    script = Script(ok({"url": "https://x"}))
    invoke(
        kind, script, "files.get_signed_url", file_id=FILE_ID,
        extra_headers={"X-Trace": "1"}, extra_query={"expiry": 1}, http_headers={"X-Other": "2"}, timeout=3.0,
    )
    request = script.requests[0]
    assert request.headers["x-trace"] == "1" and request.headers["x-other"] == "2"
    assert query_of(request) == [("expiry", "1")]
    assert request.extensions["timeout"]["read"] == 3.0


def test_extra_body_is_merged_into_multipart_fields(kind: str) -> None:
    script = Script(ok({**FILE}))
    invoke(kind, script, "files.upload", file=b"{}", purpose="batch", extra_body={"expiry": 3})
    assert form_fields(script.requests[0]) == [("purpose", "batch"), ("expiry", "3")]


def test_extra_body_form_values_are_encoded_like_the_method_fields(kind: str) -> None:
    script = Script(ok({**FILE}))
    extra = {"tags": ["a", "b"], "flag": True, "options": {"k": 1}}
    invoke(kind, script, "files.upload", file=b"{}", purpose="batch", extra_body=extra)
    assert form_fields(script.requests[0]) == [
        ("purpose", "batch"),
        ("tags", "a"),
        ("tags", "b"),
        ("flag", "true"),
        ("options", '{"k":1}'),
    ]


# --- raw responses ----------------------------------------------------------------------------------


def test_with_raw_response_reaches_sub_resources(kind: str) -> None:
    script = Script(ok(BATCH_JOB, headers={"x-request-id": "req-9"}))

    async def arun() -> Any:
        return await make_async_client(script).batch.with_raw_response.jobs.get(job_id=JOB_ID)

    raw = make_client(script).batch.with_raw_response.jobs.get(job_id=JOB_ID) if kind == "sync" else asyncio.run(arun())
    assert raw.request_id == "req-9"
    assert isinstance(raw.parse(), t.BatchJobOut)


def test_raw_list_parses_to_a_page(kind: str) -> None:
    script = Script(ok({"data": [FILE], "object": "list", "total": 1}, headers={"x-request-id": "r"}))

    async def arun() -> Any:
        return await make_async_client(script).files.with_raw_response.list()

    raw = make_client(script).files.with_raw_response.list() if kind == "sync" else asyncio.run(arun())
    page = raw.parse()
    assert isinstance(page, Page if kind == "sync" else AsyncPage)
    assert page.total == 1 and page.items[0].id == FILE_ID
    assert not page.has_next_page()


# --- audio transcriptions ---------------------------------------------------------------------------


def test_transcription_complete_with_a_file(kind: str, tmp_path: Path) -> None:
    audio = tmp_path / "speech.mp3"
    audio.write_bytes(b"ID3-fake-mp3-bytes")
    script = Script(ok(TRANSCRIPTION))
    result = invoke(
        kind, script, "audio.transcriptions.complete",
        model="voxtral-mini-latest", file=audio, language="en", temperature=0.2, diarize=True,
        context_bias=["Chicago", "Obama"], timestamp_granularities=["segment", "word"],
    )
    request = script.requests[0]
    assert (request.method, request.url.path) == ("POST", "/v1/audio/transcriptions")
    assert request.headers["accept"] == "*/*"  # httpx2 default: JSON calls need no Accept header
    assert form_fields(request) == [
        ("model", "voxtral-mini-latest"),
        ("language", "en"),
        ("temperature", "0.2"),
        ("diarize", "true"),
        ("context_bias", "Chicago"),
        ("context_bias", "Obama"),
        ("timestamp_granularities", "segment"),
        ("timestamp_granularities", "word"),
    ]
    [file_part] = [p for p in multipart_parts(request) if p.filename is not None]
    assert file_part == Part("file", "speech.mp3", "audio/mpeg", b"ID3-fake-mp3-bytes")
    assert isinstance(result, t.TranscriptionResponse)
    assert result.text == "Hello world." and result.segments[0].end == 1.2


@pytest.mark.parametrize("source", [{"file_url": "https://x.test/a.mp3"}, {"file_id": FILE_ID}])
def test_transcription_complete_from_url_or_file_id(kind: str, source: dict) -> None:
    script = Script(ok(TRANSCRIPTION))
    invoke(kind, script, "audio.transcriptions.complete", model="voxtral-mini-latest", **source)
    request = script.requests[0]
    # still multipart/form-data, as the spec requires, although no file is sent
    assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert form_fields(request) == [("model", "voxtral-mini-latest"), *source.items()]


def _sse_reply(body: bytes) -> Callable[[httpx2.Request], httpx2.Response]:
    return lambda request: httpx2.Response(200, headers={"content-type": "text/event-stream"}, content=body)


def test_transcription_stream_yields_typed_events(kind: str) -> None:
    body = (FIXTURES / "transcription_stream.sse").read_bytes()
    script = Script(_sse_reply(body))
    audio = ("speech.wav", b"RIFF....WAVE", "audio/wav")

    if kind == "sync":
        stream = make_client(script).audio.transcriptions.stream(model="voxtral-mini-latest", file=audio, language="en")
        assert isinstance(stream, Stream)
        with stream:
            events = list(stream)
    else:

        async def run() -> list:
            stream = await make_async_client(script).audio.transcriptions.stream(
                model="voxtral-mini-latest", file=audio, language="en"
            )
            assert isinstance(stream, AsyncStream)
            async with stream:
                return [event async for event in stream]

        events = asyncio.run(run())
        stream = None
    request = script.requests[0]
    assert request.headers["accept"] == "text/event-stream"
    assert form_fields(request) == [("model", "voxtral-mini-latest"), ("language", "en"), ("stream", "true")]
    assert [p for p in multipart_parts(request) if p.filename] == [Part("file", "speech.wav", "audio/wav", b"RIFF....WAVE")]
    assert all(isinstance(e, t.TranscriptionStreamEvents) for e in events)
    assert [e.event for e in events] == [
        "transcription.language",
        "transcription.text.delta",
        "transcription.text.delta",
        "transcription.segment",
        "transcription.done",
    ]
    language, delta1, delta2, segment, done = (e.data for e in events)
    assert isinstance(language, t.TranscriptionStreamLanguage) and language.audio_language == "en"
    assert isinstance(delta1, t.TranscriptionStreamTextDelta)
    assert delta1.text + delta2.text == "This week, I traveled to Chicago."
    assert isinstance(segment, t.TranscriptionStreamSegmentDelta) and segment.end == 2.4
    assert isinstance(done, t.TranscriptionStreamDone)
    assert done.text == "This week, I traveled to Chicago." and done.usage.total_tokens == 16
    if stream is not None:
        assert stream.completed


def test_transcription_stream_events_without_type_or_name(kind: str) -> None:
    body = (
        b"event: transcription.text.delta\ndata: {\"text\": \"Hi\"}\n\n"
        b"data: {\"type\": \"transcription.done\", \"model\": \"v\", \"text\": \"Hi\", \"language\": null, "
        b"\"usage\": {\"prompt_tokens\": 1, \"completion_tokens\": 1, \"total_tokens\": 2}}\n\n"
    )
    script = Script(_sse_reply(body))
    if kind == "sync":
        events = list(make_client(script).audio.transcriptions.stream(model="v", file_id=FILE_ID))
    else:

        async def run() -> list:
            stream = await make_async_client(script).audio.transcriptions.stream(model="v", file_id=FILE_ID)
            return [e async for e in stream]

        events = asyncio.run(run())
    assert [e.event for e in events] == ["transcription.text.delta", "transcription.done"]
    assert isinstance(events[0].data, t.TranscriptionStreamTextDelta)
    assert isinstance(events[1].data, t.TranscriptionStreamDone)


def test_transcription_stream_cut_before_done_raises(kind: str) -> None:
    from mistralkit import APIConnectionError

    body = (FIXTURES / "transcription_stream.sse").read_bytes()
    cut = body[: body.index(b"event: transcription.done")]
    script = Script(_sse_reply(cut))
    with pytest.raises(APIConnectionError, match="without its end marker"):
        if kind == "sync":
            list(make_client(script).audio.transcriptions.stream(model="v", file_id=FILE_ID))
        else:

            async def run() -> None:
                stream = await make_async_client(script).audio.transcriptions.stream(model="v", file_id=FILE_ID)
                async for _ in stream:
                    pass

            asyncio.run(run())


# --- downloads: the method ------------------------------------------------------------------------


def test_download_request_and_binary_result(kind: str) -> None:
    script = Script(lambda r: httpx2.Response(200, content=b"line1\nline2\n", headers={"content-type": "application/octet-stream"}))
    if kind == "sync":
        with make_client(script).files.download(file_id=FILE_ID) as response:
            assert isinstance(response, BinaryResponse)
            data = response.read()
    else:

        async def run() -> bytes:
            async with await make_async_client(script).files.download(file_id=FILE_ID) as response:
                assert isinstance(response, AsyncBinaryResponse)
                return await response.read()

        data = asyncio.run(run())
    request = script.requests[0]
    assert (request.method, request.url.path) == ("GET", f"/v1/files/{FILE_ID}/content")
    assert request.headers["accept"] == "*/*"
    assert data == b"line1\nline2\n"
