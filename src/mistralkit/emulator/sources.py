"""Where document and audio bytes come from: data URLs, http(s), files.

* ``data:<type>;base64,<data>`` URLs are decoded;
* ``http(s)`` URLs are fetched with ``httpx2`` (short timeout, size cap); a
  URL signed by this emulator is resolved locally without a network trip;
  any fetch failure is a 400 naming the URL and the reason;
* a ``file_id`` is read from the file store.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import io
import os
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO
from urllib.parse import parse_qs, unquote_to_bytes, urlsplit

import httpx2

from .errors import APIError, bad_request, not_found
from .signing import SIGNED_PREFIX
from .state import EmulatorState

MAX_FETCH_BYTES = 100 * 1024 * 1024


@dataclass
class Source:
    """Bytes in memory, or a path on disk (never both)."""

    data: bytes | None = None
    path: Path | None = None
    name: str | None = None
    media_type: str | None = None

    @property
    def size(self) -> int:
        if self.data is not None:
            return len(self.data)
        assert self.path is not None
        return os.path.getsize(self.path)

    def head(self, n: int = 16) -> bytes:
        if self.data is not None:
            return self.data[:n]
        assert self.path is not None
        with open(self.path, "rb") as fh:
            return fh.read(n)

    def open(self) -> BinaryIO:
        if self.data is not None:
            return io.BytesIO(self.data)
        assert self.path is not None
        return open(self.path, "rb")

    def sha256(self) -> str:
        digest = hashlib.sha256()
        with self.open() as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
        return digest.hexdigest()

    def read(self) -> bytes:
        if self.data is not None:
            return self.data
        assert self.path is not None
        return self.path.read_bytes()


def from_data_url(url: str, param: str) -> Source:
    header, sep, payload = url[5:].partition(",")
    if not sep:
        raise bad_request(f"Malformed data URL in {param}", param=param)
    parts = header.split(";")
    media_type = parts[0] or "text/plain"
    try:
        if "base64" in parts[1:]:
            data = base64.b64decode(payload, validate=False)
        else:
            data = unquote_to_bytes(payload)
    except (binascii.Error, ValueError):
        raise bad_request(f"Invalid base64 data in {param}", param=param) from None
    return Source(data=data, media_type=media_type)


def from_file_id(state: EmulatorState, file_id: str) -> Source:
    record = state.store.get_file(file_id)
    if record is None:
        raise not_found(f"File {file_id} not found")
    return Source(path=state.store.file_path(file_id), name=record["filename"], media_type=record.get("mimetype"))


def _signed_local(state: EmulatorState, url: str) -> Source | None:
    parts = urlsplit(url)
    if not parts.path.startswith(SIGNED_PREFIX + "files/"):
        return None
    file_id = parts.path[len(SIGNED_PREFIX + "files/") :]
    query = parse_qs(parts.query)
    expires = query.get("expires", [""])[0] or None
    signature = query.get("signature", [""])[0] or None
    reason = state.signer.check(f"files/{file_id}", expires, signature)
    if reason is not None:
        return None  # not ours, or no longer valid: let the network decide
    try:
        return from_file_id(state, file_id)
    except APIError:
        return None


async def fetch(state: EmulatorState, url: str, param: str) -> Source:
    local = _signed_local(state, url)
    if local is not None:
        return local
    try:
        async with httpx2.AsyncClient(timeout=state.settings.fetch_timeout, follow_redirects=True) as client:
            async with client.stream("GET", url) as response:
                if response.status_code >= 400:
                    raise bad_request(f"Failed to fetch {param} {url}: HTTP {response.status_code}", param=param)
                chunks = []
                size = 0
                async for chunk in response.aiter_bytes():
                    size += len(chunk)
                    if size > MAX_FETCH_BYTES:
                        raise bad_request(
                            f"Failed to fetch {param} {url}: larger than {MAX_FETCH_BYTES} bytes", param=param
                        )
                    chunks.append(chunk)
                media_type = response.headers.get("content-type", "").split(";")[0] or None
    except APIError:
        raise
    except Exception as exc:  # network refused, DNS, timeout, TLS...
        reason = str(exc) or type(exc).__name__
        raise bad_request(f"Failed to fetch {param} {url}: {reason}", param=param) from None
    name = urlsplit(url).path.rsplit("/", 1)[-1] or None
    return Source(data=b"".join(chunks), name=name, media_type=media_type)


async def from_url(state: EmulatorState, url: str, param: str) -> Source:
    if url.startswith("data:"):
        return from_data_url(url, param)
    scheme = urlsplit(url).scheme.lower()
    if scheme in ("http", "https"):
        return await fetch(state, url, param)
    raise bad_request(f"Unsupported URL scheme in {param}: expected https, http or data", param=param)
