#!/usr/bin/env python3
"""Generate ``src/mistralkit/types/`` from ``spec/openapi.yaml``.

Usage::

    python tools/generate.py            # (re)write the generated package
    python tools/generate.py --check    # exit 1 and list stale files; write nothing

The output is deterministic: the same spec always gives byte-identical files.

Layout: every component schema (plus a named type for each inline request body /
response of an operation) is assigned to a module. A schema reached (through
``$ref``, transitively) by the operations of exactly one tag goes to that tag's
module; everything else goes to ``shared``. Tag modules only import from
``shared``. ``__init__`` exposes every name lazily (and the renamed type names of the
2025 contract as aliases, ``RENAMED``) and ``_operations`` is a plain data table of the
operations.

Before that, schema-local ``$defs`` move into the components and every nested inline
object schema (a property, an array item, a union member) becomes a named model, named
after where it sits (``Owner`` + ``PropertyName``), so the output stays deterministic.
"""

from __future__ import annotations

import argparse
import json
import keyword
import re
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

import yaml

# --- official SDK field names (tools/official_models.py writes the table) ------------------------------
# The official SDK names some fields differently from the wire (``schema_definition`` for ``schema``,
# ``size_bytes`` for ``bytes``). Models accept those names on input and expose them as read-only
# properties, so programs written for it keep working; the wire name and our field name stay.
OFFICIAL_FIELDS_FILE = Path(__file__).resolve().parent.parent / "spec" / "official_field_names.json"


