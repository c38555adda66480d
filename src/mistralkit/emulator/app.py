"""Assembly of the emulator's Starlette application."""

from __future__ import annotations

import contextlib
import functools
import os
import time
from collections.abc import AsyncIterator, Callable, Mapping
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from . import (
    agents,
    audio,
    batch,
    chat,
    classifiers,
    conversations,
    embeddings,
    files,
    fim,
    fine_tuning,
    libraries,
    models,
    ocr,
    sharing,
)
from . import documents as library_documents
from . import speech_api, versioned
from .errors import APIError
from .faults import Fault
from .middleware import EmulatorMiddleware
from .ratelimit import RateLimit
from .responses import json_response
from .routes import Handler, build_routes
from .spec import load_spec, operations
from .state import MAX_FILE_BYTES, EmulatorState
from .tokenizer import preload as preload_tokenizer
from .validation import registry

HANDLERS: dict[str, Handler] = {
    "list_models_v1_models_get": models.list_models,
    "retrieve_model_v1_models__model_id__get": models.retrieve_model,
    "delete_model_v1_models__model_id__delete": models.delete_model,
    "chat_completion_v1_chat_completions_post": chat.chat_completion,
    "fim_completion_v1_fim_completions_post": fim.fim_completion,
    "embeddings_v1_embeddings_post": embeddings.create_embeddings,
    "moderations_v1_moderations_post": classifiers.moderations,
    "chat_moderations_v1_chat_moderations_post": classifiers.chat_moderations,
    "classifications_v1_classifications_post": classifiers.classifications,
    "chat_classifications_v1_chat_classifications_post": classifiers.chat_classifications,
    "ocr_v1_ocr_post": ocr.ocr,
    "audio_api_v1_transcriptions_post": audio.transcribe,
    "audio_api_v1_transcriptions_post_stream": audio.transcribe,
    "speech_v1_audio_speech_post": speech_api.speech,
    "files_api_routes_upload_file": files.upload_file,
    "files_api_routes_list_files": files.list_files,
    "files_api_routes_retrieve_file": files.retrieve_file,
    "files_api_routes_delete_file": files.delete_file,
    "files_api_routes_download_file": files.download_file,
    "files_api_routes_get_signed_url": files.get_signed_url,
    "agents_api_v1_agents_create": agents.create_agent,
    "agents_api_v1_agents_list": agents.list_agents,
    "agents_api_v1_agents_list_pages": agents.list_agents_pages,
    "agents_api_v1_agents_get": agents.get_agent,
    "agents_api_v1_agents_update": agents.update_agent,
    "agents_api_v1_agents_delete": agents.delete_agent,
    "agents_api_v1_agents_update_version": agents.update_agent_version,
    "agents_api_v1_agents_list_versions": agents.list_agent_versions,
    "agents_api_v1_agents_get_version": agents.get_agent_version,
    "agents_api_v1_agents_create_or_update_alias": agents.create_or_update_alias,
    "agents_api_v1_agents_list_version_aliases": agents.list_aliases,
    "agents_api_v1_agents_delete_alias": agents.delete_alias,
    "agents_completion_v1_agents_completions_post": agents.agents_completion,
    "agents_api_v1_conversations_start": conversations.start_conversation,
    "agents_api_v1_conversations_start_stream": conversations.start_conversation,
    "agents_api_v1_conversations_list": conversations.list_conversations,
    "agents_api_v1_conversations_get": conversations.get_conversation,
    "agents_api_v1_conversations_delete": conversations.delete_conversation,
    "agents_api_v1_conversations_append": conversations.append_conversation,
    "agents_api_v1_conversations_append_stream": conversations.append_conversation,
    "agents_api_v1_conversations_restart": conversations.restart_conversation,
    "agents_api_v1_conversations_restart_stream": conversations.restart_conversation,
    "agents_api_v1_conversations_history": conversations.conversation_history,
    "agents_api_v1_conversations_messages": conversations.conversation_messages,
    "libraries_list_v1": libraries.list_libraries,
    "libraries_create_v1": libraries.create_library,
    "libraries_get_v1": libraries.get_library_handler,
    "libraries_update_v1": libraries.update_library,
    "libraries_patch_v1": libraries.update_library,  # only the fields sent change, as PATCH means
    "libraries_delete_v1": libraries.delete_library,
    "libraries_documents_list_v1": library_documents.list_documents,
    "libraries_documents_upload_v1": library_documents.upload_document,
    "libraries_documents_get_v1": library_documents.get_document_handler,
    "libraries_documents_update_v1": library_documents.update_document,
    "libraries_documents_patch_v1": library_documents.update_document,
    "libraries_documents_delete_v1": library_documents.delete_document,
    "libraries_documents_get_text_content_v1": library_documents.text_content,
    "libraries_documents_get_status_v1": library_documents.status,
    "libraries_documents_get_signed_url_v1": library_documents.signed_url,
    "libraries_documents_get_extracted_text_signed_url_v1": library_documents.extracted_text_signed_url,
    "libraries_documents_reprocess_v1": library_documents.reprocess,
    "libraries_share_list_v1": sharing.list_shares,
    "libraries_share_create_v1": sharing.share,
    "libraries_share_delete_v1": sharing.unshare,
    "jobs_api_routes_batch_get_batch_jobs": batch.list_batch_jobs,
    "jobs_api_routes_batch_create_batch_job": batch.create_batch_job,
    "jobs_api_routes_batch_get_batch_job": batch.get_batch_job,
    "jobs_api_routes_batch_cancel_batch_job": batch.cancel_batch_job,
    "jobs_api_routes_batch_delete_batch_job": batch.delete_batch_job,
    "jobs_api_routes_fine_tuning_get_fine_tuning_jobs": fine_tuning.list_jobs,
    "jobs_api_routes_fine_tuning_create_fine_tuning_job": fine_tuning.create_job,
    "jobs_api_routes_fine_tuning_get_fine_tuning_job": fine_tuning.get_job,
    "jobs_api_routes_fine_tuning_cancel_fine_tuning_job": fine_tuning.cancel_job,
    "jobs_api_routes_fine_tuning_start_fine_tuning_job": fine_tuning.start_job,
    "jobs_api_routes_fine_tuning_update_fine_tuned_model": fine_tuning.update_model,
    "jobs_api_routes_fine_tuning_archive_fine_tuned_model": fine_tuning.archive_model,
    "jobs_api_routes_fine_tuning_unarchive_fine_tuned_model": fine_tuning.unarchive_model,
    **versioned.handlers(),
}


