"""Answers built from a response schema and stored data.

A value is generated from the schema (deterministically, from a seed), then the stored fields are
laid over it wherever the schema has a property of that name and the stored value is valid there,
so an item reads the same through every operation that shows it, and every answer matches its
schema.
"""

from __future__ import annotations

import copy
import functools
import hashlib
import random
from typing import Any

from jsonschema import Draft202012Validator

from .. import json_gen
from ..spec import load_spec
from ..validation import SPEC_URI, _format_checker, compiler, registry
from .shapes import is_entity, object_schema, properties

ATTEMPTS = 4
_validators: dict[int, tuple[Any, Draft202012Validator]] = {}


def rng_for(*parts: Any) -> random.Random:
    digest = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


def _absolute(node: Any) -> Any:
    if isinstance(node, dict):
        out = {}
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str) and value.startswith("#/"):
                out[key] = SPEC_URI + value
            else:
                out[key] = _absolute(value)
        return out
    if isinstance(node, list):
        return [_absolute(v) for v in node]
    return node


def validator(schema: Any) -> Draft202012Validator:
    """A validator for a schema found inside the contract (its refs resolved against it)."""
    cached = _validators.get(id(schema))
    if cached is not None and cached[0] is schema:
        return cached[1]
    compiled = Draft202012Validator(
        _absolute(schema) if isinstance(schema, (dict, list)) else schema,
        registry=registry(),
        format_checker=_format_checker,
    )
    if id(schema) in _pointers():  # only the contract's own schemas live long enough to cache
        _validators[id(schema)] = (schema, compiled)
    return compiled


@functools.lru_cache(maxsize=1)
def _pointers() -> dict[int, str]:
    """The JSON pointer of every schema object inside the contract, by identity."""
    out: dict[int, str] = {}

    def walk(node: Any, pointer: str) -> None:
        if isinstance(node, dict):
            out.setdefault(id(node), pointer)
            for key, value in node.items():
                if isinstance(value, (dict, list)):
                    walk(value, pointer + "/" + str(key).replace("~", "~0").replace("/", "~1"))
        elif isinstance(node, list):
            for index, value in enumerate(node):
                if isinstance(value, (dict, list)):
                    walk(value, f"{pointer}/{index}")

    walk(load_spec(), "#")
    return out


def valid(schema: Any, value: Any) -> bool:
    """Whether ``value`` matches ``schema``: the compiled check first, ``jsonschema`` when it says no."""
    if schema is None:
        return True
    pointer = _pointers().get(id(schema)) if isinstance(schema, dict) else None
    if pointer is not None and compiler().compile_pointer(pointer)(value):
        return True
    return bool(validator(schema).is_valid(value))


def generate(schema: Any, rng: random.Random) -> Any:
    """A value valid against ``schema`` (best effort for schemas no value satisfies)."""
    value: Any = None
    for attempt in range(ATTEMPTS):
        value = json_gen.generate_in(load_spec(), schema, rng, rich=attempt < ATTEMPTS - 1)
        if valid(schema, value):
            return value
    return value


def fill(schema: Any, data: dict[str, Any], rng: random.Random, depth: int = 0) -> Any:
    """A value for ``schema`` showing ``data`` wherever the schema has room for it."""
    base = generate(schema, rng)
    if not isinstance(base, dict):
        return base
    return overlay(schema, base, data, rng, depth)


def overlay(schema: Any, base: dict[str, Any], data: dict[str, Any], rng: random.Random, depth: int = 0) -> Any:
    props = properties(schema)
    out = dict(base)
    for key, sub in props.items():
        if key in data and not key.startswith("_"):
            if valid(sub, data[key]):
                out[key] = copy.deepcopy(data[key])
        elif depth < 1 and key in out and isinstance(out[key], dict) and is_entity(sub):
            # A wrapper such as ``{"workflow": {...}}`` shows the item one level down.
            nested = object_schema(sub)
            if nested is not None:
                candidate = overlay(sub, out[key], data, rng, depth + 1)
                if valid(sub, candidate):
                    out[key] = candidate
    if valid(schema, out):
        return out
    # A combination the schema forbids (e.g. a oneOf branch): fall back field by field.
    result = dict(base)
    for key in out:
        if out.get(key) != base.get(key):
            trial = {**result, key: out[key]}
            if valid(schema, trial):
                result = trial
    return result
