"""``multipart/form-data`` request bodies, parsed as they stream in.

The parsing is python-multipart's (the parser Starlette itself uses); this
module decides where the parts go.  File parts go straight to a temporary file
in the data directory, while their size, SHA-256, first bytes and line count
are computed; nothing holds a whole upload in memory.  The event loop only
parses: the file writes, and the ``fsync`` that makes an upload durable, run
in a worker thread.  A file part over ``max_file_bytes`` stops the parse with a
413; text fields are kept in memory up to ``max_field_bytes`` each.

A field sent twice keeps its last value for files (as Starlette's form does);
the earlier file is deleted at once.  Every temporary file is deleted when the
request ends (:meth:`FormData.discard`), whatever happened.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import anyio.to_thread
from python_multipart.exceptions import MultipartParseError
from python_multipart.multipart import MultipartParser, parse_options_header

from .errors import APIError, ValidationFailed

MAX_FIELD_BYTES = 1 << 20
HEAD_BYTES = 4096


@dataclass
class UploadedFile:
    field: str
    filename: str
    content_type: str | None
    path: Path
    size: int = 0
    sha256: str = ""
    lines: int = 0
    ends_with_newline: bool = True
    head: bytes = b""

    def discard(self) -> None:
        self.path.unlink(missing_ok=True)


@dataclass
class FormData:
    fields: dict[str, list[str]] = field(default_factory=dict)
    files: dict[str, UploadedFile] = field(default_factory=dict)
    # Every temporary file this form made, including replaced ones: all deleted by discard().
    made: list[UploadedFile] = field(default_factory=list)

    def discard(self) -> None:
        for upload in self.made:
            upload.discard()


def boundary_of(content_type: str | None) -> bytes | None:
    if not content_type:
        return None
    value, params = parse_options_header(content_type)
    boundary = params.get(b"boundary")
    if value.lower() != b"multipart/form-data" or not boundary:
        return None
    return boundary


def _too_large(limit: int) -> APIError:
    mb = limit / (1 << 20)
    size = f"{mb:g} MB" if mb >= 1 else f"{limit} bytes"
    return APIError(413, f"File too large: the maximum file size is {size}", type="invalid_request_file", code="2201")


class _Sink:
    """One file part: bytes to write (in a thread), hashed and counted as they arrive."""

    def __init__(self, upload: UploadedFile) -> None:
        self.upload = upload
        self.fh: IO[bytes] | None = None
        self.hash = hashlib.sha256()
        self.last = b"\n"
        self.pending: list[bytes] = []

    def add(self, data: bytes) -> None:
        up = self.upload
        up.size += len(data)
        if len(up.head) < HEAD_BYTES:
            up.head += data[: HEAD_BYTES - len(up.head)]
        self.hash.update(data)
        up.lines += data.count(b"\n")
        self.last = data[-1:]
        self.pending.append(data)

    # -- run in a worker thread ------------------------------------------------
    def flush(self) -> None:
        if self.fh is None:
            self.fh = open(self.upload.path, "wb")  # noqa: SIM115 - closed by finish()/abort()
        data, self.pending = b"".join(self.pending), []
        self.fh.write(data)

    def finish(self) -> None:
        self.flush()
        assert self.fh is not None
        self.fh.flush()
        os.fsync(self.fh.fileno())
        self.fh.close()

    def abort(self) -> None:
        if self.fh is not None:
            self.fh.close()


class _Parse:
    """The callbacks of python-multipart's parser, collecting one form."""

    def __init__(self, temp_path: Callable[[], Path], max_file_bytes: int, max_field_bytes: int) -> None:
        self.form = FormData()
        self.temp_path = temp_path
        self.max_file_bytes = max_file_bytes
        self.max_field_bytes = max_field_bytes
        self.header_field = bytearray()
        self.header_value = bytearray()
        self.headers: dict[bytes, bytes] = {}
        self.name = ""
        self.value = bytearray()
        self.sink: _Sink | None = None
        self.finished: list[_Sink] = []  # file parts complete, to be closed (in a thread)
        self.replaced: list[UploadedFile] = []  # earlier files of a repeated field, to delete
        self.ended = False
        self.error: APIError | None = None

    def callbacks(self) -> dict[str, Any]:
        return {
            "on_part_begin": self.part_begin,
            "on_part_data": self.part_data,
            "on_part_end": self.part_end,
            "on_header_field": lambda data, start, end: self.header_field.extend(data[start:end]),
            "on_header_value": lambda data, start, end: self.header_value.extend(data[start:end]),
            "on_header_end": self.header_end,
            "on_headers_finished": self.headers_finished,
            "on_end": self.end,
        }

    def part_begin(self) -> None:
        self.headers = {}
        self.value = bytearray()
        self.sink = None

    def header_end(self) -> None:
        self.headers[bytes(self.header_field).strip().lower()] = bytes(self.header_value).strip()
        self.header_field = bytearray()
        self.header_value = bytearray()

    def headers_finished(self) -> None:
        _, disposition = parse_options_header(self.headers.get(b"content-disposition", b""))
        self.name = disposition.get(b"name", b"").decode("utf-8", "replace")
        if b"filename" not in disposition:
            return
        filename = disposition[b"filename"].decode("utf-8", "replace")
        content_type = self.headers.get(b"content-type")
        upload = UploadedFile(
            field=self.name,
            filename=os.path.basename(filename.replace("\\", "/")) or "upload",
            content_type=content_type.decode("latin-1") if content_type else None,
            path=self.temp_path(),
        )
        self.form.made.append(upload)
        previous = self.form.files.get(self.name)
        if previous is not None:
            self.replaced.append(previous)
        self.form.files[self.name] = upload
        self.sink = _Sink(upload)

    def part_data(self, data: bytes, start: int, end: int) -> None:
        if self.error is not None or start == end:
            return
        chunk = data[start:end]
        if self.sink is not None:
            self.sink.add(chunk)
            if self.sink.upload.size > self.max_file_bytes:
                self.error = _too_large(self.max_file_bytes)
        else:
            self.value.extend(chunk)
            if len(self.value) > self.max_field_bytes:
                self.error = APIError(413, f"Form field {self.name!r} is too large", type="invalid_request_error")

    def part_end(self) -> None:
        if self.sink is not None:
            self.finished.append(self.sink)
            self.sink = None
        else:
            self.form.fields.setdefault(self.name, []).append(self.value.decode("utf-8", "replace"))

    def end(self) -> None:
        self.ended = True

    # -- disk work, run in a worker thread ----------------------------------------
    def do_io(self, sinks: list[_Sink], finished: list[_Sink], replaced: list[UploadedFile]) -> None:
        for sink in sinks:
            sink.flush()
        for sink in finished:
            sink.finish()
            up = sink.upload
            up.sha256 = sink.hash.hexdigest()
            up.ends_with_newline = sink.last == b"\n"
            if up.size and not up.ends_with_newline:
                up.lines += 1
        for upload in replaced:
            upload.discard()

    async def flush(self) -> None:
        sinks = [s for s in (self.sink,) if s is not None and s.pending]
        finished, self.finished = self.finished, []
        replaced, self.replaced = self.replaced, []
        if sinks or finished or replaced:
            await anyio.to_thread.run_sync(self.do_io, sinks, finished, replaced)

    def abort(self) -> None:
        for sink in (self.sink, *self.finished):
            if sink is not None:
                sink.abort()
        self.form.discard()


