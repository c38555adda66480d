"""A fast yes/no validator compiled from the contract's schemas.

``jsonschema`` is the authority on what is valid and explains every error,
but walking a request such as ``ChatCompletionRequest`` with it costs a few
hundred microseconds.  This module compiles a schema once into nested Python
closures that only answer "valid or not" for the keywords the contract uses
(``type``, ``enum``, ``const``, ``properties``, ``required``,
``additionalProperties``, ``items``, ``prefixItems``, ``minItems``,
``maxItems``, numeric bounds, ``minLength``, ``maxLength``, ``pattern``,
``format``, ``anyOf``, ``oneOf``, ``allOf``, ``$ref``).  Any other keyword makes
its subschema fall back to ``jsonschema``.

It is used as a pre-check: a body it accepts is valid; a body it rejects is
handed to ``jsonschema``, which produces the error details (and is believed
if it disagrees).  Semantics follow ``jsonschema`` (Draft 2020-12): ``1.0``
is an integer, booleans are not numbers, ``enum``/``const`` compare like
``jsonschema`` does.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from jsonschema import FormatChecker

Check = Callable[[Any], bool]


def equal(one: Any, two: Any) -> bool:
    """JSON Schema equality, as ``enum`` and ``const`` compare: ``1 == 1.0``, but a boolean only equals a boolean."""
    if one is two:
        return True
    if isinstance(one, bool) or isinstance(two, bool):
        return isinstance(one, bool) and isinstance(two, bool) and one == two
    if isinstance(one, str) or isinstance(two, str):
        return one == two
    if isinstance(one, (list, tuple)) and isinstance(two, (list, tuple)):
        return len(one) == len(two) and all(equal(a, b) for a, b in zip(one, two))
    if isinstance(one, dict) and isinstance(two, dict):
        return one.keys() == two.keys() and all(equal(one[k], two[k]) for k in one)
    if isinstance(one, (list, tuple, dict)) or isinstance(two, (list, tuple, dict)):
        return False
    return bool(one == two)

ANNOTATIONS = frozenset(
    {
        "title",
        "description",
        "default",
        "examples",
        "example",
        "discriminator",
        "readOnly",
        "writeOnly",
        "deprecated",
        "$comment",
        "$defs",
        "definitions",
        "contentMediaType",
        "contentEncoding",
    }
)
SUPPORTED = frozenset(
    {
        "type",
        "enum",
        "const",
        "properties",
        "required",
        "additionalProperties",
        "items",
        "prefixItems",
        "minItems",
        "maxItems",
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "minLength",
        "maxLength",
        "pattern",
        "format",
        "anyOf",
        "oneOf",
        "allOf",
        "$ref",
    }
)


def _is_number(x: Any) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool)


_TYPE_CHECKS: dict[str, Check] = {
    "string": lambda x: isinstance(x, str),
    "object": lambda x: isinstance(x, dict),
    "array": lambda x: isinstance(x, list),
    "boolean": lambda x: isinstance(x, bool),
    "null": lambda x: x is None,
    "number": _is_number,
    "integer": lambda x: (isinstance(x, int) and not isinstance(x, bool)) or (isinstance(x, float) and x.is_integer()),
}


class Compiler:
    """Compiles schemas living inside one document (the contract)."""

    def __init__(
        self,
        document: dict[str, Any],
        fallback: Callable[[str], Check],
        format_checker: FormatChecker | None = None,
    ) -> None:
        self.document = document
        self.fallback = fallback  # pointer -> jsonschema-backed check
        self.format_checker = format_checker
        self._by_pointer: dict[str, Check] = {}

    def compile_pointer(self, pointer: str) -> Check:
        """The check for the schema at a JSON pointer (``#/components/...``)."""
        if pointer in self._by_pointer:
            return self._by_pointer[pointer]
        cell: list[Check] = []

        def forward(x: Any) -> bool:  # resolves recursion
            return cell[0](x)

        self._by_pointer[pointer] = forward
        check = self._compile(self._resolve(pointer), pointer)
        cell.append(check)
        self._by_pointer[pointer] = check
        return check

    def _resolve(self, pointer: str) -> Any:
        node: Any = self.document
        for token in pointer.lstrip("#").split("/")[1:]:
            token = token.replace("~1", "/").replace("~0", "~")
            node = node[int(token)] if isinstance(node, list) else node[token]
        return node

    def _compile(self, schema: Any, pointer: str) -> Check:
        if schema is True or schema == {}:
            return _always
        if schema is False:
            return _never
        if not isinstance(schema, dict):
            return self.fallback(pointer)
        keys = set(schema) - ANNOTATIONS
        if any(k not in SUPPORTED and not k.startswith("x-") for k in keys):
            return self.fallback(pointer)
        checks: list[Check] = []

        def sub(key: str, *more: str | int) -> str:
            return pointer + "/" + "/".join(str(t).replace("~", "~0").replace("/", "~1") for t in (key, *more))

        if "$ref" in schema:
            ref = schema["$ref"]
            if not ref.startswith("#/"):
                return self.fallback(pointer)
            checks.append(self.compile_pointer(ref))
        if "type" in schema:
            t = schema["type"]
            types = [t] if isinstance(t, str) else list(t)
            if any(name not in _TYPE_CHECKS for name in types):
                return self.fallback(pointer)
            funcs = [_TYPE_CHECKS[name] for name in types]
            checks.append(funcs[0] if len(funcs) == 1 else _any(tuple(funcs)))
        if "const" in schema:
            const = schema["const"]
            checks.append(_const_str(const) if isinstance(const, str) else _const(const))
        if "enum" in schema:
            values = list(schema["enum"])
            if all(isinstance(v, str) for v in values):
                checks.append(_enum_str(frozenset(values)))
            else:
                checks.append(_enum(tuple(values)))
        if "format" in schema and self.format_checker is not None:
            checks.append(_format(self.format_checker, schema["format"]))
        checks.extend(self._object_checks(schema, sub))
        checks.extend(self._array_checks(schema, sub))
        checks.extend(self._scalar_checks(schema))
        for key in ("allOf", "anyOf", "oneOf"):
            if key in schema:
                branches = tuple(self._compile(s, sub(key, i)) for i, s in enumerate(schema[key]))
                checks.append({"allOf": _all, "anyOf": _any, "oneOf": _one}[key](branches))
        if not checks:
            return _always
        if len(checks) == 1:
            return checks[0]
        return _all(tuple(checks))

    def _object_checks(self, schema: dict[str, Any], sub: Callable[..., str]) -> list[Check]:
        out: list[Check] = []
        props = schema.get("properties")
        prop_checks: dict[str, Check] = {}
        if props:
            prop_checks = {name: self._compile(s, sub("properties", name)) for name, s in props.items()}
        required = tuple(schema.get("required", ()))
        additional = schema.get("additionalProperties", True)
        extra: Check | None = None
        if additional is False:
            extra = _never
        elif isinstance(additional, dict) and additional:
            extra = self._compile(additional, sub("additionalProperties"))
        if not (prop_checks or required or extra):
            return out
        known = prop_checks

        def check(x: Any) -> bool:
            if not isinstance(x, dict):
                return True
            for name in required:
                if name not in x:
                    return False
            for key, value in x.items():
                c = known.get(key)
                if c is not None:
                    if not c(value):
                        return False
                elif extra is not None and not extra(value):
                    return False
            return True

        out.append(check)
        return out

    def _array_checks(self, schema: dict[str, Any], sub: Callable[..., str]) -> list[Check]:
        out: list[Check] = []
        prefix = tuple(self._compile(s, sub("prefixItems", i)) for i, s in enumerate(schema.get("prefixItems", ())))
        items = schema.get("items")
        item_check = self._compile(items, sub("items")) if items is not None else None
        lo = schema.get("minItems")
        hi = schema.get("maxItems")
        if not (prefix or item_check or lo is not None or hi is not None):
            return out

        def check(x: Any) -> bool:
            if not isinstance(x, list):
                return True
            if lo is not None and len(x) < lo:
                return False
            if hi is not None and len(x) > hi:
                return False
            for i, value in enumerate(x):
                if i < len(prefix):
                    if not prefix[i](value):
                        return False
                elif item_check is not None and not item_check(value):
                    return False
            return True

        out.append(check)
        return out

    def _scalar_checks(self, schema: dict[str, Any]) -> list[Check]:
        out: list[Check] = []
        for key in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
            if key in schema:
                out.append(_bound(key, schema[key]))
        if "minLength" in schema:
            out.append(_length(schema["minLength"], None))
        if "maxLength" in schema:
            out.append(_length(None, schema["maxLength"]))
        if "pattern" in schema:
            out.append(_pattern(re.compile(schema["pattern"])))
        return out


def _always(x: Any) -> bool:
    return True


def _never(x: Any) -> bool:
    return False


def _all(checks: tuple[Check, ...]) -> Check:
    return lambda x: all(c(x) for c in checks)


def _any(checks: tuple[Check, ...]) -> Check:
    return lambda x: any(c(x) for c in checks)


def _one(checks: tuple[Check, ...]) -> Check:
    def check(x: Any) -> bool:
        found = False
        for c in checks:
            if c(x):
                if found:
                    return False
                found = True
        return found

    return check


def _const_str(value: str) -> Check:
    return lambda x: isinstance(x, str) and x == value


def _const(value: Any) -> Check:
    return lambda x: bool(equal(x, value))


def _enum_str(allowed: frozenset[str]) -> Check:
    return lambda x: isinstance(x, str) and x in allowed


def _enum(values: tuple[Any, ...]) -> Check:
    return lambda x: any(equal(x, v) for v in values)


def _format(checker: FormatChecker, fmt: str) -> Check:
    return lambda x: checker.conforms(x, fmt)


def _bound(key: str, bound: float) -> Check:
    if key == "minimum":
        return lambda x: not _is_number(x) or x >= bound
    if key == "maximum":
        return lambda x: not _is_number(x) or x <= bound
    if key == "exclusiveMinimum":
        return lambda x: not _is_number(x) or x > bound
    return lambda x: not _is_number(x) or x < bound


def _length(low: int | None, high: int | None) -> Check:
    return lambda x: not isinstance(x, str) or ((low is None or len(x) >= low) and (high is None or len(x) <= high))


def _pattern(rx: re.Pattern[str]) -> Check:
    return lambda x: not isinstance(x, str) or rx.search(x) is not None