def _official_norm(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def official_field_names() -> dict[str, dict[str, str]]:
    if not OFFICIAL_FIELDS_FILE.exists():
        return {}
    return json.loads(OFFICIAL_FIELDS_FILE.read_text())


OFFICIAL_FIELDS = official_field_names()
_RESERVED = {"model_config", "model_fields", "schema", "json", "dict", "copy", "validate", "construct", "fields"}


def official_extras(model_key: str, model_name: str, fields: list[Any]) -> dict[str, str]:
    """wire name -> official Python name, for the fields of this model the official SDK names otherwise."""
    table = OFFICIAL_FIELDS.get(_official_norm(model_key)) or OFFICIAL_FIELDS.get(_official_norm(model_name)) or {}
    taken = {f.name for f in fields}
    out = {}
    for f in fields:
        official = table.get(f.wire)
        if official and official not in taken and official not in (f.name, f.wire) and official.isidentifier():
            if not keyword.iskeyword(official) and official not in _RESERVED and not official.startswith("model_"):
                out[f.wire] = official
    return out

ROOT = Path(__file__).resolve().parents[1]
SPEC_PATH = ROOT / "spec" / "openapi.yaml"
OUT_DIR = ROOT / "src" / "mistralkit" / "types"
HEADER = "# Generated from spec/openapi.yaml by tools/generate.py. Do not edit.\n"
REF_PREFIX = "#/components/schemas/"
SHARED = "shared"
WIDTH = 100
DOC_LIMIT = 300
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# Attribute names of pydantic.BaseModel (v1 compatibility API included) that a field
# must not shadow. A fixed list keeps the output independent of the installed pydantic.
BASEMODEL_ATTRS = frozenset(
    """
    construct copy dict fields from_orm json parse_file parse_obj parse_raw schema schema_json
    update_forward_refs validate model_computed_fields model_config model_construct model_copy
    model_dump model_dump_json model_extra model_fields model_fields_set model_json_schema
    model_parametrized_name model_post_init model_rebuild model_validate model_validate_json
    model_validate_strings
    """.split()
)
# Names the generated modules bind at module level; a field with one of these names
# would shadow it inside the class body.
MODULE_NAMES = frozenset(
    "Annotated Any BaseModel Binary Discriminator Field Literal Tag TaggedModel Union bool datetime "
    "dict discriminated_by float int list str".split()
)
IMPORT_FROM = {
    "Annotated": "typing",
    "Any": "typing",
    "Literal": "typing",
    "Union": "typing",
    "datetime": "datetime",
    "Field": "pydantic",
    "AliasChoices": "pydantic",
    "Tag": "pydantic",
    "BaseModel": ".._models",
    "TaggedModel": ".._models",
    "Binary": ".._models",
    "discriminated_by": ".._models",
}


# Names of the 2025 contract whose schema the current spec renamed: each stays importable from
# ``mistralkit.types`` as an alias of the current type, so code written against the old names keeps working.
RENAMED = {
    "AgentCreationRequest": "CreateAgentRequest",
    "AgentUpdateRequest": "UpdateAgentRequest",
    "ArchiveFTModelOut": "ArchiveModelResponse",
    "BatchJobIn": "CreateBatchJobRequest",
    "BatchJobOut": "BatchJob",
    "BatchJobsOut": "ListBatchJobsResponse",
    "ClassifierFTModelOut": "ClassifierFineTunedModel",
    "CompletionFTModelOut": "CompletionFineTunedModel",
    "ConversationAppendRequestBase": "ConversationAppendRequest",
    "ConversationRestartRequestBase": "ConversationRestartRequest",
    "ConversationThinkChunk": "ThinkChunk",
    "DeleteFileOut": "DeleteFileResponse",
    "DeleteModelOut": "DeleteModelResponse",
    "DocumentOut": "Document",
    "DocumentUpdateIn": "UpdateDocumentRequest",
    "FTModelCapabilitiesOut": "FineTunedModelCapabilities",
    "FileSignedURL": "GetSignedUrlResponse",
    "LibraryIn": "CreateLibraryRequest",
    "LibraryInUpdate": "UpdateLibraryRequest",
    "LibraryOut": "Library",
    "ListDocumentOut": "ListDocumentsResponse",
    "ListFilesOut": "ListFilesResponse",
    "ListLibraryOut": "ListLibrariesResponse",
    "ListSharingOut": "ListSharingResponse",
    "ModerationLLMV1Action": "ModerationLLMAction",
    "ProcessingStatusOut": "ProcessingStatus",
    "RetrieveFileOut": "GetFileResponse",
    "SharingIn": "SharingRequest",
    "SharingOut": "Sharing",
    "UnarchiveFTModelOut": "UnarchiveModelResponse",
    "UpdateFTModelIn": "UpdateModelRequest",
    "UploadFileOut": "CreateFileResponse",
}


class GenerationError(Exception):
    """The spec uses a construct this generator does not handle."""


# --------------------------------------------------------------------------- type expressions


@dataclass(frozen=True)
class Name:
    """A bare name: builtin, typing name, or a generated schema (``ref`` set)."""

    text: str
    ref: str | None = None


@dataclass(frozen=True)
class Sub:
    """A subscript such as ``list[X]`` / ``Literal[...]`` / ``Annotated[...]``."""

    head: str
    args: tuple[Any, ...]


@dataclass(frozen=True)
class Or:
    """``A | B | ...``"""

    members: tuple[Any, ...]


@dataclass(frozen=True)
class Call:
    """``fn(arg, ...)`` with pre-rendered arguments."""

    fn: str
    args: tuple[str, ...]


STR, INT, FLOAT, BOOL, NONE, ANY = (Name(n) for n in ("str", "int", "float", "bool", "None", "Any"))
DATETIME = Name("datetime")
BINARY = Name("Binary")
DICT_ANY = Sub("dict", (STR, ANY))


def flat(node: Any) -> str:
    if isinstance(node, str):
        return node
    if isinstance(node, Name):
        return node.text
    if isinstance(node, Sub):
        return f"{node.head}[{', '.join(flat(a) for a in node.args)}]"
    if isinstance(node, Or):
        return " | ".join(flat(m) for m in node.members)
    if isinstance(node, Call):
        return f"{node.fn}({', '.join(node.args)})"
    raise TypeError(node)


def fmt(node: Any, indent: int, used: int) -> str:
    """Render ``node`` starting at column ``used``, breaking lines past WIDTH."""
    text = flat(node)
    if used + len(text) <= WIDTH or isinstance(node, (str, Name)):
        return text
    pad = " " * (indent + 4)
    if isinstance(node, Sub) and node.head == "Literal":
        lines: list[str] = []
        line = pad
        for a in node.args:
            piece = flat(a) + ","
            if len(line) + len(piece) + 1 > WIDTH and line.strip():
                lines.append(line.rstrip())
                line = pad
            line += piece + " "
        lines.append(line.rstrip())
        return "Literal[\n" + "\n".join(lines) + f"\n{' ' * indent}]"
    if isinstance(node, Sub):
        inner = ",\n".join(pad + fmt(a, indent + 4, indent + 4) for a in node.args)
        return f"{node.head}[\n{inner},\n{' ' * indent}]"
    if isinstance(node, Or):
        parts = [fmt(m, indent + 4, indent + 6) for m in node.members]
        return "(\n" + pad + ("\n" + pad + "| ").join(parts) + "\n" + " " * indent + ")"
    if isinstance(node, Call):
        inner = ",\n".join(pad + a for a in node.args)
        return f"{node.fn}(\n{inner},\n{' ' * indent})"
    raise TypeError(node)


def walk_nodes(node: Any) -> Iterable[Any]:
    yield node
    if isinstance(node, Sub):
        for a in node.args:
            yield from walk_nodes(a)
    elif isinstance(node, Or):
        for m in node.members:
            yield from walk_nodes(m)


def node_refs(node: Any) -> set[str]:
    return {n.ref for n in walk_nodes(node) if isinstance(n, Name) and n.ref}


def node_imports(node: Any) -> set[str]:
    out: set[str] = set()
    for n in walk_nodes(node):
        if isinstance(n, Name) and n.text in IMPORT_FROM:
            out.add(n.text)
        elif isinstance(n, Sub) and n.head in IMPORT_FROM:
            out.add(n.head)
        elif isinstance(n, Call) and n.fn in IMPORT_FROM:
            out.add(n.fn)
    return out


def union(members: list[Any]) -> Any:
    """Deduplicate (first occurrence wins, ``None`` last) and join members."""
    seen: dict[str, Any] = {}
    has_none = False
    for m in members:
        if isinstance(m, Or):
            for inner in m.members:
                if inner == NONE:
                    has_none = True
                else:
                    seen.setdefault(flat(inner), inner)
        elif m == NONE:
            has_none = True
        else:
            seen.setdefault(flat(m), m)
    out = list(seen.values()) + ([NONE] if has_none else [])
    if not out:
        return ANY
    return out[0] if len(out) == 1 else Or(tuple(out))


def lit(value: Any) -> str:
    """A Python literal for a JSON scalar (double-quoted strings)."""
    if isinstance(value, str):
        return json.dumps(value)
    if value is None or isinstance(value, (bool, int, float)):
        return repr(value)
    raise GenerationError(f"not a scalar literal: {value!r}")


# --------------------------------------------------------------------------- naming


def pascal(text: str) -> str:
    return "".join(p[:1].upper() + p[1:] for p in re.split(r"[^0-9A-Za-z]+", text) if p)


def module_for_tag(tag: str) -> str:
    tag = tag.lower()
    if tag.startswith("deprecated."):
        tag = tag[len("deprecated.") :]
    name = re.sub(r"[^0-9a-z_]", "_", tag.replace(".", "_").replace("-", "_"))
    if not name or name[0].isdigit():
        name = "tag_" + name
    if keyword.iskeyword(name) or name in {SHARED, "_operations"}:
        name += "_"
    return name


GROUP_PREFIX = "shared_"
# Tags whose operations live under another group's paths (``/v1/workflows/events``).
GROUP_ALIASES = {"events": "workflows"}


def tag_group(tag: str) -> str:
    """The API area of a tag: its first segment, two for ``beta`` (``beta.observability.x`` -> ``beta_observability``)."""
    raw = tag.lower().removeprefix("deprecated.").split(".")
    head = raw[:2] if raw[0] == "beta" and len(raw) > 1 else raw[:1]
    group = "_".join(re.sub(r"[^0-9a-z]+", "_", p) for p in head)
    return GROUP_ALIASES.get(group, group)


def group_module(group: str) -> str:
    return GROUP_PREFIX + group


def identifier(text: str) -> str:
    name = re.sub(r"[^0-9A-Za-z_]", "_", text)
    if not name or name[0].isdigit():
        name = "_" + name
    return name


def ref_key(ref: str) -> str:
    if not ref.startswith(REF_PREFIX):
        raise GenerationError(f"unsupported $ref {ref!r}")
    return ref[len(REF_PREFIX) :]


def collect_refs(node: Any, out: set[str]) -> set[str]:
    if isinstance(node, dict):
        for k, v in node.items():
            if k == "$ref" and isinstance(v, str):
                out.add(ref_key(v))
            elif k in ("example", "examples"):
                continue
            elif k == "discriminator" and isinstance(v, dict):
                for target in (v.get("mapping") or {}).values():
                    out.add(ref_key(target))
            else:
                collect_refs(v, out)
    elif isinstance(node, list):
        for v in node:
            collect_refs(v, out)
    return out


def docstring(schema: dict[str, Any], name: str, usage: str = "") -> str:
    text = (schema.get("description") or "").strip() or usage
    title = (schema.get("title") or "").strip()
    if not text and title and title != name:
        text = title
    text = text or name
    text = re.split(r"\n\s*\n", text)[0]
    text = " ".join(text.split())
    if len(text) > DOC_LIMIT:
        text = text[:DOC_LIMIT].rsplit(" ", 1)[0] + " ..."
    return text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')


def doc_lines(text: str, indent: int) -> list[str]:
    pad = " " * indent
    one = f'{pad}"""{text}"""'
    if len(one) <= WIDTH and not text.endswith('"'):
        return [one]
    body = textwrap.wrap(text, WIDTH - indent, break_long_words=False, break_on_hyphens=False)
    return [f'{pad}"""{body[0]}'] + [pad + line for line in body[1:]] + [f'{pad}"""']


def pack(items: list[str], indent: int = 4) -> list[str]:
    """Quoted names packed several per line."""
    lines: list[str] = []
    line = " " * indent
    for item in items:
        piece = json.dumps(item) + ","
        if len(line) + len(piece) + 1 > WIDTH and line.strip():
            lines.append(line.rstrip())
            line = " " * indent
        line += piece + " "
    if line.strip():
        lines.append(line.rstrip())
    return lines


# --------------------------------------------------------------------------- normalization

DEFS_PREFIX = "#/$defs/"


def _unique(name: str, taken: dict[str, Any]) -> str:
    candidate, n = name, 2
    while candidate in taken:
        candidate, n = f"{name}{n}", n + 1
    return candidate


def hoist_defs(spec: dict[str, Any]) -> None:
    """Move schema-local ``$defs`` into ``components.schemas`` and point their ``#/$defs/`` refs there.

    A definition equal to a component of the same name reuses it; a different one with a taken name is
    renamed with its owner's name as prefix.
    """
    schemas = spec.setdefault("components", {}).setdefault("schemas", {})

    def rewrite(node: Any, renames: dict[str, str]) -> Any:
        def target(ref: str) -> str:
            name = ref[len(DEFS_PREFIX) :]
            if name not in renames:
                raise GenerationError(f"unresolved $ref {ref!r}")
            return REF_PREFIX + renames[name]

        if isinstance(node, dict):
            out = {}
            for k, v in node.items():
                if k == "$ref" and isinstance(v, str) and v.startswith(DEFS_PREFIX):
                    out[k] = target(v)
                elif k == "mapping" and isinstance(v, dict):
                    out[k] = {t: target(r) if isinstance(r, str) and r.startswith(DEFS_PREFIX) else r for t, r in v.items()}
                else:
                    out[k] = rewrite(v, renames)
            return out
        if isinstance(node, list):
            return [rewrite(v, renames) for v in node]
        return node

    def visit(node: Any, owner: str) -> Any:
        if isinstance(node, list):
            return [visit(v, owner) for v in node]
        if not isinstance(node, dict):
            return node
        node = {k: (v if k in ("example", "examples") else visit(v, owner)) for k, v in node.items()}
        defs = node.pop("$defs", None)
        if not defs:
            return node
        renames: dict[str, str] = {}
        for name, definition in defs.items():
            if name in schemas and schemas[name] == definition:
                renames[name] = name
            elif name in schemas:
                renames[name] = _unique(owner + name, schemas)
            else:
                renames[name] = name
        for name, definition in defs.items():
            target = renames[name]
            if target not in schemas:
                schemas[target] = rewrite(definition, renames)
        return rewrite(node, renames)

    for key in list(schemas):
        schemas[key] = visit(schemas[key], key)
    for item in (spec.get("paths") or {}).values():
        for method in HTTP_METHODS:
            op = item.get(method) if isinstance(item, dict) else None
            if isinstance(op, dict):
                item[method] = visit(op, pascal(op.get("operationId") or method))


def _needs_name(s: Any) -> bool:
    """An inline schema that must become a named model: an object with properties, or several allOf parts."""
    if not isinstance(s, dict) or "$ref" in s:
        return False
    return bool(s.get("properties")) or len(s.get("allOf") or []) > 1


def hoist_inline(schemas: dict[str, dict[str, Any]]) -> None:
    """Give every nested inline object schema a name of its own (``Owner`` + property name), in place.

    The spec nests object schemas inside properties, items and unions; each becomes a component so that
    it is a model class. Names are derived from the position, so the output stays deterministic.
    """
    todo = list(schemas)
    while todo:
        key = todo.pop(0)

        def name_for(base: str, s: dict[str, Any]) -> str:
            new = _unique(base, schemas)
            schemas[new] = s
            todo.append(new)
            return new

        def visit(s: Any, base: str, top: bool) -> Any:
            if not isinstance(s, dict):
                return s
            if not top and _needs_name(s):
                return {"$ref": REF_PREFIX + name_for(base, s)}
            out = dict(s)
            props = s.get("properties")
            if isinstance(props, dict):
                out["properties"] = {k: visit(v, base + pascal(k), False) for k, v in props.items()}
            if isinstance(s.get("items"), dict):
                out["items"] = visit(s["items"], base + "Item", False)
            if isinstance(s.get("additionalProperties"), dict):
                out["additionalProperties"] = visit(s["additionalProperties"], base + "Value", False)
            for k in ("anyOf", "oneOf"):
                if isinstance(s.get(k), list):
                    alts = []
                    for i, alt in enumerate(s[k]):
                        title = pascal(str(alt.get("title") or "")) if isinstance(alt, dict) else ""
                        alts.append(visit(alt, base + (title or f"Variant{i + 1}"), False))
                    out[k] = alts
            if isinstance(s.get("allOf"), list):
                # the parts of an allOf are merged into one model: hoist only what they nest
                out["allOf"] = [visit(part, base, True) for part in s["allOf"]]
            return out

        schemas[key] = visit(schemas[key], key, True)


# --------------------------------------------------------------------------- the model


@dataclass
class Field:
    name: str  # python name
    wire: str  # name on the wire
    node: Any
    default: str | None  # rendered default; None means required
    tag: bool = False  # Literal[x] with default x: always serialized (TaggedModel)
    doc: str = ""  # attribute docstring (no runtime cost)


@dataclass
class Definition:
    key: str  # schema key (spec name or synthesized)
    name: str  # python name
    kind: str  # "model" | "alias"
    doc: str
    fields: list[Field]
    node: Any  # alias target

    def refs(self) -> set[str]:
        if self.kind == "alias":
            return node_refs(self.node)
        out: set[str] = set()
        for f in self.fields:
            out |= node_refs(f.node)
        return out


class Generator:
    def __init__(self, spec: dict[str, Any]) -> None:
        hoist_defs(spec)
        self.spec = spec
        self.schemas: dict[str, dict[str, Any]] = dict((spec.get("components") or {}).get("schemas") or {})
        self.component_keys = list(self.schemas)
        self.operations: dict[str, dict[str, Any]] = {}
        self.op_roots: dict[str, tuple[list[str], set[str]]] = {}
        self._collect_operations()
        hoist_inline(self.schemas)
        self.py = self._python_names()
        self.disc_plan: dict[str, str] = {}
        self.disc_override: dict[tuple[str, str], tuple[Any, ...]] = {}
        self._plan_discriminators()
        self.module_of = self._assign_modules()

    # ----------------------------------------------------------------- operations

    def _synth(self, name: str, schema: dict[str, Any]) -> str:
        if name in self.schemas:
            raise GenerationError(f"synthesized name {name!r} collides with a component schema")
        self.schemas[name] = schema
        return name

    @staticmethod
    def _is_binary(schema: dict[str, Any]) -> bool:
        return schema.get("type") == "string" and schema.get("format") == "binary"

    def _payload(self, schema: dict[str, Any] | None, name: str) -> str | None:
        if not schema or self._is_binary(schema):
            return None
        if set(schema) == {"$ref"}:
            return ref_key(schema["$ref"])
        return self._synth(name, schema)

    def _collect_operations(self) -> None:
        seen: set[str] = set()
        for raw_path, item in (self.spec.get("paths") or {}).items():
            shared_params = item.get("parameters") or []
            for method in HTTP_METHODS:
                op = item.get(method)
                if op is None:
                    continue
                op_id = op.get("operationId")
                if not op_id or op_id in seen:
                    raise GenerationError(f"missing or duplicate operationId at {method} {raw_path}")
                seen.add(op_id)
                tags = list(op.get("tags") or [])
                base = pascal(op_id)
                path = raw_path.split("#", 1)[0]
                params = {(p.get("in"), p.get("name")): p for p in [*shared_params, *(op.get("parameters") or [])]}
                for p in params.values():
                    if "$ref" in p:
                        raise GenerationError(f"{op_id}: parameter $ref is not supported")
                path_params = tuple(re.findall(r"{([^}]+)}", path))
                for name in path_params:
                    if ("path", name) not in params:
                        raise GenerationError(f"{op_id}: path parameter {name!r} is not declared")
                query_params = tuple(
                    (p["name"], bool(p.get("required", False))) for p in params.values() if p.get("in") == "query"
                )
                body = body_ct = None
                body_required = False
                rb = op.get("requestBody")
                if rb:
                    content = rb.get("content") or {}
                    body_ct = "application/json" if "application/json" in content else next(iter(content), None)
                    if body_ct is not None:
                        body = self._payload(content[body_ct].get("schema"), base + "Body")
                    body_required = bool(rb.get("required", False))
                responses = op.get("responses") or {}
                codes = [str(c) for c in responses if str(c).startswith("2")]
                if not codes or not codes[0].isdigit():
                    raise GenerationError(f"{op_id}: no explicit 2xx response")
                success = codes[0]
                content = (responses.get(success) or responses.get(int(success)) or {}).get("content") or {}
                response = response_ct = None
                event = None
                if "text/event-stream" in content:
                    event = self._payload(content["text/event-stream"].get("schema"), base + "Event")
                if "application/json" in content:
                    response_ct = "application/json"
                    response = self._payload(content["application/json"].get("schema"), base + "Response")
                elif "text/event-stream" in content:
                    response_ct, response = "text/event-stream", event
                elif content:
                    response_ct = next(iter(content))
                    response = self._payload(content[response_ct].get("schema"), base + "Response")
                roots = collect_refs({"p": list(params.values()), "b": rb, "r": responses}, set())
                roots |= {n for n in (body, response, event) if n is not None}
                self.op_roots[op_id] = (tags, roots)
                self.operations[op_id] = {
                    "method": method.upper(),
                    "path": path,
                    "tag": tags[0] if tags else None,
                    "stream": raw_path.endswith("#stream"),
                    "path_params": path_params,
                    "query_params": query_params,
                    "body": body,
                    "body_content_type": body_ct,
                    "body_required": body_required,
                    "success_status": int(success),
                    "response": response,
                    "response_content_type": response_ct,
                    "event_response": event,
                }

    def _python_names(self) -> dict[str, str]:
        names: dict[str, str] = {}
        taken: set[str] = set()
        for key in [*self.component_keys, *sorted(set(self.schemas) - set(self.component_keys))]:
            name = identifier(key)
            if keyword.iskeyword(name) or name in MODULE_NAMES:
                name += "_"
            while name in taken:
                name += "_"
            taken.add(name)
            names[key] = name
        return names

    # ----------------------------------------------------------------- schema helpers

    def resolve(self, schema: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in schema:
            schema = self.schemas[ref_key(schema["$ref"])]
        return schema

    def merged(self, schema: dict[str, Any], stack: tuple[str, ...] = ()) -> tuple[dict[str, Any], list[str]]:
        """Properties and required names of an object schema, with ``allOf`` flattened."""
        props: dict[str, Any] = {}
        required: list[str] = []
        for part in schema.get("allOf") or []:
            if "$ref" in part:
                key = ref_key(part["$ref"])
                if key in stack:
                    raise GenerationError(f"recursive allOf through {key}")
                p, r = self.merged(self.schemas[key], (*stack, key))
            else:
                p, r = self.merged(part, stack)
            props.update(p)
            required += [n for n in r if n not in required]
        props.update(schema.get("properties") or {})
        required += [n for n in schema.get("required") or [] if n not in required]
        return props, required

    def is_model(self, schema: dict[str, Any]) -> bool:
        # ``properties: {}`` (the spec's spelling of a free-form object) stays a plain dict
        return bool(schema.get("properties")) or "allOf" in schema

    def is_string_enum(self, schema: dict[str, Any]) -> bool:
        values = schema.get("enum")
        return bool(values) and all(isinstance(v, str) for v in values) and not self.is_model(schema)

    # ----------------------------------------------------------------- discriminators

    def _disc_key(self, schema: dict[str, Any]) -> str:
        return json.dumps(
            {k: schema.get(k) for k in ("oneOf", "anyOf", "discriminator")}, sort_keys=True, separators=(",", ":")
        )

    def _disc_variants(self, schema: dict[str, Any]) -> tuple[str, list[str], dict[str, list[str]]]:
        prop = schema["discriminator"]["propertyName"]
        alts = schema.get("oneOf") or schema.get("anyOf") or []
        variants: list[str] = []
        for alt in alts:
            if set(alt) != {"$ref"}:
                raise GenerationError(f"discriminated union member is not a $ref: {alt!r}")
            variants.append(ref_key(alt["$ref"]))
        mapping = schema["discriminator"].get("mapping") or {}
        tags = {v: [t for t, target in mapping.items() if ref_key(target) == v] or [v] for v in variants}
        return prop, variants, tags

    def _iter_discriminated(self, node: Any) -> Iterable[dict[str, Any]]:
        if isinstance(node, dict):
            if "discriminator" in node and ("oneOf" in node or "anyOf" in node):
                yield node
            for k, v in node.items():
                if k not in ("example", "examples"):
                    yield from self._iter_discriminated(v)
        elif isinstance(node, list):
            for v in node:
                yield from self._iter_discriminated(v)

    def _plan_discriminators(self) -> None:
        """Decide, per discriminated union, between a Literal field tag and a callable."""
        for key in self.schemas:
            for union_schema in self._iter_discriminated(self.schemas[key]):
                dkey = self._disc_key(union_schema)
                if dkey in self.disc_plan:
                    continue
                prop, variants, tags = self._disc_variants(union_schema)
                overrides: dict[tuple[str, str], tuple[Any, ...]] = {}
                ok = len(variants) > 1
                for v in variants:
                    target = self.schemas[v]
                    if not self.is_model(target):
                        ok = False
                        break
                    props, _ = self.merged(target)
                    ps = props.get(prop)
                    if ps is None:
                        ok = False
                        break
                    if "const" in ps:
                        values: tuple[Any, ...] = (ps["const"],)
                    elif "enum" in self.resolve(ps):
                        values = tuple(self.resolve(ps)["enum"])
                    else:
                        ok = False
                        break
                    if set(values) != set(tags[v]):
                        ok = False
                        break
                    if "const" not in ps:
                        overrides[(v, prop)] = values
                    existing = self.disc_override.get((v, prop))
                    if existing is not None and set(existing) != set(values):
                        ok = False
                        break
                self.disc_plan[dkey] = "literal" if ok else ("single" if len(variants) == 1 else "callable")
                if ok:
                    self.disc_override.update(overrides)

    def discriminated(self, schema: dict[str, Any]) -> Any:
        prop, variants, tags = self._disc_variants(schema)
        plan = self.disc_plan[self._disc_key(schema)]
        if plan == "single":
            return Name(self.py[variants[0]], ref=variants[0])
        if plan == "literal":
            members = tuple(Name(self.py[v], ref=v) for v in variants)
            return Sub("Annotated", (Sub("Union", members), Call("Field", (f"discriminator={json.dumps(prop)}",))))
        members = tuple(
            Sub("Annotated", (Name(self.py[v], ref=v), Call("Tag", (json.dumps(self.py[v]),)))) for v in variants
        )
        mapping = {t: self.py[v] for v in variants for t in tags[v]}
        mapping_src = "{" + ", ".join(f"{lit(t)}: {json.dumps(n)}" for t, n in mapping.items()) + "}"
        return Sub("Annotated", (Sub("Union", members), Call("discriminated_by", (json.dumps(prop), mapping_src))))

    # ----------------------------------------------------------------- types

    def members(self, s: dict[str, Any], where: str) -> list[Any]:
        if "$ref" in s:
            key = ref_key(s["$ref"])
            if key not in self.schemas:
                raise GenerationError(f"{where}: unknown $ref {key!r}")
            name = Name(self.py[key], ref=key)
            return [name, STR] if self.is_string_enum(self.schemas[key]) else [name]
        if "discriminator" in s and ("oneOf" in s or "anyOf" in s):
            return [self.discriminated(s)]
        for k in ("anyOf", "oneOf"):
            if k in s:
                out: list[Any] = []
                for alt in s[k]:
                    out += self.members(alt, where)
                return out
        if "allOf" in s:
            if len(s["allOf"]) == 1:
                return self.members(s["allOf"][0], where)
            raise GenerationError(f"{where}: inline allOf with several parts is not supported")
        if "const" in s:
            return [Sub("Literal", (lit(s["const"]),))]
        t = s.get("type")
        types_ = t if isinstance(t, list) else [t]
        if "enum" in s:
            values = list(dict.fromkeys(s["enum"]))
            non_null = [v for v in values if v is not None]
            out = []
            if non_null:
                out.append(Sub("Literal", tuple(lit(v) for v in non_null)))
                if all(isinstance(v, str) for v in non_null):
                    out.append(STR)  # unknown values from the server are kept
            if None in values or "null" in types_:
                out.append(NONE)
            return out
        out = []
        for tt in types_:
            out.append(self.primitive(s, tt, where))
        return out

    def primitive(self, s: dict[str, Any], t: str | None, where: str) -> Any:
        if t == "string":
            fmt_ = s.get("format")
            if fmt_ == "date-time":
                return DATETIME
            if fmt_ == "binary":
                return BINARY
            return STR
        if t == "integer":
            return INT
        if t == "number":
            return FLOAT
        if t == "boolean":
            return BOOL
        if t == "null":
            return NONE
        if t == "array":
            return Sub("list", (self.node(s.get("items") or {}, where + "[]"),))
        if t == "object" or (t is None and ("properties" in s or "additionalProperties" in s)):
            if s.get("properties"):
                raise GenerationError(f"{where}: inline object with properties is not supported")
            extra = s.get("additionalProperties")
            if isinstance(extra, dict) and extra:
                return Sub("dict", (STR, self.node(extra, where + "{}")))
            return DICT_ANY
        if t is None:
            return ANY
        raise GenerationError(f"{where}: unsupported type {t!r}")

    def node(self, s: dict[str, Any], where: str) -> Any:
        return union(self.members(s, where))

    # ----------------------------------------------------------------- definitions

    def field_name(self, wire: str, taken: set[str]) -> str:
        name = re.sub(r"[^0-9A-Za-z_]", "_", wire).lstrip("_") or "field"
        if name[0].isdigit():
            name = "f_" + name
        if keyword.iskeyword(name) or name in BASEMODEL_ATTRS or name in MODULE_NAMES or name in self.reserved:
            name += "_"
        while name in taken:
            name += "_"
        return name

    def definition(self, key: str) -> Definition:
        schema = self.schemas[key]
        name = self.py[key]
        doc = docstring(schema, name, self.usage.get(key, ""))
        if not self.is_model(schema):
            return Definition(key, name, "alias", doc, [], self.alias_node(key, schema))
        props, required = self.merged(schema)
        fields: list[Field] = []
        taken: set[str] = set()
        for wire, ps in props.items():
            where = f"{key}.{wire}"
            if not isinstance(ps, dict):
                raise GenerationError(f"{where}: boolean property schemas are not supported")
            pyname = self.field_name(wire, taken)
            taken.add(pyname)
            override = self.disc_override.get((key, wire))
            is_required = wire in required
            if override is not None:
                node = Sub("Literal", tuple(lit(v) for v in override))
                default = lit(ps["default"]) if ps.get("default") in override else lit(override[0])
                if len(override) > 1 and is_required and "default" not in ps:
                    default = None
            elif "const" in ps:
                node = self.node(ps, where)
                default = lit(ps["const"])
            else:
                node = self.node(ps, where)
                if is_required:
                    default = None
                else:
                    value = ps.get("default")
                    if value is None or isinstance(value, (str, bool, int, float)):
                        default = lit(value)
                    elif value == [] or value == {}:
                        default = json.dumps(value)
                    else:
                        default = "None"
                    if default == "None":
                        node = union([node, NONE])
            tag = (override is not None and len(override) == 1) or (override is None and "const" in ps)
            text = (ps.get("description") or "").strip()
            fields.append(Field(pyname, wire, node, default, tag, docstring({"description": text}, "") if text else ""))
        return Definition(key, name, "model", doc, fields, None)

    def alias_node(self, key: str, schema: dict[str, Any]) -> Any:
        if self.is_string_enum(schema):
            values = list(dict.fromkeys(schema["enum"]))
            return Sub("Literal", tuple(lit(v) for v in values))
        return self.node(schema, key)

    # ----------------------------------------------------------------- modules

    def _assign_modules(self) -> dict[str, str]:
        graph = {key: collect_refs(schema, set()) for key, schema in self.schemas.items()}
        for key, refs in graph.items():
            missing = refs - set(self.schemas)
            if missing:
                raise GenerationError(f"{key}: unknown $ref {sorted(missing)}")
        reached: dict[str, set[str]] = {key: set() for key in self.schemas}
        for tags, roots in self.op_roots.values():
            modules = {module_for_tag(t) for t in tags}
            stack = list(roots)
            seen: set[str] = set()
            while stack:
                key = stack.pop()
                if key in seen:
                    continue
                seen.add(key)
                stack.extend(graph[key])
            for key in seen:
                reached[key] |= modules
        self.module_group: dict[str, str] = {}
        for tags, _ in self.op_roots.values():
            for t in tags:
                self.module_group[module_for_tag(t)] = tag_group(t)
        module_of: dict[str, str] = {}
        for key, mods in reached.items():
            if len(mods) == 1:
                module_of[key] = next(iter(mods))
            else:
                groups = {self.module_group[m] for m in mods}
                module_of[key] = group_module(next(iter(groups))) if len(groups) == 1 else SHARED
        changed = True
        while changed:  # a module only depends on itself, its group's shared module and shared
            changed = False
            for key in sorted(module_of):
                for dep in sorted(graph[key]):
                    if module_of[dep] not in self.allowed(module_of[key]):
                        module_of[dep] = self.meet(module_of[key], module_of[dep])
                        changed = True
        for key, dep_keys in graph.items():
            for dep in dep_keys:
                if module_of[dep] not in self.allowed(module_of[key]):
                    raise GenerationError(f"{key} ({module_of[key]}) depends on {dep} ({module_of[dep]})")
        return module_of

    def group_of(self, module: str) -> str | None:
        if module == SHARED:
            return None
        if module.startswith(GROUP_PREFIX):
            return module[len(GROUP_PREFIX) :]
        return self.module_group.get(module)

    def allowed(self, module: str) -> set[str]:
        """The modules ``module`` may import from (itself included)."""
        group = self.group_of(module)
        return {SHARED, module} | ({group_module(group)} if group else set())

    def meet(self, a: str, b: str) -> str:
        """The module that both ``a`` and ``b`` may import from."""
        ga, gb = self.group_of(a), self.group_of(b)
        return group_module(ga) if ga is not None and ga == gb else SHARED

    # ----------------------------------------------------------------- output

    def _usage(self) -> dict[str, str]:
        """'Request body of POST /v1/x.' style text for schemas without a description."""
        roles: dict[str, dict[str, list[str]]] = {}
        for op_id in self.operations:
            op = self.operations[op_id]
            where = f"{op['method']} {op['path']}" + (" (stream)" if op["stream"] else "")
            event = op["event_response"] if op["event_response"] != op["response"] else None
            for role, key in (
                ("Request body of", op["body"]),
                ("Response of", op["response"]),
                ("Streamed event of", event),
            ):
                if key is not None:
                    places = roles.setdefault(key, {}).setdefault(role, [])
                    if where not in places:
                        places.append(where)
        out = {}
        for key, by_role in roles.items():
            parts = []
            for role, places in by_role.items():
                shown = ", ".join(places[:3]) + (", ..." if len(places) > 3 else "")
                parts.append(f"{role} {shown}.")
            out[key] = " ".join(parts)
        return out

    def build(self) -> dict[str, str]:
        self.reserved = set(self.py.values())
        self.usage = self._usage()
        defs = {key: self.definition(key) for key in self.schemas}
        modules: dict[str, list[str]] = {}
        for key, module in self.module_of.items():
            modules.setdefault(module, []).append(key)
        files: dict[str, str] = {}
        for module in sorted(modules):
            files[f"{module}.py"] = self.render_module(module, sorted(modules[module], key=lambda k: self.py[k]), defs)
        files["__init__.py"] = self.render_init()
        files["_operations.py"] = self.render_operations()
        return files

    def order(self, keys: list[str], defs: dict[str, Definition]) -> list[str]:
        local = set(keys)
        state: dict[str, int] = {}
        out: list[str] = []

        def visit(key: str) -> None:
            if state.get(key):
                return
            state[key] = 1
            for dep in sorted(defs[key].refs() & local, key=lambda k: self.py[k]):
                visit(dep)
            state[key] = 2
            out.append(key)

        for key in keys:
            visit(key)
        return out

    def render_module(self, module: str, keys: list[str], defs: dict[str, Definition]) -> str:
        ordered = self.order(keys, defs)
        imports: set[str] = set()
        shared_names: dict[str, set[str]] = {}
        body: list[str] = []
        defined: set[str] = set()
        for key in ordered:
            d = defs[key]
            refs = d.refs()
            for dep in refs:
                if self.module_of[dep] != module:
                    shared_names.setdefault(self.module_of[dep], set()).add(self.py[dep])
            if d.kind == "alias":
                pending = {r for r in refs if self.module_of[r] == module and r not in defined}
                if pending - {key}:
                    raise GenerationError(f"type alias {key} is part of a reference cycle")
                imports |= node_imports(d.node)
                body += ["", ""]
                if d.doc != d.name:
                    body += [f"#: {line}" for line in textwrap.wrap(d.doc, WIDTH - 3, break_long_words=False)]
                body.append(f"{d.name} = {fmt(d.node, 0, len(d.name) + 3)}")
            else:
                base = "TaggedModel" if any(f.tag for f in d.fields) else "BaseModel"
                imports.add(base)
                body += ["", "", f"class {d.name}({base}):"]
                body += doc_lines(d.doc, 4)
                if d.fields:
                    body.append("")
                extras = official_extras(d.key, d.name, d.fields)
                for f in d.fields:
                    imports |= node_imports(f.node)
                    forward = {r for r in node_refs(f.node) if self.module_of[r] == module and r not in defined}
                    body.append(self.render_field(f, quote=bool(forward), official=extras.get(f.wire)))
                    if f.doc:
                        body += doc_lines(f.doc, 4)
                    if f.name != f.wire or f.wire in extras:
                        imports.add("Field")
                    if f.wire in extras:
                        imports.add("AliasChoices")
                for f in d.fields:
                    if f.wire in extras:
                        quoted = json.dumps(flat(f.node))
                        if "Field(" in quoted:  # a string annotation cannot hold a call; keep it checkable
                            quoted = "Any"
                            imports.add("Any")
                        body += [
                            "",
                            "    @property",
                            f"    def {extras[f.wire]}(self) -> {quoted}:",
                            f'        """``{f.name}`` under the official SDK\'s name."""',
                            f"        return self.{f.name}",
                        ]
            defined.add(key)
        head = [HEADER.rstrip("\n")]
        if module == SHARED:
            head.append('"""Types used by the operations of several API tags (or by none)."""')
        elif module.startswith(GROUP_PREFIX):
            head.append(f'"""Types used by several tags of the {module[len(GROUP_PREFIX):]} operations."""')
        else:
            tags = sorted({t for tags, _ in self.op_roots.values() for t in tags if module_for_tag(t) == module})
            head.append(f'"""Types used only by the {", ".join(tags)} operations."""')
        head.append("")
        stdlib = sorted(n for n in imports if IMPORT_FROM[n] in ("typing", "datetime"))
        if "datetime" in stdlib:
            head.append("from datetime import datetime")
        typing_names = [n for n in stdlib if IMPORT_FROM[n] == "typing"]
        if typing_names:
            head.append(f"from typing import {', '.join(typing_names)}")
        pyd = sorted(n for n in imports if IMPORT_FROM[n] == "pydantic")
        if pyd:
            head += ["", f"from pydantic import {', '.join(pyd)}"]
        own = sorted(n for n in imports if IMPORT_FROM[n] == ".._models")
        if own:
            head += ["", f"from .._models import {', '.join(own)}"]
        for source in sorted(shared_names):
            names = sorted(shared_names[source])
            line = f"from .{source} import {', '.join(names)}"
            if len(line) <= WIDTH:
                head.append(line)
            else:
                head.append(f"from .{source} import (")
                head += [f"    {n}," for n in names]
                head.append(")")
        head += ["", "__all__ = ["]
        head += pack(sorted(self.py[k] for k in keys))
        head.append("]")
        return "\n".join(head + body) + "\n"

    def render_field(self, f: Field, quote: bool, official: str | None = None) -> str:
        prefix = f"    {f.name}: "
        if quote:
            annotation = json.dumps(flat(f.node))
        else:
            annotation = fmt(f.node, 4, len(prefix))
        if official:
            args = [] if f.default is None else [f.default]
            names = list(dict.fromkeys([f.wire, f.name, official]))
            args.append(f"alias={json.dumps(f.wire)}")
            args.append(f"validation_alias=AliasChoices({', '.join(json.dumps(n) for n in names)})")
            return f"{prefix}{annotation} = Field({', '.join(args)})"
        if f.name != f.wire:
            args = [] if f.default is None else [f.default]
            args.append(f"alias={json.dumps(f.wire)}")
            return f"{prefix}{annotation} = Field({', '.join(args)})"
        if f.default is None:
            return prefix + annotation
        return f"{prefix}{annotation} = {f.default}"

    def render_init(self) -> str:
        entries = sorted((self.py[k], self.module_of[k]) for k in self.schemas)
        by_module: dict[str, list[str]] = {}
        for name, module in entries:
            by_module.setdefault(module, []).append(name)
        known = {self.py[k]: self.module_of[k] for k in self.schemas}
        aliases = {old: new for old, new in sorted(RENAMED.items()) if new in known and old not in known}
        lines = [
            HEADER.rstrip("\n"),
            '"""Typed models of the Mistral AI API, generated from ``spec/openapi.yaml``.',
            "",
            "Names load lazily: ``import mistralkit.types`` imports no model module, and",
            "``from mistralkit.types import X`` imports only the module defining ``X`` (and ``shared``).",
            '"""',
            "",
            "from __future__ import annotations",
            "",
            "TYPE_CHECKING = False",
            "if TYPE_CHECKING:",
        ]
        for module in sorted(by_module):
            names = by_module[module]
            lines.append(f"    from .{module} import (")
            lines += [f"        {n} as {n}," for n in names]
            lines += [f"        {new} as {old}," for old, new in aliases.items() if known[new] == module]
            lines.append("    )")
        lines += ["", "__all__ = ["]
        lines += pack(sorted([name for name, _ in entries] + list(aliases)))
        lines += ["]", "", "_MODULES: dict[str, str] = {"]
        lines += [f"    {json.dumps(name)}: {json.dumps(module)}," for name, module in entries]
        lines += ["}", "", "# Names of the 2025 API kept as aliases of the current types.", "_RENAMED: dict[str, str] = {"]
        lines += [f"    {json.dumps(old)}: {json.dumps(new)}," for old, new in aliases.items()]
        lines += [
            "}",
            "",
            "",
            "def __getattr__(name: str) -> object:",
            "    target = _RENAMED.get(name, name)",
            "    module = _MODULES.get(target)",
            "    if module is None:",
            "        # The official SDK's names for these types are aliases kept in mistralkit.models.",
            "        from .. import models",
            "",
            "        if name not in models.OFFICIAL_NAMES:",
            '            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")',
            "        value = getattr(models, name)",
            "        globals()[name] = value",
            "        return value",
            '    value = getattr(__import__(f"{__name__}.{module}", None, None, (target,)), target)',
            "    globals()[name] = value",
            "    return value",
            "",
            "",
            "def __dir__() -> list[str]:",
            "    return sorted(set(globals()) | set(__all__))",
        ]
        return "\n".join(lines) + "\n"

    def render_operations(self) -> str:
        lines = [
            HEADER.rstrip("\n"),
            '"""Every API operation as plain data, keyed by operationId.',
            "",
            "Keys: method, path (``#stream`` suffix stripped), tag, stream (the spec path ended",
            "with ``#stream``), path_params, query_params ((name, required) pairs), body (type",
            "name in ``mistralkit.types``), body_content_type, body_required, success_status,",
            "response (type name of the success payload; None for no content or binary),",
            "response_content_type, event_response (type name of the ``text/event-stream``",
            "payload, if the operation can stream).",
            '"""',
            "",
            "OPERATIONS = {",
        ]

        def value(v: Any) -> str:
            if isinstance(v, tuple):
                if not v:
                    return "()"
                inner = ", ".join(value(x) for x in v)
                return f"({inner},)" if len(v) == 1 else f"({inner})"
            if isinstance(v, str) and v in self.py:
                return json.dumps(self.py[v])
            return lit(v)

        for op_id in sorted(self.operations):
            lines.append(f"    {json.dumps(op_id)}: {{")
            for k, v in self.operations[op_id].items():
                if k in ("body", "response", "event_response") and v is not None:
                    v = self.py[v]
                rendered = value(v) if not isinstance(v, str) else json.dumps(v)
                line = f"        {json.dumps(k)}: {rendered},"
                if len(line) > WIDTH and isinstance(v, tuple):
                    lines.append(f"        {json.dumps(k)}: (")
                    lines += [f"            {value(x)}," for x in v]
                    lines.append("        ),")
                else:
                    lines.append(line)
            lines.append("    },")
        lines.append("}")
        return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- CLI


def load_spec(path: Path) -> dict[str, Any]:
    with path.open("r", encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def generate(spec: dict[str, Any]) -> dict[str, str]:
    """Map of file name (relative to the types package) to file content."""
    return Generator(spec).build()


def stale_files(files: dict[str, str], out_dir: Path) -> list[str]:
    stale = []
    for name, text in sorted(files.items()):
        target = out_dir / name
        if not target.exists() or target.read_bytes() != text.encode("utf-8"):
            stale.append(name)
    if out_dir.exists():
        for extra in sorted(out_dir.glob("*.py")):
            if extra.name not in files:
                stale.append(extra.name)
    return stale


def write(files: dict[str, str], out_dir: Path) -> list[str]:
    out_dir.mkdir(parents=True, exist_ok=True)
    changed = []
    for name, text in sorted(files.items()):
        target = out_dir / name
        data = text.encode("utf-8")
        if not target.exists() or target.read_bytes() != data:
            target.write_bytes(data)
            changed.append(name)
    for extra in sorted(out_dir.glob("*.py")):
        if extra.name not in files:
            if extra.read_text(encoding="utf-8").startswith(HEADER):
                extra.unlink()
                changed.append(extra.name)
            else:
                print(f"warning: {extra} is not generated; left in place", file=sys.stderr)
    return changed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the generated files are stale")
    parser.add_argument("--spec", type=Path, default=SPEC_PATH, help="OpenAPI spec (default: %(default)s)")
    parser.add_argument("--out", type=Path, default=OUT_DIR, help="output package (default: %(default)s)")
    args = parser.parse_args(argv)
    try:
        files = generate(load_spec(args.spec))
    except GenerationError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.check:
        stale = stale_files(files, args.out)
        if stale:
            print(f"stale generated files in {args.out}:", file=sys.stderr)
            for name in stale:
                print(f"  {name}", file=sys.stderr)
            print("run: python tools/generate.py", file=sys.stderr)
            return 1
        return 0
    changed = write(files, args.out)
    print(f"{len(files)} files in {args.out} ({len(changed)} changed)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
