"""``/v1/conversations``: server-side conversations with a model or an agent.

A conversation is a list of **entries** kept by the server:

================== ============== ===================================================
type               id prefix      what
================== ============== ===================================================
``message.input``  ``msg_``       a user message (or an assistant message, e.g. a prefix)
``message.output`` ``msg_``       an answer; ``content`` is a string, or a list of
                                  chunks when it cites sources or files
``function.call``  ``fc_``        the model calls one of your function tools
``function.result`` ``fr_``       your result for a call (you send it as an input)
``tool.execution`` ``tool_exec_`` a built-in tool ran on the server; ``info`` is its output
``agent.handoff``  ``handoff_``   an agent passed the conversation to another agent
================== ============== ===================================================

One request (start, append, restart) is one **turn**: the inputs are stored as
entries, then the conversation's agent (or model) produces outputs:

1. **Handoff**: an agent with ``handoffs`` hands off when the last user message
   mentions a word of a target agent's name or description (generic words such
   as *agent* and *assistant* do not count).  With ``handoff_execution:
   "server"`` (the default) the target then answers in the same turn (up to 3
   handoffs); with ``"client"`` the turn ends at the ``agent.handoff`` entry.
   Every turn starts with the conversation's own agent.
2. **Built-in tools** (see :mod:`.builtin_tools`) run on the server: a
   ``tool.execution`` entry each, then a ``message.output`` whose content cites
   them with ``tool_reference`` (or ``tool_file``) chunks.  A tool whose
   ``tool_configuration.requires_confirmation`` lists its name is first
   returned as a ``function.call`` with ``confirmation_status: "pending"``;
   append ``tool_confirmations`` (``allow``/``deny``) to continue.
3. **Function calls**: a function tool is called when the last user message
   mentions it (or ``tool_choice`` is ``any``/``required``), exactly like chat
   completions: ``function.call`` entries with arguments valid against the
   tool's ``parameters``.  The turn ends there; append ``function.result``
   entries (``{"tool_call_id": ..., "result": ...}``) to get the answer.
4. Otherwise a ``message.output``, built like a chat completion's answer for
   the same messages (instructions as a system message, then the history).

Determinism: the answer depends on the content of the conversation (not on ids
or timestamps), the model or agent, and the completion arguments, like chat
completions.  Usage: ``prompt_tokens`` adds, for each agent that acted in the
turn, the chat prompt count of what it saw (instructions, history, tool
definitions); ``completion_tokens`` counts what was generated (message text,
one per non-text chunk, function names and arguments, tool arguments, the
name of a handoff's target); ``connector_tokens`` counts the built-in tools'
outputs and ``connectors`` how many times each ran; ``total_tokens`` is the sum
of the three.

``store: false`` answers without saving anything (a later ``GET`` is a 404).
Restart copies the entries up to and including ``from_entry_id`` (same ids and
timestamps) into a new conversation, then runs a turn with the new inputs.

Streams (``stream: true``) send named events, without ``[DONE]``:
``conversation.response.started``, then per output entry
``message.output.delta`` (one per token of text, one per other chunk; text
deltas carry strings, ``content_index`` is the chunk's index),
``tool.execution.started`` (empty ``arguments``) / ``.delta`` (the arguments,
one token each) / ``.done`` (``info``), ``function.call.delta`` (the
arguments, one token each), ``agent.handoff.started`` / ``.done``; and last
``conversation.response.done`` with the usage.  The turn is saved before the
first event is sent.  An injected ``stream-error`` fault sends a
``conversation.response.error`` event.

Tables: ``conversations`` (settings as JSON) and ``conversation_entries`` (the
entries, as JSON, in order).
"""

from __future__ import annotations

import json
import re
import threading
import time
import weakref
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import Any

import anyio.to_thread
from starlette.responses import Response

from . import builtin_tools
from .agents import (
    check_tools,
    function_tools,
    iso,
    load_agent,
    new_id,
    normalize_completion_args,
    normalize_tools,
    metadata_matches,
    parse_metadata_query,
)
from .chat import generate_choice
from .completion import finish
from .errors import APIError, ValidationFailed, bad_request, not_found
from .ids import tool_call_id
from .models_catalog import CHAT, require
from .responses import json_response
from .routes import Call
from .sse import sse_response
from .text_gen import keywords, request_seed, rng_for
from .tokenizer import content_text, count_chat_prompt, count_images, count_tokens, tokenize
from .tools import mention_score, name_words

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

