# Generated from spec/openapi.yaml by tools/generate.py. Do not edit.
"""Types used only by the beta.observability.spans operations."""

from datetime import datetime

from .._models import BaseModel
from .shared_beta_observability import OtelFieldDefinition

__all__ = [
    "FeedResultGetSpanEvaluation", "GetSpanEvaluation", "GetSpanEvaluationFieldOptions",
    "GetSpanEvaluationFields", "GetSpanEvaluations", "GetSpanFieldOptions", "GetSpanFields",
    "SpanEvaluationsRequest", "SpansRequest",
]


class GetSpanEvaluation(BaseModel):
    """GetSpanEvaluation"""

    customer_id: str
    organization_id: str
    workspace_id: str
    user_id: str
    trace_id: str
    span_id: str
    response_id: str
    conversation_id: str
    timestamp: datetime
    evaluation_name: str
    score_value: float
    score_label: str
    explanation: str
    metadata: dict[str, str]


class FeedResultGetSpanEvaluation(BaseModel):
    """FeedResultGetSpanEvaluation"""

    results: list[GetSpanEvaluation] | None = None
    next: str | None = None
    cursor: str | None = None


class GetSpanEvaluationFieldOptions(BaseModel):
    """Response of GET /v1/observability/spans/evaluations/fields/{field_name}/options."""

    options: list[str] | None


class GetSpanEvaluationFields(BaseModel):
    """Response of GET /v1/observability/spans/evaluations/fields."""

    field_definitions: list[OtelFieldDefinition]


class GetSpanEvaluations(BaseModel):
    """Response of POST /v1/observability/spans/evaluations/search, POST
    /v1/observability/spans/evaluations/search/latest.
    """

    span_evaluations: FeedResultGetSpanEvaluation


class GetSpanFieldOptions(BaseModel):
    """Response of GET /v1/observability/spans/fields/{field_name}/options."""

    options: list[str] | None


class GetSpanFields(BaseModel):
    """Response of GET /v1/observability/spans/fields."""

    field_definitions: list[OtelFieldDefinition]


class SpanEvaluationsRequest(BaseModel):
    """Request body of POST /v1/observability/spans/evaluations/search, POST
    /v1/observability/spans/evaluations/search/latest.
    """

    search_expression: str | None = None


class SpansRequest(BaseModel):
    """Request body of POST /v1/observability/spans/search."""

    search_expression: str | None = None
