"""Binary responses (file downloads): read whole, or streamed in chunks in constant memory.

The connection stays open until the body has been read, written out, or the response is closed;
use it in a ``with`` block (``async with``) when you may stop early.
"""

from __future__ import annotations

import inspect
import os
from typing import IO, TYPE_CHECKING, Any, AsyncIterator, Iterator, Optional, Union

import httpx2

from . import _errors
from ._response import request_id_of

if TYPE_CHECKING:
    from ._request import Call

__all__ = ["BinaryResponse", "AsyncBinaryResponse", "DEFAULT_CHUNK_SIZE"]

DEFAULT_CHUNK_SIZE = 1024 * 1024
Destination = Union[str, "os.PathLike[str]", IO[bytes], Any]


class _BinaryBase:
    """What the sync and async binary responses share: metadata and error translation."""

    def __init__(self, response: httpx2.Response, call: "Call") -> None:
        self.http_response = response
        self._call = call

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx2.Headers:
        return self.http_response.headers

    @property
    def request_id(self) -> Optional[str]:
        return request_id_of(self.http_response.headers)

    @property
    def content_type(self) -> Optional[str]:
        return self.http_response.headers.get("content-type")

    @property
    def content_length(self) -> Optional[int]:
        """The size announced by the server (``Content-Length``), if any."""
        value = self.http_response.headers.get("content-length")
        return int(value) if value and value.isdigit() else None

    @property
    def file_name(self) -> Optional[str]:
        """The file name from ``Content-Disposition``, if the server sent one."""
        disposition = self.http_response.headers.get("content-disposition", "")
        for part in disposition.split(";"):
            key, _, value = part.strip().partition("=")
            if key.lower() == "filename" and value:
                return os.path.basename(value.strip().strip('"'))
        return None

    @property
    def is_closed(self) -> bool:
        return self.http_response.is_closed

    def _translate(self, exc: Exception) -> Exception:
        call = self._call
        url = str(self.http_response.request.url)
        if isinstance(exc, httpx2.TimeoutException):
            return _errors.APITimeoutError(f"{call.method} {call.path}: the download timed out", method=call.method, url=url)
        if isinstance(exc, httpx2.TransportError):
            return _errors.APIConnectionError(
                f"{call.method} {call.path}: the download was interrupted ({type(exc).__name__}: {exc})",
                method=call.method,
                url=url,
            )
        return exc

    def __repr__(self) -> str:
        return (
            f"<{type(self).__name__} [{self.status_code}] content_type={self.content_type!r} "
            f"content_length={self.content_length} request_id={self.request_id!r}>"
        )


def _open_target(destination: Destination) -> tuple[Any, Optional[str]]:
    """(writable binary file, path we created or None)."""
    if isinstance(destination, (str, os.PathLike)):
        path = os.fspath(destination)
        return open(path, "wb"), path
    if not callable(getattr(destination, "write", None)):
        raise TypeError(f"write_to() needs a path or a binary file object, not {type(destination).__name__}")
    mode = getattr(destination, "mode", None)
    if isinstance(mode, str) and mode and "b" not in mode:
        raise TypeError(f"write_to() needs a file open in binary mode, not {mode!r}")
    return destination, None


def _discard(handle: Any, path: Optional[str]) -> None:
    # A download that failed halfway leaves no partial file behind at a path we created.
    if path is not None:
        handle.close()
        try:
            os.unlink(path)
        except OSError:
            pass


class BinaryResponse(_BinaryBase):
    """A downloaded file: ``read()`` / ``content`` for the whole body, ``iter_bytes()`` or
    ``write_to(path_or_file)`` to stream it in constant memory. Close it (or use ``with``) when
    you do not read it to the end."""

    def read(self) -> bytes:
        """The whole body (read once, then kept); releases the connection."""
        try:
            return self.http_response.read()
        except Exception as exc:
            translated = self._translate(exc)
            if translated is exc:
                raise
            raise translated from exc
        finally:
            self.http_response.close()

    @property
    def content(self) -> bytes:
        return self.read()

    @property
    def text(self) -> str:
        self.read()
        return self.http_response.text

    def iter_bytes(self, chunk_size: Optional[int] = DEFAULT_CHUNK_SIZE) -> Iterator[bytes]:
        """The body in chunks of ``chunk_size`` bytes (the last may be shorter); releases the connection."""
        try:
            yield from self.http_response.iter_bytes(chunk_size)
        except Exception as exc:
            translated = self._translate(exc)
            if translated is exc:
                raise
            raise translated from exc
        finally:
            self.http_response.close()

    def __iter__(self) -> Iterator[bytes]:
        return self.iter_bytes()

    def write_to(self, destination: Destination, *, chunk_size: int = DEFAULT_CHUNK_SIZE) -> int:
        """Stream the body to a path or a binary file object; returns the number of bytes written."""
        handle, path = _open_target(destination)
        written = 0
        try:
            for piece in self.iter_bytes(chunk_size):
                handle.write(piece)
                written += len(piece)
        except BaseException:
            _discard(handle, path)
            raise
        if path is not None:
            handle.close()
        return written

    def close(self) -> None:
        """Release the connection without reading the rest; safe to call more than once."""
        self.http_response.close()

    def __enter__(self) -> "BinaryResponse":
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self.close()


class AsyncBinaryResponse(_BinaryBase):
    """A downloaded file (async): ``await read()`` for the whole body, ``aiter_bytes()`` or
    ``await write_to(path_or_file)`` to stream it in constant memory; ``async with`` closes it."""

    async def read(self) -> bytes:
        """The whole body (read once, then kept); releases the connection."""
        try:
            return await self.http_response.aread()
        except Exception as exc:
            translated = self._translate(exc)
            if translated is exc:
                raise
            raise translated from exc
        finally:
            await self.http_response.aclose()

    aread = read

    @property
    def content(self) -> bytes:
        """The body, once ``await read()`` has run."""
        try:
            return self.http_response.content
        except httpx2.ResponseNotRead:
            raise RuntimeError("The body has not been read: call `await response.read()` first") from None

    async def aiter_bytes(self, chunk_size: Optional[int] = DEFAULT_CHUNK_SIZE) -> AsyncIterator[bytes]:
        """The body in chunks of ``chunk_size`` bytes (the last may be shorter); releases the connection."""
        try:
            async for piece in self.http_response.aiter_bytes(chunk_size):
                yield piece
        except Exception as exc:
            translated = self._translate(exc)
            if translated is exc:
                raise
            raise translated from exc
        finally:
            await self.http_response.aclose()

    iter_bytes = aiter_bytes

    def __aiter__(self) -> AsyncIterator[bytes]:
        return self.aiter_bytes()

    async def write_to(self, destination: Destination, *, chunk_size: int = DEFAULT_CHUNK_SIZE) -> int:
        """Stream the body to a path or a binary file object (whose ``write`` may be a coroutine);
        returns the number of bytes written."""
        handle, path = _open_target(destination)
        written = 0
        try:
            async for piece in self.aiter_bytes(chunk_size):
                outcome = handle.write(piece)
                if inspect.isawaitable(outcome):
                    await outcome
                written += len(piece)
        except BaseException:
            _discard(handle, path)
            raise
        if path is not None:
            handle.close()
        return written

    async def close(self) -> None:
        """Release the connection without reading the rest; safe to call more than once."""
        await self.http_response.aclose()

    aclose = close

    async def __aenter__(self) -> "AsyncBinaryResponse":
        return self

    async def __aexit__(self, *exc_info: Any) -> None:
        await self.close()

