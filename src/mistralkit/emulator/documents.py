"""``/v1/libraries/{library_id}/documents``: upload, processing, text, signed URLs.

* **Upload** (multipart, ``file``): the part is streamed to disk, its text is
  extracted (:mod:`.extract`) and cut into embedded chunks, and only then is
  the document's row committed: the 201 means the document is durable.  A
  file whose SHA-256 the library already holds is not stored again: the
  answer is the existing document, with status 200.
* **Processing** is computed from timestamps, with no background thread.  A
  document takes a nominal ``2 s + 0.5 s per page`` (3000 characters count as
  a page of text), divided by ``job_speed``: ``process_status`` is ``todo``
  for the first 20% of that time, then ``in_progress``, then ``done`` (or
  ``error`` when the text could not be extracted).  ``processing_status``
  says ``Running``, ``Completed`` or ``Failed``.  Summary, page count, token
  counts and ``last_processed_at`` appear once processing is over, and only
  completed documents are searchable.
* ``text_content`` and ``extracted-text-signed-url`` need a completed
  document (400 otherwise, with the reason of a failure).
* Signed URLs point to ``/_emulator/signed/documents/{id}/original`` or
  ``/text`` on the emulator itself, need no API key and stay valid for
  :data:`SIGNED_URL_SECONDS`.
* ``reprocess`` (204) extracts the text again and restarts the clock.
* Listing: ``search`` (case-insensitive substring of the name),
  ``filters_attributes`` (a JSON object: each attribute must equal the given
  value, or be one of the values of a list), ``sort_by`` (``created_at``,
  ``updated_at``, ``name``, ``size``, ``mime_type``, ``extension``),
  ``sort_order`` (``asc``/``desc``), ``page`` (from 0) and ``page_size``.
"""

from __future__ import annotations

import json
import math
import mimetypes
import os
import sqlite3
import time
import uuid
from pathlib import PurePosixPath
from typing import Any

import anyio.to_thread
from starlette.requests import Request
from starlette.responses import FileResponse, Response

from . import extract
from .embeddings import embed
from .errors import APIError, ValidationFailed, bad_request, not_found
from .libraries import (
    PROCESSING_LABELS,
    SEARCH_DIMS,
    document_path,
    documents_dir,
    ensure_tables,
    get_library,
    identity,
    iso,
    pack_vector,
    process_status,
    text_path,
    touch_library,
)
from .multipart import UploadedFile
from .responses import json_response
from .routes import Call
from .store import fsync_dir
from .tokenizer import count_tokens

SIGNED_URL_SECONDS = 3600
SORT_KEYS = ("created_at", "updated_at", "name", "size", "mime_type", "extension")
CHUNK_BATCH = 256
EXTRA_TYPES = {".md": "text/markdown", ".markdown": "text/markdown", ".jsonl": "application/jsonl"}


# -- helpers ------------------------------------------------------------------------


def _mimetype(upload: UploadedFile) -> str:
    declared = (upload.content_type or "").split(";")[0].strip().lower()
    if declared and declared != "application/octet-stream":
        return declared
    suffix = PurePosixPath(upload.filename.lower()).suffix
    if suffix in EXTRA_TYPES:
        return EXTRA_TYPES[suffix]
    guessed, _ = mimetypes.guess_type(upload.filename)
    return guessed or "application/octet-stream"


def _extension(name: str) -> str | None:
    suffix = PurePosixPath(name).suffix
    return suffix[1:].lower() if suffix else None


def get_document(state: Any, library_id: str, document_id: str) -> dict[str, Any]:
    get_library(state, library_id)
    rows = state.store.query(
        "SELECT * FROM library_documents WHERE id = ? AND library_id = ?", (str(document_id), str(library_id))
    )
    if not rows:
        raise not_found(f"Document {document_id} not found in library {library_id}")
    return rows[0]


