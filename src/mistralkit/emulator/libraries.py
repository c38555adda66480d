"""``/v1/libraries``: document libraries, and the search behind ``document_library``.

Tables (created on first use, in the emulator's SQLite database):

* ``libraries``: one row per library;
* ``library_documents``: the documents of each library (see :mod:`.documents`);
* ``library_chunks``: the extracted text of each document, cut into chunks,
  each with its embedding (float32 blob, :func:`.embeddings.embed`);
* ``library_shares``: who else may see or edit a library (see :mod:`.sharing`).

Document bytes and extracted text live next to the database, in
``<data_dir>/libraries/<document id>`` and ``<document id>.txt``.

A library's counters (``nb_documents``, ``total_size``) are computed from its
documents when it is read, so they are always consistent.  The emulator has a
single user: ``owner_id`` / ``uploaded_by_id`` and the ``org_id`` of shares
are two UUIDs created once per data directory.

:func:`search_libraries` ranks the chunks of completed documents by cosine
similarity to the query (hashed embeddings: texts sharing words are closer),
breaking ties by the number of query words the chunk contains.
"""

from __future__ import annotations

import array
import re
import time
import uuid
import weakref
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import anyio.to_thread
from starlette.responses import Response

from .embeddings import embed
from .errors import bad_request, not_found
from .responses import json_response
from .routes import Call

SEARCH_DIMS = 1024
DEFAULT_CHUNK_SIZE = 1024  # emulator tokens (see tokenizer.py)
MIN_CHUNK_SIZE = 16
MAX_CHUNK_SIZE = 32768
MIN_SCORE = 0.1  # a chunk sharing no word with the query must be at least this similar

SCHEMA = """
CREATE TABLE IF NOT EXISTS libraries (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    description TEXT,
    chunk_size INTEGER NOT NULL,
    emoji TEXT,
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS library_documents (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    library_id TEXT NOT NULL,
    name TEXT NOT NULL,
    hash TEXT NOT NULL,
    mime_type TEXT,
    extension TEXT,
    size INTEGER NOT NULL,
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL,
    attributes TEXT,
    started_at REAL NOT NULL,
    duration REAL NOT NULL,
    outcome TEXT NOT NULL,
    error TEXT,
    pages INTEGER,
    summary TEXT,
    tokens INTEGER NOT NULL DEFAULT 0,
    summary_tokens INTEGER NOT NULL DEFAULT 0,
    UNIQUE (library_id, hash)
);
CREATE INDEX IF NOT EXISTS library_documents_by_library ON library_documents (library_id, created_at);
CREATE TABLE IF NOT EXISTS library_chunks (
    document_id TEXT NOT NULL,
    library_id TEXT NOT NULL,
    idx INTEGER NOT NULL,
    text TEXT NOT NULL,
    vector BLOB NOT NULL,
    PRIMARY KEY (document_id, idx)
);
CREATE INDEX IF NOT EXISTS library_chunks_by_library ON library_chunks (library_id);
CREATE TABLE IF NOT EXISTS library_shares (
    library_id TEXT NOT NULL,
    share_with_type TEXT NOT NULL,
    share_with_uuid TEXT NOT NULL,
    org_id TEXT NOT NULL,
    role TEXT NOT NULL,
    created_at REAL NOT NULL,
    PRIMARY KEY (library_id, share_with_type, share_with_uuid)
);
"""

_identities: weakref.WeakKeyDictionary[Any, tuple[str, str]] = weakref.WeakKeyDictionary()
_WORD_RE = re.compile(r"\w+")


# -- storage -------------------------------------------------------------------


def documents_dir(state: Any) -> Path:
    return Path(state.data_dir) / "libraries"


def document_path(state: Any, document_id: str) -> Path:
    return documents_dir(state) / document_id


def text_path(state: Any, document_id: str) -> Path:
    return documents_dir(state) / f"{document_id}.txt"


def ensure_tables(state: Any) -> None:
    """Create the tables and remove orphan document files, once per emulator instance."""
    state.once("libraries", lambda: _create_tables(state))


def _create_tables(state: Any) -> None:
    state.store.schema(SCHEMA)
    # Leftovers of a crash or of a library deleted during an upload.
    state.store.transaction(
        [
            ("DELETE FROM library_documents WHERE library_id NOT IN (SELECT id FROM libraries)", ()),
            ("DELETE FROM library_chunks WHERE document_id NOT IN (SELECT id FROM library_documents)", ()),
            ("DELETE FROM library_shares WHERE library_id NOT IN (SELECT id FROM libraries)", ()),
        ]
    )
    folder = documents_dir(state)
    folder.mkdir(parents=True, exist_ok=True)
    known = {row["id"] for row in state.store.query("SELECT id FROM library_documents")}
    for entry in folder.iterdir():
        if entry.name.split(".", 1)[0] not in known:
            entry.unlink(missing_ok=True)


