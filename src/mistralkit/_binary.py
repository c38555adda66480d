"""Binary responses (file downloads): read whole, or streamed in chunks in constant memory.

The connection stays open until the body has been read, written out, or the response is closed;
use it in a ``with`` block (``async with``) when you may stop early.
"""

from __future__ import annotations

import inspect
import os
import stat
import tempfile
from typing import IO, TYPE_CHECKING, Any, AsyncIterator, Iterator, Optional, Union

import httpx2

from . import _errors
from ._closing import ClosingAsyncIterator
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
                f"{call.method} {call.path}: the download was interrupted: "
                f"{_errors.describe_transport_error(exc)} ({type(exc).__name__})",
                method=call.method,
                url=url,
            )
        return exc

    def __repr__(self) -> str:
        return (
            f"<{type(self).__name__} [{self.status_code}] content_type={self.content_type!r} "
            f"content_length={self.content_length} request_id={self.request_id!r}>"
        )


def _open_target(destination: Destination) -> tuple[Any, Optional[str], Optional[str]]:
    """(writable binary file, temporary path we created or None, final path or None).

    A path is written through a temporary file beside it, moved over the target only once the whole
    body has arrived: a failed download leaves an existing file untouched and no partial file behind.
    """
    if isinstance(destination, (str, os.PathLike)):
        path = os.fspath(destination)
        if isinstance(path, bytes):
            path = os.fsdecode(path)
        directory, name = os.path.split(os.path.abspath(path))
        fd, temp = tempfile.mkstemp(prefix=f".{name}.", suffix=".part", dir=directory)
        return os.fdopen(fd, "wb"), temp, path
    if not callable(getattr(destination, "write", None)):
        raise TypeError(f"write_to() needs a path or a binary file object, not {type(destination).__name__}")
    mode = getattr(destination, "mode", None)
    if isinstance(mode, str) and mode and "b" not in mode:
        raise TypeError(f"write_to() needs a file open in binary mode, not {mode!r}")
    return destination, None, None


def _mode_for(path: str) -> int:
    # mkstemp creates 0600 files: give the result the permissions open() would have given it.
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


def _discard(handle: Any, temp: Optional[str]) -> None:
    if temp is not None:
        handle.close()
        try:
            os.unlink(temp)
        except OSError:
            pass


def _commit(handle: Any, temp: Optional[str], path: Optional[str]) -> None:
    if temp is not None and path is not None:
        try:
            handle.close()
            os.chmod(temp, _mode_for(path))
            os.replace(temp, path)
        except BaseException:
            _discard(handle, temp)
            raise


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
            raise translated from None  # the cause's text may quote header values
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
            raise translated from None  # the cause's text may quote header values
        finally:
            self.http_response.close()

    def __iter__(self) -> Iterator[bytes]:
        return self.iter_bytes()

    def write_to(self, destination: Destination, *, chunk_size: int = DEFAULT_CHUNK_SIZE) -> int:
        """Stream the body to a path or a binary file object; returns the number of bytes written."""
        handle, temp, path = _open_target(destination)
        written = 0
        try:
            for piece in self.iter_bytes(chunk_size):
                handle.write(piece)
                written += len(piece)
        except BaseException:
            _discard(handle, temp)
            self.close()
            raise
        _commit(handle, temp, path)
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
            raise translated from None  # the cause's text may quote header values
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

    def aiter_bytes(self, chunk_size: Optional[int] = DEFAULT_CHUNK_SIZE) -> ClosingAsyncIterator[bytes]:
        """The body in chunks of ``chunk_size`` bytes (the last may be shorter); releases the connection,
        also at once when a loop over it stops early."""
        return ClosingAsyncIterator(self._chunks(chunk_size), self.http_response)

    async def _chunks(self, chunk_size: Optional[int]) -> AsyncIterator[bytes]:
        try:
            async for piece in self.http_response.aiter_bytes(chunk_size):
                yield piece
        except Exception as exc:
            translated = self._translate(exc)
            if translated is exc:
                raise
            raise translated from None  # the cause's text may quote header values
        finally:
            await self.http_response.aclose()

    iter_bytes = aiter_bytes

    def __aiter__(self) -> AsyncIterator[bytes]:
        return self.aiter_bytes()

    async def write_to(self, destination: Destination, *, chunk_size: int = DEFAULT_CHUNK_SIZE) -> int:
        """Stream the body to a path or a binary file object (whose ``write`` may be a coroutine);
        returns the number of bytes written."""
        handle, temp, path = _open_target(destination)
        written = 0
        chunks = self.aiter_bytes(chunk_size)
        try:
            async for piece in chunks:
                outcome = handle.write(piece)
                if inspect.isawaitable(outcome):
                    await outcome
                written += len(piece)
        except BaseException:
            _discard(handle, temp)
            # Release the connection now, not when the abandoned iterator is collected.
            await chunks.aclose()
            raise
        _commit(handle, temp, path)
        return written

    async def close(self) -> None:
        """Release the connection without reading the rest; safe to call more than once."""
        await self.http_response.aclose()

    aclose = close

    async def __aenter__(self) -> "AsyncBinaryResponse":
        return self

    async def __aexit__(self, *exc_info: Any) -> None:
        await self.close()

