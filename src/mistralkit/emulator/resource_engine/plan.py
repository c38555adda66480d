"""What each operation does, inferred from the contract's paths, methods and schemas.

A *resource* is a collection URL template with its parameters blanked (``/v1/workflows/schedules``,
``/v2/prompts/{}/versions``).  Its items live at the collection URL plus one path parameter.  Each
operation gets one role:

``create``  POST (or PUT without an id) on a collection: stores a new item.
``list``    GET on a collection, or any GET whose answer holds a list of the resource's items.
``get`` / ``update`` / ``delete``   on an item URL.
``action``  a POST/PUT/PATCH/DELETE below an item URL (``/pause``, ``/archive``, ``/members``...),
            or one applied to several items at once (``/executions/cancel`` with ``execution_ids``).
``view``    a GET below an item URL (``/status``, ``/history``, ``/trace/info``).
``query``   anything else (searches, aggregates, field catalogues): answered from the schema.
``stream``  an operation answering ``text/event-stream``.

The contract spreads a few resources over several URLs; ``ALIASES`` and ``CREATED_BY`` say so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..spec import Operation
from .shapes import find_list, properties, success

_PARAM = re.compile(r"\{[^}]+\}")

# Collections that are one resource under several URLs.
ALIASES = {
    "/v1/observability/dataset-records": "/v1/observability/datasets/{}/records",
    "/v1/workflows/runs": "/v1/workflows/executions",
    "/v1/admin/users-invite": "/v1/admin/users-invite",
}
# Operations that create an item of another resource than their URL's.
CREATED_BY = {
    "/v1/workflows/{}/execute": "/v1/workflows/executions",
    "/v1/workflows/registrations/{}/execute": "/v1/workflows/executions",
    "/v1/workflows/schedules/{}/trigger": "/v1/workflows/executions",
    "/v1/admin/scim/sync": "/v1/admin/scim/sync",
}


def blank(path: str) -> str:
    return _PARAM.sub("{}", path)


def canonical(resource: str) -> str:
    return ALIASES.get(resource, resource)


@dataclass
class Plan:
    role: str
    resource: str | None = None  # canonical collection template
    id_param: str | None = None  # the path parameter naming the item
    scope_params: list[str] = field(default_factory=list)  # other path parameters
    verb: str | None = None  # last literal segment, for actions and views
    status: int = 200
    content_type: str | None = None
    schema: object = None


def _segments(path: str) -> list[str]:
    return [s for s in path.split("/") if s]


def make_plans(ops: list[Operation], all_ops: tuple[Operation, ...]) -> dict[str, Plan]:
    templates = {blank(op.path) for op in all_ops}
    item_templates = {t for t in templates if t.endswith("/{}")}
    collections = {t[: -len("/{}")] for t in item_templates}
    list_getters = set()
    for op in all_ops:
        if op.method == "GET" and not op.path.endswith("}"):
            _, ctype, schema = success(op)
            if ctype == "application/json" and find_list(schema) is not None:
                list_getters.add(blank(op.path))
    collections |= {t for t in list_getters if any(o.method == "POST" and blank(o.path) == t for o in all_ops)}
    plans: dict[str, Plan] = {}
    for op in ops:
        plans[op.operation_id] = _plan(op, collections)
    return plans


def _plan(op: Operation, collections: set[str]) -> Plan:
    status, ctype, schema = success(op)
    template = blank(op.path)
    segments = _segments(op.path)
    params = [s[1:-1] for s in segments if s.startswith("{")]
    base = Plan("query", status=status, content_type=ctype, schema=schema)
    if ctype == "text/event-stream":
        base.role = "stream"
    last = segments[-1] if segments else ""
    if template in CREATED_BY and op.method == "POST":
        base.role, base.resource, base.scope_params = "create", CREATED_BY[template], params
        return base
    if last.startswith("{"):
        base.resource = canonical(template[: -len("/{}")])
        base.id_param = last[1:-1]
        base.scope_params = params[:-1]
        base.role = {"GET": "get", "PUT": "update", "PATCH": "update", "DELETE": "delete", "POST": "action"}[op.method]
        base.verb = op.method.lower()
        return base
    if template in collections:
        base.resource = canonical(template)
        base.scope_params = params
        if op.method == "GET":
            base.role = "list" if base.role != "stream" else "stream"
        elif op.method in ("POST", "PUT"):
            base.role = "create"
        else:
            base.role = "collection_action"
            base.verb = op.method.lower()
        return base
    # Below an item: the nearest parameter segment names it.
    for index in range(len(segments) - 1, -1, -1):
        if segments[index].startswith("{"):
            collection = "/" + "/".join(segments[:index])
            base.resource = canonical(blank(collection))
            base.id_param = segments[index][1:-1]
            base.scope_params = [p for p in params if p != base.id_param]
            base.verb = "/".join(s for s in segments[index + 1 :] if not s.startswith("{"))
            if base.role != "stream":
                base.role = "view" if op.method == "GET" else "action"
            return base
    # A literal sub-path of a collection (``/executions/cancel``) acts on the items it names.
    parent = "/" + "/".join(segments[:-1])
    if blank(parent) in collections and op.method != "GET":
        base.resource = canonical(blank(parent))
        base.verb = last
        base.role = "collection_action"
        return base
    if base.role != "stream" and op.method == "GET" and ctype == "application/json":
        found = find_list(schema)
        if found is not None and properties(found[1]):
            base.role = "query"
    return base
