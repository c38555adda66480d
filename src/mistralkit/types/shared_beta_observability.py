# Generated from spec/openapi.yaml by tools/generate.py. Do not edit.
"""Types used by several tags of the beta_observability operations."""

from datetime import datetime
from typing import Annotated, Any, Literal, Union

from pydantic import Field

from .._models import BaseModel, TaggedModel

__all__ = [
    "Aggregation", "AggregationMeta", "AggregationRequest", "AggregationRow", "BaseTaskStatus",
    "ChatCompletionEventPreview", "CreateJudgeRequest", "DatasetRecord", "DatasetRecordPayload",
    "DatasetRecordSource", "FeedResultGetSpan", "FilterCondition", "FilterGroup", "FilterPayload",
    "GetSpan", "GetSpans", "Granularity", "Judge", "JudgeClassificationOutput",
    "JudgeClassificationOutputOption", "JudgeOutput", "JudgeRegressionOutput", "MetricAggregation",
    "MetricDefinition", "ObservabilityError", "ObservabilityErrorCode", "ObservabilityErrorDetail",
    "OrderByClause", "OtelFieldDefinition", "TimeDimension",
]


class AggregationMeta(BaseModel):
    """AggregationMeta"""

    from_timestamp: datetime
    to_timestamp: datetime
    granularity_seconds: int | None = None


class AggregationRow(BaseModel):
    """AggregationRow"""

    time_bucket: datetime | None = None
    dimensions: dict[str, Any] | None = None
    metric_name: str
    metric_value: float | int | None = None


class Aggregation(BaseModel):
    """Response of POST /v1/observability/traces/aggregate, POST /v1/observability/spans/aggregate.
    """

    data: list[AggregationRow]
    meta: AggregationMeta


MetricAggregation = Literal[
    "count", "count_distinct", "sum", "avg", "min", "max", "p50", "p90", "p95", "p99",
]


class MetricDefinition(BaseModel):
    """MetricDefinition"""

    measure: str
    aggregation: MetricAggregation | str


class OrderByClause(BaseModel):
    """OrderByClause"""

    field: str
    direction: Literal["asc", "desc"] | str = "asc"


Granularity = Literal["auto", "second", "minute", "hour", "day", "week", "month"]


class TimeDimension(BaseModel):
    """TimeDimension"""

    granularity: Granularity | str = "auto"


class AggregationRequest(BaseModel):
    """Request body of POST /v1/observability/traces/aggregate, POST /v1/observability/spans/aggregate.
    """

    metric: MetricDefinition
    dimensions: list[str] = []
    time_dimension: TimeDimension | None = None
    search_expression: str | None = None
    order_by: list[OrderByClause] | None = None
    limit: int = 1000


BaseTaskStatus = Literal[
    "RUNNING", "COMPLETED", "FAILED", "CANCELED", "TERMINATED", "CONTINUED_AS_NEW", "TIMED_OUT",
    "UNKNOWN",
]


class ChatCompletionEventPreview(BaseModel):
    """ChatCompletionEventPreview"""

    event_id: str
    correlation_id: str
    created_at: datetime
    extra_fields: dict[str, bool | int | float | str | datetime | list[str] | dict[str, str] | None]
    nb_input_tokens: int
    nb_output_tokens: int


class JudgeClassificationOutputOption(BaseModel):
    """JudgeClassificationOutputOption"""

    value: str
    description: str


class JudgeClassificationOutput(TaggedModel):
    """JudgeClassificationOutput"""

    type: Literal["CLASSIFICATION"] = "CLASSIFICATION"
    options: list[JudgeClassificationOutputOption]


class JudgeRegressionOutput(TaggedModel):
    """JudgeRegressionOutput"""

    type: Literal["REGRESSION"] = "REGRESSION"
    min: float = 0
    min_description: str
    max: float = 1
    max_description: str


class CreateJudgeRequest(BaseModel):
    """Request body of POST /v1/observability/judges."""

    name: str
    description: str
    model_name: str
    output: Annotated[
        Union[JudgeClassificationOutput, JudgeRegressionOutput],
        Field(discriminator="type"),
    ]
    instructions: str
    tools: list[str]


