"""What chat and FIM completions share: stops, limits, response and stream shapes."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from .tokenizer import count_tokens, tokenize


@dataclass
class Choice:
    """One generated choice.

    ``shown`` is text echoed before the generated part (a ``prefix`` the
    client asked the answer to start with); it is part of ``content`` but not
    of ``completion_tokens``.
    """

    generated: str
    finish_reason: str
    shown: str = ""
    tool_calls: list[dict[str, Any]] | None = None
    tokens: list[str] = field(default_factory=list)

    @property
    def content(self) -> str:
        return self.shown + self.generated

    @property
    def completion_tokens(self) -> int:
        if self.tool_calls:
            return sum(
                count_tokens(c["function"]["name"]) + count_tokens(c["function"]["arguments"]) for c in self.tool_calls
            )
        return len(self.tokens)


def stop_list(stop: Any) -> list[str]:
    if stop is None:
        return []
    if isinstance(stop, str):
        return [stop] if stop else []
    return [s for s in stop if s]


def finish(text: str, *, stop: Any, max_tokens: int | None, shown: str = "", natural: str = "stop") -> Choice:
    """Apply ``stop`` (cut before the earliest stop string) then ``max_tokens``."""
    reason = natural
    cut = len(text)
    for s in stop_list(stop):
        at = text.find(s)
        if 0 <= at < cut:
            cut = at
            reason = "stop"
    text = text[:cut]
    tokens = tokenize(text)
    if max_tokens is not None and len(tokens) > max_tokens:
        tokens = tokens[:max_tokens]
        text = "".join(tokens)
        reason = "length"
    return Choice(text, reason, shown=shown, tokens=tokens)


def usage(prompt_tokens: int, completion_tokens: int) -> dict[str, Any]:
    return {
        "prompt_tokens": prompt_tokens,
        "completion_tokens": completion_tokens,
        "total_tokens": prompt_tokens + completion_tokens,
    }


def response_body(cid: str, model: str, choices: list[Choice], prompt_tokens: int) -> dict[str, Any]:
    return {
        "id": cid,
        "object": "chat.completion",
        "model": model,
        "created": int(time.time()),
        "usage": usage(prompt_tokens, sum(c.completion_tokens for c in choices)),
        "choices": [
            {
                "index": i,
                "message": {
                    "role": "assistant",
                    "content": c.content,
                    "tool_calls": c.tool_calls,
                    "prefix": False,
                },
                "finish_reason": c.finish_reason,
            }
            for i, c in enumerate(choices)
        ],
    }


def stream_events(
    cid: str, model: str, choices: list[Choice], prompt_tokens: int
) -> Iterator[tuple[None, dict[str, Any]]]:
    """``CompletionChunk`` events: role first, one chunk per token, usage last.

    With several choices the chunks of the choices are interleaved, one token
    of each in turn; each choice's last chunk carries its ``finish_reason`` and
    the very last chunk carries ``usage``.
    """
    created = int(time.time())
    total_usage = usage(prompt_tokens, sum(c.completion_tokens for c in choices))

    def chunk(index: int, delta: dict[str, Any], reason: str | None, last: bool) -> dict[str, Any]:
        body: dict[str, Any] = {
            "id": cid,
            "object": "chat.completion.chunk",
            "created": created,
            "model": model,
            "choices": [{"index": index, "delta": delta, "finish_reason": reason}],
        }
        if last:
            body["usage"] = total_usage
        return body

    plans: list[list[tuple[dict[str, Any], str | None]]] = []
    for c in choices:
        steps: list[tuple[dict[str, Any], str | None]] = [({"role": "assistant", "content": ""}, None)]
        if c.tool_calls:
            steps.append(({"content": "", "tool_calls": c.tool_calls}, c.finish_reason))
        else:
            pieces = (tokenize(c.shown) if c.shown else []) + c.tokens
            if pieces:
                steps.extend(({"content": p}, None) for p in pieces)
                steps[-1] = (steps[-1][0], c.finish_reason)
            else:
                steps.append(({"content": ""}, c.finish_reason))
        plans.append(steps)
    remaining = sum(len(p) for p in plans)
    longest = max(len(p) for p in plans)
    for step in range(longest):
        for index, steps in enumerate(plans):
            if step < len(steps):
                remaining -= 1
                delta, reason = steps[step]
                yield None, chunk(index, delta, reason, remaining == 0)