def document_out(state: Any, doc: dict[str, Any], now: float | None = None) -> dict[str, Any]:
    status = process_status(doc, now)
    finished = status in ("done", "error")
    done = status == "done"
    owner, _ = identity(state)
    tokens = doc["tokens"] if done else None
    summary_tokens = doc["summary_tokens"] if done else None
    return {
        "id": doc["id"],
        "library_id": doc["library_id"],
        "hash": doc["hash"],
        "mime_type": doc["mime_type"],
        "extension": doc["extension"],
        "size": doc["size"],
        "name": doc["name"],
        "summary": doc["summary"] if done else None,
        "created_at": iso(doc["created_at"]),
        "last_processed_at": iso(doc["started_at"] + doc["duration"]) if finished else None,
        "number_of_pages": doc["pages"] if done else None,
        "process_status": status,
        "uploaded_by_id": owner,
        "uploaded_by_type": "User",
        "tokens_processing_main_content": tokens,
        "tokens_processing_summary": summary_tokens,
        "url": None,
        "attributes": json.loads(doc["attributes"]) if doc["attributes"] is not None else None,
        "processing_status": PROCESSING_LABELS[status],
        "tokens_processing_total": (tokens or 0) + (summary_tokens or 0),
    }


def _require_done(state: Any, doc: dict[str, Any]) -> None:
    status = process_status(doc)
    if status == "done":
        return
    if status == "error":
        raise bad_request(f"Document {doc['id']} could not be processed: {doc['error']}", param="document_id")
    raise bad_request(
        f"Document {doc['id']} is still being processed (process_status: {status}); try again later",
        param="document_id",
    )


# -- processing ------------------------------------------------------------------------


def _process(
    state: Any, doc_id: str, library_id: str, mime_type: str | None, extension: str | None, chunk_size: int
) -> dict[str, Any]:
    """Extract, chunk and embed one stored document (blocking).  Returns the processing columns.

    Chunks are written in batches before the caller commits the document row,
    so a document never looks completed with half of its chunks.
    """
    temp = state.store.new_temp_path()
    try:
        result = extract.extract(document_path(state, doc_id), temp, mime_type, extension)
        os.replace(temp, text_path(state, doc_id))
    finally:
        temp.unlink(missing_ok=True)
    fsync_dir(documents_dir(state))
    tokens = 0
    if result.error is None:
        batch: list[tuple[str, tuple[Any, ...]]] = []
        for index, chunk in enumerate(extract.chunks(text_path(state, doc_id), chunk_size)):
            tokens += count_tokens(chunk)
            batch.append(
                (
                    "INSERT OR REPLACE INTO library_chunks (document_id, library_id, idx, text, vector) "
                    "VALUES (?, ?, ?, ?, ?)",
                    (doc_id, library_id, index, chunk, pack_vector(embed(chunk, SEARCH_DIMS))),
                )
            )
            if len(batch) >= CHUNK_BATCH:
                state.store.transaction(batch)
                batch = []
        if batch:
            state.store.transaction(batch)
    return {
        "started_at": time.time(),
        "duration": result.nominal_seconds / state.settings.job_speed,
        "outcome": "error" if result.error else "done",
        "error": result.error,
        "pages": result.pages,
        "summary": result.summary,
        "tokens": tokens,
        "summary_tokens": count_tokens(result.summary) if result.summary else 0,
    }


def _store_upload(
    state: Any, library: dict[str, Any], upload: UploadedFile, mime_type: str
) -> tuple[dict[str, Any], bool]:
    """Store, process and commit a new document (blocking).  ``(row, created)``."""
    doc_id = str(uuid.uuid4())
    extension = _extension(upload.filename)
    os.replace(upload.path, document_path(state, doc_id))
    fsync_dir(documents_dir(state))
    try:
        processing = _process(state, doc_id, library["id"], mime_type, extension, library["chunk_size"])
        now = time.time()
        row = {
            "id": doc_id,
            "library_id": library["id"],
            "name": upload.filename,
            "hash": upload.sha256,
            "mime_type": mime_type,
            "extension": extension,
            "size": upload.size,
            "created_at": now,
            "updated_at": now,
            "attributes": None,
            **processing,
        }
        columns = list(row)
        state.store.transaction(
            [
                (
                    f"INSERT INTO library_documents ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                    tuple(row[c] for c in columns),
                ),
                touch_library(library["id"], now),
            ]
        )
        return row, True
    except sqlite3.IntegrityError:  # the same file, uploaded concurrently, won the race
        _remove(state, doc_id)
        existing = state.store.query(
            "SELECT * FROM library_documents WHERE library_id = ? AND hash = ?", (library["id"], upload.sha256)
        )
        if not existing:
            raise
        return existing[0], False
    except BaseException:
        _remove(state, doc_id)
        raise


def _remove(state: Any, doc_id: str) -> None:
    state.store.execute("DELETE FROM library_chunks WHERE document_id = ?", (doc_id,))
    document_path(state, doc_id).unlink(missing_ok=True)
    text_path(state, doc_id).unlink(missing_ok=True)