#: Caller-authored input object stored on a dataset record.
DatasetRecordPayload = dict[str, Any]


DatasetRecordSource = Literal["EXPLORER", "UPLOADED_FILE", "DIRECT_INPUT", "PLAYGROUND"]


class DatasetRecord(BaseModel):
    """Response of POST /v1/observability/datasets/{dataset_id}/records, GET
    /v1/observability/dataset-records/{dataset_record_id}.
    """

    id: str
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    dataset_id: str
    payload: DatasetRecordPayload
    properties: dict[str, Any]
    source: DatasetRecordSource | str


class GetSpan(BaseModel):
    """Response of GET /v1/observability/traces/{trace_id}/spans/{span_id}."""

    customer_id: str
    organization_id: str
    workspace_id: str
    user_id: str
    trace_id: str
    span_id: str
    parent_span_id: str
    trace_state: str
    start_time: datetime
    end_time: datetime
    duration_ns: int
    span_name: str
    span_kind: str
    service_name: str
    status_code: Literal["Error", "Ok", "Unset"] | str
    status_message: str
    error_type: str
    operation_name: str
    provider_name: str
    request_model: str
    response_model: str
    response_id: str
    output_type: str
    conversation_id: str
    data_source_id: str
    agent_id: str
    agent_name: str
    agent_version: str
    agent_description: str
    workflow_name: str
    prompt_name: str
    tool_name: str
    tool_type: str
    tool_call_id: str
    input_messages: str
    output_messages: str
    system_instructions: str
    tool_definitions: str
    tool_call_arguments: str
    tool_call_result: str
    request_choice_count: int
    request_max_tokens: int
    request_temperature: float | None
    request_top_p: float | None
    request_top_k: float | None
    request_presence_penalty: float | None
    request_frequency_penalty: float | None
    request_seed: int
    request_stop_sequences: list[str]
    request_encoding_formats: list[str]
    response_finish_reasons: list[str]
    usage_input_tokens: int
    usage_output_tokens: int
    usage_cache_read_input_tokens: int
    usage_cache_creation_input_tokens: int
    resource_attributes: dict[str, str]
    span_attributes: dict[str, str]
    scope_name: str
    scope_version: str


class FeedResultGetSpan(BaseModel):
    """FeedResultGetSpan"""

    results: list[GetSpan] | None = None
    next: str | None = None
    cursor: str | None = None


class FilterCondition(BaseModel):
    """FilterCondition"""

    field: str
    op: (
        Literal[
            "lt", "lte", "gt", "gte", "startswith", "istartswith", "endswith", "iendswith",
            "contains", "icontains", "matches", "notcontains", "inotcontains", "eq", "neq",
            "isnull", "includes", "excludes", "len_eq",
        ]
        | str
    )
    value: Any


class FilterGroup(BaseModel):
    """FilterGroup"""

    AND: "list[FilterGroup | FilterCondition] | None" = None
    OR: "list[FilterGroup | FilterCondition] | None" = None


class FilterPayload(BaseModel):
    """FilterPayload"""

    filters: FilterGroup | FilterCondition | None


class GetSpans(BaseModel):
    """Response of POST /v1/observability/spans/search, GET /v1/observability/traces/{trace_id}/spans.
    """

    spans: FeedResultGetSpan


class Judge(BaseModel):
    """Response of POST /v1/observability/judges, GET /v1/observability/judges/{judge_id}."""

    id: str
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    owner_id: str
    workspace_id: str
    name: str
    description: str
    model_name: str
    output: Annotated[
        Union[JudgeClassificationOutput, JudgeRegressionOutput],
        Field(discriminator="type"),
    ]
    instructions: str
    tools: list[str]
    up_revision: str | None = None
    down_revision: str | None = None
    base_revision: str | None = None


