"""Rebuild the whole answer from a stream's events.

``CompletionAccumulator`` turns completion chunks (chat, FIM, agents) into the
``ChatCompletionResponse`` the same request would have returned unstreamed: content joined, tool-call
argument deltas merged by index, finish reason and usage. ``ConversationAccumulator`` turns
conversation events into the ``ConversationResponse`` with its entries. ``accumulator_for`` picks
one from the first event; streams feed every event they yield to it (see ``_streaming.py``).
"""

from __future__ import annotations

from typing import Any

__all__ = ["Accumulator", "CompletionAccumulator", "ConversationAccumulator", "accumulator_for", "text_of_delta"]


class _Choice:
    __slots__ = ("calls", "finish_reason", "has_content", "index", "parts", "role")

    def __init__(self, index: int) -> None:
        self.index = index
        self.role: str | None = None
        self.parts: list[Any] = []
        self.has_content = False
        self.calls: dict[Any, dict[str, Any]] = {}
        self.finish_reason: str | None = None


class CompletionAccumulator:
    """Collects completion chunks (``CompletionEvent`` or ``CompletionChunk``)."""

    kind = "completion"

    def __init__(self) -> None:
        self.id: str | None = None
        self.model: str | None = None
        self.created: int | None = None
        self.usage: Any = None
        self.choices: dict[int, _Choice] = {}
        self.count = 0

    def add(self, event: Any) -> None:
        chunk = getattr(event, "data", event)
        self.count += 1
        if self.id is None:
            self.id = chunk.id
            self.model = chunk.model
            self.created = chunk.created
        usage = getattr(chunk, "usage", None)
        if usage is not None:
            self.usage = usage
        for choice in chunk.choices:
            state = self.choices.get(choice.index)
            if state is None:
                state = self.choices[choice.index] = _Choice(choice.index)
            delta = choice.delta
            if delta.role and state.role is None:
                state.role = delta.role
            content = delta.content
            if content is not None:
                state.has_content = True
                if isinstance(content, str):
                    if content:
                        state.parts.append(content)
                else:
                    state.parts.extend(content)
            if delta.tool_calls:
                self._merge_calls(state, delta.tool_calls)
            if choice.finish_reason is not None:
                state.finish_reason = choice.finish_reason

    @staticmethod
    def _merge_calls(state: _Choice, calls: list[Any]) -> None:
        for position, call in enumerate(calls):
            if "index" in call.model_fields_set:
                key: Any = call.index
            elif call.id and call.id != "null":
                key = call.id
            else:
                key = len(state.calls) if position else max(len(state.calls) - 1, 0)
            merged = state.calls.get(key)
            function = call.function
            if merged is None:
                state.calls[key] = {
                    "id": call.id,
                    "type": call.type,
                    "index": call.index if "index" in call.model_fields_set else len(state.calls),
                    "name": function.name or "",
                    "arguments": function.arguments if not isinstance(function.arguments, str) else [function.arguments],
                }
                continue
            if call.id and call.id != "null" and merged["id"] in (None, "", "null"):
                merged["id"] = call.id
            if function.name and not merged["name"]:
                merged["name"] = function.name
            if isinstance(function.arguments, str):
                if isinstance(merged["arguments"], list):
                    merged["arguments"].append(function.arguments)
                else:
                    merged["arguments"] = [function.arguments]
            else:
                merged["arguments"] = function.arguments

    def text(self, index: int = 0) -> str:
        """The text of choice ``index`` so far."""
        state = self.choices.get(index)
        if state is None:
            return ""
        return "".join(_part_text(p) for p in state.parts)

    def result(self) -> Any:
        from ..types import (
            AssistantMessage,
            ChatCompletionChoice,
            ChatCompletionResponse,
            FunctionCall,
            ToolCall,
            UsageInfo,
        )

        choices = []
        for index in sorted(self.choices):
            state = self.choices[index]
            tool_calls = None
            if state.calls:
                tool_calls = [
                    ToolCall(
                        id=c["id"],
                        type=c["type"],
                        index=c["index"],
                        function=FunctionCall(
                            name=c["name"],
                            arguments="".join(c["arguments"]) if isinstance(c["arguments"], list) else c["arguments"],
                        ),
                    )
                    for c in state.calls.values()
                ]
            message = AssistantMessage(content=_join(state.parts) if state.has_content else None, tool_calls=tool_calls)
            choices.append(ChatCompletionChoice(index=index, message=message, finish_reason=state.finish_reason or "stop"))
        usage = self.usage if self.usage is not None else UsageInfo(prompt_tokens=0, completion_tokens=0, total_tokens=0)
        return ChatCompletionResponse(
            id=self.id or "",
            object="chat.completion",
            model=self.model or "",
            usage=usage,
            created=self.created or 0,
            choices=choices,
        )


