"""Conversation entries: parsing inputs, turning entries into chat messages,
checking their order, rendering a conversation.
"""

from __future__ import annotations

import json
from typing import Any

from ..agents import (
    iso,
    new_id,
    normalize_completion_args,
)
from ..errors import APIError, bad_request
from ..tokenizer import (
    content_text,
    count_tokens,
)

ENTRY_PREFIXES = {
    "message.input": "msg",
    "message.output": "msg",
    "function.call": "fc",
    "function.result": "fr",
    "tool.execution": "tool_exec",
    "agent.handoff": "handoff",
}
# --------------------------------------------------------------------------
# entries


def _classify(item: dict[str, Any]) -> str:
    kind = item.get("type")
    if isinstance(kind, str) and kind in ENTRY_PREFIXES:
        return kind
    if "result" in item:
        return "function.result"
    if "previous_agent_id" in item or "next_agent_id" in item:
        return "agent.handoff"
    if "tool_call_id" in item:
        return "function.call"
    if "arguments" in item and "name" in item:
        return "tool.execution"
    # Without a role, only MessageOutputEntry matches the contract.
    return "message.input" if "role" in item else "message.output"


def input_entries(inputs: Any, now: float) -> list[dict[str, Any]]:
    """The entries for a request's ``inputs`` (a string is one user message)."""
    if inputs is None:
        return []
    items = [{"role": "user", "content": inputs}] if isinstance(inputs, str) else list(inputs)
    stamp = iso(now)
    out = []
    for item in items:
        kind = _classify(item)
        entry: dict[str, Any] = {
            "object": "entry",
            "type": kind,
            "created_at": stamp,
            "completed_at": stamp,
            "id": new_id(ENTRY_PREFIXES[kind]),
        }
        if kind == "message.input":
            entry.update(
                role=item.get("role", "user"),
                content=item.get("content"),
                prefix=bool(item.get("prefix")),
            )
        elif kind == "message.output":
            entry.update(
                agent_id=item.get("agent_id"),
                model=item.get("model"),
                role="assistant",
                content=item.get("content"),
            )
        elif kind == "function.result":
            entry.update(tool_call_id=item["tool_call_id"], result=item["result"])
        elif kind == "function.call":
            entry.update(
                agent_id=item.get("agent_id"),
                model=item.get("model"),
                tool_call_id=item["tool_call_id"],
                name=item["name"],
                arguments=item["arguments"],
                confirmation_status=item.get("confirmation_status"),
            )
        elif kind == "tool.execution":
            entry.update(
                agent_id=item.get("agent_id"),
                model=item.get("model"),
                name=item["name"],
                arguments=item["arguments"],
                info=item.get("info") or {},
            )
        else:  # agent.handoff
            entry.update(
                previous_agent_id=item["previous_agent_id"],
                previous_agent_name=item["previous_agent_name"],
                next_agent_id=item["next_agent_id"],
                next_agent_name=item["next_agent_name"],
            )
        out.append(entry)
    return out


def chat_content(content: Any) -> Any:
    """Entry content as chat message content: text (and images) only."""
    if content is None or isinstance(content, str):
        return content or ""
    chunks = []
    for chunk in content:
        if not isinstance(chunk, dict):
            continue
        kind = chunk.get("type", "text")
        if kind == "text":
            chunks.append({"type": "text", "text": str(chunk.get("text", ""))})
        elif kind == "image_url":
            chunks.append({"type": "image_url", "image_url": chunk.get("image_url")})
        elif kind == "thinking":
            text = content_text([chunk])
            if text:
                chunks.append({"type": "text", "text": text})
    if all(c["type"] == "text" for c in chunks):
        return "".join(c["text"] for c in chunks)
    return chunks


def arguments_text(arguments: Any) -> str:
    return arguments if isinstance(arguments, str) else json.dumps(arguments, ensure_ascii=False)


