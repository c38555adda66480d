"""HTTP handlers of ``/v1/conversations``."""

from __future__ import annotations

import json

import anyio.to_thread
from starlette.responses import Response

from ..agents import (
    metadata_matches,
    parse_metadata_query,
)
from ..errors import ValidationFailed
from ..responses import json_response
from ..routes import Call
from .events import respond
from .model import render_conversation
from .service import append, restart, start
from .store import ensure_tables, get_entries, get_row

# --------------------------------------------------------------------------
# handlers


async def start_conversation(call: Call) -> Response:
    ensure_tables(call.state)
    outcome = await anyio.to_thread.run_sync(start, call.state, call.body)
    return respond(call, outcome)


async def append_conversation(call: Call) -> Response:
    ensure_tables(call.state)
    outcome = await anyio.to_thread.run_sync(append, call.state, call.path["conversation_id"], call.body)
    return respond(call, outcome)


async def restart_conversation(call: Call) -> Response:
    ensure_tables(call.state)
    outcome = await anyio.to_thread.run_sync(restart, call.state, call.path["conversation_id"], call.body)
    return respond(call, outcome)


async def list_conversations(call: Call) -> Response:
    state = call.state
    ensure_tables(state)
    page, page_size = call.query.get("page"), call.query.get("page_size")
    page = 0 if page is None else page
    page_size = 100 if page_size is None else page_size
    errors = [
        {
            "type": "greater_than_equal",
            "loc": ["query", name],
            "msg": f"Input should be greater than or equal to {low}",
            "input": value,
        }
        for name, value, low in (("page", page, 0), ("page_size", page_size, 1))
        if value < low
    ]
    if errors:
        raise ValidationFailed(errors)
    wanted = parse_metadata_query(call.query.get("metadata"))
    rows = state.store.query(
        "SELECT id, created_at, updated_at, settings FROM conversations ORDER BY created_at DESC, seq DESC"
    )
    out = []
    for row in rows:
        row["settings"] = json.loads(row["settings"])
        if metadata_matches(row["settings"].get("metadata"), wanted):
            out.append(render_conversation(row))
    return json_response(out[page * page_size : (page + 1) * page_size])


async def get_conversation(call: Call) -> Response:
    ensure_tables(call.state)
    return json_response(render_conversation(get_row(call.state, call.path["conversation_id"])))


async def delete_conversation(call: Call) -> Response:
    state = call.state
    ensure_tables(state)
    conversation_id = call.path["conversation_id"]
    get_row(state, conversation_id)
    await anyio.to_thread.run_sync(
        state.store.transaction,
        [
            (
                "DELETE FROM conversation_entries WHERE conversation_id = ?",
                (conversation_id,),
            ),
            ("DELETE FROM conversations WHERE id = ?", (conversation_id,)),
        ],
    )
    return Response(status_code=204)


async def conversation_history(call: Call) -> Response:
    state = call.state
    ensure_tables(state)
    conversation_id = call.path["conversation_id"]
    get_row(state, conversation_id)
    entries = get_entries(state, conversation_id)
    return json_response(
        {
            "object": "conversation.history",
            "conversation_id": conversation_id,
            "entries": entries,
        }
    )


async def conversation_messages(call: Call) -> Response:
    state = call.state
    ensure_tables(state)
    conversation_id = call.path["conversation_id"]
    get_row(state, conversation_id)
    messages = [e for e in get_entries(state, conversation_id) if e["type"] in ("message.input", "message.output")]
    return json_response(
        {
            "object": "conversation.messages",
            "conversation_id": conversation_id,
            "messages": messages,
        }
    )


__all__ = [
    "append_conversation",
    "conversation_history",
    "conversation_messages",
    "delete_conversation",
    "get_conversation",
    "list_conversations",
    "restart_conversation",
    "start_conversation",
]
