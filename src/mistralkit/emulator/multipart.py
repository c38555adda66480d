"""A streaming ``multipart/form-data`` parser.

File parts go straight to a temporary file on disk, chunk by chunk, while
their size, SHA-256 and line count are computed; nothing holds a whole upload
in memory.  A file part over ``max_file_bytes`` stops the parse with a 413.
Text fields are kept in memory up to ``max_field_bytes`` each.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote

from .errors import APIError, ValidationFailed

MAX_FIELD_BYTES = 1 << 20
MAX_HEADER_BYTES = 16 << 10


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
        try:
            self.path.unlink()
        except FileNotFoundError:
            pass


@dataclass
class FormData:
    fields: dict[str, list[str]] = field(default_factory=dict)
    files: dict[str, UploadedFile] = field(default_factory=dict)

    def discard(self) -> None:
        for f in self.files.values():
            f.discard()


def _params(header_value: str) -> tuple[str, dict[str, str]]:
    """Split ``form-data; name="a"; filename="b"`` into value and parameters."""
    parts: list[str] = []
    current = []
    quoted = False
    escape = False
    for ch in header_value:
        if escape:
            current.append(ch)
            escape = False
        elif ch == "\\" and quoted:
            escape = True
        elif ch == '"':
            quoted = not quoted
            current.append(ch)
        elif ch == ";" and not quoted:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    value = parts[0].strip().lower()
    params: dict[str, str] = {}
    for item in parts[1:]:
        key, _, val = item.strip().partition("=")
        key = key.strip().lower()
        val = val.strip()
        if len(val) >= 2 and val[0] == val[-1] == '"':
            val = val[1:-1]
        if key.endswith("*"):
            charset, _, rest = val.partition("'")
            _, _, encoded = rest.partition("'")
            try:
                val = unquote(encoded, encoding=charset or "utf-8")
            except LookupError:
                val = unquote(encoded)
            key = key[:-1]
            params[key] = val  # extended form wins
        else:
            params.setdefault(key, val)
    return value, params


def boundary_of(content_type: str | None) -> bytes | None:
    if not content_type:
        return None
    value, params = _params(content_type)
    if value != "multipart/form-data" or not params.get("boundary"):
        return None
    return params["boundary"].encode("latin-1")


class _FileSink:
    def __init__(self, upload: UploadedFile, limit: int, on_too_large: Callable[[], APIError]) -> None:
        self.upload = upload
        self.limit = limit
        self.on_too_large = on_too_large
        self.fh = open(upload.path, "wb")
        self.hash = hashlib.sha256()
        self.last = b"\n"

    def write(self, data: bytes) -> None:
        if not data:
            return
        up = self.upload
        up.size += len(data)
        if up.size > self.limit:
            self.fh.close()
            up.discard()
            raise self.on_too_large()
        if len(up.head) < 4096:
            up.head += data[: 4096 - len(up.head)]
        self.fh.write(data)
        self.hash.update(data)
        up.lines += data.count(b"\n")
        self.last = data[-1:]

    def close(self) -> None:
        self.fh.flush()
        os.fsync(self.fh.fileno())
        self.fh.close()
        up = self.upload
        up.sha256 = self.hash.hexdigest()
        up.ends_with_newline = self.last == b"\n"
        if up.size and not up.ends_with_newline:
            up.lines += 1


def _too_large(limit: int) -> Callable[[], APIError]:
    def make() -> APIError:
        mb = limit / (1 << 20)
        size = f"{mb:g} MB" if mb >= 1 else f"{limit} bytes"
        return APIError(
            413, f"File too large: the maximum file size is {size}", type="invalid_request_file", code="2201"
        )

    return make


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
    form = FormData()
    delimiter = b"--" + boundary
    body_delimiter = b"\r\n" + delimiter
    buf = b""
    state = "preamble"
    sink: _FileSink | None = None
    field_name = ""
    field_value = bytearray()
    too_large = _too_large(max_file_bytes)

    def field_too_large() -> APIError:
        return APIError(413, f"Form field {field_name!r} is too large", type="invalid_request_error")

    def finish_part() -> None:
        nonlocal sink
        if sink is not None:
            sink.close()
            sink = None
        else:
            form.fields.setdefault(field_name, []).append(field_value.decode("utf-8", "replace"))

    try:
        async for chunk in chunks:
            buf += chunk
            while True:
                if state == "preamble":
                    at = buf.find(delimiter)
                    if at < 0:
                        buf = buf[-(len(delimiter) - 1) :] if len(buf) >= len(delimiter) else buf
                        break
                    buf = buf[at + len(delimiter) :]
                    state = "after_delimiter"
                if state == "after_delimiter":
                    if len(buf) < 2:
                        break
                    if buf[:2] == b"--":
                        state = "done"
                        break
                    nl = buf.find(b"\r\n")
                    if nl < 0:
                        break
                    buf = buf[nl + 2 :]
                    state = "headers"
                if state == "headers":
                    end = buf.find(b"\r\n\r\n")
                    if end < 0:
                        if len(buf) > MAX_HEADER_BYTES:
                            raise APIError(400, "Multipart part headers are too large")
                        break
                    raw_headers = buf[:end].decode("utf-8", "replace").split("\r\n")
                    buf = buf[end + 4 :]
                    headers = {}
                    for line in raw_headers:
                        name, _, value = line.partition(":")
                        headers[name.strip().lower()] = value.strip()
                    _, disp = _params(headers.get("content-disposition", ""))
                    field_name = disp.get("name", "")
                    field_value = bytearray()
                    if "filename" in disp:
                        upload = UploadedFile(
                            field=field_name,
                            filename=os.path.basename(disp["filename"].replace("\\", "/")) or "upload",
                            content_type=headers.get("content-type"),
                            path=temp_path(),
                        )
                        form.files[field_name] = upload
                        sink = _FileSink(upload, max_file_bytes, too_large)
                    else:
                        sink = None
                    state = "body"
                if state == "body":
                    at = buf.find(body_delimiter)
                    if at < 0:
                        keep = len(body_delimiter) - 1
                        if len(buf) > keep:
                            data, buf = buf[:-keep], buf[-keep:]
                            if sink is not None:
                                sink.write(data)
                            else:
                                field_value.extend(data)
                                if len(field_value) > max_field_bytes:
                                    raise field_too_large()
                        break
                    data, buf = buf[:at], buf[at + len(body_delimiter) :]
                    if sink is not None:
                        sink.write(data)
                    else:
                        field_value.extend(data)
                        if len(field_value) > max_field_bytes:
                            raise field_too_large()
                    finish_part()
                    state = "after_delimiter"
                    continue
                if state == "done":
                    buf = b""
                    break
    except BaseException:
        if sink is not None:
            try:
                sink.fh.close()
            except Exception:
                pass
        form.discard()
        raise
    if state != "done":
        if sink is not None:
            sink.fh.close()
        form.discard()
        raise ValidationFailed(
            [{"type": "value_error", "loc": ["body"], "msg": "Truncated multipart/form-data body", "input": None}]
        )
    return form
