"""Versioned prompts (``/v2/prompts``) and skills (``/v2/skills``).

Both are *registry objects*: a stable name, display fields, and numbered immutable versions,
each with a definition, notes and aliases.  Creating an object creates version 1; a new version
whose definition equals the latest one is deduplicated (its number is the latest's); an alias
points at one version at a time, so giving it to another version moves it.  Reading an object
shows its latest version unless ``version`` or ``alias`` picks another.
"""

from __future__ import annotations

import base64
import json
import threading
import time
import uuid
from typing import Any

from starlette.responses import Response

from .errors import APIError, bad_request, not_found
from .resource_engine.lifecycle import iso
from .responses import json_response
from .routes import Call

SCHEMA = """
CREATE TABLE IF NOT EXISTS registry_objects (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    title TEXT,
    description TEXT,
    sharing_scope TEXT NOT NULL,
    created REAL NOT NULL,
    updated REAL NOT NULL,
    UNIQUE (kind, name)
);
CREATE TABLE IF NOT EXISTS registry_versions (
    object_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    definition TEXT NOT NULL,
    notes TEXT NOT NULL,
    aliases TEXT NOT NULL,
    created REAL NOT NULL,
    PRIMARY KEY (object_id, version)
);
"""

PAGE_SIZE = 50


def _kind(call: Call) -> str:
    return "skill" if call.op.path.startswith("/v2/skills") else "prompt"


def _ensure(call: Call) -> Any:
    store = call.state.store
    if not getattr(call.state, "_registry_ready", False):
        store.schema(SCHEMA)
        call.state._registry_ready = True  # type: ignore[attr-defined]
    return store


def _lock(call: Call) -> threading.Lock:
    """Version numbers and alias moves are read-modify-write: one writer per emulator at a time."""
    lock = getattr(call.state, "_registry_lock", None)
    if lock is None:
        lock = call.state.__dict__.setdefault("_registry_lock", threading.Lock())
    return lock


def _object(call: Call, object_id: str) -> dict[str, Any]:
    rows = _ensure(call).query("SELECT * FROM registry_objects WHERE id = ? AND kind = ?", (object_id, _kind(call)))
    if not rows:
        raise not_found(f"{_kind(call).capitalize()} {object_id} not found")
    return rows[0]


def _versions(call: Call, object_id: str) -> list[dict[str, Any]]:
    return _ensure(call).query("SELECT * FROM registry_versions WHERE object_id = ? ORDER BY version", (object_id,))


def _version_out(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "version": row["version"],
        "definition": json.loads(row["definition"]),
        "notes": row["notes"],
        "aliases": json.loads(row["aliases"]),
        "createdAt": iso(row["created"]),
    }


def _render(
    obj: dict[str, Any], version: dict[str, Any], latest: int, fields: list[str] | None = None
) -> dict[str, Any]:
    out = {
        "id": obj["id"],
        "name": obj["name"],
        **_version_out(version),
        "sharingScope": obj["sharing_scope"],
        "createdAt": iso(obj["created"]),
        "updatedAt": iso(obj["updated"]),
        "latestVersion": latest,
    }
    if obj["title"] is not None:
        out["title"] = obj["title"]
    if obj["description"] is not None:
        out["description"] = obj["description"]
    if fields:
        keep = {f.split(".")[0] for f in fields} | {"id"}
        out = {k: v for k, v in out.items() if k in keep}
    return out


def _pick(call: Call, obj: dict[str, Any], version: int | None, alias: str | None) -> dict[str, Any] | None:
    versions = _versions(call, obj["id"])
    if version is not None:
        return next((v for v in versions if v["version"] == version), None)
    if alias:
        return next((v for v in versions if alias in json.loads(v["aliases"])), None)
    return versions[-1] if versions else None


def _move_aliases(call: Call, object_id: str, aliases: list[str], keep_version: int) -> list[tuple[str, tuple]]:
    statements: list[tuple[str, tuple]] = []
    wanted = set(aliases)
    for row in _versions(call, object_id):
        if row["version"] == keep_version:
            continue
        current = json.loads(row["aliases"])
        kept = [a for a in current if a not in wanted]
        if kept != current:
            statements.append(
                (
                    "UPDATE registry_versions SET aliases = ? WHERE object_id = ? AND version = ?",
                    (json.dumps(kept), object_id, row["version"]),
                )
            )
    return statements


