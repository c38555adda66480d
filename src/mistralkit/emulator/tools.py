"""Deciding when and how the emulated model calls tools.

* ``tool_choice="none"`` (or no tools): never call.
* a named function (``{"type": "function", "function": {"name": ...}}``):
  always call that function (400 if it is not among ``tools``).
* ``"any"`` / ``"required"``: always call; the tool whose name best matches
  the last user message, else the first tool.
* ``"auto"`` (default): call when the last user message is about the tool
  (its :func:`relevance` is at least 2), unless the conversation already ends
  with tool results, in which case the model answers from them.  With
  ``parallel_tool_calls`` every relevant tool is called, otherwise only the
  best match.

Relevance, deterministic, from the tool against the last user message:

* 3 per word of the tool's name the message uses (generic verbs such as
  *get*, *list*, *search*, *retrieve* do not count);
* 2 per parameter whose name the message uses (every significant word of it:
  ``transaction_id`` needs *transaction*), and 2 per parameter whose value the
  message gives (see below);
* 1 per content word of the description the message uses (at most 2).

So "My transaction ID is T1001" makes ``retrieve_payment_status(transaction_id)``
relevant (the parameter is named, and its value given) and a greeting does not.

Arguments: values the message gives are used as they are -- a value right
after the parameter's words ("transaction ID is T1001", "order #A-17"), a
token matching the parameter's ``pattern``, an ``enum`` value the message
names, a number next to the parameter's words ("3 days"); each must validate
against the parameter's schema.  The rest is generated from the function's
``parameters`` schema (:mod:`.json_gen`), using words of the message as hints.
Arguments are sent as a JSON string.  Ids are nine alphanumeric characters.
"""

from __future__ import annotations

import json
import random
import re
from typing import Any

from jsonschema import Draft202012Validator

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


def _function_names(tools: list[dict[str, Any]]) -> list[str]:
    return [t.get("function", {}).get("name", "") for t in tools]


# Words too common in parameter names and descriptions to show what a message is about.
_PARAM_GENERIC = frozenset("id ids name names type value values data input text string number num key item".split())
_DESCRIPTION_STOP = frozenset(
    "the a an and or of for to in on at by with from this that these those is are be it its as your you user "
    "given which what when where how into about current returns return get gets fetch retrieve".split()
)
_TOKEN_RE = re.compile(r"[\w][\w.@:/+#-]*[\w]|[\w]")
_CONNECTORS = r"(?:\s*(?:is|are|was|=|:|of|number|no\.?|nr\.?|#)\s*)?"
_RELEVANT = 2


def _words(text: str) -> set[str]:
    return {_stem(w) for w in re.findall(r"[A-Za-z]+|\d+", text)}


def _param_words(name: str) -> list[str]:
    words = [_stem(w) for w in _SPLIT_RE.findall(name)]
    significant = [w for w in words if w not in _PARAM_GENERIC and w not in GENERIC]
    return significant


def _properties(fn: dict[str, Any]) -> dict[str, Any]:
    params = fn.get("parameters")
    props = params.get("properties") if isinstance(params, dict) else None
    return {k: v for k, v in props.items() if isinstance(v, dict)} if isinstance(props, dict) else {}


def _valid(schema: dict[str, Any], value: Any) -> bool:
    try:
        return Draft202012Validator(schema).is_valid(value)
    except Exception:  # an invalid schema: the caller reports it
        return False


def _after_words(name: str, text: str) -> list[str]:
    """Tokens right after the words of parameter ``name`` in ``text`` ("transaction ID is T1001" -> T1001)."""
    words = [w for w in _SPLIT_RE.findall(name) if w]
    if not words:
        return []
    joined = r"[\s_-]*".join(re.escape(w) + r"\w{0,3}" for w in words)
    found = []
    for match in re.finditer(r"\b" + joined + r"\b" + _CONNECTORS + r"[\"'`]?(" + _TOKEN_RE.pattern + ")", text, re.I):
        found.append(match.group(1))
    return found


def extract_arguments(fn: dict[str, Any], text: str) -> dict[str, Any]:
    """Values of ``fn``'s top-level parameters that ``text`` states, each valid for its parameter."""
    out: dict[str, Any] = {}
    tokens = [t.strip(".,;:!?") for t in _TOKEN_RE.findall(text)]
    for name, schema in _properties(fn).items():
        kind = schema.get("type")
        candidates: list[Any] = []
        enum = schema.get("enum")
        if isinstance(enum, list):
            lowered = text.lower()
            candidates += [
                v for v in enum if isinstance(v, str) and re.search(r"\b" + re.escape(v.lower()) + r"\b", lowered)
            ]
        else:
            after = _after_words(name, text)
            if kind in ("integer", "number"):
                numbers = [t for t in after if re.fullmatch(r"-?\d+(\.\d+)?", t)]
                words = _param_words(name) or [_stem(w) for w in _SPLIT_RE.findall(name)]
                for match in re.finditer(r"(-?\d+(?:\.\d+)?)\s+(\w+)", text):  # "3 days"
                    if _stem(match.group(2)) in words:
                        numbers.append(match.group(1))
                for number in numbers:
                    candidates.append(int(number) if kind == "integer" and "." not in number else float(number))
            elif kind in ("string", None):
                candidates += after
                pattern = schema.get("pattern")
                if isinstance(pattern, str):
                    try:
                        candidates += [t for t in tokens if re.fullmatch(pattern, t)]
                    except re.error:
                        pass
        for value in candidates:
            if _valid(schema, value):
                out[name] = value
                break
    return out


def wants_call(fn: dict[str, Any], text: str) -> bool:
    """Whether ``tool_choice="auto"`` calls ``fn`` for the message ``text``."""
    return relevance(fn, text) >= _RELEVANT


def relevance(fn: dict[str, Any], text: str) -> int:
    """How much ``text`` is about the function ``fn`` (see the module docstring)."""
    present = _words(text)
    score = 3 * sum(1 for w in name_words(fn.get("name") or "") if w in present)
    stated = extract_arguments(fn, text)
    for name, schema in _properties(fn).items():
        words = _param_words(name)
        if words and all(w in present for w in words):
            score += 2
        if name in stated and not isinstance(schema.get("enum"), list):
            score += 2
        elif name in stated:
            score += 1
    description = fn.get("description") or ""
    described = {
        _stem(w) for w in re.findall(r"[A-Za-z]{4,}", description) if w.lower() not in _DESCRIPTION_STOP
    }
    score += min(2, len(described & present))
    return score


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
        scores = [relevance(t.get("function", {}), last_user_text) for t in tools]
        best = max(range(len(names)), key=lambda i: (scores[i], -i))
        if choice in ("any", "required"):
            chosen = [best]
            if body.get("parallel_tool_calls", True):
                chosen = [i for i, s in enumerate(scores) if s >= _RELEVANT] or [best]
        else:  # auto
            if ends_with_tool_result or scores[best] < _RELEVANT:
                return None
            chosen = [best]
            if body.get("parallel_tool_calls", True):
                chosen = [i for i, s in enumerate(scores) if s >= _RELEVANT]
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
        args = json_gen.generate(params, rng, hints, known=extract_arguments(fn, last_user_text))
        calls.append(
            {
                "id": tool_call_id(rng),
                "type": "function",
                "function": {"name": fn.get("name", ""), "arguments": json.dumps(args, ensure_ascii=False)},
                "index": position,
            }
        )
    return calls
