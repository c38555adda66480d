# Generated from spec/openapi.yaml by tools/generate.py. Do not edit.
"""Types used only by the beta.observability.logs operations."""

from datetime import datetime
from typing import Literal

from .._models import BaseModel
from .shared_beta_observability import OtelFieldDefinition

__all__ = [
    "FeedResultGetLog", "GetLog", "GetLogFieldOptions", "GetLogFields", "GetLogs", "LogsRequest",
]


class GetLog(BaseModel):
    """GetLog"""

    customer_id: str
    organization_id: str
    workspace_id: str
    user_id: str
    timestamp: datetime
    trace_id: str
    span_id: str
    trace_flags: int
    severity_text: str
    severity_number: int
    service_name: str
    body: str
    event_name: str
    resource_schema_url: str
    resource_attributes: dict[str, str]
    scope_schema_url: str
    scope_name: str
    scope_version: str
    scope_attributes: dict[str, str]
    log_attributes: dict[str, str]


class FeedResultGetLog(BaseModel):
    """FeedResultGetLog"""

    results: list[GetLog] | None = None
    next: str | None = None
    cursor: str | None = None


class GetLogFieldOptions(BaseModel):
    """Response of GET /v1/observability/logs/fields/{field_name}/options."""

    options: list[str] | None


class GetLogFields(BaseModel):
    """Response of GET /v1/observability/logs/fields."""

    field_definitions: list[OtelFieldDefinition]


class GetLogs(BaseModel):
    """Response of POST /v1/observability/logs/search."""

    logs: FeedResultGetLog


class LogsRequest(BaseModel):
    """Request body of POST /v1/observability/logs/search."""

    search_expression: str | None = None
    order: Literal["asc", "desc"] | str = "desc"
