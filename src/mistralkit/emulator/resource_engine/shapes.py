"""Reading schemas of the contract: objects, lists of entities, id fields, status enums."""

from __future__ import annotations

import functools
from typing import Any

from ..spec import Operation
from ..validation import resolve

ID_FIELDS = ("id", "uuid", "name")


def object_schema(schema: Any) -> dict[str, Any] | None:
    """The object a schema describes (following refs, allOf, and the non-null branch of anyOf)."""
    schema = resolve(schema)
    if not isinstance(schema, dict):
        return None
    if "allOf" in schema:
        props: dict[str, Any] = dict(schema.get("properties", {}))
        required: list[str] = list(schema.get("required", []))
        for part in schema["allOf"]:
            sub = object_schema(part)
            if sub:
                props.update(sub.get("properties", {}))
                required += sub.get("required", [])
        return {"type": "object", "properties": props, "required": required}
    for key in ("anyOf", "oneOf"):
        if key in schema:
            for branch in schema[key]:
                sub = object_schema(branch)
                if sub is not None:
                    return sub
            return None
    if schema.get("type") == "object" or "properties" in schema:
        return schema
    return None


def properties(schema: Any) -> dict[str, Any]:
    obj = object_schema(schema)
    return dict(obj.get("properties", {})) if obj else {}


def array_items(schema: Any) -> Any:
    """The item schema when ``schema`` is (or may be) an array, else ``None``."""
    schema = resolve(schema)
    if not isinstance(schema, dict):
        return None
    if schema.get("type") == "array" or (isinstance(schema.get("type"), list) and "array" in schema["type"]):
        return schema.get("items", {})
    for key in ("anyOf", "oneOf"):
        for branch in schema.get(key, []):
            items = array_items(branch)
            if items is not None:
                return items
    return None


def is_entity(schema: Any) -> bool:
    props = properties(schema)
    return len(props) >= 2 and any(k == "id" or k.endswith("_id") or k in ("uuid", "name") for k in props)


def find_list(schema: Any, depth: int = 0) -> tuple[list[str], Any] | None:
    """Where a response keeps its list of entities: (key path, item schema), or ``None``."""
    items = array_items(schema)
    if items is not None:
        return ([], items) if is_entity(items) else None
    if depth >= 2:
        return None
    props = properties(schema)
    for preferred in ("data", "items", "results"):
        if preferred in props:
            items = array_items(props[preferred])
            if items is not None and is_entity(items):
                return [preferred], items
    for key, sub in props.items():
        items = array_items(sub)
        if items is not None and is_entity(items):
            return [key], items
    for key, sub in props.items():
        if object_schema(sub) is not None and not is_entity(sub):
            found = find_list(sub, depth + 1)
            if found is not None:
                return [key, *found[0]], found[1]
    return None


def id_field(param: str | None, props: dict[str, Any]) -> str:
    """The property of an entity that a path parameter names."""
    if param:
        if param in props:
            return param
        if param.endswith("_uuid") and "uuid" in props:
            return "uuid"
        if param.endswith("_id") and "id" in props:
            return "id"
        if param.endswith("_id") and "uuid" in props:
            return "uuid"
    for name in ID_FIELDS:
        if name in props:
            return name
    return param or "id"


def enum_values(schema: Any) -> list[Any]:
    schema = resolve(schema)
    if not isinstance(schema, dict):
        return []
    if "enum" in schema:
        return list(schema["enum"])
    out: list[Any] = []
    for key in ("anyOf", "oneOf"):
        for branch in schema.get(key, []):
            out += enum_values(branch)
    return out


def success(op: Operation) -> tuple[int, str | None, Any]:
    """The documented success: (status, content type or None, schema)."""
    responses = op.raw.get("responses", {})
    codes = sorted(c for c in responses if c.startswith("2"))
    if not codes:
        return 200, None, None
    code = codes[0]
    content = responses[code].get("content") or {}
    if not content:
        return int(code), None, None
    ctype = "application/json" if "application/json" in content else next(iter(content))
    return int(code), ctype, content[ctype].get("schema")


@functools.lru_cache(maxsize=None)
def success_cached(op: Operation) -> tuple[int, str | None, Any]:
    return success(op)
