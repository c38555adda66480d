"""Small helpers the generated resource methods share (see tools/generate_resources.py)."""

from __future__ import annotations

import json
import typing
from typing import Any, Dict, Mapping

from .._models import parse_obj
from .._request import RequestOptions, StreamSpec

__all__ = ["present", "with_headers", "with_security", "typed_events"]


def present(fields: Mapping[str, Any]) -> Dict[str, Any]:
    """The fields that were given: None means "not given" and is left out."""
    return {key: value for key, value in fields.items() if value is not None}


def with_headers(options: RequestOptions, headers: Mapping[str, Any]) -> RequestOptions:
    """``options`` with the operation's header parameters added (the caller's ``extra_headers`` win)."""
    given = {key: str(value) for key, value in headers.items() if value is not None}
    if not given:
        return options
    merged: RequestOptions = {**options}
    merged["extra_headers"] = {**given, **(options.get("extra_headers") or {})}
    return merged


def with_security(options: RequestOptions, security: Any) -> RequestOptions:
    """``options`` with per-call credentials, as the official SDK's ``security=`` gives them.

    ``security`` is a dict or an object with ``dashboard_user_context_auth`` (sent as ``x-api-key``)
    and/or ``bearer_user_context_auth`` (sent as ``Authorization: Bearer ...``).
    """
    if security is None:
        return options

    def get(name: str) -> Any:
        return security.get(name) if isinstance(security, Mapping) else getattr(security, name, None)

    api_key, bearer = get("dashboard_user_context_auth"), get("bearer_user_context_auth")
    if api_key is None and bearer is None:
        raise TypeError("security= needs dashboard_user_context_auth or bearer_user_context_auth")
    headers: Dict[str, Any] = {"x-api-key": api_key}
    if bearer is not None:
        headers["Authorization"] = f"Bearer {bearer}"
    return with_headers(options, headers)


_SPECS: Dict[str, StreamSpec] = {}


def typed_events(type_name: str) -> StreamSpec:
    """How to read the event stream of an operation whose events the spec types as ``type_name``.

    Each SSE event becomes one ``type_name`` item: ``event`` (the SSE event name), ``data`` parsed
    into its declared type (unknown shapes are kept as plain JSON, never dropped), ``id``/``retry``
    when the type has them. A stream whose event names include a ``*.done`` event is complete at
    that event; any other stream is complete when the server closes it.
    """
    spec = _SPECS.get(type_name)
    if spec is None:
        spec = _SPECS[type_name] = _build(type_name)
    return spec


def _build(type_name: str) -> StreamSpec:
    cache: list[Any] = []

    def resolve() -> Any:
        if not cache:
            from .. import types

            model = getattr(types, type_name)
            fields = getattr(model, "model_fields", {})
            cache.append(model)
            cache.append(fields["data"].annotation if "data" in fields else None)
        return cache

    def decode(event: str, data: str) -> Any:
        model, data_type = resolve()
        if data_type is None:
            return parse_obj(model, json.loads(data))
        try:
            payload: Any = json.loads(data)
        except ValueError:
            payload = data  # a text payload (e.g. a log line) is kept as it is
        return model.model_construct(event=event or None, data=parse_obj(data_type, payload))

    terminal = _done_events(type_name)
    if terminal:
        return StreamSpec(decode=decode, done_data=None, terminal_attr="event", terminal_values=terminal)
    return StreamSpec(decode=decode, done_data=None)


def _done_events(type_name: str) -> frozenset[str]:
    from .. import types

    model = getattr(types, type_name)
    field = getattr(model, "model_fields", {}).get("event")
    if field is None:
        return frozenset()
    names: set[str] = set()
    for arg in _walk(field.annotation):
        if typing.get_origin(arg) is typing.Literal:
            names |= {v for v in typing.get_args(arg) if isinstance(v, str) and v.endswith(".done")}
    return frozenset(names)


def _walk(tp: Any) -> list[Any]:
    out = [tp]
    for arg in typing.get_args(tp):
        out += _walk(arg)
    return out
