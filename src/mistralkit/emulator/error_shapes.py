"""Errors in the shape an operation documents, where it documents one of its own.

Most operations answer errors in the Mistral envelope (and 422 with ``HTTPValidationError``'s
``detail`` list).  The observability operations document ``ObservabilityError`` instead:
``{"detail": {"message": ..., "error_code": ...}}``.  Their errors keep the envelope's fields and
carry ``detail`` in that shape, so they satisfy both.
"""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from .errors import APIError, ValidationFailed
from .responses import json_response
from .spec import Operation

OBSERVABILITY = "#/components/schemas/ObservabilityError"


def documented(op: Operation) -> dict[int, str]:
    """The error statuses of ``op`` whose documented body is not the usual one."""
    out: dict[int, str] = {}
    for code, entry in op.raw.get("responses", {}).items():
        if not code.isdigit() or int(code) < 400:
            continue
        schema = (entry.get("content") or {}).get("application/json", {}).get("schema") or {}
        if schema.get("$ref") == OBSERVABILITY:
            out[int(code)] = "observability"
    return out


def _message(exc: APIError) -> str:
    if isinstance(exc, ValidationFailed):
        return "; ".join(f"{'.'.join(str(p) for p in item['loc'])}: {item['msg']}" for item in exc.detail)
    return exc.message if isinstance(exc.message, str) else str(exc.message)


def shaped(exc: APIError, shape: str) -> Response:
    body: dict[str, Any] = exc.body()
    message = _message(exc)
    body["message"] = message
    body["detail"] = {"message": message, "error_code": None}
    return json_response(body, status=exc.status, headers=exc.headers)
