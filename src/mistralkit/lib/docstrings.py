"""Read a function's summary and per-parameter descriptions from its docstring.

Three styles are understood: Google (``Args:`` then ``name (type): text``), NumPy (a ``Parameters``
section underlined with dashes, ``name : type`` then indented text) and reST (``:param name: text``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = ["Docstring", "parse_docstring"]

_GOOGLE_SECTIONS = re.compile(
    r"^(Args|Arguments|Parameters|Params|Keyword Args|Keyword Arguments|Returns|Return|Yields|Raises|Examples?|Notes?|"
    r"Attributes|See Also|Warnings?|References|Todo)\s*:\s*$",
    re.IGNORECASE,
)
_GOOGLE_PARAM_SECTIONS = {"args", "arguments", "parameters", "params", "keyword args", "keyword arguments"}
_GOOGLE_ITEM = re.compile(r"^\*{0,2}(\w+)\s*(?:\(([^)]*)\))?\s*:\s*(.*)$")
_REST_PARAM = re.compile(r"^:param\s+(?:[^:]*\s)?(\w+)\s*:\s*(.*)$")
_REST_FIELD = re.compile(r"^:\w+")


@dataclass
class Docstring:
    summary: str = ""
    params: dict[str, str] = field(default_factory=dict)


def parse_docstring(text: str) -> Docstring:
    lines = text.expandtabs().splitlines()
    result = Docstring()
    summary: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        # NumPy: a title line followed by a dashed underline.
        if i + 1 < len(lines) and stripped and re.fullmatch(r"-{3,}", lines[i + 1].strip()):
            i = _numpy_section(lines, i, result)
            continue
        google = _GOOGLE_SECTIONS.match(stripped)
        if google:
            i = _google_section(lines, i, google.group(1).lower() in _GOOGLE_PARAM_SECTIONS, result)
            continue
        if _REST_FIELD.match(stripped):
            i = _rest_field(lines, i, result)
            continue
        summary.append(stripped)
        i += 1
    result.summary = " ".join(" ".join(summary).split())
    return result


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _google_section(lines: list[str], start: int, is_params: bool, out: Docstring) -> int:
    base = _indent(lines[start])
    i = start + 1
    item_indent = None
    current = None
    while i < len(lines):
        line = lines[i]
        if line.strip() and _indent(line) <= base:
            break
        if line.strip():
            indent = _indent(line)
            if item_indent is None:
                item_indent = indent
            match = _GOOGLE_ITEM.match(line.strip()) if indent == item_indent else None
            if match and is_params:
                current = match.group(1)
                out.params[current] = match.group(3).strip()
            elif current is not None and is_params:
                out.params[current] = (out.params[current] + " " + line.strip()).strip()
        i += 1
    return i


def _numpy_section(lines: list[str], start: int, out: Docstring) -> int:
    title = lines[start].strip().lower()
    is_params = title in ("parameters", "other parameters", "keyword arguments", "args", "arguments")
    base = _indent(lines[start])
    i = start + 2
    current = None
    while i < len(lines):
        line = lines[i]
        if i + 1 < len(lines) and line.strip() and re.fullmatch(r"-{3,}", lines[i + 1].strip()):
            break
        if line.strip():
            if _indent(line) <= base:
                name = line.split(":", 1)[0].strip().lstrip("*")
                current = name if is_params and name.isidentifier() else None
                if current is not None:
                    out.params[current] = ""
            elif current is not None:
                out.params[current] = (out.params[current] + " " + line.strip()).strip()
        i += 1
    return i


def _rest_field(lines: list[str], start: int, out: Docstring) -> int:
    match = _REST_PARAM.match(lines[start].strip())
    base = _indent(lines[start])
    text = match.group(2).strip() if match else ""
    i = start + 1
    while i < len(lines) and lines[i].strip() and _indent(lines[i]) > base:
        text += " " + lines[i].strip()
        i += 1
    if match:
        out.params[match.group(1)] = text.strip()
    return i
