"""One handler per operation, by role (see :mod:`.plan`)."""

from __future__ import annotations

import base64
import json
import time
from collections.abc import Awaitable, Callable
from typing import Any

from starlette.responses import Response

from ..errors import APIError
from ..responses import json_response
from ..routes import Call, Handler
from ..spec import Operation, operations
from . import events, lifecycle
from .plan import Plan, make_plans
from .records import Records
from .render import fill, generate, rng_for, valid
from .shapes import array_items, find_list, id_field, object_schema, properties

TIMESTAMPS = (
    "created_at",
    "createdAt",
    "updated_at",
    "updatedAt",
    "modified_at",
    "start_time",
    "started_at",
    "created",
)
GONE = ("deleted_at", "archived_at", "deletedAt", "archivedAt")
UPDATED = ("updated_at", "updatedAt", "modified_at")
PAGE_SIZE = ("page_size", "pageSize", "limit")
CURSORS = ("cursor", "pageToken", "page_token", "next_page_token", "after")
NEXT_CURSOR = ("next_cursor", "nextPageToken", "next_page_token", "cursor", "next")
TOTALS = ("total", "total_count", "count", "total_items")
PAGING = {"page", "offset", *PAGE_SIZE, *CURSORS, "order", "sort_by", "order_by", "sort", "fields"}


