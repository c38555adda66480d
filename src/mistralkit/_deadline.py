"""A call's deadline, enforced at every socket operation of a synchronous HTTP client.

httpx applies its timeouts per phase and per read, so a server that trickles a body one byte at a time
never trips a read timeout. For the async client the transport core wraps each step in
``asyncio.wait_for``; a blocking call cannot be interrupted that way, so the synchronous pool's network
backend is wrapped instead: while a call with a deadline runs on a thread, every connect, read and write
of that thread gets a timeout no longer than the time left. Calls without a deadline pay one
thread-local lookup per socket operation.
"""

from __future__ import annotations

import threading
import time
from typing import Any, Iterable, Optional

__all__ = ["deadline_scope", "install"]

_local = threading.local()
_monotonic = time.monotonic
# A socket timeout of 0 would switch the socket to non-blocking mode (an error, not a timeout).
_SMALLEST = 1e-6


class deadline_scope:
    """``with deadline_scope(seconds):`` caps this thread's socket timeouts to the time left."""

    __slots__ = ("at", "previous")

    def __init__(self, seconds: Optional[float]) -> None:
        self.at = None if seconds is None else _monotonic() + seconds
        self.previous: Optional[float] = None

    def __enter__(self) -> None:
        self.previous = getattr(_local, "at", None)
        _local.at = self.at

    def __exit__(self, *exc_info: object) -> None:
        _local.at = self.previous


def _cap(timeout: Optional[float]) -> Optional[float]:
    at: Optional[float] = getattr(_local, "at", None)
    if at is None:
        return timeout
    left = max(at - _monotonic(), _SMALLEST)
    return left if timeout is None else min(timeout, left)


class _Stream:
    """A network stream whose reads and writes honour the thread's deadline."""

    def __init__(self, inner: Any) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: Optional[float] = None) -> bytes:
        data: bytes = self._inner.read(max_bytes, _cap(timeout))
        return data

    def write(self, buffer: bytes, timeout: Optional[float] = None) -> None:
        self._inner.write(buffer, _cap(timeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(self, ssl_context: Any, server_hostname: Optional[str] = None, timeout: Optional[float] = None) -> "_Stream":
        return _Stream(self._inner.start_tls(ssl_context, server_hostname, _cap(timeout)))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _Backend:
    """A network backend whose connections honour the thread's deadline."""

    def __init__(self, inner: Any) -> None:
        self._inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: Optional[float] = None,
        local_address: Optional[str] = None,
        socket_options: Optional[Iterable[Any]] = None,
    ) -> _Stream:
        return _Stream(self._inner.connect_tcp(host, port, _cap(timeout), local_address, socket_options))

    def connect_unix_socket(
        self, path: str, timeout: Optional[float] = None, socket_options: Optional[Iterable[Any]] = None
    ) -> _Stream:
        return _Stream(self._inner.connect_unix_socket(path, _cap(timeout), socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def install(http: Any) -> bool:
    """Make a synchronous ``httpx2.Client`` honour deadlines; True when it now does.

    Works for clients whose transports are ``httpx2.HTTPTransport`` (the default); a custom transport
    keeps per-attempt timeouts capped to the time left (the deadline then bounds each phase, not each read).
    """
    transports = [getattr(http, "_transport", None), *getattr(http, "_mounts", {}).values()]
    done = False
    for transport in transports:
        pool = getattr(transport, "_pool", None)
        backend = getattr(pool, "_network_backend", None)
        if backend is None or hasattr(backend, "connect_tcp") is False:
            continue
        if not isinstance(backend, _Backend):
            pool._network_backend = _Backend(backend)  # type: ignore[union-attr]
        done = True
    return done
