"""Minimal example values that satisfy a schema of the spec: what the contract tests send.

Only what a request needs: required properties, the first member of a union, the first enum value,
lengths and bounds respected. Deterministic, so a failure reproduces.
"""

from __future__ import annotations

from typing import Any

REF = "#/components/schemas/"
UUID = "0f8fad5b-d9cb-469f-a165-70867728950e"
FORMATS = {
    "uuid": UUID,
    "date-time": "2025-01-02T03:04:05Z",
    "date": "2025-01-02",
    "time": "03:04:05",
    "email": "ada@example.com",
    "uri": "https://example.com/a",
    "url": "https://example.com/a",
    "hostname": "example.com",
    "duration": "PT1M",
    "binary": "AAAA",
    "byte": "AAAA",
}


class Examples:
    def __init__(self, spec: dict[str, Any]) -> None:
        self.schemas = spec["components"]["schemas"]

    def resolve(self, schema: Any) -> Any:
        for _ in range(32):
            if not (isinstance(schema, dict) and isinstance(schema.get("$ref"), str)):
                return schema
            target = self.schemas[schema["$ref"][len(REF) :]]
            rest = {k: v for k, v in schema.items() if k not in ("$ref", "title", "description")}
            schema = {**target, **rest} if rest else target
        return schema

    def merged(self, schema: dict[str, Any]) -> dict[str, Any]:
        out = {k: v for k, v in schema.items() if k != "allOf"}
        for part in schema.get("allOf") or []:
            part = self.merged(self.resolve(part))
            for key, value in part.items():
                if key == "properties":
                    out["properties"] = {**out.get("properties", {}), **value}
                elif key == "required":
                    out["required"] = list(dict.fromkeys([*out.get("required", []), *value]))
                else:
                    out.setdefault(key, value)
        return out

    def value(self, schema: Any, name: str = "", depth: int = 0) -> Any:
        schema = self.resolve(schema)
        if not isinstance(schema, dict) or depth > 12:
            return None
        if "allOf" in schema:
            schema = self.merged(schema)
        if "const" in schema:
            return schema["const"]
        if schema.get("enum"):
            return next((v for v in schema["enum"] if v is not None), schema["enum"][0])
        for key in ("example",):
            if key in schema and not isinstance(schema[key], (dict, list)) and schema.get("type") == "string":
                return schema[key]
        alts = schema.get("oneOf") or schema.get("anyOf")
        if alts:
            non_null = [a for a in alts if self.resolve(a).get("type") != "null"] or alts
            base = {k: v for k, v in schema.items() if k not in ("oneOf", "anyOf", "discriminator")}
            choice = self.resolve(non_null[0])
            value = self.value({**base, **choice} if base.get("type") or base.get("properties") else choice, name, depth + 1)
            disc = schema.get("discriminator")
            if disc and isinstance(value, dict):
                mapping = disc.get("mapping") or {}
                ref = non_null[0].get("$ref") if isinstance(non_null[0], dict) else None
                tag = next((t for t, r in mapping.items() if r == ref), None)
                if tag is not None:
                    value[disc["propertyName"]] = tag
            return value
        t = schema.get("type")
        if isinstance(t, list):
            t = next((x for x in t if x != "null"), None)
        if t is None:
            t = "object" if "properties" in schema else "string"
        if t == "string":
            if schema.get("format") in FORMATS:
                return FORMATS[schema["format"]]
            text = "example"
            low, high = schema.get("minLength", 0), schema.get("maxLength")
            if len(text) < low:
                text = text + "x" * (low - len(text))
            if high is not None:
                text = text[: max(high, low)]
            return text
        if t in ("integer", "number"):
            low = schema.get("minimum", schema.get("exclusiveMinimum"))
            value = 1 if low is None or isinstance(low, bool) else (low + 1 if "exclusiveMinimum" in schema and "minimum" not in schema else low)
            high = schema.get("maximum")
            if isinstance(high, (int, float)) and not isinstance(high, bool) and value > high:
                value = high
            if t == "number" and isinstance(value, int) and value == 1 and high is not None and high < 1:
                value = high / 2
            return int(value) if t == "integer" else value
        if t == "boolean":
            return False
        if t == "array":
            count = schema.get("minItems", 0) or 0
            return [self.value(schema.get("items") or {}, name, depth + 1) for _ in range(count)]
        if t == "object":
            props = schema.get("properties") or {}
            out = {key: self.value(props[key], key, depth + 1) for key in schema.get("required") or [] if key in props}
            for key in schema.get("required") or []:
                if key not in props:
                    out[key] = "example"
            if not out and not props and isinstance(schema.get("additionalProperties"), dict) and schema.get("minProperties"):
                out["key"] = self.value(schema["additionalProperties"], "key", depth + 1)
            return out
        return None