@functools.lru_cache(maxsize=1)
def _resource_engine_handlers() -> dict[str, Handler]:
    # The engine keeps no per-app state (items live in each app's store): built once per process.
    from .resource_engine import resource_handlers

    return resource_handlers(set(HANDLERS))


def all_handlers() -> dict[str, Handler]:
    """The hand-written handlers, then the resource engine's for every other operation."""
    return {**HANDLERS, **_resource_engine_handlers()}


def implemented_operations() -> list[str]:
    """Operation ids the emulator implements; every other one answers 501."""
    handlers = all_handlers()
    return [op.operation_id for op in operations() if op.operation_id in handlers]


def warm_up() -> float:
    """Load the contract and compile the validators now; returns seconds spent."""
    from .validation import validator_for

    start = time.perf_counter()
    load_spec()
    registry()
    for op in operations():
        v = validator_for(op.operation_id)
        if op.operation_id in HANDLERS and v.body_check is not None:
            v.body_check({})  # compiles the fast check and touches its refs
    return time.perf_counter() - start


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    if exc.status_code == 404:
        err = APIError(404, f"Not Found: no route for {request.method} {request.url.path}", type="not_found")
    elif exc.status_code == 405:
        err = APIError(405, f"Method Not Allowed: {request.method} {request.url.path}", type="method_not_allowed")
    else:
        err = APIError(exc.status_code, str(exc.detail))
    response = err.response()
    for key, value in (exc.headers or {}).items():
        response.headers[key] = value
    return response


async def _api_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, APIError)
    return exc.response()


async def _server_error(request: Request, exc: Exception) -> Response:
    return APIError(500, "Internal server error", type="internal_server_error", code="3000").response()


async def _health(request: Request) -> Response:
    return json_response({"status": "ok"})


def create_app(
    data_dir: str | os.PathLike[str] | None = None,
    api_key: str | None = None,
    faults: str | Mapping[str, Any] | Fault | None = None,
    rate_limit: str | RateLimit | tuple[int, float] | None = None,
    *,
    max_file_size: int = MAX_FILE_BYTES,
    image_ocr: Callable[[bytes], Any] | None = None,
    fetch_timeout: float = 5.0,
    job_speed: float = 1.0,
    engine: str | None = None,
) -> Starlette:
    """Create the emulator as an ASGI application.

    Args:
        data_dir: where files and metadata are kept.  ``None`` uses a fresh
            temporary directory, deleted when the app shuts down (lifespan
            shutdown, ``app.state.emulator.close()``, or interpreter exit).
        api_key: when set, requests must send exactly this bearer key;
            otherwise any non-empty key is accepted.
        faults: a global fault, e.g. ``"rate=0.1,status=503"`` (see
            :mod:`mistralkit.emulator.faults`).  ``None`` reads the
            ``MISTRALKIT_FAULTS`` environment variable.
        rate_limit: per-key request limit such as ``"60/min"``.
        max_file_size: largest accepted upload, in bytes (default 512 MB).
        image_ocr: optional engine for OCR of images: a callable taking the
            image bytes and returning its text (default: pytesseract if
            importable).
        fetch_timeout: seconds allowed to fetch ``http(s)`` documents/audio.
        job_speed: how much faster than real time long-running jobs (batch, fine-tuning,
            document processing) run: 1.0 looks real, 100 makes a test's job finish in moments.
        engine: URL of an OpenAI-compatible inference server (vLLM, llama.cpp, Ollama) that
            generates chat, FIM, agents and conversation answers and embeddings instead of the
            emulator (see :mod:`mistralkit.emulator.engine`).

    The returned app exposes its state as ``app.state.emulator``
    (:class:`~mistralkit.emulator.state.EmulatorState`).
    """
    state = EmulatorState(
        data_dir=data_dir,
        api_key=api_key,
        faults=faults,
        rate_limit=rate_limit,
        max_file_bytes=max_file_size,
        image_ocr=image_ocr,
        fetch_timeout=fetch_timeout,
        job_speed=job_speed,
        engine=engine,
    )
    state.handlers = HANDLERS
    warm_up()
    preload_tokenizer()
    routes = [
        Route("/_emulator/health", _health, methods=["GET"]),
        Route("/_emulator/signed/files/{file_id}", files.signed_download, methods=["GET"]),
        Route("/_emulator/signed/documents/{document_id}/{part}", library_documents.signed_download, methods=["GET"]),
        *build_routes(state, all_handlers()),
    ]

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        try:
            yield
        finally:
            state.close()

    app = Starlette(
        routes=routes,
        middleware=[Middleware(EmulatorMiddleware, state=state)],
        exception_handlers={HTTPException: _http_error, APIError: _api_error, Exception: _server_error},
        lifespan=lifespan,
    )
    app.state.emulator = state
    return app
