"""One turn: who answers (model, agent, handoff target) and the outputs it produces."""

from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass, field
from typing import Any

from .. import builtin_tools
from ..agents import (
    function_tools,
    iso,
    load_agent,
    new_id,
)
from ..chat import choice_from_engine, generate_choice
from ..completion import finish
from ..errors import APIError, bad_request
from ..ids import tool_call_id
from ..models_catalog import CHAT, require
from ..text_gen import keywords, request_seed, rng_for
from ..tokenizer import (
    count_chat_prompt,
    count_images,
    count_tokens,
)
from ..tools import name_words, wants_call
from .model import (
    ENTRY_PREFIXES,
    last_user_text,
    message_tokens,
    to_messages,
)

MAX_HANDOFFS = 3
GENERIC_AGENT_WORDS = frozenset(
    "agent agents assistant assistants bot bots helper expert experts specialist service team desk the and for of "
    "with ai".split()
)
ARG_KEYS = (
    "temperature",
    "top_p",
    "max_tokens",
    "stop",
    "random_seed",
    "response_format",
    "prediction",
)

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
        self._entry(
            "tool.execution",
            actor,
            name=run.name,
            arguments=run.arguments,
            info=run.info,
        )
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
        for key in ARG_KEYS:
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
            raise bad_request(
                f"Model {actor.model} does not support image input",
                param="inputs",
                code="3051",
            )
        prompt = count_chat_prompt(messages, actor.tools or None, model=actor.model)
        max_tokens = args.get("max_tokens") or 0
        if prompt + max_tokens > model.max_context_length:
            raise bad_request(
                f"Prompt contains {prompt} tokens, too large for model with "
                f"{model.max_context_length} maximum context length (max_tokens: {max_tokens})",
                code="3051",
            )
        self.usage.prompt_tokens += prompt

    def _compose(
        self,
        actor: Actor,
        runs: list[builtin_tools.ToolRun],
        rng: Any,
        args: dict[str, Any],
        extra=(),
    ):
        """The answer after built-in tools: their sentences, each followed by its reference chunk."""
        pieces: list[tuple[str, dict[str, Any] | None]] = [(s, None) for s in extra]
        for run in runs:
            pieces.extend(run.pieces)
        closer = rng.choice(
            (
                "Let me know if you want more detail.",
                "I can look further if needed.",
                "I hope this helps.",
            )
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
        chunks = limit_chunks(chunks, args.get("stop"), args.get("max_tokens"))
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
        question = last_user_text(entries)

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
            fn_mentioned = any(wants_call(t["function"], question) for t in fn_tools)
            chosen = [] if fn_mentioned else [t for t in builtins if builtin_tools.triggered(t, question)]
            if not chosen and not fn_tools and tool_choice in ("any", "required"):
                chosen = builtins[:1]
            if chosen:
                self._run_builtins(actor, chosen, question, rng, args)
                return None

        if self.state.engine is not None:  # the model's part of the turn comes from the engine
            choice = choice_from_engine(self.state.engine.chat_sync(body), body)
        else:
            choice = generate_choice(body, seed, 0)
        if choice.tool_calls:
            for call in choice.tool_calls:
                fn = call["function"]
                self._function_call(actor, call["id"], fn["name"], fn["arguments"], None)
        else:
            self._message(actor, choice.content)
        return None

    def _run_builtins(
        self,
        actor: Actor,
        chosen: list[dict[str, Any]],
        question: str,
        rng: Any,
        args: dict[str, Any],
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
                    f"No tool call waiting for confirmation with id {call_id}",
                    param="tool_confirmations",
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
        question = last_user_text(self.entries)
        tools_by_type = {t.get("type"): t for t in actor.tools}
        runs, notes, updated = [], [], {}
        for call_id, decision in decided.items():
            call = pending[call_id]
            updated[call["id"]] = {
                **call,
                "confirmation_status": "allowed" if decision == "allow" else "denied",
            }
            if decision == "allow":
                tool = tools_by_type.get(call["name"]) or {"type": call["name"]}
                run = builtin_tools.run(self.state, tool, question, rng)
                self._tool_execution(actor, run)
                runs.append(run)
            else:
                notes.append(f"I did not run {call['name']}: the call was denied.")
        self._message(actor, self._compose(actor, runs, rng, args, extra=notes))
        return Turn(self.outputs, self.usage, updated)


def limit_chunks(chunks: list[dict[str, Any]], stop: Any, max_tokens: int | None) -> list[dict[str, Any]]:
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
