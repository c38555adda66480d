#!/usr/bin/env python3
"""Generate the thin resource methods of every operation that has no hand-written method.

Usage::

    python tools/generate_resources.py            # (re)write the generated modules
    python tools/generate_resources.py --check    # exit 1 when they are stale; write nothing

Sources: ``spec/openapi.yaml`` (what each operation sends and returns) and ``spec/official_sdk.json``
(the official SDK's namespace, method name and keyword names of each operation). Each operation gets a
method ``client.<namespace>.<name>(...)`` named as the official SDK names it; operations the official SDK
lacks are named in ``NAMES`` below, after its conventions (``list``/``get``/``create``/``update``/``delete``).

Output, in ``src/mistralkit/resources/_async/`` (``tools/unasync.py`` then writes the sync twins):

- a namespace without a hand-written class gets a module ``<namespace>.py`` (dots as underscores) with
  ``Async<Namespace>``: its methods and accessors for its sub-namespaces;
- a namespace with a hand-written class (``HAND_WRITTEN``) gets ``<namespace>_ops.py`` with a mixin
  ``Async<Namespace>Ops`` holding only what the hand-written class does not define; the hand-written
  class inherits it (``--check`` fails when it does not).

A generated method only describes the request: it builds a ``Call`` and hands it to the client.
"""

from __future__ import annotations

import ast
import json
import keyword
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

import generate as types_generator  # noqa: E402  (tools/generate.py)

SPEC_PATH = ROOT / "spec" / "openapi.yaml"
SDK_PATH = ROOT / "spec" / "official_sdk.json"
OUT_DIR = ROOT / "src" / "mistralkit" / "resources" / "_async"
HEADER = "# Generated from spec/openapi.yaml and spec/official_sdk.json by tools/generate_resources.py. Do not edit.\n"
SDK_CONTROL = ("retries", "server_url", "timeout_ms", "http_headers")

# Namespaces whose class is written by hand: (module, class). Generated operations of these namespaces
# go into a mixin the class inherits.
HAND_WRITTEN: dict[str, tuple[str, str]] = {
    "": ("", ""),  # the client itself (_client.py)
    "agents": ("agents", "AsyncAgents"),
    "audio": ("audio", "AsyncAudio"),
    "audio.transcriptions": ("audio", "AsyncTranscriptions"),
    "batch": ("batch", "AsyncBatch"),
    "batch.jobs": ("batch", "AsyncBatchJobs"),
    "beta": ("beta", "AsyncBeta"),
    "beta.agents": ("beta_agents", "AsyncBetaAgents"),
    "beta.conversations": ("conversations", "AsyncConversations"),
    "beta.libraries": ("libraries", "AsyncLibraries"),
    "beta.libraries.accesses": ("accesses", "AsyncAccesses"),
    "beta.libraries.documents": ("documents", "AsyncDocuments"),
    "chat": ("chat", "AsyncChat"),
    "classifiers": ("classifiers", "AsyncClassifiers"),
    "embeddings": ("embeddings", "AsyncEmbeddings"),
    "files": ("files", "AsyncFiles"),
    "fim": ("fim", "AsyncFim"),
    "fine_tuning": ("fine_tuning", "AsyncFineTuning"),
    "fine_tuning.jobs": ("fine_tuning", "AsyncFineTuningJobs"),
    "models": ("models", "AsyncModels"),
    "ocr": ("ocr", "AsyncOcr"),
    "workflows": ("workflows", "AsyncWorkflows"),
}

