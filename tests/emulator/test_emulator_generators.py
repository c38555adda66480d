"""Pattern strings (regex_gen) and JSON Schema equality (fastcheck.equal), built on public APIs only."""

from __future__ import annotations

import random
import re

import pytest
from jsonschema import Draft202012Validator

from mistralkit.emulator.fastcheck import equal
from mistralkit.emulator.regex_gen import from_regex

PATTERNS = [
    r"^[A-Z]{1,5}$",
    r"^ORD-[0-9]{4}$",
    r"^\d{3}-\d{2}-\d{4}$",
    r"^[a-z0-9_-]+@[a-z]+\.(com|org|net)$",
    r"^(?:https?://)?[\w.-]+\.[a-z]{2,6}(/\S*)?$",
    r"^[^\s@]+$",
    r"^(?P<year>\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$",
    r"^#?[0-9a-fA-F]{6}$",
    r"^\+?[1-9]\d{1,14}$",
    r"colou?r",
    r"^(?!admin)[a-z]{3,8}$",
    r"^[A-Za-z]\w*?(\.\w+)*$",
    r"^\x41\u0042[\-\]]x$",
    r"^a{2,}b{0,1}c*$",
    r"^v\d+\.\d+\.\d+(-[a-z]+\.\d+)?$",
]


@pytest.mark.parametrize("pattern", PATTERNS)
def test_generated_strings_match_their_pattern(pattern: str) -> None:
    for seed in range(25):
        text = from_regex(pattern, random.Random(seed))
        assert text is not None, (pattern, seed)
        assert re.search(pattern, text), (pattern, text)


def test_generation_is_deterministic_and_gives_up_cleanly() -> None:
    assert from_regex(r"^[a-z]{4}\d$", random.Random(7)) == from_regex(r"^[a-z]{4}\d$", random.Random(7))
    for unsupported in (r"^(a)\1$", r"[", r"(?<", r"a{2"):
        text = from_regex(unsupported, random.Random(0))
        assert text is None or re.search(unsupported, text)


VALUES = [0, 1, 1.0, 2, -1.5, True, False, None, "1", "a", "", [], [1], [1.0], [True], {}, {"a": 1}, {"a": 1.0},
          {"a": True}, {"a": [1, {"b": None}]}, {"a": [1.0, {"b": None}]}, [1, 2], [2, 1]]


def test_equality_is_json_schemas() -> None:
    # The reference is jsonschema's own answer to {"const": ...}, through its public API.
    for expected in VALUES:
        check = Draft202012Validator({"const": expected})
        for value in VALUES:
            assert equal(value, expected) == check.is_valid(value), (value, expected)