def _reprocess(state: Any, doc: dict[str, Any], chunk_size: int) -> None:
    # Until the new chunks are in, the document reads as failed (not as done with stale chunks).
    state.store.transaction(
        [
            (
                "UPDATE library_documents SET started_at = ?, duration = 0, outcome = 'error', "
                "error = 'processing was interrupted; reprocess the document' WHERE id = ?",
                (time.time(), doc["id"]),
            ),
            ("DELETE FROM library_chunks WHERE document_id = ?", (doc["id"],)),
        ]
    )
    processing = _process(state, doc["id"], doc["library_id"], doc["mime_type"], doc["extension"], chunk_size)
    now = time.time()
    columns = list(processing)
    state.store.transaction(
        [
            (
                f"UPDATE library_documents SET {', '.join(f'{c} = ?' for c in columns)}, updated_at = ? WHERE id = ?",
                (*(processing[c] for c in columns), now, doc["id"]),
            ),
        ]
    )


# -- handlers -------------------------------------------------------------------------------


async def upload_document(call: Call) -> Response:
    state = call.state
    library = get_library(state, call.path["library_id"])
    assert call.form is not None
    upload = call.form.files.get("file")
    if upload is None:
        raise ValidationFailed([{"type": "missing", "loc": ["body", "file"], "msg": "Field required", "input": None}])
    existing = state.store.query(
        "SELECT * FROM library_documents WHERE library_id = ? AND hash = ?", (library["id"], upload.sha256)
    )
    if existing:
        return json_response(document_out(state, existing[0]), status=200)
    row, created = await anyio.to_thread.run_sync(_store_upload, state, library, upload, _mimetype(upload))
    return json_response(document_out(state, row), status=201 if created else 200)


def _parse_filters(raw: str | None) -> dict[str, Any]:
    if raw is None or not raw.strip():
        return {}
    try:
        filters = json.loads(raw)
    except ValueError:
        filters = None
    if not isinstance(filters, dict):
        raise bad_request(
            'filters_attributes must be a JSON object such as {"team": "legal"} or {"year": [2023, 2024]}',
            param="filters_attributes",
        )
    return filters


def _matches(attributes: dict[str, Any] | None, filters: dict[str, Any]) -> bool:
    attributes = attributes or {}
    for key, wanted in filters.items():
        if key not in attributes:
            return False
        value = attributes[key]
        if isinstance(wanted, list) and not isinstance(value, list):
            if value not in wanted:
                return False
        elif value != wanted:
            return False
    return True


async def list_documents(call: Call) -> Response:
    state = call.state
    library = get_library(state, call.path["library_id"])
    q = call.query
    sort_by = q.get("sort_by") or "created_at"
    sort_order = (q.get("sort_order") or "desc").lower()
    if sort_by not in SORT_KEYS:
        raise bad_request(f"sort_by must be one of {', '.join(SORT_KEYS)}, got {sort_by!r}", param="sort_by")
    if sort_order not in ("asc", "desc"):
        raise bad_request(f"sort_order must be 'asc' or 'desc', got {sort_order!r}", param="sort_order")
    filters = _parse_filters(q.get("filters_attributes"))
    page, page_size = q["page"], q["page_size"]
    sql = "SELECT * FROM library_documents WHERE library_id = ?"
    args: list[Any] = [library["id"]]
    if q.get("search"):
        sql += " AND instr(lower(name), lower(?)) > 0"
        args.append(q["search"])
    rows = state.store.query(sql, args)
    if filters:
        rows = [r for r in rows if _matches(json.loads(r["attributes"]) if r["attributes"] else None, filters)]

    def key(row: dict[str, Any]) -> tuple[Any, ...]:
        value = row[sort_by]
        if isinstance(value, str):
            value = value.lower()
        return (value is None, value if value is not None else 0, row["seq"])

    rows.sort(key=key, reverse=sort_order == "desc")
    total = len(rows)
    now = time.time()
    data = [document_out(state, r, now) for r in rows[page * page_size : (page + 1) * page_size]]
    return json_response(
        {
            "pagination": {
                "total_items": total,
                "total_pages": math.ceil(total / page_size),
                "current_page": page,
                "page_size": page_size,
                "has_more": (page + 1) * page_size < total,
            },
            "data": data,
        }
    )


