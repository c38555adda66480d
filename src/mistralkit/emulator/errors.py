"""Error responses in the shapes the Mistral API uses.

Most errors use the envelope::

    {"object": "error", "message": "...", "type": "...", "param": null, "code": null}

Validation errors (422) carry the contract's ``HTTPValidationError`` shape -- a
top-level ``detail`` list of ``{type, loc, msg, input}`` items -- inside the same
envelope: ``message`` holds ``{"detail": [...]}`` as the real service sends it,
and ``detail`` is repeated at the top level so that the body validates against
``HTTPValidationError`` exactly.

Authentication failures (401) use the short shape the service answers with:
``{"message": "Unauthorized", "request_id": "..."}``.
"""

from __future__ import annotations

from typing import Any

from .responses import json_response

_TYPES_BY_STATUS = {
    400: "invalid_request_error",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    408: "timeout",
    413: "request_too_large",
    422: "invalid_request_error",
    429: "rate_limited",
    500: "internal_server_error",
    501: "not_implemented",
    502: "bad_gateway",
    503: "service_unavailable",
    504: "gateway_timeout",
}


def error_type_for(status: int) -> str:
    return _TYPES_BY_STATUS.get(status, "api_error")


class APIError(Exception):
    """Raised by handlers; turned into a Mistral-shaped JSON error response."""

    def __init__(
        self,
        status: int,
        message: Any,
        *,
        type: str | None = None,
        code: str | None = None,
        param: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message if isinstance(message, str) else repr(message))
        self.status = status
        self.message = message
        self.type = type or error_type_for(status)
        self.code = code
        self.param = param
        self.headers = headers or {}

    def body(self) -> dict[str, Any]:
        return {
            "object": "error",
            "message": self.message,
            "type": self.type,
            "param": self.param,
            "code": self.code,
        }

    def response(self):
        return json_response(self.body(), status=self.status, headers=self.headers)


class ValidationFailed(APIError):
    """422 with a list of ``{type, loc, msg, input}`` items."""

    def __init__(self, detail: list[dict[str, Any]]) -> None:
        super().__init__(422, {"detail": detail}, type="invalid_request_error")
        self.detail = detail

    def body(self) -> dict[str, Any]:
        body = super().body()
        body["detail"] = self.detail
        return body


def invalid_model(model: str) -> APIError:
    return APIError(400, f"Invalid model: {model}", type="invalid_model", code="1500")


def not_found(message: str) -> APIError:
    return APIError(404, message, type="not_found")


def bad_request(message: str, *, param: str | None = None, code: str | None = None) -> APIError:
    return APIError(400, message, type="invalid_request_error", param=param, code=code)


def unauthorized_body(request_id: str) -> dict[str, Any]:
    return {"message": "Unauthorized", "request_id": request_id}
