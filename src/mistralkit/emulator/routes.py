"""The route table: every operation of the contract, plus the emulator's own.

Each (URL, method) of the contract becomes one Starlette route.  Its endpoint
validates the path, query and body against the contract, picks the
``#stream`` twin when the body asks for ``stream: true``, and hands a
:class:`Call` to the handler registered for the operation id.  Operations
without a handler answer 501 ``not_implemented``.

The request ``Content-Type`` is checked as the service (a FastAPI application)
checks it: a JSON body is read as JSON when the header is absent or names
``application/json`` (or any ``application/*+json``); with any other type --
say ``text/plain`` -- the body is not an object, which is a 422
``model_attributes_type`` at ``["body"]``.  Form operations read
``multipart/form-data`` (and ``application/x-www-form-urlencoded``); anything
else is a 422 naming the expected body.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from . import error_shapes, multipart
from .errors import APIError, ValidationFailed
from .faults import Fault
from .middleware import FAULT_KEY, REQUEST_ID_KEY
from .multipart import FormData
from .spec import Operation, operations
from .state import EmulatorState
from .validation import OperationValidator, parse_json_body, validator_for


def _is_json(content_type: str) -> bool:
    kind = content_type.split(";", 1)[0].strip().lower()
    if kind == "application/json":
        return True
    major, _, minor = kind.partition("/")
    return major == "application" and minor.endswith("+json")


def check_json_content_type(content_type: str | None, raw: bytes) -> None:
    """The service's 422 for a non-empty body sent with a type that is not JSON."""
    if content_type is None or not raw or _is_json(content_type):
        return
    raise ValidationFailed(
        [
            {
                "type": "model_attributes_type",
                "loc": ["body"],
                "msg": "Input should be a valid dictionary or object to extract fields from",
                "input": raw[:1000].decode("utf-8", "replace"),
            }
        ]
    )


@dataclass
class Call:
    """What a handler gets: the validated request and the emulator state."""

    request: Request
    state: EmulatorState
    op: Operation
    body: Any = None
    query: dict[str, Any] = field(default_factory=dict)
    path: dict[str, Any] = field(default_factory=dict)
    form: FormData | None = None

    @property
    def request_id(self) -> str:
        return self.request.scope.get(REQUEST_ID_KEY, "")

    @property
    def fault(self) -> Fault | None:
        return self.request.scope.get(FAULT_KEY)


Handler = Callable[[Call], Awaitable[Response]]


def _not_implemented(op: Operation) -> Handler:
    async def handler(call: Call) -> Response:
        raise APIError(
            501,
            f"{op.method} {op.path} ({op.operation_id}) is not implemented by the mistralkit emulator yet",
            type="not_implemented",
        )

    return handler


async def _read_body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise APIError(413, f"Request body too large: the limit is {limit} bytes", type="request_too_large")
    chunks = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise APIError(413, f"Request body too large: the limit is {limit} bytes", type="request_too_large")
        chunks.append(chunk)
    return b"".join(chunks)


def _multi_query(request: Request) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for key, value in request.query_params.multi_items():
        out.setdefault(key, []).append(value)
    return out