# Operations of the spec the official SDK 3.7 has no method for: our names, after its conventions.
NAMES: dict[str, str] = {
    # beta.observability.chat_completion_events
    "get_chat_completion_events_v1_observability_chat_completion_events_search_post": "beta.observability.chat_completion_events.search",
    "get_chat_completion_event_ids_v1_observability_chat_completion_events_search_ids_post": "beta.observability.chat_completion_events.search_ids",
    "get_chat_completion_event_v1_observability_chat_completion_events__event_id__get": "beta.observability.chat_completion_events.get",
    "get_similar_chat_completion_events_v1_observability_chat_completion_events__event_id__similar_events_get": "beta.observability.chat_completion_events.get_similar_events",
    "judge_chat_completion_event_v1_observability_chat_completion_events__event_id__live_judging_post": "beta.observability.chat_completion_events.judge",
    "get_chat_completion_fields_v1_observability_chat_completion_fields_get": "beta.observability.chat_completion_events.fields.list",
    "get_chat_completion_field_options_v1_observability_chat_completion_fields__field_name__options_get": "beta.observability.chat_completion_events.fields.fetch_options",
    "get_chat_completion_field_options_counts_v1_observability_chat_completion_fields__field_name__options_counts_post": "beta.observability.chat_completion_events.fields.fetch_option_counts",
    # beta.observability.campaigns
    "create_campaign_v1_observability_campaigns_post": "beta.observability.campaigns.create",
    "get_campaigns_v1_observability_campaigns_get": "beta.observability.campaigns.list",
    "get_campaign_by_id_v1_observability_campaigns__campaign_id__get": "beta.observability.campaigns.get",
    "delete_campaign_v1_observability_campaigns__campaign_id__delete": "beta.observability.campaigns.delete",
    "get_campaign_status_by_id_v1_observability_campaigns__campaign_id__status_get": "beta.observability.campaigns.get_status",
    "get_campaign_selected_events_v1_observability_campaigns__campaign_id__selected_events_get": "beta.observability.campaigns.list_events",
    # beta.observability.datasets
    "post_dataset_records_from_campaign_v1_observability_datasets__dataset_id__imports_from_campaign_post": "beta.observability.datasets.import_from_campaign",
    "post_dataset_records_from_explorer_v1_observability_datasets__dataset_id__imports_from_explorer_post": "beta.observability.datasets.import_from_explorer",
    # beta.connectors
    "connector_create_or_update_organization_credentials_v1": "beta.connectors.create_or_update_organization_credentials",
    "connector_create_or_update_workspace_credentials_v1": "beta.connectors.create_or_update_workspace_credentials",
    "connector_create_or_update_user_credentials_v1": "beta.connectors.create_or_update_user_credentials",
    "connector_delete_organization_credentials_v1": "beta.connectors.delete_organization_credentials",
    "connector_delete_workspace_credentials_v1": "beta.connectors.delete_workspace_credentials",
    "connector_delete_user_credentials_v1": "beta.connectors.delete_user_credentials",
    # beta.admin.users
    "users_api_admin_users_get_users": "beta.admin.users.list",
    "users_api_admin_users_create_users": "beta.admin.users.create",
    "users_api_admin_users_invite_users": "beta.admin.users.invite",
    "users_api_admin_users_get_invite": "beta.admin.users.list_invites",
    "users_api_admin_users_delete_invite": "beta.admin.users.delete_invite",
    "users_api_admin_users_update_user": "beta.admin.users.update",
    "users_api_admin_users_delete_user": "beta.admin.users.delete",
    "users_api_admin_users_get_user": "beta.admin.users.get",
    "users_api_admin_roles_get_roles": "beta.admin.users.list_roles",
    # beta.admin.workspaces
    "users_api_admin_workspaces_get_workspaces": "beta.admin.workspaces.list",
    "users_api_admin_workspaces_create_workspace": "beta.admin.workspaces.create",
    "users_api_admin_workspaces_update_workspaces": "beta.admin.workspaces.update",
    "users_api_admin_workspaces_delete_workspaces": "beta.admin.workspaces.delete",
    "users_api_admin_workspaces_add_users_workspaces": "beta.admin.workspaces.add_users",
    "users_api_admin_workspaces_add_or_update_users_workspaces": "beta.admin.workspaces.add_or_update_users",
    "users_api_admin_workspaces_remove_users_workspaces": "beta.admin.workspaces.remove_users",
    # beta.admin.billing
    "users_api_admin_rate_limits_get_rate_limits": "beta.admin.billing.get_rate_limits",
    "users_api_admin_spend_limits_get_spend_limits": "beta.admin.billing.get_spend_limits",
    "users_api_admin_spend_limits_update_spend_limits": "beta.admin.billing.update_spend_limits",
    "users_api_admin_usage_get_usage": "beta.admin.billing.get_usage",
    # beta.admin.audit_logs
    "users_api_admin_audit_logs_get_audit_logs": "beta.admin.audit_logs.list",
    # beta.admin.user_groups
    "users_api_admin_user_groups_get_user_groups": "beta.admin.user_groups.list",
    "users_api_admin_user_groups_create_user_group": "beta.admin.user_groups.create",
    "users_api_admin_user_groups_provision_group_to_workspace": "beta.admin.user_groups.provision_to_workspace",
    "users_api_admin_user_groups_get_user_group": "beta.admin.user_groups.get",
    "users_api_admin_user_groups_update_user_group": "beta.admin.user_groups.update",
    "users_api_admin_user_groups_delete_user_group": "beta.admin.user_groups.delete",
    "users_api_admin_user_groups_get_user_group_members": "beta.admin.user_groups.list_members",
    "users_api_admin_user_groups_assign_users_to_group": "beta.admin.user_groups.add_members",
    "users_api_admin_user_groups_remove_users_from_group": "beta.admin.user_groups.remove_members",
    "users_admin_user_groups_get_group_workspace_assignments": "beta.admin.user_groups.list_workspaces",
    "users_api_admin_user_groups_assign_group_to_workspace": "beta.admin.user_groups.assign_workspace",
    "users_admin_user_groups_update_group_workspace_assignment": "beta.admin.user_groups.update_workspace",
    "users_admin_user_groups_remove_group_from_workspace": "beta.admin.user_groups.remove_workspace",
    "users_admin_user_groups_update_user_group_organization_role": "beta.admin.user_groups.update_organization_role",
    "users_api_admin_user_groups_get_nested_groups": "beta.admin.user_groups.list_nested",
    "users_api_admin_user_groups_set_nested_groups": "beta.admin.user_groups.set_nested",
    # beta.admin.api_keys
    "users_api_admin_api_keys_get_api_keys": "beta.admin.api_keys.list",
    "users_api_admin_api_keys_create_api_key": "beta.admin.api_keys.create",
    "users_api_admin_api_keys_delete_api_key": "beta.admin.api_keys.delete",
    # beta.admin.scim
    "users_api_admin_scim_sync_trigger_scim_sync": "beta.admin.scim.trigger_sync",
    "users_api_admin_scim_sync_get_scim_sync_run": "beta.admin.scim.get_sync_run",
    # beta.admin analytics
    "get_by_user_stats_v1_admin_analytics_vibe_work_usage_by_user_stats": "beta.admin.vibe_work_analytics.by_user",
    "get_by_agent_stats_v1_admin_analytics_vibe_work_usage_by_agent_stats": "beta.admin.vibe_work_analytics.by_agent",
    "get_by_time_stats_v1_admin_analytics_vibe_work_usage_by_time_stats": "beta.admin.vibe_work_analytics.by_time",
    "get_workspace_stats_v1_admin_analytics_vibe_code_usage_by_workspace": "beta.admin.vibe_code_analytics.by_workspace",
    "get_organization_stats_v1_admin_analytics_vibe_code_usage_by_organization": "beta.admin.vibe_code_analytics.by_organization",
    # the kept 2025 fine-tuning jobs (hand-written)
    "jobs_api_routes_fine_tuning_get_fine_tuning_jobs": "fine_tuning.jobs.list",
    "jobs_api_routes_fine_tuning_create_fine_tuning_job": "fine_tuning.jobs.create",
    "jobs_api_routes_fine_tuning_get_fine_tuning_job": "fine_tuning.jobs.get",
    "jobs_api_routes_fine_tuning_cancel_fine_tuning_job": "fine_tuning.jobs.cancel",
    "jobs_api_routes_fine_tuning_start_fine_tuning_job": "fine_tuning.jobs.start",
}

