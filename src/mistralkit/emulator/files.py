"""``/v1/files``: upload, list, retrieve, delete, download, signed URL.

* Upload is ``multipart/form-data`` with a ``file`` part and an optional
  ``purpose`` (``fine-tune`` by default, also ``batch`` and ``ocr``).  The part
  is streamed to disk; files over the size limit (512 MB, like the service)
  get a 413.  The reply is sent only once the file is durable (see
  :mod:`.store`).
* ``sample_type`` is ``batch_request`` for batch files, ``pretrain`` for
  fine-tune JSONL whose first record has ``text`` but no ``messages``, and
  ``instruct`` otherwise.  ``num_lines`` is filled for text files (JSONL,
  JSON, CSV, plain text), ``signature`` is the first 16 hex digits of the
  content's SHA-256, ``source`` is ``upload``.
* Listing is newest first, filtered by ``purpose``, ``sample_type``,
  ``source``, ``mimetypes`` and ``search`` (a case-insensitive substring of the
  filename, or an exact id), paginated by ``page`` / ``page_size``; ``total``
  counts all matches (``null`` with ``include_total=false``).
* Download streams the bytes as ``application/octet-stream`` (as the API does;
  the stored type is the file's ``mimetype``), with their length and an
  attachment file name.  A signed URL serves the stored type.
* ``/url?expiry=H`` returns a URL valid for H hours (see :mod:`.signing`),
  served by the emulator itself without an API key.
"""

from __future__ import annotations

import json
import mimetypes
import time
import uuid
from typing import Any

import anyio.to_thread
from starlette.requests import Request
from starlette.responses import FileResponse, Response

from .errors import APIError, ValidationFailed, bad_request, not_found
from .multipart import UploadedFile
from .responses import json_response
from .routes import Call

TEXT_TYPES = ("application/jsonl", "application/json", "application/x-ndjson", "text/")
EXTRA_TYPES = {".jsonl": "application/jsonl", ".ndjson": "application/x-ndjson", ".jsonl.gz": "application/gzip"}


def _mimetype(upload: UploadedFile) -> str:
    declared = (upload.content_type or "").split(";")[0].strip().lower()
    if declared and declared != "application/octet-stream":
        return declared
    name = upload.filename.lower()
    for ext, kind in EXTRA_TYPES.items():
        if name.endswith(ext):
            return kind
    guessed, _ = mimetypes.guess_type(name)
    return guessed or "application/octet-stream"


def _sample_type(purpose: str, upload: UploadedFile) -> str:
    if purpose == "batch":
        return "batch_request"
    if purpose == "fine-tune":
        first = upload.head.split(b"\n", 1)[0]
        try:
            record = json.loads(first)
        except ValueError:
            return "instruct"
        if isinstance(record, dict) and "text" in record and "messages" not in record:
            return "pretrain"
    return "instruct"


def _public(record: dict[str, Any], **extra: Any) -> dict[str, Any]:
    out = {"object": "file", **record}
    out.update(extra)
    return out


async def upload_file(call: Call) -> Response:
    assert call.form is not None
    upload = call.form.files.get("file")
    if upload is None:
        raise ValidationFailed([{"type": "missing", "loc": ["body", "file"], "msg": "Field required", "input": None}])
    purpose = call.body.get("purpose") or "fine-tune"
    mimetype = _mimetype(upload)
    record = {
        "id": str(uuid.uuid4()),
        "bytes": upload.size,
        "created_at": int(time.time()),
        "filename": upload.filename,
        "purpose": purpose,
        "sample_type": _sample_type(purpose, upload),
        "source": "upload",
        "num_lines": upload.lines if mimetype.startswith(TEXT_TYPES) else None,
        "mimetype": mimetype,
        "signature": upload.sha256[:16],
    }
    await anyio.to_thread.run_sync(call.state.store.add_file, upload.path, record)
    return json_response(_public(record))


async def list_files(call: Call) -> Response:
    q = call.query
    page, page_size = q["page"], q["page_size"]
    if page < 0:
        raise bad_request("page must be greater than or equal to 0", param="page")
    if not 1 <= page_size <= 1000:
        raise bad_request("page_size must be between 1 and 1000", param="page_size")
    rows, total = call.state.store.list_files(
        page=page,
        page_size=page_size,
        purpose=q.get("purpose"),
        sample_types=q.get("sample_type"),
        sources=q.get("source"),
        search=q.get("search"),
        mimetypes=q.get("mimetypes"),
        include_total=bool(q.get("include_total", True)),
    )
    return json_response({"data": [_public(r) for r in rows], "object": "list", "total": total})


def _get(call: Call) -> dict[str, Any]:
    file_id = call.path["file_id"]
    record = call.state.store.get_file(file_id)
    if record is None:
        raise not_found(f"File {file_id} not found")
    return record


async def retrieve_file(call: Call) -> Response:
    return json_response(_public(_get(call), deleted=False))


async def delete_file(call: Call) -> Response:
    record = _get(call)
    await anyio.to_thread.run_sync(call.state.store.delete_file, record["id"])
    return json_response({"id": record["id"], "object": "file", "deleted": True})


def _file_response(state: Any, record: dict[str, Any], media_type: str | None = None) -> Response:
    path = state.store.file_path(record["id"])
    return FileResponse(
        path,
        media_type=media_type or record.get("mimetype") or "application/octet-stream",
        filename=record["filename"],
        stat_result=path.stat(),
    )


async def download_file(call: Call) -> Response:
    # The API serves every file as application/octet-stream (the stored type is in the
    # file's metadata); the official clients refuse any other type here.
    return _file_response(call.state, _get(call), "application/octet-stream")


async def get_signed_url(call: Call) -> Response:
    record = _get(call)
    hours = call.query.get("expiry")
    hours = 24 if hours is None else hours
    if hours < 0:
        raise bad_request("expiry must be greater than or equal to 0", param="expiry")
    expires = int(time.time()) + hours * 3600
    base = str(call.request.base_url).rstrip("/")
    return json_response({"url": base + call.state.signer.sign(f"files/{record['id']}", expires)})


async def signed_download(request: Request) -> Response:
    """The unauthenticated target of signed URLs."""
    state = request.app.state.emulator
    file_id = request.path_params["file_id"]
    reason = state.signer.check(
        f"files/{file_id}", request.query_params.get("expires"), request.query_params.get("signature")
    )
    if reason is not None:
        return APIError(403, f"Forbidden: {reason}", type="forbidden").response()
    record = state.store.get_file(file_id)
    if record is None:
        return APIError(404, f"File {file_id} not found", type="not_found").response()
    return _file_response(state, record)
