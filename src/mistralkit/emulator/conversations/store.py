"""Storage of conversations: the ``conversations`` table (settings as JSON) and
``conversation_entries`` (the entries, as JSON, in order).
"""

from __future__ import annotations

import json
from typing import Any

from ..errors import not_found

SCHEMA = """
CREATE TABLE IF NOT EXISTS conversations (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL,
    settings TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS conversations_created ON conversations (created_at DESC, seq DESC);
CREATE TABLE IF NOT EXISTS conversation_entries (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    conversation_id TEXT NOT NULL,
    id TEXT NOT NULL,
    entry TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS conversation_entries_order ON conversation_entries (conversation_id, seq);
"""


def ensure_tables(state: Any) -> None:
    state.ensure_schema("conversations", SCHEMA)


def get_row(state: Any, conversation_id: str) -> dict[str, Any]:
    rows = state.store.query(
        "SELECT id, created_at, updated_at, settings FROM conversations WHERE id = ?", (conversation_id,)
    )
    if not rows:
        raise not_found(f"Conversation not found: {conversation_id}")
    row = rows[0]
    row["settings"] = json.loads(row["settings"])
    return row


def get_entries(state: Any, conversation_id: str) -> list[dict[str, Any]]:
    rows = state.store.query(
        "SELECT entry FROM conversation_entries WHERE conversation_id = ? ORDER BY seq",
        (conversation_id,),
    )
    return [json.loads(r["entry"]) for r in rows]


def insert_entries(conversation_id: str, entries: list[dict[str, Any]]) -> list[tuple[str, tuple]]:
    return [
        (
            "INSERT INTO conversation_entries (conversation_id, id, entry) VALUES (?, ?, ?)",
            (conversation_id, e["id"], json.dumps(e, ensure_ascii=False)),
        )
        for e in entries
    ]
