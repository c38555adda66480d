"""Strings that match a regular expression, for JSON Schema ``pattern``.

A small parser of its own (no private ``re`` internals) for the constructs
schemas use: literals and escapes, ``.``, classes (``[a-z0-9_]``, negated,
``\\d \\w \\s`` and their negations), groups (capturing, ``(?:...)``, named),
alternation, quantifiers (``* + ? {n} {n,} {n,m}``, lazy or possessive), and
anchors and lookarounds (which produce nothing).  Anything else -- e.g. a
back-reference -- raises :class:`ValueError`; :func:`from_regex` then gives
up.  The result is always checked with :func:`re.search`.
"""

from __future__ import annotations

import random
import re
import string
from dataclasses import dataclass, field

POOL = string.ascii_letters + string.digits + "_-. "
MAX_EXTRA = 3  # an unbounded quantifier repeats at most this many times more than its minimum
_CLASSES = {
    "d": string.digits,
    "D": string.ascii_letters,
    "w": string.ascii_letters + string.digits + "_",
    "W": " -.",
    "s": " ",
    "S": string.ascii_letters + string.digits,
}
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "0": "\0"}


@dataclass
class _Node:
    kind: str  # "chars", "seq", "alt", "repeat", "empty"
    chars: str = ""
    items: list[_Node] = field(default_factory=list)
    low: int = 0
    high: int | None = None


class _Parser:
    def __init__(self, pattern: str) -> None:
        self.p = pattern
        self.i = 0

    def peek(self) -> str:
        return self.p[self.i] if self.i < len(self.p) else ""

    def take(self) -> str:
        ch = self.peek()
        if not ch:
            raise ValueError("unexpected end of pattern")
        self.i += 1
        return ch

    def parse(self) -> _Node:
        node = self.alternation()
        if self.i != len(self.p):
            raise ValueError(f"unexpected {self.peek()!r} at {self.i}")
        return node

    def alternation(self) -> _Node:
        branches = [self.sequence()]
        while self.peek() == "|":
            self.i += 1
            branches.append(self.sequence())
        return branches[0] if len(branches) == 1 else _Node("alt", items=branches)

    def sequence(self) -> _Node:
        items: list[_Node] = []
        while self.peek() and self.peek() not in "|)":
            atom = self.atom()
            items.append(self.quantified(atom))
        return _Node("seq", items=items)

    def quantified(self, atom: _Node) -> _Node:
        ch = self.peek()
        if ch in ("*", "+", "?"):
            self.i += 1
            low, high = {"*": (0, None), "+": (1, None), "?": (0, 1)}[ch]
        elif ch == "{" and re.match(r"\{\d+(,\d*)?\}", self.p[self.i :]):
            end = self.p.index("}", self.i)
            low_text, _, high_text = self.p[self.i + 1 : end].partition(",")
            low = int(low_text)
            high = low if "," not in self.p[self.i : end] else (int(high_text) if high_text else None)
            self.i = end + 1
        else:
            return atom
        if self.peek() in ("?", "+"):  # lazy or possessive: the same strings match
            self.i += 1
        return _Node("repeat", items=[atom], low=low, high=high)

    def atom(self) -> _Node:
        ch = self.take()
        if ch == ".":
            return _Node("chars", chars=string.ascii_lowercase)
        if ch == "[":
            return _Node("chars", chars=self.char_class())
        if ch == "(":
            return self.group()
        if ch in "^$":
            return _Node("empty")
        if ch == "\\":
            return self.escape(in_class=False)
        if ch in "*+?":
            raise ValueError(f"nothing to repeat at {self.i - 1}")
        return _Node("chars", chars=ch)

    def group(self) -> _Node:
        lookaround = False
        if self.p.startswith("?", self.i):
            rest = self.p[self.i :]
            if rest.startswith(("?:", "?>")):
                self.i += 2
            elif rest.startswith(("?=", "?!")):
                self.i += 2
                lookaround = True
            elif rest.startswith(("?<=", "?<!")):
                self.i += 3
                lookaround = True
            elif match := re.match(r"\?P?<[A-Za-z_]\w*>", rest):
                self.i += match.end()
            else:
                raise ValueError(f"unsupported group at {self.i}")
        inner = self.alternation()
        if self.take() != ")":
            raise ValueError("unbalanced parenthesis")
        return _Node("empty") if lookaround else inner

    def escape(self, in_class: bool) -> _Node:
        ch = self.take()
        if ch in _CLASSES:
            return _Node("chars", chars=_CLASSES[ch])
        if ch in "bBAZz" and not in_class:
            return _Node("empty")
        if ch.isdigit() and ch != "0":
            raise ValueError("back-references are not supported")
        if ch == "x":
            code = self.p[self.i : self.i + 2]
            self.i += 2
            return _Node("chars", chars=chr(int(code, 16)))
        if ch == "u":
            code = self.p[self.i : self.i + 4]
            self.i += 4
            return _Node("chars", chars=chr(int(code, 16)))
        return _Node("chars", chars=_ESCAPES.get(ch, ch))

    def char_class(self) -> str:
        negate = self.peek() == "^"
        if negate:
            self.i += 1
        chars: list[str] = []
        first = True
        while True:
            ch = self.take()
            if ch == "]" and not first:
                break
            first = False
            if ch == "\\":
                node = self.escape(in_class=True)
                piece = node.chars
            else:
                piece = ch
            if len(piece) == 1 and self.peek() == "-" and self.p[self.i + 1 : self.i + 2] not in ("]", ""):
                self.i += 1
                end = self.take()
                if end == "\\":
                    end = self.escape(in_class=True).chars
                if len(end) != 1 or ord(end) < ord(piece):
                    raise ValueError("bad range in character class")
                chars.extend(chr(c) for c in range(ord(piece), min(ord(end), ord(piece) + 200) + 1))
            else:
                chars.append(piece)
        allowed = "".join(chars)
        if negate:
            return "".join(c for c in POOL if c not in allowed)
        return allowed


def _emit(node: _Node, rng: random.Random, out: list[str]) -> None:
    if node.kind == "chars":
        if not node.chars:
            raise ValueError("empty character class")
        out.append(rng.choice(node.chars))
    elif node.kind == "seq":
        for item in node.items:
            _emit(item, rng, out)
    elif node.kind == "alt":
        _emit(rng.choice(node.items), rng, out)
    elif node.kind == "repeat":
        high = node.low + MAX_EXTRA if node.high is None or node.high > node.low + MAX_EXTRA else node.high
        for _ in range(rng.randint(node.low, high)):
            _emit(node.items[0], rng, out)


def from_regex(pattern: str, rng: random.Random) -> str | None:
    """A string matching ``pattern`` (searched, as JSON Schema does), or None."""
    try:
        out: list[str] = []
        _emit(_Parser(pattern).parse(), rng, out)
        text = "".join(out)
        return text if re.search(pattern, text) else None
    except (ValueError, IndexError, re.error):
        return None