class Resource:
    """What the engine knows of one collection: its item schema, id field, and whether it is created."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.item_schema: Any = None
        self.id_param: str | None = None
        self.creatable = False

    @property
    def id_field(self) -> str:
        return id_field(self.id_param, properties(self.item_schema))


class Engine:
    def __init__(self, plans: dict[str, Plan]) -> None:
        self.plans = plans
        self.resources: dict[str, Resource] = {}
        for role in ("get", "update", "delete", "list", "create", "view", "action"):
            for plan in plans.values():
                if plan.resource is None or plan.role != role:
                    continue
                res = self.resources.setdefault(plan.resource, Resource(plan.resource))
                if role == "create":
                    res.creatable = True
                if plan.id_param and res.id_param is None and role in ("get", "update", "delete"):
                    res.id_param = plan.id_param
                if res.item_schema is None and plan.content_type == "application/json":
                    if role == "get":
                        res.item_schema = plan.schema
                    elif role == "list":
                        found = find_list(plan.schema)
                        res.item_schema = found[1] if found else None
                    elif role == "create" and object_schema(plan.schema) is not None:
                        res.item_schema = plan.schema

    # -- helpers ------------------------------------------------------------
    def records(self, call: Call) -> Records:
        state = call.state
        records = getattr(state, "_resource_records", None)
        if records is None:
            records = Records(state)
            state._resource_records = records  # type: ignore[attr-defined]
        return records

    def scope(self, plan: Plan, call: Call) -> dict[str, Any]:
        return {p: call.path[p] for p in plan.scope_params if p in call.path}

    def find(self, plan: Plan, call: Call, required: bool = True) -> dict[str, Any] | None:
        assert plan.resource is not None and plan.id_param is not None
        res = self.resources[plan.resource]
        records = self.records(call)
        key = str(call.path[plan.id_param])
        item = records.find(plan.resource, key, self.scope(plan, call))
        if item is None and ("name" in plan.id_param or "identifier" in plan.id_param):
            item = records.find_by_field(plan.resource, "name", key)
        if item is not None:
            if lifecycle.advance(item["data"], call.state.settings.job_speed):
                records.save(item)
            return item
        if res.creatable:
            if required:
                raise APIError(
                    404, f"{plan.resource.rsplit('/', 1)[-1].rstrip('s') or 'item'} {key} not found", type="not_found"
                )
            return None
        # Resources the API fills by itself (traces, events, runs): every id reads as the same item.
        data = generate(res.item_schema, rng_for(plan.resource, key)) if res.item_schema is not None else {}
        data = data if isinstance(data, dict) else {}
        data[res.id_field] = key
        if plan.id_param not in data:
            data[plan.id_param] = key
        data.update(self.scope(plan, call))
        return {"seq": None, "id": key, "scope": self.scope(plan, call), "data": data}

    def answer(self, plan: Plan, data: dict[str, Any], seed: Any) -> Response:
        if plan.content_type is None or plan.status == 204:
            return Response(status_code=plan.status)
        if plan.content_type == "application/json":
            return json_response(fill(plan.schema, data, rng_for(seed)), plan.status)
        return binary(plan, data, seed)

    # -- roles --------------------------------------------------------------
    async def create(self, plan: Plan, call: Call) -> Response:
        assert plan.resource is not None
        res = self.resources.setdefault(plan.resource, Resource(plan.resource))
        records = self.records(call)
        scope = self.scope(plan, call)
        body = call.body if isinstance(call.body, dict) else {}
        n = records.next_number(plan.resource)
        seed = f"{plan.resource}#{n}"
        item_schema = res.item_schema if res.item_schema is not None else plan.schema
        field = res.id_field
        props = properties(item_schema)
        if body.get(field) is not None and isinstance(body[field], (str, int)) and field not in ("id", "uuid"):
            key = str(body[field])
            if records.find(plan.resource, key, scope) is not None:
                raise APIError(409, f"{key} already exists", type="conflict")
        elif "integer" in json.dumps(props.get(field, {})) and "string" not in json.dumps(props.get(field, {})):
            key = str(
                max((int(i["id"]) for i in records.all(plan.resource, scope) if i["id"].isdigit()), default=0) + 1
            )
        else:
            key = records.deterministic_id(plan.resource, n)
        generated = generate(item_schema, rng_for(seed)) if item_schema is not None else {}
        data: dict[str, Any] = dict(generated) if isinstance(generated, dict) else {}
        data.update(scope)
        for name, value in scope.items():  # ``/workflows/{workflow_identifier}/execute`` names the workflow
            if name.endswith("_identifier"):
                data[name[: -len("identifier")] + "name"] = value
        for name, sub in props.items():  # a field not sent takes its documented default
            default = sub.get("default") if isinstance(sub, dict) else None
            if default is not None and name not in body and name != field:
                data[name] = default
        data.update({k: v for k, v in body.items() if v is not None})
        id_value: Any = int(key) if key.isdigit() and "integer" in json.dumps(props.get(field, {})) else key
        data[field] = id_value
        if "id" in props and field != "id" and valid(props["id"], key):
            data["id"] = key
        now = time.time()
        for name in TIMESTAMPS:
            if name in props or name in data:
                data[name] = now_value(props.get(name), now)
        for name in GONE:  # a new item is not deleted or archived yet
            if name in props and valid(props[name], None):
                data[name] = None
        lifecycle.start(data, item_schema, now)
        records.insert(plan.resource, key, scope, data)
        return self.answer(plan, data, seed)

    async def get(self, plan: Plan, call: Call) -> Response:
        item = self.find(plan, call)
        assert item is not None
        return self.answer(plan, item["data"], (plan.resource, item["id"], "get"))

    async def update(self, plan: Plan, call: Call) -> Response:
        item = self.find(plan, call)
        assert item is not None
        body = call.body if isinstance(call.body, dict) else {}
        item["data"].update(body)
        props = properties(self.resources[plan.resource].item_schema)  # type: ignore[index]
        now = time.time()
        for name in UPDATED:
            if name in props or name in item["data"]:
                item["data"][name] = now_value(props.get(name), now)
        if item["seq"] is not None:
            self.records(call).save(item)
        return self.answer(plan, item["data"], (plan.resource, item["id"], "get"))

    async def delete(self, plan: Plan, call: Call) -> Response:
        item = self.find(plan, call)
        assert item is not None
        if item["seq"] is not None:
            self.records(call).delete(item)
        return self.answer(plan, {**item["data"], "deleted": True}, (plan.resource, item["id"], "delete"))

    async def action(self, plan: Plan, call: Call) -> Response:
        item = self.find(plan, call)
        assert item is not None
        res = self.resources[plan.resource]  # type: ignore[index]
        lifecycle.act(item["data"], plan.verb or "", res.item_schema)
        if item["seq"] is not None:
            self.records(call).save(item)
        body = call.body if isinstance(call.body, dict) else {}
        return self.answer(plan, {**item["data"], **body}, (plan.resource, item["id"], plan.verb))

    async def view(self, plan: Plan, call: Call) -> Response:
        item = self.find(plan, call)
        assert item is not None
        return self.answer(plan, item["data"], (plan.resource, item["id"], plan.verb))

    async def collection_action(self, plan: Plan, call: Call) -> Response:
        body = call.body if isinstance(call.body, dict) else {}
        records = self.records(call)
        res = self.resources.get(plan.resource or "")
        done: list[str] = []
        for key, value in body.items():
            if key.endswith("_ids") and isinstance(value, list) and res is not None:
                for item_id in value:
                    item = records.find(res.name, str(item_id))
                    if item is not None:
                        lifecycle.act(item["data"], plan.verb or "", res.item_schema)
                        records.save(item)
                        done.append(str(item_id))
        return self.answer(
            plan, {**body, "succeeded": done}, (plan.resource, plan.verb, json.dumps(body, sort_keys=True))
        )

    async def list(self, plan: Plan, call: Call) -> Response:
        assert plan.resource is not None
        records = self.records(call)
        items = records.all(plan.resource, self.scope(plan, call))
        speed = call.state.settings.job_speed
        for item in items:
            if lifecycle.advance(item["data"], speed):
                records.save(item)
        filters = {k: v for k, v in call.query.items() if v is not None and k not in PAGING}
        chosen = [i["data"] for i in items if matches(i["data"], filters)]
        return self.page(plan, call, chosen, (plan.resource, "list", len(items)))

    def page(self, plan: Plan, call: Call, chosen: list[dict[str, Any]], seed: Any) -> Response:
        query = call.query
        size = next((int(query[k]) for k in PAGE_SIZE if isinstance(query.get(k), int)), None) or 20
        start = 0
        if isinstance(query.get("offset"), int):
            start = max(0, query["offset"])
        elif isinstance(query.get("page"), int):
            page_param = next((p for p in plan_params(call.op) if p["name"] == "page"), {})
            first = 1 if (page_param.get("schema") or {}).get("default") == 1 else 0
            start = max(0, query["page"] - first) * size
        else:
            token = next((query[k] for k in CURSORS if isinstance(query.get(k), str)), None)
            if token is not None and token.isdigit():
                start = int(token)
        window = chosen[start : start + size]
        more = start + size < len(chosen)
        found = find_list(plan.schema)
        rng = rng_for(seed, start, size)
        if found is None:
            return json_response(fill(plan.schema, {}, rng), plan.status)
        path, item_schema = found
        rendered = [fill(item_schema, data, rng_for(seed, index)) for index, data in enumerate(window)]
        if not path:
            return json_response(rendered, plan.status)
        body = generate(plan.schema, rng)
        if not isinstance(body, dict):
            return json_response(body, plan.status)
        container, schema = body, plan.schema
        for key in path[:-1]:
            schema = properties(schema).get(key)
            if not isinstance(container.get(key), dict):
                container[key] = generate(schema, rng)
            container = container[key]
        props = properties(schema)
        container[path[-1]] = rendered
        meta: dict[str, Any] = {"page": query.get("page", 0), "page_size": size, "pageSize": size, "has_more": more}
        for key in TOTALS:
            meta[key] = len(chosen)
        meta["total_pages"] = -(-len(chosen) // size)
        for key in NEXT_CURSOR:
            meta[key] = str(start + size) if more else None
        for key, value in meta.items():
            if key in props and valid(props[key], value):
                container[key] = value
        if not valid(plan.schema, body):  # keep the answer conformant even if a meta value was not
            for key in list(container):
                if key != path[-1] and key not in props:
                    container.pop(key)
        return json_response(body, plan.status)

    async def query(self, plan: Plan, call: Call) -> Response:
        seed = (call.op.operation_id, json.dumps(call.body, sort_keys=True, default=str), sorted(call.path.items()))
        return self.answer(plan, dict(call.path), seed)

    async def stream(self, plan: Plan, call: Call) -> Response:
        about: dict[str, Any] = dict(call.path)
        reload: Callable[[], dict[str, Any] | None] | None = None
        if plan.resource is not None and plan.id_param is not None:
            item = self.find(plan, call)
            assert item is not None
            about = {**item["data"], **call.path}
            if item["seq"] is not None and not lifecycle.finished(item["data"]):
                records = self.records(call)
                speed = call.state.settings.job_speed
                resource, key = plan.resource, item["id"]

                def reload() -> dict[str, Any] | None:
                    latest = records.find(resource, key)
                    if latest is None:
                        return None
                    if lifecycle.advance(latest["data"], speed):
                        records.save(latest)
                    return latest["data"]

        schema = plan.schema or {}
        return events.stream(
            schema,
            about,
            f"{call.op.operation_id}|{json.dumps(call.path, sort_keys=True)}",
            reload,
            call.state.settings.job_speed,
        )


def plan_params(op: Operation) -> list[dict[str, Any]]:
    return op.parameters


def now_value(schema: Any, now: float) -> Any:
    text = json.dumps(schema or {})
    if '"integer"' in text and "date-time" not in text:
        return int(now)
    if '"number"' in text and "date-time" not in text:
        return now
    return lifecycle.iso(now)


def matches(data: dict[str, Any], filters: dict[str, Any]) -> bool:
    for key, wanted in filters.items():
        if key not in data or wanted == "all":
            continue
        value = data[key]
        if isinstance(wanted, str) and isinstance(value, str):
            if wanted.lower() not in value.lower():
                return False
        elif isinstance(wanted, list):
            if value not in wanted and not (isinstance(value, list) and set(map(str, value)) & set(map(str, wanted))):
                return False
        elif value != wanted:
            return False
    return True


def binary(plan: Plan, data: dict[str, Any], seed: Any) -> Response:
    ctype = plan.content_type or "application/octet-stream"
    rng = rng_for(seed)
    if ctype.startswith("audio/"):
        from ..speech import synthesize

        stored = data.get("sample_audio")
        if isinstance(stored, str):
            try:
                return Response(base64.b64decode(stored, validate=True), media_type=ctype)
            except ValueError:
                pass

        text = str(data.get("name") or data.get("id") or "sample")
        fmt = ctype.split("/", 1)[1].replace("mpeg", "mp3").replace("x-", "")
        return Response(synthesize(text, fmt), media_type=ctype)
    lines = [json.dumps(data, default=str, sort_keys=True)] if data else []
    lines.append(json.dumps({"seed": rng.randrange(1 << 30)}))
    return Response(("\n".join(lines) + "\n").encode("utf-8"), media_type=ctype)


def resource_handlers(handled: set[str]) -> dict[str, Handler]:
    """Handlers for every operation of the contract not in ``handled``."""
    all_ops = operations()
    pending = [op for op in all_ops if op.operation_id not in handled]
    plans = make_plans(pending, all_ops)
    engine = Engine(plans)
    out: dict[str, Handler] = {}
    for op in pending:
        plan = plans[op.operation_id]
        method: Callable[[Plan, Call], Awaitable[Response]] = getattr(engine, plan.role)

        def bind(plan: Plan = plan, method: Callable[[Plan, Call], Awaitable[Response]] = method) -> Handler:
            async def handler(call: Call) -> Response:
                return await method(plan, call)

            return handler

        out[op.operation_id] = bind()
    return out


__all__ = ["resource_handlers", "Engine", "array_items"]
