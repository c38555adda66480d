# Generated from spec/openapi.yaml by tools/generate.py. Do not edit.
"""Types used only by the beta.observability.traces operations."""

from datetime import datetime
from typing import Literal

from .._models import BaseModel
from .shared_beta_observability import OtelFieldDefinition

__all__ = [
    "FeedResultGetTrace", "GetTrace", "GetTraceFieldOptions", "GetTraceFields", "GetTraces",
    "TracesRequest",
]


class GetTrace(BaseModel):
    """Response of GET /v1/observability/traces/{trace_id}."""

    customer_id: str
    organization_id: str
    workspace_id: str
    user_id: str
    trace_id: str
    root_span_id: str
    root_span_name: str
    start_time: datetime
    end_time: datetime
    duration_ns: int
    service_name: str
    environment: str
    conversation_id: str
    workflow_name: str
    agent_id: str
    agent_name: str
    status_code: Literal["Error", "Unset"] | str
    error_count: int
    span_count: int
    gen_ai_span_count: int
    llm_call_count: int
    tool_call_count: int
    retrieval_count: int
    evaluation_count: int
    input_tokens: int
    output_tokens: int
    cache_read_input_tokens: int
    cache_creation_input_tokens: int
    models_used: list[str]
    tools_used: list[str]
    first_turn_last_input_message: str
    first_turn_last_output_message: str
    last_turn_last_input_message: str
    last_turn_last_output_message: str


class FeedResultGetTrace(BaseModel):
    """FeedResultGetTrace"""

    results: list[GetTrace] | None = None
    next: str | None = None
    cursor: str | None = None


class GetTraceFieldOptions(BaseModel):
    """Response of GET /v1/observability/traces/fields/{field_name}/options."""

    options: list[str] | None


class GetTraceFields(BaseModel):
    """Response of GET /v1/observability/traces/fields."""

    field_definitions: list[OtelFieldDefinition]


class GetTraces(BaseModel):
    """Response of POST /v1/observability/traces/search."""

    traces: FeedResultGetTrace


class TracesRequest(BaseModel):
    """Request body of POST /v1/observability/traces/search."""

    search_expression: str | None = None