def identity(state: Any) -> tuple[str, str]:
    """The emulator's single user and organization: ``(user_id, org_id)``, stable per data directory."""
    found = _identities.get(state)
    if found is None:
        seed = state.store.secret("libraries-owner-id")
        found = str(uuid.UUID(bytes=seed[:16], version=4)), str(uuid.UUID(bytes=seed[16:32], version=4))
        _identities[state] = found
    return found


def iso(ts: float | None) -> str | None:
    if ts is None:
        return None
    return datetime.fromtimestamp(ts, timezone.utc).isoformat().replace("+00:00", "Z")


def pack_vector(vec: list[float]) -> bytes:
    return array.array("f", vec).tobytes()


def words(text: str) -> set[str]:
    return set(_WORD_RE.findall(text.lower()))


# -- processing state (computed from timestamps) ------------------------------------

# process_status -> processing_status
PROCESSING_LABELS = {"todo": "Running", "in_progress": "Running", "done": "Completed", "error": "Failed"}
QUEUED_FRACTION = 0.2  # the first 20% of the processing time is "todo", the rest "in_progress"


def process_status(doc: dict[str, Any], now: float | None = None) -> str:
    now = time.time() if now is None else now
    elapsed = now - doc["started_at"]
    if elapsed >= doc["duration"]:
        return doc["outcome"]
    return "todo" if elapsed < doc["duration"] * QUEUED_FRACTION else "in_progress"


# -- search --------------------------------------------------------------------------


def search_libraries(state, library_ids: list[str], query: str, limit: int = 5) -> list[dict]:
    """The chunks of ``library_ids`` most relevant to ``query``, best first.

    Each hit is ``{"library_id", "document_id", "document_name", "text", "score"}``.
    Only documents whose processing has completed are searched; unknown
    library ids are ignored, and so are chunks that share no word with the
    query and have a similarity under :data:`MIN_SCORE`.  The score is the
    cosine similarity between the hashed embeddings (:func:`.embeddings.embed`)
    of the query and of the chunk; equal scores are ordered by how many
    distinct query words the chunk contains, then by document name and
    position, so the ranking is deterministic.
    """
    ensure_tables(state)
    ids = [str(i) for i in dict.fromkeys(library_ids)]
    if not ids or limit <= 0:
        return []
    marks = ", ".join("?" * len(ids))
    docs = {
        d["id"]: d
        for d in state.store.query(
            "SELECT id, library_id, name, started_at, duration, outcome FROM library_documents "
            f"WHERE library_id IN ({marks})",
            ids,
        )
    }
    now = time.time()
    ready = [doc_id for doc_id, d in docs.items() if process_status(d, now) == "done"]
    if not ready:
        return []
    qvec = embed(query, SEARCH_DIMS)
    nonzero = [(i, v) for i, v in enumerate(qvec) if v]
    qwords = words(query)
    scored: list[tuple[float, int, str, str, int, dict[str, Any]]] = []
    for start in range(0, len(ready), 500):
        batch = ready[start : start + 500]
        rows = state.store.query(
            f"SELECT document_id, library_id, idx, text, vector FROM library_chunks "
            f"WHERE document_id IN ({', '.join('?' * len(batch))})",
            batch,
        )
        for row in rows:
            vec = array.array("f")
            vec.frombytes(row["vector"])
            score = round(sum(v * vec[i] for i, v in nonzero), 6)
            overlap = len(qwords & words(row["text"]))
            if not overlap and score < MIN_SCORE:
                continue  # unrelated to the query
            doc = docs[row["document_id"]]
            hit = {
                "library_id": row["library_id"],
                "document_id": row["document_id"],
                "document_name": doc["name"],
                "text": row["text"],
                "score": score,
            }
            scored.append((-score, -overlap, doc["name"], row["document_id"], row["idx"], hit))
    scored.sort(key=lambda item: item[:5])
    return [item[5] for item in scored[:limit]]


# -- libraries ---------------------------------------------------------------------


def get_library(state: Any, library_id: str) -> dict[str, Any]:
    ensure_tables(state)
    rows = state.store.query("SELECT * FROM libraries WHERE id = ?", (str(library_id),))
    if not rows:
        raise not_found(f"Library {library_id} not found")
    return rows[0]