def _clean_aliases(values: Any) -> list[str]:
    aliases = list(dict.fromkeys(values or []))
    for alias in aliases:
        if not alias.strip() or alias.isdigit():
            raise bad_request(f"Invalid alias {alias!r}: an alias is a non-empty label, not a number", param="aliases")
    return aliases


# -- handlers ----------------------------------------------------------------------------------


async def create(call: Call) -> Response:
    store = _ensure(call)
    body = call.body or {}
    kind = _kind(call)
    name = body["name"].strip()
    if not name:
        raise bad_request("name must not be empty", param="name")
    aliases = _clean_aliases(body.get("aliases"))
    now = time.time()
    object_id = str(uuid.uuid4())
    with _lock(call):
        if store.query("SELECT 1 FROM registry_objects WHERE kind = ? AND name = ?", (kind, name)):
            raise APIError(409, f"A {kind} named {name!r} already exists", type="conflict")
        store.transaction(
            [
                (
                    "INSERT INTO registry_objects (kind, id, name, title, description, sharing_scope, created, updated)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        kind,
                        object_id,
                        name,
                        body.get("title"),
                        body.get("description"),
                        body.get("sharingScope") or "private",
                        now,
                        now,
                    ),
                ),
                (
                    "INSERT INTO registry_versions (object_id, version, definition, notes, aliases, created)"
                    " VALUES (?, 1, ?, ?, ?, ?)",
                    (object_id, json.dumps(body["definition"]), body.get("notes") or "", json.dumps(aliases), now),
                ),
            ]
        )
    obj = _object(call, object_id)
    return json_response(_render(obj, _versions(call, object_id)[-1], 1))


async def get(call: Call) -> Response:
    obj = _object(call, call.path[f"{_kind(call)}_id"])
    version = _pick(call, obj, call.query.get("version"), call.query.get("alias"))
    if version is None:
        raise not_found(f"No such version of {obj['name']}")
    latest = _versions(call, obj["id"])[-1]["version"]
    return json_response(_render(obj, version, latest, call.query.get("fields")))


def _token(offset: int) -> str:
    return base64.urlsafe_b64encode(f"registry:{offset}".encode()).decode().rstrip("=")


def _offset(token: str) -> int:
    try:
        prefix, _, number = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode().partition(":")
    except (ValueError, UnicodeDecodeError):
        prefix, number = "", ""
    if prefix != "registry" or not number.isdigit():
        raise bad_request("Invalid pageToken: pass the nextPageToken of a previous page", param="pageToken")
    return int(number)


async def list_objects(call: Call) -> Response:
    store = _ensure(call)
    q = call.query
    descending = (q.get("sort_direction") or q.get("sort.direction") or "desc").lower().startswith("desc")
    by_name = (q.get("sort_by") or q.get("sort.field") or "").lower() == "name"
    rows = store.query(
        f"SELECT * FROM registry_objects WHERE kind = ? ORDER BY {'name' if by_name else 'created'} "
        f"{'DESC' if descending else 'ASC'}, seq {'DESC' if descending else 'ASC'}",
        (_kind(call),),
    )
    out = []
    for obj in rows:
        versions = _versions(call, obj["id"])
        version = _pick(call, obj, None, q.get("alias"))
        if version is not None:
            out.append(_render(obj, version, versions[-1]["version"], q.get("fields")))
    size = q.get("pageSize") or PAGE_SIZE
    if size < 1:
        raise bad_request("pageSize must be positive", param="pageSize")
    start = _offset(q["pageToken"]) if q.get("pageToken") else 0
    page: dict[str, Any] = {"data": out[start : start + size]}
    if start + size < len(out):
        page["nextPageToken"] = _token(start + size)
    return json_response(page)


async def update(call: Call) -> Response:
    store = _ensure(call)
    obj = _object(call, call.path[f"{_kind(call)}_id"])
    body = call.body or {}
    for key, column in (("title", "title"), ("description", "description"), ("sharingScope", "sharing_scope")):
        if key in body and body[key] is not None:
            obj[column] = body[key]
    obj["updated"] = time.time()
    store.execute(
        "UPDATE registry_objects SET title = ?, description = ?, sharing_scope = ?, updated = ? WHERE id = ?",
        (obj["title"], obj["description"], obj["sharing_scope"], obj["updated"], obj["id"]),
    )
    versions = _versions(call, obj["id"])
    return json_response(_render(obj, versions[-1], versions[-1]["version"]))