def _part_text(part: Any) -> str:
    if isinstance(part, str):
        return part
    text = getattr(part, "text", None)
    return text if isinstance(text, str) else ""


def _join(parts: list[Any]) -> str | list[Any]:
    """Strings join into one string; typed chunks stay a list, adjacent text chunks merged."""
    if all(isinstance(p, str) for p in parts):
        return "".join(parts)
    from ..types import TextChunk

    out: list[Any] = []
    for part in parts:
        if isinstance(part, str):
            part = TextChunk(text=part)
        if getattr(part, "type", None) == "text" and out and getattr(out[-1], "type", None) == "text":
            out[-1] = TextChunk(text=out[-1].text + part.text)
        else:
            out.append(part)
    return out


def text_of_delta(event: Any) -> str:
    """The text an event adds (choice 0 of a completion chunk, or a conversation message delta)."""
    data = getattr(event, "data", event)
    choices = getattr(data, "choices", None)
    if choices is not None:
        for choice in choices:
            if choice.index == 0:
                content = choice.delta.content
                if isinstance(content, str):
                    return content
                if content:
                    return "".join(_part_text(p) for p in content)
        return ""
    if getattr(data, "type", None) == "message.output.delta":
        content = data.content
        return content if isinstance(content, str) else _part_text(content)
    if getattr(data, "type", None) == "transcription.text.delta":
        return str(getattr(data, "text", ""))
    return ""


