"""``/v1/libraries/{library_id}/share``: who else may see or edit a library.

* ``GET`` lists the accesses (``ListSharingOut``): the owner first (role
  ``Owner``), then every explicit share in the order they were made.
* ``PUT`` (``SharingIn``) gives a ``User``, ``Workspace`` or ``Org``
  (``share_with_type`` + ``share_with_uuid``) the level ``Viewer`` or
  ``Editor``; sharing again with the same entity changes its level.  The
  owner's own access cannot be changed (400).
* ``DELETE`` (``SharingDelete``, a JSON body) removes an entity's access and
  returns what it was; an unknown entity is a 404.  The contract's
  ``SharingDelete`` lists ``level`` as required without defining it (the
  client does not send it): the emulator accepts the body with or without
  it, and a given ``level`` must still be ``Viewer`` or ``Editor``.

In a ``SharingOut``, ``user_id`` is the user shared with (``null`` for a
workspace or the organization), ``role`` is the level, and ``org_id`` the
organization given in the request, else the emulator's own.  The shares
feed the library's ``explicit_user_members_count``,
``explicit_workspace_members_count`` and ``org_sharing_role``.
"""

from __future__ import annotations

import time
from typing import Any

from starlette.responses import Response

from .errors import ValidationFailed, bad_request, not_found
from .libraries import get_library, identity
from .responses import json_response
from .routes import Call
from .validation import validator_for

LEVELS = ("Viewer", "Editor")


def _accept_delete_without_level() -> None:
    validator = validator_for("libraries_share_delete_v1")
    if getattr(validator, "_level_optional", False):
        return
    strict = validator.validate_body

    def validate_body(data: Any) -> None:
        if isinstance(data, dict):
            if "level" not in data:
                data = {**data, "level": LEVELS[0]}  # only to satisfy the contract's stray requirement
            elif data["level"] not in LEVELS:
                raise ValidationFailed(
                    [
                        {
                            "type": "enum",
                            "loc": ["body", "level"],
                            "msg": "Input should be 'Viewer' or 'Editor'",
                            "input": data["level"],
                            "ctx": {"expected": "'Viewer' or 'Editor'"},
                        }
                    ]
                )
        strict(data)

    validator.validate_body = validate_body  # type: ignore[method-assign]
    validator._level_optional = True  # type: ignore[attr-defined]


_accept_delete_without_level()


def _out(library_id: str, row: dict[str, Any]) -> dict[str, Any]:
    return {
        "library_id": library_id,
        "user_id": row["share_with_uuid"] if row["share_with_type"] == "User" else None,
        "org_id": row["org_id"],
        "role": row["role"],
        "share_with_type": row["share_with_type"],
        "share_with_uuid": row["share_with_uuid"],
    }


def _owner_row(state: Any) -> dict[str, Any]:
    owner, org = identity(state)
    return {"share_with_type": "User", "share_with_uuid": owner, "org_id": org, "role": "Owner"}


def _is_owner(state: Any, body: dict[str, Any]) -> bool:
    owner, _ = identity(state)
    return body["share_with_type"] == "User" and str(body["share_with_uuid"]).lower() == owner


async def list_shares(call: Call) -> Response:
    state = call.state
    library = get_library(state, call.path["library_id"])
    rows = state.store.query(
        "SELECT * FROM library_shares WHERE library_id = ? ORDER BY created_at, share_with_type, share_with_uuid",
        (library["id"],),
    )
    data = [_out(library["id"], _owner_row(state))] + [_out(library["id"], r) for r in rows]
    return json_response({"data": data})


async def share(call: Call) -> Response:
    state = call.state
    library = get_library(state, call.path["library_id"])
    body = call.body
    if _is_owner(state, body):
        raise bad_request("The owner of a library always has full access to it", param="share_with_uuid")
    _, own_org = identity(state)
    row = {
        "share_with_type": body["share_with_type"],
        "share_with_uuid": str(body["share_with_uuid"]).lower(),
        "org_id": str(body.get("org_id") or own_org).lower(),
        "role": body["level"],
    }
    now = time.time()
    state.store.transaction(
        [
            (
                "INSERT INTO library_shares (library_id, share_with_type, share_with_uuid, org_id, role, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (library_id, share_with_type, share_with_uuid) "
                "DO UPDATE SET role = excluded.role, org_id = excluded.org_id",
                (library["id"], row["share_with_type"], row["share_with_uuid"], row["org_id"], row["role"], now),
            ),
            ("UPDATE libraries SET updated_at = ? WHERE id = ?", (now, library["id"])),
        ]
    )
    return json_response(_out(library["id"], row))


async def unshare(call: Call) -> Response:
    state = call.state
    library = get_library(state, call.path["library_id"])
    body = call.body
    if _is_owner(state, body):
        raise bad_request("The owner's access to a library cannot be removed", param="share_with_uuid")
    key = (library["id"], body["share_with_type"], str(body["share_with_uuid"]).lower())
    rows = state.store.query(
        "SELECT * FROM library_shares WHERE library_id = ? AND share_with_type = ? AND share_with_uuid = ?", key
    )
    if not rows:
        raise not_found(
            f"Library {library['id']} is not shared with {body['share_with_type']} {body['share_with_uuid']}"
        )
    now = time.time()
    state.store.transaction(
        [
            ("DELETE FROM library_shares WHERE library_id = ? AND share_with_type = ? AND share_with_uuid = ?", key),
            ("UPDATE libraries SET updated_at = ? WHERE id = ?", (now, library["id"])),
        ]
    )
    return json_response(_out(library["id"], rows[0]))