async def delete(call: Call) -> Response:
    store = _ensure(call)
    obj = _object(call, call.path[f"{_kind(call)}_id"])
    store.transaction(
        [
            ("DELETE FROM registry_versions WHERE object_id = ?", (obj["id"],)),
            ("DELETE FROM registry_objects WHERE id = ?", (obj["id"],)),
        ]
    )
    return json_response({})


async def list_versions(call: Call) -> Response:
    obj = _object(call, call.path[f"{_kind(call)}_id"])
    return json_response({"data": [_version_out(v) for v in _versions(call, obj["id"])]})


async def create_version(call: Call) -> Response:
    store = _ensure(call)
    obj = _object(call, call.path[f"{_kind(call)}_id"])
    body = call.body or {}
    aliases = _clean_aliases(body.get("aliases"))
    definition = json.dumps(body["definition"])
    now = time.time()
    with _lock(call):
        versions = _versions(call, obj["id"])
        latest = versions[-1]
        if json.loads(latest["definition"]) == body["definition"]:
            number, deduplicated = latest["version"], True
            merged = list(dict.fromkeys(json.loads(latest["aliases"]) + aliases))
            statements = [
                (
                    "UPDATE registry_versions SET aliases = ? WHERE object_id = ? AND version = ?",
                    (json.dumps(merged), obj["id"], number),
                )
            ]
        else:
            number, deduplicated = latest["version"] + 1, False
            statements = [
                (
                    "INSERT INTO registry_versions (object_id, version, definition, notes, aliases, created)"
                    " VALUES (?, ?, ?, ?, ?, ?)",
                    (obj["id"], number, definition, body.get("notes") or "", json.dumps(aliases), now),
                )
            ]
        statements += _move_aliases(call, obj["id"], aliases, number)
        statements.append(("UPDATE registry_objects SET updated = ? WHERE id = ?", (now, obj["id"])))
        store.transaction(statements)
    return json_response({"version": number, "deduplicated": deduplicated})


async def get_version(call: Call) -> Response:
    obj = _object(call, call.path[f"{_kind(call)}_id"])
    version = _pick(call, obj, call.path["version"], None)
    if version is None:
        raise not_found(f"{obj['name']} has no version {call.path['version']}")
    latest = _versions(call, obj["id"])[-1]["version"]
    return json_response(_render(obj, version, latest, call.query.get("fields")))


async def update_version(call: Call) -> Response:
    store = _ensure(call)
    obj = _object(call, call.path[f"{_kind(call)}_id"])
    body = call.body or {}
    with _lock(call):
        version = _pick(call, obj, call.path["version"], None)
        if version is None:
            raise not_found(f"{obj['name']} has no version {call.path['version']}")
        notes = body["notes"] if body.get("notes") is not None else version["notes"]
        statements: list[tuple[str, tuple]] = []
        aliases = json.loads(version["aliases"])
        if body.get("aliases") is not None:
            aliases = _clean_aliases((body["aliases"] or {}).get("values"))
            statements += _move_aliases(call, obj["id"], aliases, version["version"])
        statements.append(
            (
                "UPDATE registry_versions SET notes = ?, aliases = ? WHERE object_id = ? AND version = ?",
                (notes, json.dumps(aliases), obj["id"], version["version"]),
            )
        )
        store.transaction(statements)
    version = _pick(call, obj, call.path["version"], None)
    assert version is not None
    return json_response(_render(obj, version, _versions(call, obj["id"])[-1]["version"]))


def handlers() -> dict[str, Any]:
    out: dict[str, Any] = {}
    for kind in ("prompts", "skills"):
        out.update(
            {
                f"{kind}_list": list_objects,
                f"{kind}_create": create,
                f"{kind}_get": get,
                f"{kind}_update": update,
                f"{kind}_delete": delete,
                f"{kind}_list_versions": list_versions,
                f"{kind}_create_version": create_version,
                f"{kind}_get_version": get_version,
                f"{kind}_update_version_metadata": update_version,
            }
        )
    return out