class Endpoint:
    """The endpoint for one (URL, method): an operation and its stream twin."""

    def __init__(
        self, state: EmulatorState, primary: Operation, twin: Operation | None, handlers: dict[str, Handler]
    ) -> None:
        self.state = state
        self.primary = primary
        self.twin = twin
        self.handler = handlers.get(primary.operation_id) or _not_implemented(primary)
        self.twin_handler = (handlers.get(twin.operation_id) or self.handler) if twin else None
        self.validator: OperationValidator = validator_for(primary.operation_id)
        self.twin_validator = validator_for(twin.operation_id) if twin else None
        self.implemented = primary.operation_id in handlers
        self.content_type = primary.request_content_type
        self.has_query = bool(self.validator.query_params)
        self.error_statuses = error_shapes.documented(primary)

    async def __call__(self, request: Request) -> Response:
        try:
            return await self.dispatch(request)
        except APIError as exc:
            if exc.status in self.error_statuses:
                return error_shapes.shaped(exc, self.error_statuses[exc.status])
            return exc.response()

    async def dispatch(self, request: Request) -> Response:
        state = self.state
        if not self.implemented:
            op = self.primary
            if self.twin is not None and self.content_type == "application/json":
                try:
                    body = json.loads(await _read_body(request, state.settings.max_json_bytes) or b"null")
                except ValueError:
                    body = None
                if isinstance(body, dict) and body.get("stream") is True:
                    op = self.twin
            return await _not_implemented(op)(Call(request, state, op))
        validator = self.validator
        path = validator.validate_path(request.path_params) if validator.path_params else {}
        query = validator.validate_query(_multi_query(request)) if self.has_query else {}
        op, handler = self.primary, self.handler
        call = Call(request, state, op, None, query, path)
        if self.content_type == "application/json":
            raw = await _read_body(request, state.settings.max_json_bytes)
            check_json_content_type(request.headers.get("content-type"), raw)
            body = parse_json_body(raw, self.primary.request_body_required)
            if self.twin is not None and isinstance(body, dict) and body.get("stream") is True:
                op, validator, handler = self.twin, self.twin_validator, self.twin_handler  # type: ignore[assignment]
            validator.validate_body(body)
            call.op, call.body = op, body
            return await handler(call)
        if self.content_type == "multipart/form-data":
            ctype = request.headers.get("content-type", "")
            if ctype.split(";")[0].strip().lower() == "application/x-www-form-urlencoded":
                raw = await _read_body(request, state.settings.max_json_bytes)
                form = FormData(fields=parse_qs(raw.decode("utf-8", "replace"), keep_blank_values=True))
            else:
                form = await multipart.parse(
                    request.stream(),
                    ctype,
                    state.store.new_temp_path,
                    max_file_bytes=state.settings.max_file_bytes,
                )
            try:
                fields = validator.coerce_form(form.fields)
                if self.twin is not None and fields.get("stream") is True:
                    op, validator, handler = self.twin, self.twin_validator, self.twin_handler  # type: ignore[assignment]
                    fields = validator.coerce_form(form.fields)
                instance = dict(fields)
                for name in form.files:
                    instance[name] = "<binary>"
                validator.validate_body(instance)
                call.op, call.body, call.form = op, fields, form
                return await handler(call)
            finally:
                form.discard()
        return await handler(call)


def build_routes(state: EmulatorState, handlers: dict[str, Handler]) -> list[Route]:
    groups: dict[tuple[str, str], dict[str, Operation]] = {}
    order: list[tuple[str, str]] = []
    for op in operations():
        key = (op.path, op.method)
        if key not in groups:
            groups[key] = {}
            order.append(key)
        groups[key]["twin" if op.stream_twin else "primary"] = op
    by_path: dict[str, list[tuple[str, Endpoint]]] = {}
    for path, method in order:
        entry = groups[(path, method)]
        primary = entry.get("primary") or entry["twin"]
        twin = entry.get("twin") if "primary" in entry else None
        by_path.setdefault(path, []).append((method, Endpoint(state, primary, twin, handlers)))
    # Routes are matched in order: implemented (hot) paths first, in the
    # order of ``handlers``, then the rest in contract order.
    rank = {op_id: i for i, op_id in enumerate(handlers)}

    def hotness(path: str) -> int:
        return min((rank.get(ep.primary.operation_id, len(rank)) for _, ep in by_path[path]), default=len(rank))

    ordered: list[str] = []
    for path in sorted(by_path, key=hotness):
        # A literal segment must be tried before a parameter that would capture it
        # (``/v1/workflows/runs`` before ``/v1/workflows/{workflow_identifier}``).
        at = next((i for i, other in enumerate(ordered) if _shadows(other, path)), len(ordered))
        ordered.insert(at, path)
    routes = []
    for path in ordered:
        endpoints = by_path[path]
        routes.append(Route(path, _method_switch(dict(endpoints)), methods=[m for m, _ in endpoints], name=path))
    return routes


def _shadows(general: str, specific: str) -> bool:
    """Whether the route ``general`` would match the URLs meant for ``specific``."""
    a, b = general.split("/"), specific.split("/")
    if len(a) != len(b) or general == specific:
        return False
    wider = False
    for x, y in zip(a, b):
        if x == y:
            continue
        if x.startswith("{") and not y.startswith("{"):
            wider = True
            continue
        if x.startswith("{") and y.startswith("{"):
            continue
        return False
    return wider


def _method_switch(endpoints: dict[str, Endpoint]) -> Callable[[Request], Awaitable[Response]]:
    if len(endpoints) == 1:
        only = next(iter(endpoints.values()))
        return only.__call__

    async def endpoint(request: Request) -> Response:
        method = "GET" if request.method == "HEAD" else request.method
        return await endpoints[method](request)

    return endpoint
