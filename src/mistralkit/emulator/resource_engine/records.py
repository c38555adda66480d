"""The engine's items, kept in the emulator's SQLite database (so they survive restarts).

One table holds every resource: an item is its resource, its id, the path parameters it was
created under (its *scope*, e.g. the dataset of a record) and a JSON document of its fields.
Ids are deterministic: the n-th item of a resource gets the same id in every fresh emulator.
"""

from __future__ import annotations

import json
import time
import uuid
from typing import Any

from ..state import EmulatorState

SCHEMA = """
CREATE TABLE IF NOT EXISTS resource_items (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    resource TEXT NOT NULL,
    id TEXT NOT NULL,
    scope TEXT NOT NULL,
    data TEXT NOT NULL,
    created REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS resource_items_key ON resource_items (resource, id);
CREATE TABLE IF NOT EXISTS resource_counters (
    resource TEXT PRIMARY KEY,
    n INTEGER NOT NULL
);
"""

NAMESPACE = uuid.UUID("6f0b6a52-4d0e-4c1e-9a57-3c3e1f0f2a11")


class Records:
    def __init__(self, state: EmulatorState) -> None:
        self.store = state.store
        self.store.schema(SCHEMA)

    def next_number(self, resource: str) -> int:
        rows = self.store.query("SELECT n FROM resource_counters WHERE resource = ?", (resource,))
        n = (rows[0]["n"] if rows else 0) + 1
        self.store.execute(
            "INSERT INTO resource_counters (resource, n) VALUES (?, ?) "
            "ON CONFLICT(resource) DO UPDATE SET n = excluded.n",
            (resource, n),
        )
        return n

    @staticmethod
    def deterministic_id(resource: str, n: int) -> str:
        return str(uuid.uuid5(NAMESPACE, f"{resource}#{n}"))

    def insert(self, resource: str, item_id: str, scope: dict[str, Any], data: dict[str, Any]) -> None:
        self.store.execute(
            "INSERT INTO resource_items (resource, id, scope, data, created) VALUES (?, ?, ?, ?, ?)",
            (resource, item_id, json.dumps(scope, sort_keys=True), json.dumps(data), time.time()),
        )

    def _decode(self, row: dict[str, Any]) -> dict[str, Any]:
        return {"seq": row["seq"], "id": row["id"], "scope": json.loads(row["scope"]), "data": json.loads(row["data"])}

    def find(self, resource: str, item_id: str, scope: dict[str, Any] | None = None) -> dict[str, Any] | None:
        rows = self.store.query(
            "SELECT seq, id, scope, data FROM resource_items WHERE resource = ? AND id = ? ORDER BY seq",
            (resource, item_id),
        )
        for row in rows:
            item = self._decode(row)
            if _in_scope(item["scope"], scope):
                return item
        return None

    def find_by_field(self, resource: str, name: str, value: Any) -> dict[str, Any] | None:
        for item in self.all(resource):
            if item["data"].get(name) == value:
                return item
        return None

    def all(self, resource: str, scope: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        rows = self.store.query(
            "SELECT seq, id, scope, data FROM resource_items WHERE resource = ? ORDER BY seq", (resource,)
        )
        items = [self._decode(r) for r in rows]
        return [i for i in items if _in_scope(i["scope"], scope)]

    def save(self, item: dict[str, Any]) -> None:
        self.store.execute("UPDATE resource_items SET data = ? WHERE seq = ?", (json.dumps(item["data"]), item["seq"]))

    def delete(self, item: dict[str, Any]) -> None:
        self.store.execute("DELETE FROM resource_items WHERE seq = ?", (item["seq"],))


def _in_scope(stored: dict[str, Any], wanted: dict[str, Any] | None) -> bool:
    if not wanted:
        return True
    return all(stored.get(k) == v for k, v in wanted.items() if k in stored)
