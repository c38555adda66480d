"""Start, append and restart: run a turn under the instance's turn lock and save it."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from typing import Any

from ..agents import (
    check_tools,
    load_agent,
    new_id,
    normalize_completion_args,
    normalize_tools,
)
from ..errors import bad_request
from .model import check_sequence, input_entries
from .store import get_entries, get_row, insert_entries
from .turn import Turn, TurnRunner, conversation_actor

# --------------------------------------------------------------------------
# operations (run in a worker thread, one turn at a time)


@dataclass
class Outcome:
    conversation_id: str
    turn: Turn


def start(state: Any, body: dict[str, Any]) -> Outcome:
    agent_id, model = body.get("agent_id"), body.get("model")
    if agent_id and model:
        raise bad_request("Set either model or agent_id, not both", param="agent_id")
    if not agent_id and not model:
        raise bad_request("Either model or agent_id is required", param="model")
    settings: dict[str, Any] = {
        "name": body.get("name"),
        "description": body.get("description"),
        "metadata": body.get("metadata"),
        "guardrails": body.get("guardrails"),
    }
    overrides = None
    if agent_id:
        for key in ("instructions", "tools"):
            if body.get(key):
                raise bad_request(
                    f"{key} cannot be set when agent_id is given: they come from the agent",
                    param=key,
                )
        agent = load_agent(state, agent_id, body.get("agent_version"))
        settings.update(agent_id=agent_id, agent_version=body.get("agent_version"))
        overrides = body.get("completion_args")
        check_tools(state, agent["model"], [], overrides, param="completion_args")
    else:
        tools = normalize_tools(body.get("tools"))
        args = normalize_completion_args(body.get("completion_args"))
        check_tools(state, model, tools, args)
        settings.update(
            model=model,
            instructions=body.get("instructions"),
            tools=tools,
            completion_args=args,
        )
    now = time.time()
    inputs = input_entries(body["inputs"], now)
    if not inputs:
        raise bad_request("inputs must not be empty", param="inputs")
    with state.locks.conversation_turns:
        check_sequence(inputs, False)
        actor = conversation_actor(state, settings)
        turn = TurnRunner(state, actor, inputs, overrides, body.get("handoff_execution") or "server").run()
        conversation_id = new_id("conv")
        if body.get("store") is not False:
            state.store.transaction(
                [
                    (
                        "INSERT INTO conversations (id, created_at, updated_at, settings) VALUES (?, ?, ?, ?)",
                        (
                            conversation_id,
                            now,
                            time.time(),
                            json.dumps(settings, ensure_ascii=False),
                        ),
                    ),
                    *insert_entries(conversation_id, inputs + turn.outputs),
                ]
            )
    return Outcome(conversation_id, turn)


def append(state: Any, conversation_id: str, body: dict[str, Any]) -> Outcome:
    confirmations = body.get("tool_confirmations") or []
    if body.get("inputs") is None and not confirmations:
        raise bad_request("Send inputs or tool_confirmations", param="inputs")
    if confirmations and body.get("inputs"):
        raise bad_request(
            "Send either inputs or tool_confirmations, not both",
            param="tool_confirmations",
        )
    overrides = body.get("completion_args")
    with state.locks.conversation_turns:
        row = get_row(state, conversation_id)
        history = get_entries(state, conversation_id)
        actor = conversation_actor(state, row["settings"])
        if overrides:
            check_tools(state, actor.model, [], overrides, param="completion_args")
        now = time.time()
        inputs = input_entries(body.get("inputs"), now)
        if not confirmations and not inputs:
            raise bad_request("inputs must not be empty", param="inputs")
        check_sequence(history + inputs, bool(confirmations))
        runner = TurnRunner(
            state,
            actor,
            history + inputs,
            overrides,
            body.get("handoff_execution") or "server",
        )
        turn = runner.confirm(confirmations) if confirmations else runner.run()
        if body.get("store", True) is not False:
            statements = insert_entries(conversation_id, inputs + turn.outputs)
            for entry_id, entry in turn.updated.items():
                statements.append(
                    (
                        "UPDATE conversation_entries SET entry = ? WHERE conversation_id = ? AND id = ?",
                        (
                            json.dumps(entry, ensure_ascii=False),
                            conversation_id,
                            entry_id,
                        ),
                    )
                )
            statements.append(
                (
                    "UPDATE conversations SET updated_at = ? WHERE id = ?",
                    (time.time(), conversation_id),
                )
            )
            state.store.transaction(statements)
    return Outcome(conversation_id, turn)


def restart(state: Any, conversation_id: str, body: dict[str, Any]) -> Outcome:
    with state.locks.conversation_turns:
        row = get_row(state, conversation_id)
        history = get_entries(state, conversation_id)
        wanted = body["from_entry_id"]
        index = next((i for i, e in enumerate(history) if e["id"] == wanted), None)
        if index is None:
            raise bad_request(
                f"Entry {wanted} not found in conversation {conversation_id}",
                param="from_entry_id",
            )
        kept = history[: index + 1]
        settings = dict(row["settings"])
        if body.get("agent_version") is not None:
            if not settings.get("agent_id"):
                raise bad_request(
                    "agent_version only applies to a conversation with an agent",
                    param="agent_version",
                )
            load_agent(state, settings["agent_id"], body["agent_version"])
            settings["agent_version"] = body["agent_version"]
        if body.get("metadata") is not None:
            settings["metadata"] = body["metadata"]
        if body.get("guardrails") is not None:
            settings["guardrails"] = body["guardrails"]
        actor = conversation_actor(state, settings)
        overrides = body.get("completion_args")
        if overrides:
            check_tools(state, actor.model, [], overrides, param="completion_args")
        now = time.time()
        inputs = input_entries(body.get("inputs"), now)
        check_sequence(kept + inputs, False)
        turn = TurnRunner(
            state,
            actor,
            kept + inputs,
            overrides,
            body.get("handoff_execution") or "server",
        ).run()
        new_conversation = new_id("conv")
        if body.get("store", True) is not False:
            state.store.transaction(
                [
                    (
                        "INSERT INTO conversations (id, created_at, updated_at, settings) VALUES (?, ?, ?, ?)",
                        (
                            new_conversation,
                            now,
                            time.time(),
                            json.dumps(settings, ensure_ascii=False),
                        ),
                    ),
                    *insert_entries(new_conversation, kept + inputs + turn.outputs),
                ]
            )
    return Outcome(new_conversation, turn)
