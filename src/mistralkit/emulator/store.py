"""Durable state: SQLite for metadata, plain files for file bytes.

Layout of a data directory::

    emulator.sqlite3     metadata (WAL journal, synchronous=FULL)
    files/<file id>      the bytes of each uploaded file
    tmp/                 uploads in progress (emptied at start-up)

An upload is acknowledged only after its bytes are written and ``fsync``-ed,
renamed into ``files/`` (the directory is ``fsync``-ed too) and its row is
committed, so a ``kill -9`` never loses a file the client got a 2xx for.  A
crash in between can leave an orphan file with no row; those are removed at
start-up.  Deleting commits the row removal first, then unlinks the bytes.
"""

from __future__ import annotations

import os
import secrets
import shutil
import sqlite3
import threading
import uuid
from pathlib import Path
from typing import Any

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS files (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    bytes INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    filename TEXT NOT NULL,
    purpose TEXT NOT NULL,
    sample_type TEXT NOT NULL,
    source TEXT NOT NULL,
    num_lines INTEGER,
    mimetype TEXT,
    signature TEXT
);
CREATE INDEX IF NOT EXISTS files_created ON files (created_at DESC, seq DESC);
"""

FILE_COLUMNS = (
    "id",
    "bytes",
    "created_at",
    "filename",
    "purpose",
    "sample_type",
    "source",
    "num_lines",
    "mimetype",
    "signature",
)


def fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:  # pragma: no cover - platforms without directory fds
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover
        pass
    finally:
        os.close(fd)


class Store:
    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.root = Path(root)
        self.files_dir = self.root / "files"
        self.tmp_dir = self.root / "tmp"
        self.root.mkdir(parents=True, exist_ok=True)
        self.files_dir.mkdir(exist_ok=True)
        shutil.rmtree(self.tmp_dir, ignore_errors=True)
        self.tmp_dir.mkdir(exist_ok=True)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(self.root / "emulator.sqlite3", check_same_thread=False, isolation_level=None)
        self._db.row_factory = sqlite3.Row
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.executescript(SCHEMA)
        self._remove_orphans()
        self.closed = False

    # -- housekeeping -------------------------------------------------------
    def _remove_orphans(self) -> None:
        known = {row[0] for row in self._db.execute("SELECT id FROM files")}
        for entry in self.files_dir.iterdir():
            if entry.name not in known:
                entry.unlink(missing_ok=True)

    def close(self) -> None:
        with self._lock:
            if not self.closed:
                self.closed = True
                self._db.close()

    # -- for the modules that keep their own tables ---------------------------
    def schema(self, sql: str) -> None:
        """Create a module's tables (``CREATE TABLE IF NOT EXISTS ...``); idempotent."""
        with self._lock:
            self._db.executescript(sql)

    def execute(self, sql: str, args: tuple | list = ()) -> int:
        """Run one write statement in its own transaction; returns the rows it changed."""
        with self._lock:
            return self._db.execute(sql, args).rowcount

    def query(self, sql: str, args: tuple | list = ()) -> list[dict[str, Any]]:
        """Rows of one read statement, as dicts."""
        with self._lock:
            return [dict(row) for row in self._db.execute(sql, args).fetchall()]

    def transaction(self, statements: list[tuple[str, tuple | list]]) -> None:
        """Run several write statements atomically."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                for sql, args in statements:
                    self._db.execute(sql, args)
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    # -- meta ---------------------------------------------------------------
    def secret(self, name: str) -> bytes:
        """A random secret created once per data directory (e.g. URL signing)."""
        with self._lock:
            row = self._db.execute("SELECT value FROM meta WHERE key = ?", (name,)).fetchone()
            if row is not None:
                return bytes.fromhex(row[0])
            value = secrets.token_bytes(32)
            self._db.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (name, value.hex()))
            return value

    # -- files --------------------------------------------------------------
    def new_temp_path(self) -> Path:
        return self.tmp_dir / uuid.uuid4().hex

    def file_path(self, file_id: str) -> Path:
        return self.files_dir / file_id

    def add_file(self, temp_path: Path, record: dict[str, Any]) -> dict[str, Any]:
        """Move fsync-ed bytes into place and commit their row (blocking)."""
        final = self.file_path(record["id"])
        os.replace(temp_path, final)
        fsync_dir(self.files_dir)
        values = tuple(record.get(c) for c in FILE_COLUMNS)
        with self._lock:
            self._db.execute(
                f"INSERT INTO files ({', '.join(FILE_COLUMNS)}) VALUES ({', '.join('?' * len(FILE_COLUMNS))})",
                values,
            )
        return record

    def get_file(self, file_id: str) -> dict[str, Any] | None:
        with self._lock:
            row = self._db.execute(f"SELECT {', '.join(FILE_COLUMNS)} FROM files WHERE id = ?", (file_id,)).fetchone()
        return dict(row) if row is not None else None

    def list_files(
        self,
        *,
        page: int,
        page_size: int,
        purpose: str | None = None,
        sample_types: list[str] | None = None,
        sources: list[str] | None = None,
        search: str | None = None,
        mimetypes: list[str] | None = None,
        include_total: bool = True,
    ) -> tuple[list[dict[str, Any]], int | None]:
        where: list[str] = []
        args: list[Any] = []
        if purpose:
            where.append("purpose = ?")
            args.append(purpose)
        for column, values in (("sample_type", sample_types), ("source", sources), ("mimetype", mimetypes)):
            if values:
                where.append(f"{column} IN ({', '.join('?' * len(values))})")
                args.extend(values)
        if search:
            where.append("(instr(lower(filename), lower(?)) > 0 OR id = ?)")
            args.extend([search, search])
        clause = f" WHERE {' AND '.join(where)}" if where else ""
        with self._lock:
            rows = self._db.execute(
                f"SELECT {', '.join(FILE_COLUMNS)} FROM files{clause} ORDER BY created_at DESC, seq DESC LIMIT ? OFFSET ?",
                # SQLite integers are 64-bit: a page far past the end is simply empty.
                (*args, page_size, min(page * page_size, 2**62)),
            ).fetchall()
            total = (
                self._db.execute(f"SELECT COUNT(*) FROM files{clause}", args).fetchone()[0] if include_total else None
            )
        return [dict(r) for r in rows], total

    def delete_file(self, file_id: str) -> bool:
        with self._lock:
            cur = self._db.execute("DELETE FROM files WHERE id = ?", (file_id,))
            deleted = cur.rowcount > 0
        if deleted:
            self.file_path(file_id).unlink(missing_ok=True)
        return deleted