class JudgeOutput(BaseModel):
    """Response of POST /v1/observability/chat-completion-events/{event_id}/live-judging, POST
    /v1/observability/judges/{judge_id}/live-judging, POST
    /v1/observability/dataset-records/{dataset_record_id}/live-judging.
    """

    analysis: str
    answer: str | float


ObservabilityErrorCode = Literal[
    "UNKNOWN_ERROR", "VALIDATION_ERROR", "AUTH_FORBIDDEN", "AUTH_FORBIDDEN_NOT_WORKSPACE_ADMIN",
    "AUTH_FORBIDDEN_WORKSPACE_NOT_FOUND", "AUTH_FORBIDDEN_ROLE_NOT_FOUND", "AUTH_UNAUTHORIZED",
    "FEATURE_NOT_SUPPORTED", "FIELDS_BAD_REQUEST", "FIELDS_NOT_FOUND", "SEARCH_NOT_FOUND",
    "SEARCH_BAD_REQUEST", "SEARCH_SERVICE_UNAVAILABLE", "DATABASE_ERROR", "DATABASE_TIMEOUT",
    "DATABASE_UNAVAILABLE", "DATABASE_QUERY_ERROR", "SEARCH_FILTER_TO_SQL_CONVERSION_ERROR",
    "JUDGE_CONVERSATION_FORMAT_ERROR", "JUDGE_MISTRAL_API_ERROR", "JUDGE_MISTRAL_API_TIMEOUT",
    "JUDGE_NAME_ALREADY_EXISTS", "JUDGE_NOT_FOUND", "JUDGE_ALREADY_HAS_NEW_VERSION",
    "JUDGE_USED_IN_CAMPAIGN_CANNOT_BE_UPDATED", "JUDGE_DID_NOT_CHANGE", "CAMPAIGN_NOT_FOUND",
    "CAMPAIGN_NO_MATCHING_EVENTS", "DATASET_NOT_FOUND", "DATASET_TASK_NOT_FOUND",
    "DATASET_RECORD_NOT_FOUND", "DATASET_RECORD_FORMAT_ERROR", "AGENT_NOT_FOUND",
    "AGENT_MISTRAL_API_ERROR", "EVALUATION_NOT_FOUND", "EVALUATION_CURRENTLY_RUNNING",
    "EVALUATION_RECORD_NOT_FOUND", "EVALUATION_RUN_NOT_FOUND",
    "EVALUATION_RUN_TRANSITION_IS_INVALID", "EVALUATION_RUN_TRANSITION_IS_RUNNING_ALREADY",
    "EVALUATION_RUN_TRANSITION_ERROR", "TEMPLATE_ERROR", "TEMPLATE_SYNTAX_ERROR",
    "PROJECT_NAME_ALREADY_EXISTS", "EVALUATION_NAME_ALREADY_EXISTS",
    "OPTIMIZATION_TRIAL_KEY_ALREADY_EXISTS", "TRACES_FILTER_QUERY_PARSE_ERROR", "TRACE_NOT_FOUND",
    "SPAN_NOT_FOUND",
]


class ObservabilityErrorDetail(BaseModel):
    """ObservabilityErrorDetail"""

    message: str
    error_code: ObservabilityErrorCode | str | None


class ObservabilityError(BaseModel):
    """ObservabilityError"""

    detail: ObservabilityErrorDetail


class OtelFieldDefinition(BaseModel):
    """OtelFieldDefinition"""

    name: str
    label: str
    type: Literal["ENUM", "TEXT", "INT", "FLOAT", "BOOL", "TIMESTAMP", "ARRAY", "MAP"] | str
    group: str | None = None
    supported_operators: list[
        (
            Literal[
                "eq", "neq", "lt", "lte", "gt", "gte", "like", "ilike", "not_like", "not_ilike",
                "between", "not_between", "in", "not_in", "exists", "not_exists", "regexp",
                "not_regexp", "contains", "not_contains", "has", "hasAny", "hasAll", "hasToken",
            ]
            | str
        ),
    ]
    supported_aggregations: list[MetricAggregation | str]
