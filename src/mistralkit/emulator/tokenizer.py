"""Token counts and the pieces an answer is streamed in.

Prompt tokens (``usage.prompt_tokens``, fine-tuning data tokens) are counted
by Mistral's own tokenizer, through :func:`mistralkit.tokens.count`
(``mistral-common``, part of the emulator extra): the same number the API
reports for the same messages, tools and model (see that module for which
tokenizer file serves which model).  Counts are cached, so a repeated prompt
costs a dictionary lookup.  Only when ``mistral-common`` is not installed does
the emulator fall back to its own formula (below).

Generated text is cut into *pieces* -- one streamed chunk each, and one
completion token each -- by the emulator's own small tokenizer, so that an
answer, its stream and ``max_tokens`` agree.  A text is cut by one regular
expression, tried left to right:

1. a run of word characters (``\\w+``, so letters, digits and ``_``), with at
   most one space or tab in front of it;
2. one other visible character (punctuation, symbols), with at most one space
   or tab in front of it;
3. a run of any other whitespace (newlines, repeated spaces).

Every character belongs to exactly one piece and joining the pieces gives the
text back, so a streamed answer is one chunk per piece.  A word longer than
:data:`MAX_PIECE` characters is further split every ``MAX_PIECE`` characters.

The fallback prompt formula: one beginning-of-text token,
plus for every message two marker tokens and the tokens of its text; an image
counts :data:`IMAGE_TOKENS` tokens; tool definitions count the tokens of their
compact JSON plus two markers.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterable
from typing import Any

try:
    import mistral_common  # noqa: F401 - only whether it is there

    from ..tokens import count as _real_count
    from ..tokens import count_fim as _real_count_fim
except ImportError:  # pragma: no cover - mistral-common is part of the emulator extra
    _real_count = None
    _real_count_fim = None

_preloading: threading.Thread | None = None


def preload() -> None:
    """Load Mistral's tokenizer in a background thread (once per process), so that the first
    request does not wait seconds for it on the event loop."""
    global _preloading
    if _real_count is not None and _preloading is None:
        # The imports happen here, on the caller's thread; only reading the tokenizer file is left to
        # the background. A module a background thread is importing sits half-built in sys.modules,
        # where other code may look it up (pytest.approx does so for numpy) and fail.
        from mistral_common.tokens.tokenizers.mistral import MistralTokenizer  # noqa: F401

        _preloading = threading.Thread(target=_real_count, args=("",), name="mistralkit-tokenizer", daemon=True)
        _preloading.start()

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
    messages: Iterable[dict[str, Any]],
    tools: list[dict[str, Any]] | None = None,
    extra_system: str = "",
    model: str = "mistral-small-latest",
) -> int:
    """Prompt tokens of a chat request for ``model``, as reported in ``usage.prompt_tokens``.

    ``extra_system`` (the safety prompt) goes in front of the system prompt, as the API puts it.
    """
    messages = list(messages)
    if _real_count is not None:
        if extra_system:
            if messages and messages[0].get("role") == "system":
                first = messages[0]
                merged = extra_system + "\n\n" + content_text(first.get("content"))
                messages = [{**first, "content": merged}, *messages[1:]]
            else:
                messages = [{"role": "system", "content": extra_system}, *messages]
        return _real_count(messages, model=model, tools=tools)
    return fallback_chat_prompt(messages, tools, extra_system)


def count_fim_prompt(prompt: str, suffix: str, model: str = "codestral-latest") -> int:
    """Prompt tokens of a FIM request: Mistral's FIM template, counted by Mistral's tokenizer."""
    if _real_count_fim is not None:
        return _real_count_fim(prompt, suffix or None, model=model)
    return BOS_TOKENS + 2 + count_tokens(prompt) + count_tokens(suffix)


def fallback_chat_prompt(
    messages: Iterable[dict[str, Any]], tools: list[dict[str, Any]] | None = None, extra_system: str = ""
) -> int:
    """The emulator's own prompt formula, used without ``mistral-common``."""
    n = BOS_TOKENS + sum(message_tokens(m) for m in messages)
    if tools:
        n += TOOLS_MARKER_TOKENS + count_tokens(json.dumps(tools, separators=(",", ":"), sort_keys=True))
    if extra_system:
        n += MESSAGE_MARKER_TOKENS + count_tokens(extra_system)
    return n