def touch_library(library_id: str, now: float) -> tuple[str, tuple[Any, ...]]:
    """A statement bumping a library's ``updated_at`` (for a transaction)."""
    return "UPDATE libraries SET updated_at = ? WHERE id = ?", (now, library_id)


def library_out(state: Any, lib: dict[str, Any]) -> dict[str, Any]:
    owner, _ = identity(state)
    stats = state.store.query(
        "SELECT COUNT(*) AS n, COALESCE(SUM(size), 0) AS total FROM library_documents WHERE library_id = ?",
        (lib["id"],),
    )[0]
    shares = state.store.query(
        "SELECT share_with_type, role, COUNT(*) AS n FROM library_shares WHERE library_id = ? "
        "GROUP BY share_with_type, role",
        (lib["id"],),
    )
    users = sum(s["n"] for s in shares if s["share_with_type"] == "User")
    workspaces = sum(s["n"] for s in shares if s["share_with_type"] == "Workspace")
    org_role = next((s["role"] for s in shares if s["share_with_type"] == "Org"), None)
    return {
        "id": lib["id"],
        "name": lib["name"],
        "created_at": iso(lib["created_at"]),
        "updated_at": iso(lib["updated_at"]),
        "owner_id": owner,
        "owner_type": "User",
        "total_size": stats["total"],
        "nb_documents": stats["n"],
        "chunk_size": lib["chunk_size"],
        "emoji": lib["emoji"],
        "description": lib["description"],
        "generated_description": None,
        "explicit_user_members_count": users,
        "explicit_workspace_members_count": workspaces,
        "org_sharing_role": org_role,
        "generated_name": None,
    }


def _check_chunk_size(value: Any) -> int:
    if value is None:
        return DEFAULT_CHUNK_SIZE
    if not MIN_CHUNK_SIZE <= value <= MAX_CHUNK_SIZE:
        raise bad_request(
            f"chunk_size must be between {MIN_CHUNK_SIZE} and {MAX_CHUNK_SIZE} tokens, got {value}", param="chunk_size"
        )
    return int(value)


def _check_name(value: Any) -> str:
    if not value.strip():
        raise bad_request("name must not be empty", param="name")
    return value


async def list_libraries(call: Call) -> Response:
    state = call.state
    ensure_tables(state)
    rows = state.store.query("SELECT * FROM libraries ORDER BY created_at DESC, seq DESC")
    return json_response({"data": [library_out(state, r) for r in rows]})


async def create_library(call: Call) -> Response:
    state = call.state
    ensure_tables(state)
    body = call.body
    now = time.time()
    lib = {
        "id": str(uuid.uuid4()),
        "name": _check_name(body["name"]),
        "description": body.get("description"),
        "chunk_size": _check_chunk_size(body.get("chunk_size")),
        "emoji": None,
        "created_at": now,
        "updated_at": now,
    }
    state.store.execute(
        "INSERT INTO libraries (id, name, description, chunk_size, emoji, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        tuple(lib.values()),
    )
    return json_response(library_out(state, lib), status=201)


async def get_library_handler(call: Call) -> Response:
    return json_response(library_out(call.state, get_library(call.state, call.path["library_id"])))


async def update_library(call: Call) -> Response:
    state = call.state
    lib = get_library(state, call.path["library_id"])
    body = call.body or {}
    if body.get("name") is not None:
        lib["name"] = _check_name(body["name"])
    if body.get("description") is not None:
        lib["description"] = body["description"]
    lib["updated_at"] = time.time()
    state.store.execute(
        "UPDATE libraries SET name = ?, description = ?, updated_at = ? WHERE id = ?",
        (lib["name"], lib["description"], lib["updated_at"], lib["id"]),
    )
    return json_response(library_out(state, lib))


def _delete_library(state: Any, library_id: str) -> None:
    doc_ids = [
        r["id"] for r in state.store.query("SELECT id FROM library_documents WHERE library_id = ?", (library_id,))
    ]
    state.store.transaction(
        [
            ("DELETE FROM library_chunks WHERE library_id = ?", (library_id,)),
            ("DELETE FROM library_documents WHERE library_id = ?", (library_id,)),
            ("DELETE FROM library_shares WHERE library_id = ?", (library_id,)),
            ("DELETE FROM libraries WHERE id = ?", (library_id,)),
        ]
    )
    for doc_id in doc_ids:
        document_path(state, doc_id).unlink(missing_ok=True)
        text_path(state, doc_id).unlink(missing_ok=True)


async def delete_library(call: Call) -> Response:
    state = call.state
    lib = get_library(state, call.path["library_id"])
    out = library_out(state, lib)
    await anyio.to_thread.run_sync(_delete_library, state, lib["id"])
    return json_response(out)
