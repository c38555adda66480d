"""Request validation against the OpenAPI contract.

Request bodies, query strings and path parameters are checked with
``jsonschema`` (Draft 2020-12) using the schemas of the contract, with every
``$ref`` resolved against the contract itself.  Validators are compiled once per
process and cached per operation.

Failures become a 422 whose ``detail`` items look like the ones FastAPI/pydantic
services produce: ``{"type": "missing", "loc": ["body", "model"], "msg": "Field
required", "input": {...}}``.  ``discriminator`` annotations of the contract are
honoured when explaining a failure, so a message with an unknown ``role`` is
reported at ``["body", "messages", 0, "role"]`` rather than as an opaque
"not valid under any of the given schemas".

Query-string and multipart values arrive as text; they are coerced to the type
their schema asks for (integers, numbers, booleans, repeated keys as arrays)
before validation.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any
from urllib.parse import unquote

from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import ValidationError, best_match
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from .errors import ValidationFailed
from .fastcheck import Compiler
from .spec import Operation, load_spec

SPEC_URI = "urn:mistralkit:openapi"
MAX_REPORTED_ERRORS = 25

_format_checker = FormatChecker()


@functools.lru_cache(maxsize=1)
def registry() -> Registry:
    resource = DRAFT202012.create_resource(load_spec())
    return Registry().with_resource(SPEC_URI, resource)


def json_pointer(*tokens: str | int) -> str:
    """A JSON pointer fragment (``#/a/b``) to a location inside the contract."""
    return "#/" + "/".join(str(t).replace("~", "~0").replace("/", "~1") for t in tokens)


def _uri_fragment(pointer: str) -> str:
    return "#" + pointer[1:].replace("%", "%25").replace("#", "%23").replace("{", "%7B").replace("}", "%7D")


def pointer_ref(*tokens: str | int) -> str:
    """A ``$ref`` URI to a location inside the contract."""
    return SPEC_URI + _uri_fragment(json_pointer(*tokens))


@functools.lru_cache(maxsize=1)
def compiler() -> Compiler:
    """Compiles contract schemas into fast yes/no checks (see :mod:`.fastcheck`)."""

    def fallback(pointer: str) -> Callable[[Any], bool]:
        return validator_for_ref(SPEC_URI + _uri_fragment(pointer)).is_valid

    return Compiler(load_spec(), fallback, _format_checker)


def component_ref(name: str) -> str:
    return pointer_ref("components", "schemas", name)


@functools.lru_cache(maxsize=512)
def validator_for_ref(ref: str) -> Draft202012Validator:
    """A compiled validator for the schema at ``ref`` (cached)."""
    return Draft202012Validator({"$ref": ref}, registry=registry(), format_checker=_format_checker)


def validator_for_schema(schema: dict[str, Any]) -> Draft202012Validator:
    """A validator for a schema that may ``$ref`` into the contract."""
    return Draft202012Validator(schema, registry=registry(), format_checker=_format_checker)


def resolve(schema: Any) -> Any:
    """Follow local ``$ref`` chains (``#/components/schemas/...``) inside the contract."""
    spec = load_spec()
    seen = 0
    while isinstance(schema, dict) and "$ref" in schema and seen < 32:
        ref = schema["$ref"]
        if ref.startswith(SPEC_URI):
            ref = ref[len(SPEC_URI) :]
        if not ref.startswith("#/"):
            break
        node: Any = spec
        for token in unquote(ref[2:]).split("/"):
            token = token.replace("~1", "/").replace("~0", "~")
            node = node[int(token)] if isinstance(node, list) else node[token]
        schema = node
        seen += 1
    return schema


# --------------------------------------------------------------------------
# error translation


def _fmt(value: Any) -> str:
    if isinstance(value, str):
        return f"'{value}'"
    return json.dumps(value)


def _choices(values: Iterable[Any]) -> str:
    items = [_fmt(v) for v in values]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " or " + items[-1]


_TYPE_ERRORS = {
    "string": ("string_type", "Input should be a valid string"),
    "integer": ("int_type", "Input should be a valid integer"),
    "number": ("float_type", "Input should be a valid number"),
    "boolean": ("bool_type", "Input should be a valid boolean"),
    "object": ("dict_type", "Input should be a valid dictionary or object"),
    "array": ("list_type", "Input should be a valid list"),
    "null": ("none_required", "Input should be None"),
}


def _item(type_: str, loc: list[Any], msg: str, value: Any) -> dict[str, Any]:
    return {"type": type_, "loc": loc, "msg": msg, "input": value}


def translate(error: ValidationError, base: list[Any]) -> list[dict[str, Any]]:
    """Turn one jsonschema error into pydantic-style detail items."""
    loc = base + list(error.absolute_path)
    kw = error.validator
    value = error.instance
    schema = error.schema if isinstance(error.schema, dict) else {}
    arg = error.validator_value

    if kw in ("oneOf", "anyOf"):
        disc = schema.get("discriminator")
        if disc and isinstance(value, dict):
            prop = disc["propertyName"]
            mapping = disc.get("mapping", {})
            if prop not in value:
                return [_item("union_tag_not_found", loc, f"Unable to extract tag using discriminator '{prop}'", value)]
            tag = value[prop]
            if not isinstance(tag, str) or tag not in mapping:  # a tag may be any JSON value, even an object
                msg = (
                    f"Input tag {_fmt(tag)} found using '{prop}' does not match any of the "
                    f"expected tags: {', '.join(_fmt(t) for t in mapping)}"
                )
                return [_item("union_tag_invalid", loc + [prop], msg, tag)]
            sub = validator_for_ref(SPEC_URI + mapping[tag])
            items: list[dict[str, Any]] = []
            for sub_error in sub.iter_errors(value):
                items.extend(translate(sub_error, loc))
            if items:
                return items
        if error.context:
            return _explain_union(error, base, loc)
        return [_item("union_error", loc, error.message, value)]

    if kw == "required":
        missing = [name for name in arg if isinstance(value, dict) and name not in value]
        return [_item("missing", loc + [name], "Field required", value) for name in missing] or [
            _item("missing", loc, error.message, value)
        ]
    if kw == "additionalProperties" and isinstance(value, dict):
        allowed = set(schema.get("properties", {}))
        patterns = [re.compile(p) for p in schema.get("patternProperties", {})]
        extras = [k for k in value if k not in allowed and not any(p.search(k) for p in patterns)]
        if extras:
            return [_item("extra_forbidden", loc + [k], "Extra inputs are not permitted", value[k]) for k in extras]
        return [_item("extra_forbidden", loc, error.message, value)]
    if kw == "type":
        wanted = arg if isinstance(arg, str) else next((t for t in arg if t != "null"), "null")
        type_, msg = _TYPE_ERRORS.get(wanted, ("type_error", error.message))
        return [_item(type_, loc, msg, value)]
    if kw == "enum":
        return [_item("enum", loc, f"Input should be {_choices(arg)}", value)]
    if kw == "const":
        return [_item("literal_error", loc, f"Input should be {_fmt(arg)}", value)]
    if kw == "minimum":
        return [_item("greater_than_equal", loc, f"Input should be greater than or equal to {arg}", value)]
    if kw == "maximum":
        return [_item("less_than_equal", loc, f"Input should be less than or equal to {arg}", value)]
    if kw == "exclusiveMinimum":
        return [_item("greater_than", loc, f"Input should be greater than {arg}", value)]
    if kw == "exclusiveMaximum":
        return [_item("less_than", loc, f"Input should be less than {arg}", value)]
    if kw == "minLength":
        return [_item("string_too_short", loc, f"String should have at least {arg} characters", value)]
    if kw == "maxLength":
        return [_item("string_too_long", loc, f"String should have at most {arg} characters", value)]
    if kw == "minItems":
        return [_item("too_short", loc, f"List should have at least {arg} items", value)]
    if kw == "maxItems":
        return [_item("too_long", loc, f"List should have at most {arg} items", value)]
    if kw == "pattern":
        return [_item("string_pattern_mismatch", loc, f"String should match pattern '{arg}'", value)]
    if kw == "format":
        if arg == "uuid":
            return [_item("uuid_parsing", loc, "Input should be a valid UUID", value)]
        return [_item("value_error", loc, f"Input should be a valid {arg}", value)]
    return [_item("value_error", loc, error.message, value)]


def _explain_union(error: ValidationError, base: list[Any], loc: list[Any]) -> list[dict[str, Any]]:
    """Explain a failed anyOf/oneOf by the branch the input was most likely meant for.

    A branch whose own top-level ``type`` (or ``const``/``enum``) already
    rejects the input is an unlikely intent; the first branch that got further
    is reported.  When every branch rejects the input's type, the first
    non-null expected type is reported.
    """
    branches: dict[Any, list[ValidationError]] = {}
    for sub in error.context or ():
        key = sub.relative_schema_path[0] if sub.relative_schema_path else 0
        branches.setdefault(key, []).append(sub)

    def shallow_type_error(errs: list[ValidationError]) -> ValidationError | None:
        for e in errs:
            if e.validator == "type" and not e.relative_path:
                return e
        return None

    deeper = [errs for errs in branches.values() if shallow_type_error(errs) is None]
    if deeper:
        items: list[dict[str, Any]] = []
        for e in deeper[0]:
            # context errors know their full path through their parent
            items.extend(translate(e, base))
        return items
    type_errors = [shallow_type_error(errs) for errs in branches.values()]
    for e in type_errors:
        if e is not None and e.validator_value != "null":
            return translate(e, base)
    best = best_match(error.context)
    return translate(best, base) if best is not None else [_item("union_error", loc, error.message, error.instance)]


def collect(validator: Draft202012Validator, instance: Any, base: list[Any]) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    for error in validator.iter_errors(instance):
        items.extend(translate(error, base))
        if len(items) >= MAX_REPORTED_ERRORS:
            break
    return items[:MAX_REPORTED_ERRORS]


def check(validator: Draft202012Validator, instance: Any, base: list[Any]) -> None:
    """Raise :class:`ValidationFailed` unless ``instance`` is valid."""
    if validator.is_valid(instance):
        return
    raise ValidationFailed(
        collect(validator, instance, base) or [_item("value_error", base, "Invalid input", instance)]
    )


# --------------------------------------------------------------------------
# coercion of text values (query strings, multipart fields)

_INT_RE = re.compile(r"[+-]?\d+")
_TRUE = {"true", "1", "yes", "on", "t", "y"}
_FALSE = {"false", "0", "no", "off", "f", "n"}


def _types_of(schema: Any) -> list[tuple[str, Any]]:
    """The (type, schema) alternatives a schema allows, following refs and anyOf."""
    schema = resolve(schema)
    if not isinstance(schema, dict):
        return []
    out: list[tuple[str, Any]] = []
    for key in ("anyOf", "oneOf"):
        for sub in schema.get(key, []):
            out.extend(_types_of(sub))
    t = schema.get("type")
    if isinstance(t, str):
        out.append((t, schema))
    elif isinstance(t, list):
        out.extend((x, schema) for x in t)
    elif "const" in schema:
        c = schema["const"]
        out.append(("boolean" if isinstance(c, bool) else "string", schema))
    return out


def _coerce_scalar(text: str, schema: Any) -> Any:
    kinds = [k for k, _ in _types_of(schema)]
    if "integer" in kinds and _INT_RE.fullmatch(text.strip()):
        return int(text)
    if "number" in kinds:
        try:
            return float(text)
        except ValueError:
            pass
    if "boolean" in kinds and text.lower() in _TRUE | _FALSE:
        return text.lower() in _TRUE
    return text


def coerce(values: list[str], schema: Any) -> Any:
    """Coerce the text values sent for one parameter to what ``schema`` expects."""
    alternatives = _types_of(schema)
    for kind, sub in alternatives:
        if kind == "array":
            items = sub.get("items", {})
            return [_coerce_scalar(v, items) for v in values]
    return _coerce_scalar(values[-1], schema)


# --------------------------------------------------------------------------
# per-operation validators


class OperationValidator:
    """Validates the parts of a request for one contract operation."""

    def __init__(self, op: Operation) -> None:
        self.op = op
        self.body_ref: str | None = None
        self.body_schema: Any = None
        self.body_pointer: str | None = None
        if op.request_schema is not None:
            key = op.key
            tokens = (
                "paths",
                key,
                op.method.lower(),
                "requestBody",
                "content",
                op.request_content_type or "",
                "schema",
            )
            self.body_ref = pointer_ref(*tokens)
            self.body_pointer = json_pointer(*tokens)
            self.body_schema = resolve(op.request_schema)
        self.query_params: dict[str, dict[str, Any]] = {}
        self.path_params: dict[str, dict[str, Any]] = {}
        key = op.key
        for index, param in enumerate(op.parameters):
            entry = {
                "name": param["name"],
                "required": bool(param.get("required")),
                "schema": param.get("schema", {}),
                "ref": pointer_ref("paths", key, op.method.lower(), "parameters", index, "schema"),
            }
            if "schema" not in param and "content" in param:  # e.g. ``metadata``: a JSON document in the query
                media = next(iter(param["content"]))
                entry["schema"] = param["content"][media].get("schema", {})
                location = ("paths", key, op.method.lower(), "parameters", index, "content", media, "schema")
                entry["ref"] = pointer_ref(*location)
                entry["json"] = True
            if param["in"] == "query":
                self.query_params[param["name"]] = entry
            elif param["in"] == "path":
                self.path_params[param["name"]] = entry

    @functools.cached_property
    def body_validator(self) -> Draft202012Validator | None:
        return validator_for_ref(self.body_ref) if self.body_ref else None

    def body_property_schema(self, name: str) -> Any:
        if not isinstance(self.body_schema, dict):
            return {}
        return self.body_schema.get("properties", {}).get(name, {})

    @functools.cached_property
    def body_check(self) -> Callable[[Any], bool] | None:
        return compiler().compile_pointer(self.body_pointer) if self.body_pointer else None

    def validate_body(self, data: Any) -> None:
        fast = self.body_check
        if fast is None or fast(data):
            return
        assert self.body_validator is not None
        check(self.body_validator, data, ["body"])

    def _params(self, params: Mapping[str, dict[str, Any]], raw: Mapping[str, list[str]], where: str) -> dict[str, Any]:
        out: dict[str, Any] = {}
        errors: list[dict[str, Any]] = []
        for name, entry in params.items():
            values = raw.get(name)
            if not values:
                if entry["required"]:
                    errors.append(_item("missing", [where, name], "Field required", None))
                    continue
                default = (
                    resolve(entry["schema"]).get("default") if isinstance(resolve(entry["schema"]), dict) else None
                )
                out[name] = default
                continue
            if entry.get("json"):
                try:
                    value = json.loads(values[-1])
                except ValueError:
                    errors.append(_item("json_invalid", [where, name], "JSON decode error", values[-1]))
                    continue
            else:
                value = coerce(values, entry["schema"])
            errors.extend(collect(validator_for_ref(entry["ref"]), value, [where, name]))
            out[name] = value
        if errors:
            raise ValidationFailed(errors)
        return out

    def validate_query(self, multi: Mapping[str, list[str]]) -> dict[str, Any]:
        return self._params(self.query_params, multi, "query")

    def validate_path(self, values: Mapping[str, str]) -> dict[str, Any]:
        return self._params(self.path_params, {k: [v] for k, v in values.items()}, "path")

    def coerce_form(self, fields: Mapping[str, list[str]]) -> dict[str, Any]:
        """Coerce multipart text fields according to the body schema."""
        return {name: coerce(values, self.body_property_schema(name)) for name, values in fields.items()}


@functools.cache
def validator_for(operation_id: str) -> OperationValidator:
    from .spec import operations_by_id

    return OperationValidator(operations_by_id()[operation_id])


def parse_json_body(raw: bytes, required: bool) -> Any:
    """Decode a JSON body or raise a 422 shaped like the service's."""
    if not raw.strip():
        if required:
            raise ValidationFailed([_item("missing", ["body"], "Field required", None)])
        return None
    try:
        return json.loads(raw)
    except (UnicodeDecodeError, ValueError) as exc:
        pos = getattr(exc, "pos", 0)
        raise ValidationFailed(
            [
                {
                    "type": "json_invalid",
                    "loc": ["body", pos],
                    "msg": "JSON decode error",
                    "input": {},
                    "ctx": {"error": getattr(exc, "msg", str(exc))},
                }
            ]
        ) from None