# Namespace docstrings for generated classes without a spec tag of their own.
NAMESPACE_DOCS = {
    "beta.admin": "Administration of the organization (an admin API key is required).",
    "beta.observability": "Observability: traces, spans, judges, datasets, campaigns and evaluations.",
    "beta.rag": "Retrieval: search indexes and ingestion pipeline configurations.",
    "workflows": "Workflows: registrations, executions, deployments, schedules, runs and their events.",
    "events": "Workflow events, listed or streamed.",
}


# --------------------------------------------------------------------------- naming helpers


def snake(text: str) -> str:
    text = text.replace(".", "_").replace("-", "_")
    text = re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", text)
    text = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", text)
    name = re.sub(r"[^0-9a-zA-Z_]", "_", text).lower().strip("_")
    if not name or name[0].isdigit():
        name = "p_" + name
    if keyword.iskeyword(name) or name in ("self", "options"):
        name += "_"
    return name


def pascal(namespace: str) -> str:
    return "".join(p[:1].upper() + p[1:] for p in re.split(r"[._]", namespace) if p)


def module_of(namespace: str) -> str:
    return namespace.replace(".", "_")


# --------------------------------------------------------------------------- the model


@dataclass
class Arg:
    name: str  # python keyword
    where: str  # path | query | header | body | file | request | extra
    wire: str  # name on the wire ("" for request / extra)
    required: bool
    annotation: str
    doc: str = ""
    shared: bool = False  # a second wire location of an argument already in the signature
    schema: Any = None  # the spec's schema of the value (used by the contract tests for example values)
    spec_required: bool = False  # the spec requires it (the official signature may still default it)


@dataclass
class Method:
    op_id: str
    namespace: str
    name: str
    http: str
    path: str
    args: list[Arg]
    summary: str
    cast: str | None
    body_type: str | None
    body_ct: str | None
    binary: bool
    stream: str  # "" | "always" | "kwarg"
    event_type: str | None
    page: dict[str, Any] | None
    official: bool
    legacy: bool


@dataclass
class Namespace:
    path: str
    methods: dict[str, Method] = field(default_factory=dict)
    children: set[str] = field(default_factory=set)
    doc: str = ""


