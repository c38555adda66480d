"""Deciding when and how the emulated model calls tools.

* ``tool_choice="none"`` (or no tools): never call.
* a named function (``{"type": "function", "function": {"name": ...}}``):
  always call that function (400 if it is not among ``tools``).
* ``"any"`` / ``"required"``: always call; the tool whose name best matches
  the last user message, else the first tool.
* ``"auto"`` (default): call when the last user message mentions the tool --
  a word of its name, ignoring generic verbs such as *get*, *list*, *search*
  -- unless the conversation already ends with tool results, in which case the
  model answers from them.  With ``parallel_tool_calls`` every mentioned tool is
  called, otherwise only the best match.

Arguments are generated from the function's ``parameters`` schema
(:mod:`.json_gen`), using words of the last user message as hints, and are
sent as a JSON string.  Ids are nine alphanumeric characters.
"""

from __future__ import annotations

import json
import random
import re
from typing import Any

from . import json_gen
from .errors import bad_request
from .ids import tool_call_id
from .text_gen import keywords

GENERIC = frozenset(
    "get set list create update delete fetch find search make do run call lookup look retrieve compute calculate "
    "check send add remove query read write tool function api the of for a an by to".split()
)
_SPLIT_RE = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")


def _stem(word: str) -> str:
    word = word.lower()
    for suffix in ("ies", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return word


def name_words(name: str) -> list[str]:
    words = [_stem(w) for w in _SPLIT_RE.findall(name)]
    significant = [w for w in words if w not in GENERIC]
    return significant or words


def mention_score(name: str, text: str) -> int:
    present = {_stem(w) for w in re.findall(r"\w+", text)}
    return sum(1 for w in name_words(name) if w in present)


def _function_names(tools: list[dict[str, Any]]) -> list[str]:
    return [t.get("function", {}).get("name", "") for t in tools]


def plan(
    body: dict[str, Any],
    last_user_text: str,
    ends_with_tool_result: bool,
    rng: random.Random,
) -> list[dict[str, Any]] | None:
    """The tool calls to make, or ``None`` to answer in text."""
    tools = body.get("tools") or []
    if not tools:
        return None
    choice = body.get("tool_choice", "auto")
    names = _function_names(tools)
    if choice == "none":
        return None
    chosen: list[int]
    if isinstance(choice, dict):
        wanted = choice.get("function", {}).get("name")
        if wanted not in names:
            raise bad_request(
                f"tool_choice names function {wanted!r}, which is not among the tools", param="tool_choice"
            )
        chosen = [names.index(wanted)]
    else:
        scores = [mention_score(n, last_user_text) for n in names]
        best = max(range(len(names)), key=lambda i: (scores[i], -i))
        if choice in ("any", "required"):
            chosen = [best]
            if body.get("parallel_tool_calls", True):
                chosen = [i for i, s in enumerate(scores) if s > 0] or [best]
        else:  # auto
            if ends_with_tool_result or scores[best] == 0:
                return None
            chosen = [best]
            if body.get("parallel_tool_calls", True):
                chosen = [i for i, s in enumerate(scores) if s > 0]
    hints = keywords(last_user_text, limit=6)
    hints.sort(key=lambda w: not w[:1].isupper())
    calls = []
    for position, index in enumerate(chosen):
        fn = tools[index].get("function", {})
        params = fn.get("parameters") or {"type": "object", "properties": {}}
        try:
            json_gen.check_schema(params)
        except json_gen.SchemaError as exc:
            raise bad_request(
                f"Invalid parameters schema for function {fn.get('name')!r}: {exc}", param="tools"
            ) from None
        args = json_gen.generate(params, rng, hints)
        calls.append(
            {
                "id": tool_call_id(rng),
                "type": "function",
                "function": {"name": fn.get("name", ""), "arguments": json.dumps(args, ensure_ascii=False)},
                "index": position,
            }
        )
    return calls
