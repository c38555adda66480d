"""Async iterators that release their connection the moment they are abandoned.

``async for item in stream: break`` drops the iterator without awaiting anything. An async generator
dropped that way is closed only later, by a task the event loop schedules, so the connection would stay
open until the program next yields to the loop (or until garbage collection). The iterator here notices
being dropped (``__del__`` runs at once in CPython) and shuts the socket down on the spot; the response's
own close then runs on the loop to return the connection's slot to the pool.
"""

from __future__ import annotations

import socket
import sys
from typing import TYPE_CHECKING, Any, AsyncIterator, Generic, TypeVar

if TYPE_CHECKING:
    import asyncio

__all__ = ["ClosingAsyncIterator", "close_now"]

T = TypeVar("T")

_pending: set["asyncio.Task[Any]"] = set()


def _abort(stream: Any) -> bool:
    # A body stream (or a stream it wraps) that can drop its connection synchronously, as the aiohttp
    # backend's can: ``close_now()``.
    for _ in range(4):
        abort = getattr(stream, "close_now", None)
        if callable(abort):
            abort()
            return True
        stream = getattr(stream, "_inner", None) or getattr(stream, "_stream", None)
        if stream is None:
            break
    return False


def close_now(response: Any) -> None:
    """Close ``response``'s connection without awaiting: shut the socket down, schedule the rest."""
    if getattr(response, "is_closed", True):
        return
    if _abort(getattr(response, "stream", None)):
        stream = None
    else:
        stream = getattr(response, "extensions", {}).get("network_stream")
    sock = None
    if stream is not None:
        try:
            sock = stream.get_extra_info("socket")
        except Exception:  # noqa: BLE001 - a backend without this extra: the scheduled close still runs
            sock = None
    # asyncio hands out a TransportSocket wrapper, not the socket itself; both can shut down.
    shutdown = getattr(sock, "shutdown", None)
    if shutdown is not None:
        try:
            shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
    # Only async code reaches this point, so asyncio is loaded; the module itself stays free of it
    # because synchronous streams import it too.
    asyncio = sys.modules.get("asyncio")
    if asyncio is None:
        return
    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:
        return
    task = loop.create_task(response.aclose())
    _pending.add(task)
    task.add_done_callback(_pending.discard)


class ClosingAsyncIterator(Generic[T]):
    """Wraps an async generator reading ``response``; closes the connection when dropped unfinished."""

    __slots__ = ("_generator", "_response", "_finished")

    def __init__(self, generator: AsyncIterator[T], response: Any) -> None:
        self._generator = generator
        self._response = response
        self._finished = False

    def __aiter__(self) -> "ClosingAsyncIterator[T]":
        return self

    async def __anext__(self) -> T:
        try:
            return await self._generator.__anext__()
        except BaseException:
            self._finished = True
            raise

    async def aclose(self) -> None:
        self._finished = True
        closer = getattr(self._generator, "aclose", None)
        if closer is not None:
            await closer()
        await self._response.aclose()

    def __del__(self) -> None:
        if not self._finished:
            try:
                close_now(self._response)
            except Exception:  # noqa: BLE001 - a finalizer must not raise (e.g. at interpreter exit)
                pass