def _resolve(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    seen = 0
    while isinstance(schema, dict) and "$ref" in schema and seen < 20:
        ref = schema["$ref"]
        if not ref.startswith(types_generator.REF_PREFIX):
            break
        schema = spec["components"]["schemas"][ref[len(types_generator.REF_PREFIX) :]]
        seen += 1
    return schema


def annotation(spec: dict[str, Any], schema: Any, depth: int = 0) -> str:
    """A loose Python annotation for a keyword argument: models and dicts are accepted as ``Any``."""
    if not isinstance(schema, dict) or depth > 4:
        return "Any"
    alts = schema.get("anyOf") or schema.get("oneOf")
    if alts and "discriminator" not in schema:
        kinds = [annotation(spec, a, depth + 1) for a in alts if not (isinstance(a, dict) and a.get("type") == "null")]
        kinds = list(dict.fromkeys(kinds))
        if len(kinds) == 1:
            return kinds[0]
        return "Any"
    resolved = _resolve(spec, schema)
    if resolved is not schema:
        return annotation(spec, resolved, depth + 1)
    t = schema.get("type")
    if isinstance(t, list):
        t = [x for x in t if x != "null"]
        t = t[0] if len(t) == 1 else None
    if t == "string":
        return "Any" if schema.get("format") in ("date-time", "date", "binary") else "str"
    if t == "integer":
        return "int"
    if t == "number":
        return "float"
    if t == "boolean":
        return "bool"
    if t == "array":
        return f"Sequence[{annotation(spec, schema.get('items') or {}, depth + 1)}]"
    return "Any"


def _match(wire_names: list[tuple[str, str]], sdk_names: list[str]) -> dict[str, str]:
    """Map each wire name (per location) to one of the SDK's keyword names."""
    free = list(sdk_names)
    out: dict[str, str] = {}
    # exact snake-case matches first, then the SDK's disambiguated spellings (``_query_parameter``, ``1``)
    for key, wire in wire_names:
        want = snake(wire)
        if want in free:
            out[key] = want
            free.remove(want)
    for key, wire in wire_names:
        if key in out:
            continue
        want = snake(wire)
        for candidate in free:
            if candidate.startswith(want + "_") or (candidate.rstrip("0123456789") == want):
                out[key] = candidate
                free.remove(candidate)
                break
    return out


class Builder:
    def __init__(self, spec: dict[str, Any], sdk: dict[str, Any]) -> None:
        self.spec = spec
        gen = types_generator.Generator(json.loads(json.dumps(spec)))
        self.ops = gen.operations
        self.py = gen.py
        self.raw = {
            op["operationId"]: (path, item, method, op)
            for path, item in spec["paths"].items()
            for method, op in item.items()
            if isinstance(op, dict) and "operationId" in op
        }
        self.sdk_by_op: dict[str, list[dict[str, Any]]] = {}
        for m in sdk["methods"]:
            for op_id in m["operation_ids"]:
                self.sdk_by_op.setdefault(op_id, []).append(m)
        self.sdk_namespaces = set(sdk["namespaces"]) - {"<client>"}
        self.tag_docs = {t["name"]: t.get("description", "") for t in spec.get("tags", [])}

    def names_of(self, op_id: str) -> list[tuple[str, dict[str, Any] | None]]:
        if op_id in self.sdk_by_op:
            return [(m["name"], m) for m in self.sdk_by_op[op_id]]
        if op_id in NAMES:
            return [(NAMES[op_id], None)]
        raise SystemExit(f"{op_id}: no official method and no entry in NAMES")

    def method(self, op_id: str, full_name: str, sdk: dict[str, Any] | None) -> Method:
        raw_path, item, http, op = self.raw[op_id]
        info = self.ops[op_id]
        namespace, _, name = full_name.rpartition(".")
        sdk_params = [p for p in (sdk["params"] if sdk else []) if p["name"] not in SDK_CONTROL and not p["name"].startswith("**")]
        sdk_names = [p["name"] for p in sdk_params]
        sdk_required = {p["name"]: p["required"] for p in sdk_params}
        params = {(p["in"], p["name"]): p for p in [*(item.get("parameters") or []), *(op.get("parameters") or [])]}
        locations: list[tuple[str, str, str, bool, Any, str]] = []  # (where, wire, key, required, schema, doc)
        for (where, wire), p in params.items():
            if where in ("path", "query", "header"):
                locations.append((where, wire, f"{where}:{wire}", bool(p.get("required")) or where == "path", p.get("schema"), p.get("description", "")))
        body_schema = None
        body_ct = info["body_content_type"]
        rb = op.get("requestBody") or {}
        if body_ct:
            body_schema = ((rb.get("content") or {}).get(body_ct) or {}).get("schema")
        body_props: dict[str, Any] = {}
        body_required: list[str] = []
        if body_schema is not None:
            resolved = _resolve(self.spec, body_schema)
            gen = types_generator.Generator.__new__(types_generator.Generator)
            gen.schemas = self.spec["components"]["schemas"]
            if resolved.get("properties") or resolved.get("allOf"):
                body_props, body_required = gen.merged(resolved)
        for wire, ps in body_props.items():
            is_file = body_ct == "multipart/form-data" and isinstance(ps, dict) and _is_file(self.spec, ps)
            locations.append(("file" if is_file else "body", wire, f"body:{wire}", wire in body_required and bool(rb.get("required", True)), ps, (ps or {}).get("description", "") if isinstance(ps, dict) else ""))
        matched = _match([(key, wire) for _, wire, key, *_ in locations], sdk_names) if sdk else {}
        args: list[Arg] = []
        used: set[str] = set()
        for where, wire, key, required, schema, doc in locations:
            pyname = matched.get(key) or snake(wire)
            if where == "header" and pyname in used:
                # the same value as a query parameter of that name (e.g. Last-Event-ID): one keyword, sent in both
                args.append(Arg(pyname, where, wire, False, "Any", "", shared=True))
                continue
            while pyname in used:
                pyname += "_"
            used.add(pyname)
            spec_required = required
            if sdk and pyname in sdk_required:
                required = sdk_required[pyname] and required if where != "path" else True
            args.append(
                Arg(pyname, where, wire, required, annotation(self.spec, schema), _first_line(doc), schema=schema, spec_required=spec_required)
            )
        # SDK keywords the spec does not describe at this operation
        for p in sdk_params:
            if p["name"] in used:
                continue
            used.add(p["name"])
            if p["name"] == "security":
                args.append(Arg("security", "security", "", p["required"], "Any", "Credentials for this call only."))
            elif p["name"] in ("request", "request_body") and body_schema is not None:
                args.append(Arg(p["name"], "request", "", p["required"], "Any", "The whole request body.", schema=body_schema))
            elif p["name"] == "additional_properties":
                args.append(Arg("additional_properties", "extra", "", False, "Optional[Mapping[str, Any]]", "More body fields, sent as given."))
            elif body_ct == "application/json":
                args.append(Arg(p["name"], "body", p["name"], p["required"], "Any", ""))
            elif p["name"] == "stream":
                args.append(Arg("stream", "stream-flag", "stream", False, "bool", ""))
            else:
                args.append(Arg(p["name"], "query", p["name"], False, "Any", ""))
        # body with no properties we know (free-form object / array): one ``request`` keyword
        if body_schema is not None and not body_props and not any(a.where == "request" for a in args):
            args.append(Arg("request", "request", "", bool(rb.get("required", False)), "Any", "The request body.", schema=body_schema))
        # a required body argument after an optional one is fine: every argument is keyword-only
        stream = ""
        if info["event_response"]:
            if info["response_content_type"] == "text/event-stream" or info["stream"]:
                stream = "always"
            else:
                stream = "kwarg"
        binary = info["response"] is None and info["response_content_type"] not in (None, "application/json")
        page = self.pagination(op, info, args)
        return Method(
            op_id=op_id,
            namespace=namespace,
            name=name,
            http=info["method"],
            path=info["path"],
            args=args,
            summary=_summary(op, name),
            cast=info["response"] if not binary else None,
            # a body that is not an object (e.g. a JSON array) is sent as given: only models are validated
            body_type=info["body"] if body_ct == "application/json" and self._is_object(body_schema) else None,
            body_ct=body_ct,
            binary=binary,
            stream=stream,
            event_type=info["event_response"],
            page=page,
            official=sdk is not None,
            legacy=bool(op.get("x-mistralkit-legacy")),
        )

    def _is_object(self, schema: Any) -> bool:
        resolved = _resolve(self.spec, schema) if isinstance(schema, dict) else {}
        return bool(resolved.get("properties") or resolved.get("allOf")) or resolved.get("type") == "object"

    def pagination(self, op: dict[str, Any], info: dict[str, Any], args: list[Arg]) -> dict[str, Any] | None:
        if info["method"] != "GET" or not info["response"]:
            return None
        by_wire = {a.wire: a for a in args if a.where == "query"}
        ext = op.get("x-speakeasy-pagination")
        if ext:
            inputs = {i["type"]: i["name"] for i in ext["inputs"]}
            results = ext["outputs"]["results"].removeprefix("$.")
            if ext["type"] == "cursor":
                return {
                    "kind": "cursor",
                    "arg": by_wire[inputs["cursor"]].name,
                    "size": by_wire[inputs["limit"]].name if "limit" in inputs else None,
                    "items": results,
                    "next": ext["outputs"]["nextCursor"].removeprefix("$."),
                }
            if ext["type"] == "offsetLimit":
                return {"kind": "offset", "arg": by_wire[inputs["offset"]].name, "size": by_wire[inputs["limit"]].name, "items": results}
        shape = self.list_shape(info["response"])
        if shape is None:
            return None
        size = by_wire.get("page_size") or by_wire.get("pageSize") or by_wire.get("limit")
        if "page" in by_wire and size is not None:
            default = (by_wire["page"].schema or {}).get("default", 0)
            return {
                "kind": "page",
                "arg": by_wire["page"].name,
                "size": size.name,
                "items": shape["items"],
                "more": shape.get("next"),
                "first": default if isinstance(default, int) else 0,  # the API's number of the first page
            }
        cursor_arg = by_wire.get("cursor") or by_wire.get("page_token") or by_wire.get("pageToken")
        if cursor_arg is not None and shape.get("cursor"):
            return {
                "kind": "cursor",
                "arg": cursor_arg.name,
                "size": size.name if size is not None else None,
                "items": shape["items"],
                "next": shape["cursor"],
            }
        if "offset" in by_wire and "limit" in by_wire:
            return {"kind": "offset", "arg": by_wire["offset"].name, "size": by_wire["limit"].name, "items": shape["items"]}
        return None

    def _props(self, schema: Any) -> dict[str, Any]:
        resolved = _resolve(self.spec, schema) if isinstance(schema, dict) else {}
        gen = types_generator.Generator.__new__(types_generator.Generator)
        gen.schemas = self.spec["components"]["schemas"]
        return gen.merged(resolved)[0] if resolved else {}

    def _is_array(self, schema: Any) -> bool:
        return annotation(self.spec, schema).startswith("Sequence[")

    def list_shape(self, type_name: str) -> dict[str, str] | None:
        """Where a list response keeps its items and its next-page marker: ``{"items", "cursor"?, "next"?}``.

        Items are the ``data``/``items``/``results`` array, else the first array property, else the
        ``results`` of an object property (``{"datasets": {"results": [...], "next": ...}}``).
        """
        if type_name not in self.spec["components"]["schemas"]:
            return None
        props = self._props({"$ref": types_generator.REF_PREFIX + type_name})
        cursor = next((k for k in ("next_cursor", "nextCursor", "next_page_token", "nextPageToken") if k in props), None)
        if cursor is None and "pagination" in props:
            inner = self._props(props["pagination"])
            if "next_cursor" in inner:
                cursor = "pagination.next_cursor"
        arrays = [k for k, v in props.items() if self._is_array(v)]
        for key in ("data", "items", "results"):
            if key in arrays:
                return {"items": key, **({"cursor": cursor} if cursor else {})}
        if arrays:
            return {"items": arrays[0], **({"cursor": cursor} if cursor else {})}
        for key, value in props.items():
            inner = self._props(value)
            if "results" in inner and self._is_array(inner["results"]):
                shape = {"items": f"{key}.results"}
                if "next" in inner:
                    shape["next"] = f"{key}.next"
                if "cursor" in inner:
                    shape["cursor"] = f"{key}.cursor"
                return shape
        return None

    def build(self) -> dict[str, Namespace]:
        spaces: dict[str, Namespace] = {}

        def space(path: str) -> Namespace:
            if path not in spaces:
                spaces[path] = Namespace(path)
                if path:
                    parent, _, child = path.rpartition(".")
                    space(parent).children.add(child)
            return spaces[path]

        for op_id in sorted(self.ops):
            for full_name, sdk in self.names_of(op_id):
                m = self.method(op_id, full_name, sdk)
                ns = space(m.namespace)
                if m.name in ns.methods:
                    raise SystemExit(f"{full_name}: two operations ({ns.methods[m.name].op_id}, {op_id})")
                ns.methods[m.name] = m
                tag = (self.raw[op_id][3].get("tags") or [""])[0]
                ns.doc = ns.doc or self.tag_docs.get(tag, "")
        for path, ns in spaces.items():
            ns.doc = NAMESPACE_DOCS.get(path) or ns.doc or f"The {path} operations."
        return spaces


def _is_file(spec: dict[str, Any], schema: dict[str, Any]) -> bool:
    s = _resolve(spec, schema)
    if s.get("type") == "string" and s.get("format") == "binary":
        return True
    return any(_is_file(spec, a) for a in (s.get("anyOf") or s.get("oneOf") or []) if isinstance(a, dict))


def _summary(op: dict[str, Any], name: str) -> str:
    """The operation's summary, or its description when the summary is only a name (``ListPrompts``)."""
    summary = (op.get("summary") or "").strip()
    description = (op.get("description") or "").strip()
    if description and (" " not in summary or description.lower() != summary.lower()) and len(description) > len(summary) and " " in description:
        text = re.split(r"(?<=\.)\s", description, maxsplit=1)[0]
    else:
        text = summary or description or name
    text = _first_line(text)
    if " " not in text and re.fullmatch(r"[A-Z][A-Za-z0-9]+", text):  # "ListPromptVersions" -> "List prompt versions"
        words = re.findall(r"[A-Z][a-z0-9]*", text)
        text = " ".join([words[0], *(w.lower() for w in words[1:])])
    return text[:1].upper() + text[1:] + ("" if text.endswith((".", "?", "!")) else ".")


def _first_line(text: str) -> str:
    text = " ".join((text or "").strip().split("\n\n")[0].split())
    text = text.replace("\\", "\\\\").replace('"""', "'''")
    if len(text) > 200:
        text = text[:200].rsplit(" ", 1)[0] + " ..."
    return text


# --------------------------------------------------------------------------- hand-written classes


def hand_written_members(module: str, cls: str) -> set[str]:
    path = OUT_DIR / f"{module}.py"
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.ClassDef) and node.name == cls:
            return {n.name for n in node.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))}
    raise SystemExit(f"{path}: no class {cls}")