class ConversationAccumulator:
    """Collects conversation events into a ``ConversationResponse``."""

    kind = "conversation"

    def __init__(self) -> None:
        self.conversation_id: str | None = None
        self.usage: Any = None
        self.entries: dict[int, dict[str, Any]] = {}
        self.count = 0

    def add(self, event: Any) -> None:
        data = getattr(event, "data", event)
        self.count += 1
        kind = data.get("type") if isinstance(data, dict) else getattr(data, "type", None)
        if kind == "conversation.response.started":
            self.conversation_id = data.conversation_id
            return
        if kind == "conversation.response.done":
            self.usage = data.usage
            return
        index = getattr(data, "output_index", None)
        if index is None:
            return
        entry = self.entries.get(index)
        if kind == "message.output.delta":
            if entry is None:
                entry = self.entries[index] = {
                    "type": "message.output",
                    "id": data.id,
                    "created_at": data.created_at,
                    "agent_id": data.agent_id,
                    "model": data.model,
                    "role": data.role,
                    "parts": [],
                }
            entry["parts"].append(data.content)
        elif kind == "function.call.delta":
            if entry is None:
                entry = self.entries[index] = {
                    "type": "function.call",
                    "id": data.id,
                    "created_at": data.created_at,
                    "agent_id": data.agent_id,
                    "model": data.model,
                    "name": data.name,
                    "tool_call_id": data.tool_call_id,
                    "arguments": [],
                    "confirmation_status": data.confirmation_status,
                }
            entry["arguments"].append(data.arguments)
        elif kind in ("tool.execution.started", "tool.execution.delta"):
            if entry is None:
                entry = self.entries[index] = {
                    "type": "tool.execution",
                    "id": data.id,
                    "created_at": data.created_at,
                    "agent_id": getattr(data, "agent_id", None),
                    "model": getattr(data, "model", None),
                    "name": data.name,
                    "arguments": [],
                    "info": None,
                }
            entry["arguments"].append(data.arguments)
        elif kind == "tool.execution.done":
            if entry is None:
                entry = self.entries[index] = {
                    "type": "tool.execution",
                    "id": data.id,
                    "created_at": data.created_at,
                    "agent_id": None,
                    "model": None,
                    "name": data.name,
                    "arguments": [],
                    "info": None,
                }
            entry["info"] = data.info
            entry["completed_at"] = data.created_at
        elif kind == "agent.handoff.started":
            self.entries[index] = {
                "type": "agent.handoff",
                "id": data.id,
                "created_at": data.created_at,
                "previous_agent_id": data.previous_agent_id,
                "previous_agent_name": data.previous_agent_name,
                "next_agent_id": "",
                "next_agent_name": "",
            }
        elif kind == "agent.handoff.done":
            if entry is None:
                entry = self.entries[index] = {
                    "type": "agent.handoff",
                    "id": data.id,
                    "created_at": data.created_at,
                    "previous_agent_id": "",
                    "previous_agent_name": "",
                }
            entry["next_agent_id"] = data.next_agent_id
            entry["next_agent_name"] = data.next_agent_name
            entry["completed_at"] = data.created_at

    def outputs(self) -> list[Any]:
        from ..types import (
            AgentHandoffEntry,
            FunctionCallEntry,
            MessageOutputEntry,
            ToolExecutionEntry,
        )

        out: list[Any] = []
        for index in sorted(self.entries):
            entry = dict(self.entries[index])
            kind = entry.pop("type")
            if kind == "message.output":
                entry["content"] = _join([p for p in entry.pop("parts") if p != ""] or [""])
                out.append(MessageOutputEntry(**entry))
            elif kind == "function.call":
                entry["arguments"] = "".join(entry["arguments"])
                out.append(FunctionCallEntry(**entry))
            elif kind == "tool.execution":
                entry["arguments"] = "".join(entry["arguments"])
                out.append(ToolExecutionEntry(**entry))
            else:
                out.append(AgentHandoffEntry(**entry))
        return out

    def result(self) -> Any:
        from ..types import ConversationResponse, ConversationUsageInfo

        return ConversationResponse(
            conversation_id=self.conversation_id or "",
            outputs=self.outputs(),
            usage=self.usage if self.usage is not None else ConversationUsageInfo(),
        )


class _OtherAccumulator:
    """Streams without a final response to rebuild (e.g. transcriptions): keeps the text only."""

    kind = "other"

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.count = 0

    def add(self, event: Any) -> None:
        self.count += 1
        text = text_of_delta(event)
        if text:
            self.parts.append(text)

    def result(self) -> Any:
        return "".join(self.parts)


Accumulator = CompletionAccumulator | ConversationAccumulator | _OtherAccumulator


def accumulator_for(event: Any) -> Accumulator:
    data = getattr(event, "data", event)
    if hasattr(data, "choices"):
        return CompletionAccumulator()
    kind = getattr(data, "type", None) or (data.get("type") if isinstance(data, dict) else None)
    if isinstance(kind, str) and not kind.startswith("transcription."):
        return ConversationAccumulator()
    return _OtherAccumulator()


class Recorder:
    """What a stream keeps of the events it yields: they are folded into the right accumulator in
    small batches (and when a result is asked for), so a stream nobody asks to accumulate pays one
    list append per event and holds at most a batch of events."""

    __slots__ = ("_acc", "_buf")
    # Small on purpose: events held longer outlive the young generation of the garbage collector,
    # and the older-generation collections that follow cost more per chunk than folding does.
    BATCH = 16

    def __init__(self) -> None:
        self._buf: list[Any] = []
        self._acc: Accumulator | None = None

    def add(self, item: Any) -> None:
        buf = self._buf
        buf.append(item)
        if len(buf) >= self.BATCH:
            self._fold()

    def _fold(self) -> None:
        buf = self._buf
        if not buf:
            return
        acc = self._acc
        if acc is None:
            acc = self._acc = accumulator_for(buf[0])
        for item in buf:
            acc.add(item)
        buf.clear()

    def result(self) -> Any:
        """The whole response so far (a ``ChatCompletionResponse`` for an empty stream)."""
        self._fold()
        return (self._acc or CompletionAccumulator()).result()
