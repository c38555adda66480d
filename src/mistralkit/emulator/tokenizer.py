"""The emulator's tokenizer: small, documented and deterministic.

It is *not* Mistral's tokenizer; it exists so that usage numbers are stable and
can be recomputed by anyone.  A text is cut into pieces by one regular
expression, tried left to right:

1. a run of word characters (``\\w+``, so letters, digits and ``_``), with at
   most one space or tab in front of it;
2. one other visible character (punctuation, symbols), with at most one space
   or tab in front of it;
3. a run of any other whitespace (newlines, repeated spaces).

Every character belongs to exactly one piece and joining the pieces gives the
text back, so a streamed answer is one chunk per piece.  A word longer than
:data:`MAX_PIECE` characters is further split every ``MAX_PIECE`` characters.

Prompt accounting (see :func:`count_chat_prompt`): one beginning-of-text token,
plus for every message two marker tokens and the tokens of its text; an image
counts :data:`IMAGE_TOKENS` tokens; tool definitions count the tokens of their
compact JSON plus two markers.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any

TOKEN_RE = re.compile(r"[ \t]?\w+|[ \t]?[^\w\s]|\s+")
MAX_PIECE = 12
BOS_TOKENS = 1
MESSAGE_MARKER_TOKENS = 2
IMAGE_TOKENS = 256
TOOLS_MARKER_TOKENS = 2


def tokenize(text: str) -> list[str]:
    """Split ``text`` into pieces; ``"".join(tokenize(t)) == t``."""
    pieces = TOKEN_RE.findall(text)
    if any(len(p) > MAX_PIECE for p in pieces):
        out: list[str] = []
        for p in pieces:
            if len(p) <= MAX_PIECE:
                out.append(p)
            else:
                out.extend(p[i : i + MAX_PIECE] for i in range(0, len(p), MAX_PIECE))
        return out
    return pieces


def count_tokens(text: str | None) -> int:
    """Number of pieces in ``text`` (0 for ``None`` or ``""``)."""
    if not text:
        return 0
    return len(tokenize(text))


def content_text(content: Any) -> str:
    """The text of a message ``content`` (string, ``None`` or list of chunks)."""
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    parts: list[str] = []
    for chunk in content:
        if not isinstance(chunk, dict):
            continue
        kind = chunk.get("type", "text")
        if kind == "text":
            parts.append(str(chunk.get("text", "")))
        elif kind == "thinking":
            for sub in chunk.get("thinking", []) or []:
                if isinstance(sub, dict) and "text" in sub:
                    parts.append(str(sub["text"]))
        elif kind == "document_url":
            parts.append(str(chunk.get("document_name") or ""))
    return "\n".join(p for p in parts if p)


def count_images(content: Any) -> int:
    if not isinstance(content, list):
        return 0
    return sum(1 for c in content if isinstance(c, dict) and c.get("type") == "image_url")


def message_tokens(message: dict[str, Any]) -> int:
    """Tokens one chat message costs in a prompt."""
    n = MESSAGE_MARKER_TOKENS + count_tokens(content_text(message.get("content")))
    n += IMAGE_TOKENS * count_images(message.get("content"))
    for call in message.get("tool_calls") or []:
        fn = call.get("function", {})
        args = fn.get("arguments", "")
        if not isinstance(args, str):
            args = json.dumps(args, separators=(",", ":"))
        n += count_tokens(str(fn.get("name", ""))) + count_tokens(args)
    return n


def count_chat_prompt(
    messages: Iterable[dict[str, Any]], tools: list[dict[str, Any]] | None = None, extra_system: str = ""
) -> int:
    """Prompt tokens of a chat request, as reported in ``usage.prompt_tokens``."""
    n = BOS_TOKENS + sum(message_tokens(m) for m in messages)
    if tools:
        n += TOOLS_MARKER_TOKENS + count_tokens(json.dumps(tools, separators=(",", ":"), sort_keys=True))
    if extra_system:
        n += MESSAGE_MARKER_TOKENS + count_tokens(extra_system)
    return n
