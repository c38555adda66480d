"""An opt-in response cache for the API's deterministic reads.

``Mistral(cache=True, cache_ttl=300)`` keeps successful answers of ``models.list``,
``models.retrieve``, ``embeddings.create`` (identical input, identical vectors) and
``files.retrieve`` for ``cache_ttl`` seconds. Nothing else is ever cached: not completions, not
streams, not downloads. ``cache=False`` on a call skips the cache for it.

Entries are keyed by the request (server, method, path, query, body) and a SHA-256 digest of the
API key, never the key itself, so two keys never share answers. The store is in memory by default,
bounded in entries and bytes; any object with ``get``/``set``/``clear`` (see ``CacheStore``) can
replace it, e.g. ``DiskStore`` to share answers across processes.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
import threading
import time
from collections import OrderedDict
from typing import Any, Callable, Optional, Protocol, Union

__all__ = ["CacheStore", "MemoryStore", "DiskStore", "ResponseCache", "cacheable"]


class CacheStore(Protocol):
    """Where cached answers live. ``expires_at`` is a ``time.time()`` moment."""

    def get(self, key: str) -> Optional[tuple[float, bytes]]:
        """The ``(expires_at, body)`` stored under ``key``, or None."""

    def set(self, key: str, body: bytes, expires_at: float) -> None:
        """Store ``body`` under ``key`` until ``expires_at``."""

    def clear(self) -> None:
        """Forget everything."""


class MemoryStore:
    """A thread-safe in-memory store, least recently used out first.

    Bounded by ``max_entries`` and ``max_bytes`` (bodies' total size); a body larger than
    ``max_bytes`` is not stored.
    """

    def __init__(self, max_entries: int = 1024, max_bytes: int = 64 * 1024 * 1024) -> None:
        if max_entries < 1 or max_bytes < 1:
            raise ValueError("max_entries and max_bytes must be positive")
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        self._entries: OrderedDict[str, tuple[float, bytes]] = OrderedDict()
        self._size = 0
        self._lock = threading.Lock()

    def get(self, key: str) -> Optional[tuple[float, bytes]]:
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None:
                self._entries.move_to_end(key)
            return entry

    def set(self, key: str, body: bytes, expires_at: float) -> None:
        if len(body) > self.max_bytes:
            return
        with self._lock:
            old = self._entries.pop(key, None)
            if old is not None:
                self._size -= len(old[1])
            self._entries[key] = (expires_at, body)
            self._size += len(body)
            while len(self._entries) > self.max_entries or self._size > self.max_bytes:
                _, (_, dropped) = self._entries.popitem(last=False)
                self._size -= len(dropped)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self._size = 0

    def __len__(self) -> int:
        return len(self._entries)


class DiskStore:
    """A store of one file per entry in ``directory``, shared by every process that uses it.

    At most ``max_entries`` files are kept: past that, the oldest are removed. Writes go through a
    temporary file and a rename, so a reader never sees half an entry.
    """

    def __init__(self, directory: Union[str, "os.PathLike[str]"], max_entries: int = 4096) -> None:
        if max_entries < 1:
            raise ValueError("max_entries must be positive")
        self.directory = os.fspath(directory)
        self.max_entries = max_entries
        os.makedirs(self.directory, exist_ok=True)

    def _path(self, key: str) -> str:
        if not re.fullmatch(r"[0-9a-f]{64}", key):
            raise ValueError("DiskStore keys are hex SHA-256 digests")
        return os.path.join(self.directory, key + ".entry")

    def get(self, key: str) -> Optional[tuple[float, bytes]]:
        try:
            with open(self._path(key), "rb") as fh:
                head = fh.readline()
                return float(head), fh.read()
        except (OSError, ValueError):
            return None

    def set(self, key: str, body: bytes, expires_at: float) -> None:
        fd, tmp = tempfile.mkstemp(dir=self.directory, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(repr(expires_at).encode() + b"\n" + body)
            os.replace(tmp, self._path(key))
        except BaseException:
            if os.path.exists(tmp):
                os.unlink(tmp)
            raise
        self._trim()

    def _trim(self) -> None:
        entries = [e for e in os.scandir(self.directory) if e.name.endswith(".entry")]
        if len(entries) <= self.max_entries:
            return
        entries.sort(key=lambda e: e.stat().st_mtime)
        for entry in entries[: len(entries) - self.max_entries]:
            try:
                os.unlink(entry.path)
            except OSError:
                pass

    def clear(self) -> None:
        for entry in os.scandir(self.directory):
            if entry.name.endswith(".entry"):
                try:
                    os.unlink(entry.path)
                except OSError:
                    pass


_CACHEABLE = (
    ("GET", re.compile(r"/v1/models")),
    ("GET", re.compile(r"/v1/models/[^/]+")),
    ("POST", re.compile(r"/v1/embeddings")),
    ("GET", re.compile(r"/v1/files/[^/]+")),
)
# Writes that can change what a cached read answered: they empty the cache.
_INVALIDATES = re.compile(r"/v1/(files|models|fine_tuning/models)(/|$)")


def cacheable(method: str, path: str) -> bool:
    """Whether answers to ``method path`` may be cached (deterministic, non-streaming reads)."""
    return any(method == m and pattern.fullmatch(path) for m, pattern in _CACHEABLE)


def invalidates(method: str, path: str) -> bool:
    """Whether ``method path`` may change an answer the cache holds."""
    return method not in ("GET", "HEAD") and not cacheable(method, path) and _INVALIDATES.match(path) is not None


class ResponseCache:
    """The cache a client consults: TTL in seconds, a store (``MemoryStore()`` by default).

    ``hits`` and ``misses`` count lookups since creation.
    """

    def __init__(self, ttl: float = 300.0, store: Optional[CacheStore] = None, *, clock: Callable[[], float] = time.time) -> None:
        if isinstance(ttl, bool) or not isinstance(ttl, (int, float)) or ttl <= 0:
            raise ValueError("cache_ttl must be a positive number of seconds")
        self.ttl = float(ttl)
        self.store: CacheStore = store if store is not None else MemoryStore()
        self.clock = clock
        self.hits = 0
        self.misses = 0

    def key(self, *, api_key: str, base_url: str, method: str, path: str, query: Any, body: Any, extra: Any) -> str:
        """The store key of a request: a SHA-256 over the request and the API key's own digest."""
        identity = hashlib.sha256(b"mistralkit-cache\x00" + api_key.encode()).hexdigest()
        text = json.dumps([identity, base_url, method, path, query, body, extra], sort_keys=True, default=str)
        return hashlib.sha256(text.encode()).hexdigest()

    def get(self, key: str) -> Optional[bytes]:
        entry = self.store.get(key)
        if entry is None or entry[0] <= self.clock():
            self.misses += 1
            return None
        self.hits += 1
        return entry[1]

    def set(self, key: str, body: bytes) -> None:
        self.store.set(key, body, self.clock() + self.ttl)

    def clear(self) -> None:
        self.store.clear()