ENTRY_PREFIXES = {
    "message.input": "msg",
    "message.output": "msg",
    "function.call": "fc",
    "function.result": "fr",
    "tool.execution": "tool_exec",
    "agent.handoff": "handoff",
}
MAX_HANDOFFS = 3
GENERIC_AGENT_WORDS = frozenset(
    "agent agents assistant assistants bot bots helper expert experts specialist service team desk the and for of "
    "with ai".split()
)
_ARG_KEYS = ("temperature", "top_p", "max_tokens", "stop", "random_seed", "response_format", "prediction")

_ready: weakref.WeakSet[Any] = weakref.WeakSet()
_ready_lock = threading.Lock()
_turn_lock = threading.Lock()  # one turn at a time: read history, answer, write


def ensure_tables(state: Any) -> None:
    if state in _ready:
        return
    with _ready_lock:
        if state not in _ready:
            state.store.schema(SCHEMA)
            _ready.add(state)


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
            entry.update(role=item.get("role", "user"), content=item.get("content"), prefix=bool(item.get("prefix")))
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


def _chat_content(content: Any) -> Any:
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


def _arguments_text(arguments: Any) -> str:
    return arguments if isinstance(arguments, str) else json.dumps(arguments, ensure_ascii=False)


def to_messages(entries: list[dict[str, Any]], instructions: str | None) -> list[dict[str, Any]]:
    """The chat messages equivalent to a conversation's entries."""
    messages: list[dict[str, Any]] = [{"role": "system", "content": instructions}] if instructions else []
    names: dict[str, str] = {}
    previous = None
    for entry in entries:
        kind = entry["type"]
        if kind == "message.input":
            message: dict[str, Any] = {"role": entry["role"], "content": _chat_content(entry.get("content"))}
            if entry["role"] == "assistant" and entry.get("prefix"):
                message["prefix"] = True
            messages.append(message)
        elif kind == "message.output":
            messages.append({"role": "assistant", "content": _chat_content(entry.get("content"))})
        elif kind == "function.call":
            call = {
                "id": entry["tool_call_id"],
                "type": "function",
                "function": {"name": entry["name"], "arguments": _arguments_text(entry["arguments"])},
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
            info = json.dumps(entry.get("info") or {}, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
            messages.append({"role": "tool", "name": entry["name"], "content": info})
        previous = kind
    return messages


def message_tokens(content: Any) -> int:
    """Completion tokens of an output message: text tokens, plus one per other chunk."""
    if isinstance(content, str):
        return count_tokens(content)
    return sum(count_tokens(c.get("text", "")) if c.get("type") == "text" else 1 for c in content or [])


def _last_user_text(entries: list[dict[str, Any]]) -> str:
    for entry in reversed(entries):
        if entry["type"] == "message.input" and entry.get("role") == "user":
            return content_text(_chat_content(entry.get("content")))
    return ""


# --------------------------------------------------------------------------
# who answers


@dataclass
class Actor:
    """The model or agent producing outputs."""

    model: str
    instructions: str | None = None
    tools: list[dict[str, Any]] = field(default_factory=list)
    completion_args: dict[str, Any] = field(default_factory=dict)
    agent_id: str | None = None
    name: str | None = None
    description: str | None = None
    handoffs: list[str] = field(default_factory=list)


def _agent_actor(agent: dict[str, Any]) -> Actor:
    return Actor(
        model=agent["model"],
        instructions=agent.get("instructions"),
        tools=agent.get("tools") or [],
        completion_args=agent.get("completion_args") or {},
        agent_id=agent["id"],
        name=agent.get("name") or agent["id"],
        description=agent.get("description"),
        handoffs=list(agent.get("handoffs") or []),
    )


def conversation_actor(state: Any, settings: dict[str, Any]) -> Actor:
    if settings.get("agent_id"):
        return _agent_actor(load_agent(state, settings["agent_id"], settings.get("agent_version")))
    return Actor(
        model=settings["model"],
        instructions=settings.get("instructions"),
        tools=settings.get("tools") or [],
        completion_args=settings.get("completion_args") or {},
    )


def _stem(word: str) -> str:
    word = word.lower()
    for suffix in ("ies", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return word


def handoff_score(agent: dict[str, Any], question: str) -> int:
    """How many words of an agent's name and description the question uses."""
    present = {_stem(w) for w in re.findall(r"\w+", question)}
    wanted = {w for w in name_words(agent.get("name") or "") if w not in GENERIC_AGENT_WORDS}
    wanted |= {_stem(w) for w in keywords(agent.get("description") or "", limit=8)} - GENERIC_AGENT_WORDS
    return len(wanted & present)


def pick_handoff(state: Any, actor: Actor, question: str, visited: set[str | None]) -> dict[str, Any] | None:
    best, best_score = None, 0
    for target_id in actor.handoffs:
        if target_id in visited:
            continue
        try:
            target = load_agent(state, target_id)
        except APIError:  # deleted since: skip it
            continue
        score = handoff_score(target, question)
        if score > best_score:
            best, best_score = target, score
    return best


# --------------------------------------------------------------------------
# a turn


@dataclass
class Usage:
    prompt_tokens: int = 0
    completion_tokens: int = 0
    connector_tokens: int = 0
    connectors: dict[str, int] = field(default_factory=dict)

    def body(self) -> dict[str, Any]:
        return {
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
            "total_tokens": self.prompt_tokens + self.completion_tokens + self.connector_tokens,
            "connector_tokens": self.connector_tokens if self.connectors else None,
            "connectors": dict(self.connectors) if self.connectors else None,
        }


@dataclass
class Turn:
    outputs: list[dict[str, Any]]
    usage: Usage
    # function.call entries whose confirmation_status changed: id -> new entry
    updated: dict[str, dict[str, Any]] = field(default_factory=dict)


class TurnRunner:
    """Produces the outputs of one turn."""

    def __init__(
        self,
        state: Any,
        actor: Actor,
        entries: list[dict[str, Any]],
        overrides: dict[str, Any] | None,
        handoff_execution: str,
    ) -> None:
        self.state = state
        self.actor = actor
        self.entries = entries
        self.overrides = {k: v for k, v in (overrides or {}).items() if v is not None}
        self.handoff_execution = handoff_execution or "server"
        self.usage = Usage()
        self.outputs: list[dict[str, Any]] = []
        self.started = time.time()

    # -- entries produced ----------------------------------------------------
    def _entry(self, kind: str, actor: Actor | None, **fields: Any) -> dict[str, Any]:
        entry: dict[str, Any] = {
            "object": "entry",
            "type": kind,
            "created_at": iso(self.started),
            "completed_at": iso(time.time()),
            "id": new_id(ENTRY_PREFIXES[kind]),
        }
        if actor is not None:
            entry["agent_id"] = actor.agent_id
            entry["model"] = actor.model
        entry.update(fields)
        self.outputs.append(entry)
        return entry

    def _message(self, actor: Actor, content: Any) -> None:
        self._entry("message.output", actor, role="assistant", content=content)
        self.usage.completion_tokens += message_tokens(content)

    def _function_call(self, actor: Actor, call_id: str, name: str, arguments: str, status: str | None) -> None:
        self._entry(
            "function.call",
            actor,
            tool_call_id=call_id,
            name=name,
            arguments=arguments,
            confirmation_status=status,
        )
        self.usage.completion_tokens += count_tokens(name) + count_tokens(arguments)

    def _tool_execution(self, actor: Actor, run: builtin_tools.ToolRun) -> None:
        self._entry("tool.execution", actor, name=run.name, arguments=run.arguments, info=run.info)
        self.usage.completion_tokens += count_tokens(run.name) + count_tokens(run.arguments)
        self.usage.connector_tokens += count_tokens(json.dumps(run.info, ensure_ascii=False, separators=(",", ":")))
        self.usage.connectors[run.name] = self.usage.connectors.get(run.name, 0) + 1

    # -- one agent's step ------------------------------------------------------
    def _args(self, actor: Actor) -> dict[str, Any]:
        args = {k: v for k, v in (actor.completion_args or {}).items() if v is not None}
        args.update(self.overrides)
        return args

    def _chat_body(self, actor: Actor, messages: list[dict[str, Any]], args: dict[str, Any]) -> dict[str, Any]:
        body: dict[str, Any] = {"model": actor.model, "messages": messages}
        for key in _ARG_KEYS:
            if args.get(key) is not None:
                body[key] = args[key]
        fn_tools = function_tools(actor.tools)
        if fn_tools:
            body["tools"] = fn_tools
            body["tool_choice"] = args.get("tool_choice") or "auto"
        return body

    def _prompt(self, actor: Actor, messages: list[dict[str, Any]], args: dict[str, Any]) -> None:
        model = require(actor.model, CHAT, self.state)
        if not model.capabilities.get("vision") and any(count_images(m.get("content")) for m in messages):
            raise bad_request(f"Model {actor.model} does not support image input", param="inputs", code="3051")
        prompt = count_chat_prompt(messages, actor.tools or None)
        max_tokens = args.get("max_tokens") or 0
        if prompt + max_tokens > model.max_context_length:
            raise bad_request(
                f"Prompt contains {prompt} tokens, too large for model with "
                f"{model.max_context_length} maximum context length (max_tokens: {max_tokens})",
                code="3051",
            )
        self.usage.prompt_tokens += prompt

    def _compose(self, actor: Actor, runs: list[builtin_tools.ToolRun], rng: Any, args: dict[str, Any], extra=()):
        """The answer after built-in tools: their sentences, each followed by its reference chunk."""
        pieces: list[tuple[str, dict[str, Any] | None]] = [(s, None) for s in extra]
        for run in runs:
            pieces.extend(run.pieces)
        closer = rng.choice(
            ("Let me know if you want more detail.", "I can look further if needed.", "I hope this helps.")
        )
        pieces.append((closer, None))
        chunks: list[dict[str, Any]] = []
        text = ""
        for sentence, chunk in pieces:
            text += (" " if (text or chunks) and not text.endswith((" ", "\n")) else "") + sentence
            if chunk is not None:
                chunks.append({"type": "text", "text": text})
                chunks.append(chunk)
                text = ""
        if text:
            chunks.append({"type": "text", "text": text})
        chunks = _limit_chunks(chunks, args.get("stop"), args.get("max_tokens"))
        if all(c["type"] == "text" for c in chunks):
            return "".join(c["text"] for c in chunks)
        return chunks

    def step(self, actor: Actor, visited: set[str | None]) -> dict[str, Any] | None:
        """Let ``actor`` act on the conversation so far; returns a handoff target, if any."""
        entries = self.entries + self.outputs
        args = self._args(actor)
        messages = to_messages(entries, actor.instructions)
        self._prompt(actor, messages, args)
        body = self._chat_body(actor, messages, args)
        seed = request_seed(body)
        rng = rng_for(seed, "conversation")
        tool_choice = args.get("tool_choice") or "auto"
        last = next((e for e in reversed(entries) if e["type"] != "agent.handoff"), None)
        user_turn = last is not None and last["type"] == "message.input"
        question = _last_user_text(entries)

        if user_turn and actor.handoffs and tool_choice != "none":
            target = pick_handoff(self.state, actor, question, visited)
            if target is not None:
                self._entry(
                    "agent.handoff",
                    None,
                    previous_agent_id=actor.agent_id,
                    previous_agent_name=actor.name,
                    next_agent_id=target["id"],
                    next_agent_name=target.get("name") or target["id"],
                )
                self.usage.completion_tokens += count_tokens(target.get("name") or target["id"])
                return target

        fn_tools = body.get("tools") or []
        builtins = [t for t in actor.tools if t.get("type", "function") != "function"]
        if user_turn and builtins and tool_choice != "none" and last.get("role") == "user":
            fn_mentioned = any(mention_score(t["function"]["name"], question) > 0 for t in fn_tools)
            chosen = [] if fn_mentioned else [t for t in builtins if builtin_tools.triggered(t, question)]
            if not chosen and not fn_tools and tool_choice in ("any", "required"):
                chosen = builtins[:1]
            if chosen:
                self._run_builtins(actor, chosen, question, rng, args)
                return None

        choice = generate_choice(body, seed, 0)
        if choice.tool_calls:
            for call in choice.tool_calls:
                fn = call["function"]
                self._function_call(actor, call["id"], fn["name"], fn["arguments"], None)
        else:
            self._message(actor, choice.content)
        return None

    def _run_builtins(
        self, actor: Actor, chosen: list[dict[str, Any]], question: str, rng: Any, args: dict[str, Any]
    ) -> None:
        waiting = [t for t in chosen if builtin_tools.requires_confirmation(t)]
        runs = []
        for tool in chosen:
            if tool in waiting:
                arguments = json.dumps(builtin_tools.arguments_for(tool, question), ensure_ascii=False)
                self._function_call(actor, tool_call_id(rng), tool["type"], arguments, "pending")
            else:
                run = builtin_tools.run(self.state, tool, question, rng)
                self._tool_execution(actor, run)
                runs.append(run)
        if not waiting:
            self._message(actor, self._compose(actor, runs, rng, args))

    # -- the whole turn -----------------------------------------------------------
    def run(self) -> Turn:
        actor = self.actor
        visited: set[str | None] = {actor.agent_id}
        for _ in range(MAX_HANDOFFS + 1):
            target = self.step(actor, visited)
            if target is None or self.handoff_execution == "client":
                break
            actor = _agent_actor(target)
            visited.add(actor.agent_id)
        else:  # pragma: no cover - bounded by `visited`
            pass
        return Turn(self.outputs, self.usage)

    def confirm(self, confirmations: list[dict[str, Any]]) -> Turn:
        """Continue after ``tool_confirmations``: run the allowed built-in tools, then answer."""
        pending = {
            e["tool_call_id"]: e
            for e in self.entries
            if e["type"] == "function.call" and e.get("confirmation_status") == "pending"
        }
        decided = {}
        for item in confirmations:
            call_id = item["tool_call_id"]
            if call_id not in pending:
                raise bad_request(
                    f"No tool call waiting for confirmation with id {call_id}", param="tool_confirmations"
                )
            decided[call_id] = item["confirmation"]
        missing = [call_id for call_id in pending if call_id not in decided]
        if missing:
            raise bad_request(
                f"Tool calls waiting for confirmation: {', '.join(missing)}; confirm or deny each of them",
                param="tool_confirmations",
            )
        actor = self.actor
        args = self._args(actor)
        messages = to_messages(self.entries, actor.instructions)
        self._prompt(actor, messages, args)
        rng = rng_for(request_seed(self._chat_body(actor, messages, args)), "confirmation")
        question = _last_user_text(self.entries)
        tools_by_type = {t.get("type"): t for t in actor.tools}
        runs, notes, updated = [], [], {}
        for call_id, decision in decided.items():
            call = pending[call_id]
            updated[call["id"]] = {**call, "confirmation_status": "allowed" if decision == "allow" else "denied"}
            if decision == "allow":
                tool = tools_by_type.get(call["name"]) or {"type": call["name"]}
                run = builtin_tools.run(self.state, tool, question, rng)
                self._tool_execution(actor, run)
                runs.append(run)
            else:
                notes.append(f"I did not run {call['name']}: the call was denied.")
        self._message(actor, self._compose(actor, runs, rng, args, extra=notes))
        return Turn(self.outputs, self.usage, updated)


def _limit_chunks(chunks: list[dict[str, Any]], stop: Any, max_tokens: int | None) -> list[dict[str, Any]]:
    """Apply ``stop`` and ``max_tokens`` to an answer made of chunks (non-text chunks count one token)."""
    out: list[dict[str, Any]] = []
    budget = max_tokens
    for chunk in chunks:
        if budget is not None and budget <= 0:
            break
        if chunk["type"] != "text":
            out.append(chunk)
            budget = None if budget is None else budget - 1
            continue
        choice = finish(chunk["text"], stop=stop, max_tokens=budget)
        if choice.generated:
            out.append({"type": "text", "text": choice.generated})
        if choice.finish_reason != "stop" or choice.generated != chunk["text"]:
            break
        budget = None if budget is None else budget - len(choice.tokens)
    return out or [{"type": "text", "text": ""}]


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
                    f"function.result for an unknown tool call: {entry['tool_call_id']}", param="inputs"
                )
            results.add(entry["tool_call_id"])
    pending_confirmation = [c for c, e in calls.items() if e.get("confirmation_status") == "pending"]
    if pending_confirmation and not confirming:
        raise bad_request(
            f"Tool calls are waiting for confirmation: {', '.join(pending_confirmation)}; "
            "send tool_confirmations first",
            param="tool_confirmations",
        )
    missing = [
        c for c, e in calls.items() if e.get("confirmation_status") is None and c not in results
    ]
    if missing:
        raise bad_request(
            f"Missing function.result entries for tool calls: {', '.join(missing)}", param="inputs"
        )
    if confirming:
        return
    last = entries[-1] if entries else None
    if last is None:
        raise bad_request("inputs must not be empty", param="inputs")
    ok = (
        (last["type"] == "message.input" and (last.get("role") == "user" or last.get("prefix")))
        or last["type"] in ("function.result", "tool.execution")
    )
    if not ok:
        role = last.get("role") or last["type"]
        raise APIError(
            400,
            f"Expected the last entry to be a user message or a function result, got {role}",
            type="invalid_request_message_order",
            code="3230",
        )


# --------------------------------------------------------------------------
# storage


def _row(state: Any, conversation_id: str) -> dict[str, Any]:
    rows = state.store.query(
        "SELECT id, created_at, updated_at, settings FROM conversations WHERE id = ?", (conversation_id,)
    )
    if not rows:
        raise not_found(f"Conversation not found: {conversation_id}")
    row = rows[0]
    row["settings"] = json.loads(row["settings"])
    return row


def _entries(state: Any, conversation_id: str) -> list[dict[str, Any]]:
    rows = state.store.query(
        "SELECT entry FROM conversation_entries WHERE conversation_id = ? ORDER BY seq", (conversation_id,)
    )
    return [json.loads(r["entry"]) for r in rows]


def _insert_entries(conversation_id: str, entries: list[dict[str, Any]]) -> list[tuple[str, tuple]]:
    return [
        (
            "INSERT INTO conversation_entries (conversation_id, id, entry) VALUES (?, ?, ?)",
            (conversation_id, e["id"], json.dumps(e, ensure_ascii=False)),
        )
        for e in entries
    ]


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


# --------------------------------------------------------------------------
# operations (run in a worker thread, one turn at a time)


@dataclass
class Outcome:
    conversation_id: str
    turn: Turn


def _start(state: Any, body: dict[str, Any]) -> Outcome:
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
                raise bad_request(f"{key} cannot be set when agent_id is given: they come from the agent", param=key)
        agent = load_agent(state, agent_id, body.get("agent_version"))
        settings.update(agent_id=agent_id, agent_version=body.get("agent_version"))
        overrides = body.get("completion_args")
        check_tools(state, agent["model"], [], overrides, param="completion_args")
    else:
        tools = normalize_tools(body.get("tools"))
        args = normalize_completion_args(body.get("completion_args"))
        check_tools(state, model, tools, args)
        settings.update(model=model, instructions=body.get("instructions"), tools=tools, completion_args=args)
    now = time.time()
    inputs = input_entries(body["inputs"], now)
    if not inputs:
        raise bad_request("inputs must not be empty", param="inputs")
    with _turn_lock:
        check_sequence(inputs, False)
        actor = conversation_actor(state, settings)
        turn = TurnRunner(state, actor, inputs, overrides, body.get("handoff_execution") or "server").run()
        conversation_id = new_id("conv")
        if body.get("store") is not False:
            state.store.transaction(
                [
                    (
                        "INSERT INTO conversations (id, created_at, updated_at, settings) VALUES (?, ?, ?, ?)",
                        (conversation_id, now, time.time(), json.dumps(settings, ensure_ascii=False)),
                    ),
                    *_insert_entries(conversation_id, inputs + turn.outputs),
                ]
            )
    return Outcome(conversation_id, turn)


def _append(state: Any, conversation_id: str, body: dict[str, Any]) -> Outcome:
    confirmations = body.get("tool_confirmations") or []
    if body.get("inputs") is None and not confirmations:
        raise bad_request("Send inputs or tool_confirmations", param="inputs")
    if confirmations and body.get("inputs"):
        raise bad_request("Send either inputs or tool_confirmations, not both", param="tool_confirmations")
    overrides = body.get("completion_args")
    with _turn_lock:
        row = _row(state, conversation_id)
        history = _entries(state, conversation_id)
        actor = conversation_actor(state, row["settings"])
        if overrides:
            check_tools(state, actor.model, [], overrides, param="completion_args")
        now = time.time()
        inputs = input_entries(body.get("inputs"), now)
        if not confirmations and not inputs:
            raise bad_request("inputs must not be empty", param="inputs")
        check_sequence(history + inputs, bool(confirmations))
        runner = TurnRunner(state, actor, history + inputs, overrides, body.get("handoff_execution") or "server")
        turn = runner.confirm(confirmations) if confirmations else runner.run()
        if body.get("store", True) is not False:
            statements = _insert_entries(conversation_id, inputs + turn.outputs)
            for entry_id, entry in turn.updated.items():
                statements.append(
                    (
                        "UPDATE conversation_entries SET entry = ? WHERE conversation_id = ? AND id = ?",
                        (json.dumps(entry, ensure_ascii=False), conversation_id, entry_id),
                    )
                )
            statements.append(
                ("UPDATE conversations SET updated_at = ? WHERE id = ?", (time.time(), conversation_id))
            )
            state.store.transaction(statements)
    return Outcome(conversation_id, turn)


def _restart(state: Any, conversation_id: str, body: dict[str, Any]) -> Outcome:
    with _turn_lock:
        row = _row(state, conversation_id)
        history = _entries(state, conversation_id)
        wanted = body["from_entry_id"]
        index = next((i for i, e in enumerate(history) if e["id"] == wanted), None)
        if index is None:
            raise bad_request(f"Entry {wanted} not found in conversation {conversation_id}", param="from_entry_id")
        kept = history[: index + 1]
        settings = dict(row["settings"])
        if body.get("agent_version") is not None:
            if not settings.get("agent_id"):
                raise bad_request("agent_version only applies to a conversation with an agent", param="agent_version")
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
        turn = TurnRunner(state, actor, kept + inputs, overrides, body.get("handoff_execution") or "server").run()
        new_conversation = new_id("conv")
        if body.get("store", True) is not False:
            state.store.transaction(
                [
                    (
                        "INSERT INTO conversations (id, created_at, updated_at, settings) VALUES (?, ?, ?, ?)",
                        (new_conversation, now, time.time(), json.dumps(settings, ensure_ascii=False)),
                    ),
                    *_insert_entries(new_conversation, kept + inputs + turn.outputs),
                ]
            )
    return Outcome(new_conversation, turn)


# --------------------------------------------------------------------------
# responses and streams


def response_body(outcome: Outcome) -> dict[str, Any]:
    return {
        "object": "conversation.response",
        "conversation_id": outcome.conversation_id,
        "outputs": outcome.turn.outputs,
        "usage": outcome.turn.usage.body(),
    }


def _pieces(text: str) -> list[str]:
    return tokenize(text) or [""]


def entry_events(index: int, entry: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """The stream events of one output entry."""
    stamp = entry.get("created_at")
    base = {"created_at": stamp, "output_index": index, "id": entry["id"]}
    kind = entry["type"]
    if kind == "message.output":
        content = entry["content"]
        chunks = [{"type": "text", "text": content}] if isinstance(content, str) else content
        for content_index, chunk in enumerate(chunks):
            common = {
                "type": "message.output.delta",
                **base,
                "content_index": content_index,
                "model": entry.get("model"),
                "agent_id": entry.get("agent_id"),
                "role": "assistant",
            }
            if chunk.get("type") == "text":
                for piece in _pieces(chunk.get("text", "")):
                    yield "message.output.delta", {**common, "content": piece}
            else:
                yield "message.output.delta", {**common, "content": chunk}
    elif kind == "function.call":
        for piece in _pieces(_arguments_text(entry["arguments"])):
            data = {
                "type": "function.call.delta",
                **base,
                "model": entry.get("model"),
                "agent_id": entry.get("agent_id"),
                "name": entry["name"],
                "tool_call_id": entry["tool_call_id"],
                "arguments": piece,
            }
            if entry.get("confirmation_status") is not None:
                data["confirmation_status"] = entry["confirmation_status"]
            yield "function.call.delta", data
    elif kind == "tool.execution":
        yield "tool.execution.started", {
            "type": "tool.execution.started",
            **base,
            "model": entry.get("model"),
            "agent_id": entry.get("agent_id"),
            "name": entry["name"],
            "arguments": "",
        }
        for piece in _pieces(entry["arguments"]):
            yield "tool.execution.delta", {
                "type": "tool.execution.delta",
                **base,
                "name": entry["name"],
                "arguments": piece,
            }
        yield "tool.execution.done", {
            "type": "tool.execution.done",
            **{**base, "created_at": entry.get("completed_at") or stamp},
            "name": entry["name"],
            "info": entry.get("info") or {},
        }
    elif kind == "agent.handoff":
        yield "agent.handoff.started", {
            "type": "agent.handoff.started",
            **base,
            "previous_agent_id": entry["previous_agent_id"],
            "previous_agent_name": entry["previous_agent_name"],
        }
        yield "agent.handoff.done", {
            "type": "agent.handoff.done",
            **{**base, "created_at": entry.get("completed_at") or stamp},
            "next_agent_id": entry["next_agent_id"],
            "next_agent_name": entry["next_agent_name"],
        }


def stream_events(outcome: Outcome, fail_after: int | None = None) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every event of a streamed turn; with ``fail_after``, an error event replaces the rest."""

    def events() -> Iterator[tuple[str, dict[str, Any]]]:
        yield "conversation.response.started", {
            "type": "conversation.response.started",
            "created_at": iso(time.time()),
            "conversation_id": outcome.conversation_id,
        }
        for index, entry in enumerate(outcome.turn.outputs):
            yield from entry_events(index, entry)
        yield "conversation.response.done", {
            "type": "conversation.response.done",
            "created_at": iso(time.time()),
            "usage": outcome.turn.usage.body(),
        }

    for sent, event in enumerate(events()):
        if fail_after is not None and sent >= fail_after:
            break
        yield event
    else:
        if fail_after is None:
            return
    yield "conversation.response.error", {
        "type": "conversation.response.error",
        "created_at": iso(time.time()),
        "message": "Internal server error (injected stream-error fault)",
        "code": 3000,
    }


def _respond(call: Call, outcome: Outcome) -> Response:
    if call.body.get("stream"):
        fault = call.fault
        fail_after = None
        if fault is not None and fault.stream_error is not None:
            fail_after = fault.stream_error
            fault = replace(fault, stream_error=None)
        return sse_response(stream_events(outcome, fail_after), fault, done=False)
    return json_response(response_body(outcome))


# --------------------------------------------------------------------------
# handlers


async def start_conversation(call: Call) -> Response:
    ensure_tables(call.state)
    outcome = await anyio.to_thread.run_sync(_start, call.state, call.body)
    return _respond(call, outcome)


async def append_conversation(call: Call) -> Response:
    ensure_tables(call.state)
    outcome = await anyio.to_thread.run_sync(_append, call.state, call.path["conversation_id"], call.body)
    return _respond(call, outcome)


async def restart_conversation(call: Call) -> Response:
    ensure_tables(call.state)
    outcome = await anyio.to_thread.run_sync(_restart, call.state, call.path["conversation_id"], call.body)
    return _respond(call, outcome)


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
    return json_response(render_conversation(_row(call.state, call.path["conversation_id"])))


async def delete_conversation(call: Call) -> Response:
    state = call.state
    ensure_tables(state)
    conversation_id = call.path["conversation_id"]
    _row(state, conversation_id)
    await anyio.to_thread.run_sync(
        state.store.transaction,
        [
            ("DELETE FROM conversation_entries WHERE conversation_id = ?", (conversation_id,)),
            ("DELETE FROM conversations WHERE id = ?", (conversation_id,)),
        ],
    )
    return Response(status_code=204)


async def conversation_history(call: Call) -> Response:
    state = call.state
    ensure_tables(state)
    conversation_id = call.path["conversation_id"]
    _row(state, conversation_id)
    entries = _entries(state, conversation_id)
    return json_response({"object": "conversation.history", "conversation_id": conversation_id, "entries": entries})


async def conversation_messages(call: Call) -> Response:
    state = call.state
    ensure_tables(state)
    conversation_id = call.path["conversation_id"]
    _row(state, conversation_id)
    messages = [e for e in _entries(state, conversation_id) if e["type"] in ("message.input", "message.output")]
    return json_response({"object": "conversation.messages", "conversation_id": conversation_id, "messages": messages})


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

