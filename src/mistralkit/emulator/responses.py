"""Cheap JSON responses for the hot path."""

from __future__ import annotations

import json
from typing import Any

from starlette.responses import Response

_encoder = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def dumps(obj: Any) -> bytes:
    return _encoder.encode(obj).encode("utf-8")


class RawJSONResponse(Response):
    media_type = "application/json"


def json_response(obj: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    return RawJSONResponse(dumps(obj), status_code=status, headers=headers)