async def get_document_handler(call: Call) -> Response:
    doc = get_document(call.state, call.path["library_id"], call.path["document_id"])
    return json_response(document_out(call.state, doc))


async def update_document(call: Call) -> Response:
    state = call.state
    doc = get_document(state, call.path["library_id"], call.path["document_id"])
    body = call.body or {}
    if body.get("name") is not None:
        if not body["name"].strip():
            raise bad_request("name must not be empty", param="name")
        doc["name"] = body["name"]
    if body.get("attributes") is not None:
        doc["attributes"] = json.dumps(body["attributes"], ensure_ascii=False, sort_keys=True)
    doc["updated_at"] = time.time()
    state.store.execute(
        "UPDATE library_documents SET name = ?, attributes = ?, updated_at = ? WHERE id = ?",
        (doc["name"], doc["attributes"], doc["updated_at"], doc["id"]),
    )
    return json_response(document_out(state, doc))


def _delete(state: Any, doc: dict[str, Any]) -> None:
    state.store.transaction(
        [
            ("DELETE FROM library_chunks WHERE document_id = ?", (doc["id"],)),
            ("DELETE FROM library_documents WHERE id = ?", (doc["id"],)),
            touch_library(doc["library_id"], time.time()),
        ]
    )
    document_path(state, doc["id"]).unlink(missing_ok=True)
    text_path(state, doc["id"]).unlink(missing_ok=True)


async def delete_document(call: Call) -> Response:
    doc = get_document(call.state, call.path["library_id"], call.path["document_id"])
    await anyio.to_thread.run_sync(_delete, call.state, doc)
    return Response(status_code=204)


async def text_content(call: Call) -> Response:
    state = call.state
    doc = get_document(state, call.path["library_id"], call.path["document_id"])
    _require_done(state, doc)
    text = await anyio.to_thread.run_sync(text_path(state, doc["id"]).read_text, "utf-8")
    return json_response({"text": text})


async def status(call: Call) -> Response:
    doc = get_document(call.state, call.path["library_id"], call.path["document_id"])
    current = process_status(doc)
    return json_response(
        {"document_id": doc["id"], "process_status": current, "processing_status": PROCESSING_LABELS[current]}
    )


def _signed(call: Call, doc_id: str, part: str) -> str:
    expires = int(time.time()) + SIGNED_URL_SECONDS
    base = str(call.request.base_url).rstrip("/")
    return base + call.state.signer.sign(f"documents/{doc_id}/{part}", expires)


async def signed_url(call: Call) -> Response:
    doc = get_document(call.state, call.path["library_id"], call.path["document_id"])
    return json_response(_signed(call, doc["id"], "original"))


async def extracted_text_signed_url(call: Call) -> Response:
    doc = get_document(call.state, call.path["library_id"], call.path["document_id"])
    _require_done(call.state, doc)
    return json_response(_signed(call, doc["id"], "text"))


async def reprocess(call: Call) -> Response:
    state = call.state
    library = get_library(state, call.path["library_id"])
    doc = get_document(state, library["id"], call.path["document_id"])
    await anyio.to_thread.run_sync(_reprocess, state, doc, library["chunk_size"])
    return Response(status_code=204)


async def signed_download(request: Request) -> Response:
    """The unauthenticated target of documents' signed URLs (``original`` bytes or extracted ``text``)."""
    state = request.app.state.emulator
    ensure_tables(state)
    doc_id, part = request.path_params["document_id"], request.path_params["part"]
    reason = state.signer.check(
        f"documents/{doc_id}/{part}", request.query_params.get("expires"), request.query_params.get("signature")
    )
    if reason is not None:
        return APIError(403, f"Forbidden: {reason}", type="forbidden").response()
    rows = state.store.query("SELECT * FROM library_documents WHERE id = ?", (doc_id,))
    if not rows or part not in ("original", "text"):
        return APIError(404, f"Document {doc_id} not found", type="not_found").response()
    doc = rows[0]
    if part == "original":
        path = document_path(state, doc_id)
        return FileResponse(
            path,
            media_type=doc["mime_type"] or "application/octet-stream",
            filename=doc["name"],
            stat_result=path.stat(),
        )
    if process_status(doc) != "done":
        return APIError(404, f"Document {doc_id} has no extracted text", type="not_found").response()
    path = text_path(state, doc_id)
    return FileResponse(
        path, media_type="text/plain; charset=utf-8", filename=f"{doc['name']}.txt", stat_result=path.stat()
    )
