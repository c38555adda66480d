"""Deterministic values that satisfy a JSON Schema.

Used for ``response_format`` ``json_schema`` answers and for tool-call
arguments.  Supported: ``type`` (and lists of types), ``properties`` /
``required`` / ``additionalProperties`` / ``minProperties``, ``items`` /
``prefixItems`` / ``minItems`` / ``maxItems`` / ``uniqueItems`` / ``contains``,
``enum``, ``const``, ``anyOf`` / ``oneOf`` / ``allOf``, ``$ref`` into ``$defs`` or
``definitions``, string ``format`` (date-time, date, time, email, uri, uuid,
ipv4, ipv6, hostname, duration), ``pattern`` (regular expressions without
back-references), ``minLength`` / ``maxLength``, and numbers with ``minimum`` /
``maximum`` / exclusive bounds / ``multipleOf``.

Strings are drawn from *hints* (key words of the conversation) when the
property name does not call for something more specific, so a tool called for
"the weather in Paris" gets ``{"location": "Paris"}``.

Every result is checked with ``jsonschema``; a few attempts are made with
different random draws before giving up and returning the last attempt (only
exotic keywords such as ``not`` or ``if``/``then`` can cause that).
"""

from __future__ import annotations

import random
import uuid
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker

from .regex_gen import from_regex

MAX_DEPTH = 8
ATTEMPTS = 6
_WORDS = (
    "alpha",
    "amber",
    "atlas",
    "beacon",
    "cedar",
    "delta",
    "ember",
    "falcon",
    "harbor",
    "indigo",
    "juniper",
    "lumen",
    "meadow",
    "nimbus",
    "orchid",
    "quartz",
    "river",
    "summit",
    "willow",
    "zephyr",
)
_CITIES = ("Paris", "Lyon", "Marseille", "Toulouse", "Nantes", "Lille", "Bordeaux")
_NAMES = ("Alice Martin", "Louis Bernard", "Chloe Dubois", "Hugo Laurent", "Emma Petit")


class SchemaError(ValueError):
    """The schema given by the client is not a valid JSON Schema."""


def check_schema(schema: Any) -> None:
    try:
        Draft202012Validator.check_schema(schema)
    except Exception as exc:  # jsonschema.SchemaError and friends
        raise SchemaError(str(getattr(exc, "message", exc))) from None


def generate(
    schema: Any, rng: random.Random, hints: list[str] | None = None, known: dict[str, Any] | None = None
) -> Any:
    """A value valid against ``schema`` (best effort for exotic keywords).

    ``known`` gives values for top-level properties (e.g. read from the user's
    message); they are used as they are, the rest is generated.
    """
    validator = Draft202012Validator(schema if isinstance(schema, (dict, bool)) else {}, format_checker=FormatChecker())
    value: Any = None
    for attempt in range(ATTEMPTS):
        gen = _Generator(schema, rng, hints or [], rich=attempt < ATTEMPTS - 1, known=known)
        value = gen.value(schema, 0, "")
        if validator.is_valid(value):
            return value
    return value


