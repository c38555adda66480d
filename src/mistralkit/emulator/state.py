"""Everything one emulator instance holds: configuration, storage, counters."""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
import weakref
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import faults as faults_mod
from . import ratelimit
from .engine import Engine
from .ids import RequestIds
from .signing import Signer
from .store import Store

MAX_FILE_BYTES = 512 * 1024 * 1024  # the service's limit per file
MAX_JSON_BYTES = 100 * 1024 * 1024


@dataclass
class Settings:
    data_dir: Path
    temporary: bool
    api_key: str | None
    max_file_bytes: int = MAX_FILE_BYTES
    max_json_bytes: int = MAX_JSON_BYTES
    fetch_timeout: float = 5.0
    # Long-running jobs (batch, fine-tuning, document processing) take their nominal duration
    # divided by this: 1.0 looks real in a demo, a large value makes tests fast.
    job_speed: float = 1.0


class Locks:
    """The locks of one emulator instance.

    They live on the instance, not in modules, so that two emulators in one
    process (two test fixtures, a server and an in-process client) never wait
    for each other.
    """

    def __init__(self) -> None:
        # A conversation turn reads the history, answers, and writes: one at a time.
        self.conversation_turns = threading.Lock()
        # Agent version numbers are read-modify-write.
        self.agent_writes = threading.Lock()
        self.schemas = threading.RLock()  # an area's setup may set up another


class EmulatorState:
    """Reachable as ``app.state.emulator``."""

    def __init__(
        self,
        *,
        data_dir: str | os.PathLike[str] | None,
        api_key: str | None,
        faults: Any,
        rate_limit: Any,
        max_file_bytes: int = MAX_FILE_BYTES,
        image_ocr: Callable[[bytes], Any] | None = None,
        fetch_timeout: float = 5.0,
        job_speed: float = 1.0,
        engine: str | None = None,
    ) -> None:
        if job_speed <= 0:
            raise ValueError("job_speed must be > 0")
        temporary = data_dir is None
        root = Path(tempfile.mkdtemp(prefix="mistralkit-emulator-")) if data_dir is None else Path(data_dir)
        self.settings = Settings(
            root, temporary, api_key or None, max_file_bytes, fetch_timeout=fetch_timeout, job_speed=job_speed
        )
        # Callbacks run by close(), newest first: background workers stop here.
        self._on_close: list[Callable[[], None]] = []
        self.store = Store(root)
        if faults is None:
            faults = os.environ.get(faults_mod.ENV_VAR) or None
        self.faults = faults_mod.FaultInjector(faults_mod.coerce(faults))
        rule = ratelimit.coerce(rate_limit)
        self.rate_limiter = ratelimit.RateLimiter(rule) if rule else None
        self.request_ids = RequestIds()
        self.signer = Signer(self.store.secret("url-signing-key"))
        self.image_ocr = image_ocr
        self.locks = Locks()
        self._schemas: set[str] = set()
        # Operation id -> handler, set by the app that serves this state; batch jobs run
        # their lines through it (the same handlers, so the same validation, as HTTP).
        self.handlers: Mapping[str, Any] = {}
        # An OpenAI-compatible server that generates instead of the emulator (see .engine).
        self.engine: Engine | None = Engine(engine) if engine else None
        if self.engine is not None:
            self.on_close(self.engine.close)
        self._finalizer = weakref.finalize(self, _cleanup, self.store, root if temporary else None)

    @property
    def data_dir(self) -> Path:
        return self.settings.data_dir

    def ensure_schema(self, name: str, sql: str) -> None:
        """Create the tables of one area (``sql``) once per instance."""
        self.once(name, lambda: self.store.schema(sql))

    def once(self, name: str, setup: Callable[[], Any]) -> None:
        """Run ``setup`` (e.g. creating an area's tables) the first time ``name`` is asked for."""
        if name in self._schemas:
            return
        with self.locks.schemas:
            if name not in self._schemas:
                setup()
                self._schemas.add(name)

    def on_close(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` when the emulator shuts down, before the database closes."""
        self._on_close.append(callback)

    def close(self) -> None:
        """Stop background work, close the database; delete the data directory if it was temporary."""
        while self._on_close:
            self._on_close.pop()()
        self._finalizer()


def _cleanup(store: Store, temp_root: Path | None) -> None:
    store.close()
    if temp_root is not None:
        shutil.rmtree(temp_root, ignore_errors=True)