def _invalid(message: str) -> ValidationFailed:
    return ValidationFailed([{"type": "value_error", "loc": ["body"], "msg": message, "input": None}])


async def parse(
    chunks: AsyncIterator[bytes],
    content_type: str | None,
    temp_path: Callable[[], Path],
    *,
    max_file_bytes: int,
    max_field_bytes: int = MAX_FIELD_BYTES,
) -> FormData:
    """Parse a multipart body from ``chunks``; file parts go to ``temp_path()``."""
    boundary = boundary_of(content_type)
    if boundary is None:
        raise ValidationFailed(
            [
                {
                    "type": "missing",
                    "loc": ["body"],
                    "msg": "Expected a multipart/form-data body with a boundary",
                    "input": None,
                }
            ]
        )
    state = _Parse(temp_path, max_file_bytes, max_field_bytes)
    parser = MultipartParser(boundary, state.callbacks())  # type: ignore[arg-type]
    try:
        async for chunk in chunks:
            try:
                parser.write(chunk)
            except MultipartParseError as exc:
                raise _invalid(f"Invalid multipart/form-data body: {exc}") from None
            if state.error is not None:
                raise state.error
            await state.flush()
            if state.ended:
                break
        if not state.ended:
            raise _invalid("Truncated multipart/form-data body")
        await state.flush()
    except BaseException:
        state.abort()
        raise
    return state.form