def to_messages(entries: list[dict[str, Any]], instructions: str | None) -> list[dict[str, Any]]:
    """The chat messages equivalent to a conversation's entries."""
    messages: list[dict[str, Any]] = [{"role": "system", "content": instructions}] if instructions else []
    names: dict[str, str] = {}
    previous = None
    for entry in entries:
        kind = entry["type"]
        if kind == "message.input":
            message: dict[str, Any] = {
                "role": entry["role"],
                "content": chat_content(entry.get("content")),
            }
            if entry["role"] == "assistant" and entry.get("prefix"):
                message["prefix"] = True
            messages.append(message)
        elif kind == "message.output":
            messages.append({"role": "assistant", "content": chat_content(entry.get("content"))})
        elif kind == "function.call":
            call = {
                "id": entry["tool_call_id"],
                "type": "function",
                "function": {
                    "name": entry["name"],
                    "arguments": arguments_text(entry["arguments"]),
                },
            }
            names[entry["tool_call_id"]] = entry["name"]
            if previous == "function.call":
                messages[-1]["tool_calls"].append(call)
            else:
                messages.append({"role": "assistant", "content": "", "tool_calls": [call]})
        elif kind == "function.result":
            messages.append(
                {
                    "role": "tool",
                    "tool_call_id": entry["tool_call_id"],
                    "name": names.get(entry["tool_call_id"]),
                    "content": entry["result"],
                }
            )
        elif kind == "tool.execution":
            info = json.dumps(
                entry.get("info") or {},
                ensure_ascii=False,
                sort_keys=True,
                separators=(",", ":"),
            )
            messages.append({"role": "tool", "name": entry["name"], "content": info})
        previous = kind
    return messages


def message_tokens(content: Any) -> int:
    """Completion tokens of an output message: text tokens, plus one per other chunk."""
    if isinstance(content, str):
        return count_tokens(content)
    return sum(count_tokens(c.get("text", "")) if c.get("type") == "text" else 1 for c in content or [])


def last_user_text(entries: list[dict[str, Any]]) -> str:
    for entry in reversed(entries):
        if entry["type"] == "message.input" and entry.get("role") == "user":
            return content_text(chat_content(entry.get("content")))
    return ""


def check_sequence(entries: list[dict[str, Any]], confirming: bool) -> None:
    """400s for a conversation that cannot be answered as it stands."""
    calls: dict[str, dict[str, Any]] = {}
    results: set[str] = set()
    for entry in entries:
        if entry["type"] == "function.call":
            calls[entry["tool_call_id"]] = entry
        elif entry["type"] == "function.result":
            if entry["tool_call_id"] not in calls:
                raise bad_request(
                    f"function.result for an unknown tool call: {entry['tool_call_id']}",
                    param="inputs",
                )
            results.add(entry["tool_call_id"])
    pending_confirmation = [c for c, e in calls.items() if e.get("confirmation_status") == "pending"]
    if pending_confirmation and not confirming:
        raise bad_request(
            f"Tool calls are waiting for confirmation: {', '.join(pending_confirmation)}; "
            "send tool_confirmations first",
            param="tool_confirmations",
        )
    missing = [c for c, e in calls.items() if e.get("confirmation_status") is None and c not in results]
    if missing:
        raise bad_request(
            f"Missing function.result entries for tool calls: {', '.join(missing)}",
            param="inputs",
        )
    if confirming:
        return
    last = entries[-1] if entries else None
    if last is None:
        raise bad_request("inputs must not be empty", param="inputs")
    ok = (last["type"] == "message.input" and (last.get("role") == "user" or last.get("prefix"))) or last["type"] in (
        "function.result",
        "tool.execution",
    )
    if not ok:
        role = last.get("role") or last["type"]
        raise APIError(
            400,
            f"Expected the last entry to be a user message or a function result, got {role}",
            type="invalid_request_message_order",
            code="3230",
        )


def render_conversation(row: dict[str, Any]) -> dict[str, Any]:
    s = row["settings"]
    out: dict[str, Any] = {
        "object": "conversation",
        "id": row["id"],
        "created_at": iso(row["created_at"]),
        "updated_at": iso(row["updated_at"]),
        "name": s.get("name"),
        "description": s.get("description"),
        "metadata": s.get("metadata"),
    }
    if s.get("agent_id"):
        out.update(agent_id=s["agent_id"], agent_version=s.get("agent_version"))
    else:
        out.update(
            model=s["model"],
            instructions=s.get("instructions"),
            tools=s.get("tools") or [],
            completion_args=normalize_completion_args(s.get("completion_args")),
            guardrails=s.get("guardrails"),
        )
    return out