class _Generator:
    def __init__(
        self, root: Any, rng: random.Random, hints: list[str], rich: bool = True, known: dict[str, Any] | None = None
    ) -> None:
        self.root = root
        self.rng = rng
        self.hints = hints
        self.rich = rich
        self.known = known or {}

    # -- helpers ------------------------------------------------------------
    def deref(self, schema: Any) -> Any:
        for _ in range(32):
            if not (isinstance(schema, dict) and isinstance(schema.get("$ref"), str)):
                return schema
            ref = schema["$ref"]
            if not ref.startswith("#"):
                return {}
            node: Any = self.root
            for token in [t for t in ref[1:].split("/") if t]:
                token = token.replace("~1", "/").replace("~0", "~")
                try:
                    node = node[int(token)] if isinstance(node, list) else node[token]
                except (KeyError, IndexError, ValueError, TypeError):
                    return {}
            rest = {k: v for k, v in schema.items() if k != "$ref"}
            schema = {**node, **rest} if isinstance(node, dict) and rest else node
        return schema

    def merge_all_of(self, schema: dict[str, Any]) -> dict[str, Any]:
        merged = {k: v for k, v in schema.items() if k != "allOf"}
        for part in schema.get("allOf", []):
            part = self.deref(part)
            if not isinstance(part, dict):
                continue
            part = self.merge_all_of(part) if "allOf" in part else part
            for key, val in part.items():
                if key == "properties":
                    merged["properties"] = {**merged.get("properties", {}), **val}
                elif key == "required":
                    merged["required"] = list(dict.fromkeys([*merged.get("required", []), *val]))
                elif key not in merged:
                    merged[key] = val
        return merged

    def hint(self, prefer_capitalized: bool = False) -> str | None:
        if not self.hints:
            return None
        if prefer_capitalized:
            caps = [h for h in self.hints if h[:1].isupper()]
            if caps:
                return caps[0]
        return self.hints[self.rng.randrange(len(self.hints))]

    # -- dispatch -----------------------------------------------------------
    def value(self, schema: Any, depth: int, name: str) -> Any:
        schema = self.deref(schema)
        if schema is True or schema == {}:
            return self.string({}, name)
        if schema is False or not isinstance(schema, dict):
            return None
        if "allOf" in schema:
            schema = self.merge_all_of(schema)
        if "const" in schema:
            return schema["const"]
        if "enum" in schema and schema["enum"]:
            return self.rng.choice(schema["enum"])
        for key in ("anyOf", "oneOf"):
            if key in schema and schema[key]:
                options = [self.deref(o) for o in schema[key]]
                non_null = [o for o in options if not (isinstance(o, dict) and o.get("type") == "null")]
                pick = self.rng.choice(non_null or options)
                base = {k: v for k, v in schema.items() if k not in ("anyOf", "oneOf")}
                if isinstance(pick, dict) and base:
                    pick = {**base, **pick}
                return self.value(pick, depth, name)
        kind = schema.get("type")
        if isinstance(kind, list):
            non_null = [k for k in kind if k != "null"]
            kind = non_null[0] if non_null else "null"
        if kind is None:
            if "properties" in schema or "required" in schema or "additionalProperties" in schema:
                kind = "object"
            elif "items" in schema or "prefixItems" in schema:
                kind = "array"
            elif any(k in schema for k in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf")):
                kind = "number"
            else:
                kind = "string"
        if kind == "object":
            return self.object(schema, depth, name)
        if kind == "array":
            return self.array(schema, depth, name)
        if kind == "integer":
            return self.integer(schema, name)
        if kind == "number":
            return self.number(schema, name)
        if kind == "boolean":
            return self.rng.random() < 0.5
        if kind == "null":
            return None
        return self.string(schema, name)

    # -- containers ---------------------------------------------------------
    def object(self, schema: dict[str, Any], depth: int, name: str) -> dict[str, Any]:
        props: dict[str, Any] = schema.get("properties", {}) or {}
        required = list(schema.get("required", []) or [])
        out: dict[str, Any] = {}
        deep = depth >= MAX_DEPTH
        for key, sub in props.items():
            if depth == 0 and key in self.known:
                out[key] = self.known[key]
            elif key in required or (self.rich and not deep):
                out[key] = self.value(sub, depth + 1, key)
        additional = schema.get("additionalProperties", True)
        for key in required:
            if key not in out:
                sub = additional if isinstance(additional, dict) else {}
                out[key] = self.value(sub, depth + 1, key)
        minimum = int(schema.get("minProperties", 0) or 0)
        extra = 1
        while len(out) < minimum and additional is not False:
            out[f"key_{extra}"] = self.value(additional if isinstance(additional, dict) else {}, depth + 1, "")
            extra += 1
        if not props and not out and isinstance(additional, dict) and not deep:
            out[self.hint() or "key"] = self.value(additional, depth + 1, "")
        return out

    def array(self, schema: dict[str, Any], depth: int, name: str) -> list[Any]:
        prefix = schema.get("prefixItems", []) or []
        items = schema.get("items", {})
        lo = int(schema.get("minItems", 0) or 0)
        hi = schema.get("maxItems")
        default_hi = lo + 2 if lo else 3
        hi = default_hi if hi is None else min(int(hi), max(default_hi, lo))
        lo = max(lo, len(prefix)) if items is False else lo
        count = lo if depth >= MAX_DEPTH else self.rng.randint(max(lo, 1 if hi >= 1 else 0), max(hi, lo))
        out: list[Any] = []
        singular = name[:-1] if name.endswith("s") else name
        for index in range(count):
            sub = prefix[index] if index < len(prefix) else items
            if sub is False:
                break
            candidate = self.value(sub, depth + 1, singular)
            if schema.get("uniqueItems"):
                tries = 0
                while candidate in out and tries < 8:
                    candidate = self.value(sub, depth + 1, singular)
                    tries += 1
                if candidate in out:
                    break
            out.append(candidate)
        if "contains" in schema:
            out.append(self.value(schema["contains"], depth + 1, singular))
            if "maxItems" in schema and len(out) > int(schema["maxItems"]):
                out = out[-int(schema["maxItems"]) :]
        return out

    # -- scalars ------------------------------------------------------------
    def integer(self, schema: dict[str, Any], name: str) -> int:
        low, high = _bounds(schema, integer=True)
        lname = name.lower()
        if low is None and high is None:
            if "year" in lname:
                low, high = 1990, 2030
            elif "age" in lname:
                low, high = 18, 90
            else:
                low, high = 0, 100
        elif low is None:
            low = high - 100
        elif high is None:
            high = low + 100
        if low > high:
            return int(low)
        value = self.rng.randint(int(low), int(high))
        step = schema.get("multipleOf")
        if step:
            step = int(step) if float(step).is_integer() else step
            value = int(-(-low // step) * step) if isinstance(step, int) else value
            if isinstance(step, int):
                room = (int(high) - value) // step
                value += step * self.rng.randint(0, max(0, room))
        return int(value)

    def number(self, schema: dict[str, Any], name: str) -> float:
        low, high = _bounds(schema, integer=False)
        if low is None and high is None:
            low, high = 0.0, 100.0
        elif low is None:
            low = high - 100.0
        elif high is None:
            high = low + 100.0
        step = schema.get("multipleOf")
        if step:
            first = -(-low // step) * step
            room = int((high - first) // step) if high >= first else 0
            return float(round(first + step * self.rng.randint(0, max(0, room)), 10))
        value = round(self.rng.uniform(low, high), 2)
        if value < low or value > high:
            value = float(low)
        if "exclusiveMinimum" in schema and value <= schema["exclusiveMinimum"]:
            value = (low + high) / 2
        if "exclusiveMaximum" in schema and value >= schema["exclusiveMaximum"]:
            value = (low + high) / 2
        return float(value)

    def string(self, schema: dict[str, Any], name: str) -> str:
        fmt = schema.get("format")
        text: str | None = None
        if fmt:
            text = self.formatted(fmt)
        if text is None and "pattern" in schema:
            text = from_regex(schema["pattern"], self.rng)
        if text is None:
            text = self.named(name)
        lo = int(schema.get("minLength", 0) or 0)
        hi = schema.get("maxLength")
        if len(text) < lo:
            filler = (" " + (self.hint() or self.rng.choice(_WORDS))) * (lo // 2 + 1)
            text = (text + filler)[: max(lo, len(text))]
            while len(text) < lo:
                text += "x"
        if hi is not None and len(text) > int(hi):
            text = text[: int(hi)]
        return text

    def formatted(self, fmt: str) -> str | None:
        rng = self.rng
        year, month, day = rng.randint(2020, 2026), rng.randint(1, 12), rng.randint(1, 28)
        hh, mm, ss = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
        if fmt == "date-time":
            return f"{year:04d}-{month:02d}-{day:02d}T{hh:02d}:{mm:02d}:{ss:02d}Z"
        if fmt == "date":
            return f"{year:04d}-{month:02d}-{day:02d}"
        if fmt == "time":
            return f"{hh:02d}:{mm:02d}:{ss:02d}Z"
        if fmt in ("email", "idn-email"):
            return f"{(self.hint() or rng.choice(_WORDS)).lower()}@example.com"
        if fmt in ("uri", "url", "iri", "uri-reference", "iri-reference"):
            return f"https://example.com/{(self.hint() or rng.choice(_WORDS)).lower()}"
        if fmt == "uuid":
            return str(uuid.UUID(int=rng.getrandbits(128), version=4))
        if fmt == "ipv4":
            return ".".join(str(rng.randint(1, 254)) for _ in range(4))
        if fmt == "ipv6":
            return ":".join(f"{rng.randint(0, 65535):x}" for _ in range(8))
        if fmt in ("hostname", "idn-hostname"):
            return f"{rng.choice(_WORDS)}.example.com"
        if fmt == "duration":
            return f"P{rng.randint(1, 30)}D"
        return None

    def named(self, name: str) -> str:
        rng = self.rng
        lname = name.lower()
        if any(w in lname for w in ("city", "location", "place", "country", "town", "region", "destination")):
            return self.hint(prefer_capitalized=True) or rng.choice(_CITIES)
        if lname in ("name", "full_name", "fullname", "author", "person", "username", "user"):
            return rng.choice(_NAMES)
        if "email" in lname:
            return self.formatted("email") or "someone@example.com"
        if "url" in lname or "link" in lname:
            return self.formatted("uri") or "https://example.com"
        if "date" in lname:
            return self.formatted("date") or "2024-01-01"
        if "phone" in lname:
            return "+33 1 " + " ".join(f"{rng.randint(0, 99):02d}" for _ in range(4))
        if lname in ("id", "uuid") or lname.endswith("_id"):
            return f"{lname or 'id'}_{rng.getrandbits(32):08x}"
        if any(
            w in lname
            for w in ("query", "question", "text", "prompt", "message", "description", "summary", "content", "answer")
        ):
            words = self.hints or list(rng.sample(_WORDS, 3))
            phrase = " ".join(words[:6])
            return phrase[:1].upper() + phrase[1:]
        if any(w in lname for w in ("unit", "units")):
            return rng.choice(("celsius", "metric"))
        return self.hint() or rng.choice(_WORDS)


def _bounds(schema: dict[str, Any], integer: bool) -> tuple[Any, Any]:
    low = schema.get("minimum")
    high = schema.get("maximum")
    emin = schema.get("exclusiveMinimum")
    emax = schema.get("exclusiveMaximum")
    if isinstance(emin, (int, float)) and not isinstance(emin, bool):
        cand = (
            (int(emin) + 1 if float(emin).is_integer() else int(emin) + 1)
            if integer
            else emin + 1e-6 * max(1.0, abs(emin))
        )
        low = cand if low is None else max(low, cand)
    if isinstance(emax, (int, float)) and not isinstance(emax, bool):
        cand = (
            (int(emax) - 1 if float(emax).is_integer() else int(emax)) if integer else emax - 1e-6 * max(1.0, abs(emax))
        )
        high = cand if high is None else min(high, cand)
    if integer:
        import math

        low = None if low is None else math.ceil(low)
        high = None if high is None else math.floor(high)
    return low, high


def generate_in(root: Any, schema: Any, rng: random.Random, hints: list[str] | None = None, rich: bool = True) -> Any:
    """One draw of a value for ``schema`` whose ``$ref`` s point into ``root`` (not checked)."""
    return _Generator(root, rng, hints or [], rich=rich).value(schema, 0, "")