def hand_written_bases(module: str, cls: str) -> list[str]:
    tree = ast.parse((OUT_DIR / f"{module}.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.ClassDef) and node.name == cls:
            return [ast.unparse(b) for b in node.bases]
    return []


# --------------------------------------------------------------------------- rendering


def class_name(namespace: str) -> str:
    if namespace in HAND_WRITTEN and namespace:
        return HAND_WRITTEN[namespace][1]
    return "Async" + pascal(namespace)


def child_import(namespace: str) -> tuple[str, str]:
    """(module, class) of a namespace's class."""
    if namespace in HAND_WRITTEN:
        return HAND_WRITTEN[namespace]
    return module_of(namespace), "Async" + pascal(namespace)


WIDTH = 110


def wrap(indent: int, head: str, items: list[str], tail: str) -> list[str]:
    """``head item, item tail`` on one line when it fits, else one item per line."""
    pad = " " * indent
    one = pad + head + ", ".join(items) + tail
    if len(one) <= WIDTH:
        return [one]
    return [pad + head] + [f"{pad}    {item}," for item in items] + [pad + tail]


def render_method(m: Method, imports: set[str], type_names: set[str]) -> list[str]:
    args = sorted((a for a in m.args if not a.shared), key=lambda a: (not a.required,))
    sig = ["        self,"] + (["        *,"] if args else [])
    for a in args:
        ann = a.annotation
        if a.required:
            sig.append(f"        {a.name}: {ann},")
        else:
            if not ann.startswith("Optional["):
                ann = f"Optional[{ann}]"
            sig.append(f"        {a.name}: {ann} = None,")
    sig.append("        **options: Unpack[RequestOptions],")
    if m.cast:
        type_names.add(m.cast)
    if m.body_type:
        type_names.add(m.body_type)
    if m.stream == "always":
        ret = "AsyncStream[Any]"
        imports.add("AsyncStream")
    elif m.stream == "kwarg":
        ret = f"Union[{m.cast or 'Any'}, AsyncStream[Any]]"
        imports.add("AsyncStream")
    elif m.page:
        ret = "AsyncPage[Any]"
    elif m.binary:
        ret = "Any"
    else:
        ret = m.cast or "None"
    lines = [f"    async def {m.name}(", *sig, f"    ) -> {ret}:"]
    doc = m.summary or m.name
    if m.legacy:
        doc += " (an operation of the 2025 API, kept by mistralkit)"
    lines.append(f'        """{doc}"""' if len(doc) + 14 <= 110 else f'        """{doc}\n        """')
    # the path
    path = m.path
    for a in m.args:
        if a.where == "path":
            path = path.replace("{" + a.wire + "}", "{path_param('" + a.name + "', " + a.name + ")}")
    path_expr = ("f" if "{" in path else "") + json.dumps(path)
    query = [a for a in m.args if a.where == "query"]
    headers = [a for a in m.args if a.where == "header"]
    body = [a for a in m.args if a.where == "body"]
    files = [a for a in m.args if a.where == "file"]
    request = next((a for a in m.args if a.where == "request"), None)
    extra = next((a for a in m.args if a.where == "extra"), None)
    call_args = [json.dumps(m.http), path_expr]
    if m.cast and not m.binary and m.stream != "always":
        call_args.append(f"cast={m.cast}")
    if query:
        lines += wrap(8, "query = {", [f"{json.dumps(a.wire)}: {a.name}" for a in query], "}")
        call_args.append("query=query")
    security = next((a for a in m.args if a.where == "security"), None)
    if security is not None:
        imports.add("with_security")
        lines.append(f"        options = with_security(options, {security.name})")
    if headers:
        imports.add("with_headers")
        lines += wrap(8, "options = with_headers(options, {", [f"{json.dumps(a.wire)}: {a.name}" for a in headers], "})")
    if m.body_ct == "multipart/form-data":
        imports.add("multipart")
        lines += wrap(8, "fields = {", [f"{json.dumps(a.wire)}: {a.name}" for a in body], "}")
        lines += wrap(8, "parts = multipart(fields, {", [f"{json.dumps(a.wire)}: {a.name}" for a in files], "})")
        call_args.append("files=parts")
    elif m.body_ct:
        if request is not None and not body:
            lines.append(f"        payload = {request.name}")
        else:
            imports.add("present")
            lines += wrap(8, "payload = present({", [f"{json.dumps(a.wire)}: {a.name}" for a in body], "})")
            if request is not None:
                lines.append(f"        if {request.name} is not None:")
                lines.append(f"            payload = {request.name}")
        if extra is not None:
            lines.append(f"        if {extra.name}:")
            lines.append(f"            payload = {{**{extra.name}, **payload}}")
        call_args.append("body=payload")
        if m.body_type:
            call_args.append(f"body_type={m.body_type}")
    if m.binary:
        call_args.append("binary=True")
    if m.stream:
        imports.add("typed_events")
        spec_expr = f"typed_events({json.dumps(m.event_type)})"
        if m.stream == "kwarg":
            flag = next((a.name for a in m.args if a.wire == "stream"), "stream")
            call_args.append(f"stream={spec_expr} if {flag} else None")
        else:
            call_args.append(f"stream={spec_expr}")
    call_args.append("options=options")
    if m.page:
        imports.add("paginate")
        p = m.page
        lines += wrap(8, "args = {", [f"{json.dumps(a.name)}: {a.name}" for a in args], "}")
        lines += wrap(8, "result = await self._call(Call(", call_args, "))")
        size = p.get("size")
        lines.append("        return paginate(")
        lines.append("            AsyncPage,")
        lines.append("            result,")
        fetch = f"unraw(self).{m.name}(**{{**args, {json.dumps(p['arg'])}: value}}, **options)"
        lines.append(f"            fetch=lambda value: {fetch},")
        if p["kind"] == "page":
            lines.append(f"            page={p['arg']},")
            if p.get("first"):
                lines.append(f"            first_page={p['first']},")
        if size:
            lines.append(f"            page_size={size},")
        lines.append(f"            items={json.dumps(p['items'])},")
        if p.get("more"):
            lines.append(f"            more={json.dumps(p['more'])},")
        if p["kind"] == "cursor":
            lines.append(f"            cursor={json.dumps(p['next'])},")
        elif p["kind"] == "offset":
            lines.append(f"            offset={p['arg']} or 0,")
        lines.append("        )")
    elif m.body_ct == "multipart/form-data":
        lines.append("        try:")
        lines += wrap(12, "return await self._call(Call(", call_args, "))")
        lines.append("        finally:")
        lines.append("            parts.close()")
    else:
        lines += wrap(8, "return await self._call(Call(", call_args, "))")
    return lines


def render_accessor(namespace: str, child: str) -> list[str]:
    path = f"{namespace}.{child}" if namespace else child
    module, cls = child_import(path)
    return [
        "    @cached_property",
        f"    def {child}(self) -> {cls}:",
        f'        """{_first_line(SPACES_DOC.get(path, path))}"""',
        f"        from .{module} import {cls}",
        "",
        f"        return self._sub({cls})",
    ]


SPACES_DOC: dict[str, str] = {}


def render_module(ns: Namespace, cls: str, methods: list[Method], children: list[str], mixin: bool) -> str:
    imports: set[str] = set()
    type_names: set[str] = set()
    body: list[str] = []
    for child in children:
        body += render_accessor(ns.path, child) + [""]
    for m in methods:
        body += render_method(m, imports, type_names) + [""]
    while body and body[-1] == "":
        body.pop()
    typing_names = {"TYPE_CHECKING", "Any", "Optional", "Sequence", "Mapping", "Union"}
    used_typing = sorted(n for n in typing_names if re.search(rf"\b{n}\b", "\n".join(body)) or n == "TYPE_CHECKING")
    head = [HEADER.rstrip("\n"), f'"""{_first_line(ns.doc)}"""' if not mixin else f'"""Generated operations of ``{ns.path}``, inherited by the hand-written class."""', "", "from __future__ import annotations", ""]
    if children:
        head.append("from functools import cached_property")
    head.append(f"from typing import {', '.join(used_typing)}")
    head.append("")
    if type_names:
        names = sorted(type_names)
        line = f"from ...types import {', '.join(names)}"
        if len(line) <= 110:
            head.append(line)
        else:
            head.append("from ...types import (")
            head += [f"    {n}," for n in names]
            head.append(")")
    if "multipart" in imports:
        head.append("from ..._files import multipart")
    if "paginate" in imports:
        head.append("from ..._pagination import AsyncPage, paginate, unraw")
    request_names = ["RequestOptions"] + (["path_param"] if "path_param(" in "\n".join(body) else [])
    head.append(f"from ..._request import {', '.join(request_names)}")
    if "AsyncStream" in imports:
        head.append("from ..._streaming import AsyncStream")
    head.append("from .._base import Call, Resource")
    helpers = sorted(n for n in ("present", "with_headers", "with_security", "typed_events") if n in imports)
    if helpers:
        head.append(f"from .._generated import {', '.join(helpers)}")
    head.append("")
    head.append("if TYPE_CHECKING:")
    head.append("    from typing_extensions import Unpack")
    child_types = sorted({child_import(f"{ns.path}.{c}" if ns.path else c) for c in children})
    if child_types:
        head.append("")
        for module, c in child_types:
            head.append(f"    from .{module} import {c}")
    head += ["", f'__all__ = ["{cls}"]', "", ""]
    doc = f"Operations of ``client.{ns.path}`` the hand-written class does not define." if mixin else _first_line(ns.doc)
    head.append(f"class {cls}(Resource):")
    head.append(f'    """{doc}"""')
    head.append("")
    if not body:
        head.append("    pass")
    text = "\n".join(head + body) + "\n"
    if "Call(" not in text:
        text = text.replace("from .._base import Call, Resource", "from .._base import Resource")
    if "RequestOptions" not in "\n".join(body):
        text = text.replace("from ..._request import RequestOptions\n", "").replace("RequestOptions, ", "")
        text = text.replace("if TYPE_CHECKING:\n    from typing_extensions import Unpack\n", "if TYPE_CHECKING:\n    pass\n" if child_types else "")
    return text


def generate(spec: dict[str, Any], sdk: dict[str, Any]) -> tuple[dict[str, str], list[str]]:
    builder = Builder(spec, sdk)
    spaces = builder.build()
    for path, ns in spaces.items():
        SPACES_DOC[path] = ns.doc
    files: dict[str, str] = {}
    problems: list[str] = []
    for path in sorted(spaces):
        ns = spaces[path]
        if path in HAND_WRITTEN:
            if not path:
                continue  # the client: its accessors are in _client.py
            module, cls = HAND_WRITTEN[path]
            have = hand_written_members(module, cls)
            methods = [m for name, m in sorted(ns.methods.items()) if name not in have]
            children = sorted(c for c in ns.children if c not in have)
            if not methods and not children:
                continue
            mixin = cls + "Ops"
            files[f"{module_of(path)}_ops.py"] = render_module(ns, mixin, methods, children, mixin=True)
            if mixin not in hand_written_bases(module, cls):
                problems.append(f"resources/_async/{module}.py: {cls} must inherit {mixin} (from .{module_of(path)}_ops)")
        else:
            files[f"{module_of(path)}.py"] = render_module(
                ns, "Async" + pascal(path), [m for _, m in sorted(ns.methods.items())], sorted(ns.children), mixin=False
            )
    return files, problems


def table(spec: dict[str, Any], sdk: dict[str, Any]) -> dict[str, list[str]]:
    """operationId -> the method names (``namespace.name``) that call it."""
    builder = Builder(spec, sdk)
    return {op_id: [name for name, _ in builder.names_of(op_id)] for op_id in sorted(builder.ops)}


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    spec = yaml.load(SPEC_PATH.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    sdk = json.loads(SDK_PATH.read_text(encoding="utf-8"))
    files, problems = generate(spec, sdk)
    for p in problems:
        print(f"error: {p}", file=sys.stderr)
    existing = {p.name: p for p in OUT_DIR.glob("*.py") if p.read_text(encoding="utf-8").startswith(HEADER)}
    stale = [n for n, t in files.items() if not (OUT_DIR / n).exists() or (OUT_DIR / n).read_text(encoding="utf-8") != t]
    extra = [n for n in existing if n not in files]
    if "--check" in argv:
        for n in stale + extra:
            print(f"stale: resources/_async/{n}", file=sys.stderr)
        return 1 if stale or extra or problems else 0
    for n in stale:
        (OUT_DIR / n).write_text(files[n], encoding="utf-8")
    for n in extra:
        existing[n].unlink()
    print(f"{len(files)} generated resource modules ({len(stale)} written, {len(extra)} removed)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
