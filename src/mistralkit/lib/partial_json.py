"""Parse the beginning of a JSON document: what a streamed structured answer says so far.

``partial_json('{"name": "Ada", "langs": ["en", "f')`` gives ``{"name": "Ada", "langs": ["en", "f"]}``:
open strings, arrays and objects are closed, and a key still waiting for its value, or a number
or literal cut in the middle, is left out.
"""

from __future__ import annotations

import json
from typing import Any

__all__ = ["partial_json"]

_MISSING: Any = object()
_WS = " \t\r\n"
_NUMBER_CHARS = frozenset("+-0123456789.eE")


def partial_json(text: str) -> Any:
    """The value the JSON prefix ``text`` has produced so far (None for nothing yet)."""
    try:
        return json.loads(text)
    except ValueError:
        pass
    value, _ = _value(text, _skip(text, 0))
    return None if value is _MISSING else value


def _skip(text: str, i: int) -> int:
    while i < len(text) and text[i] in _WS:
        i += 1
    return i


def _value(text: str, i: int) -> tuple[Any, int]:
    if i >= len(text):
        return _MISSING, i
    char = text[i]
    if char == "{":
        return _object(text, i + 1)
    if char == "[":
        return _array(text, i + 1)
    if char == '"':
        return _string(text, i)
    if char in _NUMBER_CHARS:
        j = i
        while j < len(text) and text[j] in _NUMBER_CHARS:
            j += 1
        if j == len(text):  # the number may go on: not yet known
            return _MISSING, j
        try:
            return json.loads(text[i:j]), j
        except ValueError:
            return _MISSING, len(text)
    for word, value in (("true", True), ("false", False), ("null", None)):
        if text.startswith(word, i):
            return value, i + len(word)
    return _MISSING, len(text)


def _string(text: str, i: int) -> tuple[Any, int]:
    j = i + 1
    while j < len(text):
        char = text[j]
        if char == "\\":
            j += 2
            continue
        if char == '"':
            return json.loads(text[i : j + 1]), j + 1
        j += 1
    # Unterminated: close it, dropping a trailing escape cut in the middle.
    body = text[i + 1 :]
    for cut in range(7):
        try:
            return json.loads('"' + body[: len(body) - cut] + '"'), len(text)
        except ValueError:
            continue
    return _MISSING, len(text)


def _array(text: str, i: int) -> tuple[Any, int]:
    items: list[Any] = []
    i = _skip(text, i)
    while i < len(text):
        if text[i] == "]":
            return items, i + 1
        value, i = _value(text, i)
        if value is _MISSING:
            return items, len(text)
        items.append(value)
        i = _skip(text, i)
        if i < len(text) and text[i] == ",":
            i = _skip(text, i + 1)
    return items, i


def _object(text: str, i: int) -> tuple[Any, int]:
    obj: dict[str, Any] = {}
    i = _skip(text, i)
    while i < len(text):
        if text[i] == "}":
            return obj, i + 1
        if text[i] != '"':
            return obj, len(text)
        key, i = _string(text, i)
        i = _skip(text, i)
        if key is _MISSING or i >= len(text) or text[i] != ":":
            return obj, len(text)
        value, i = _value(text, _skip(text, i + 1))
        if value is _MISSING:
            return obj, len(text)
        obj[key] = value
        i = _skip(text, i)
        if i < len(text) and text[i] == ",":
            i = _skip(text, i + 1)
    return obj, i
