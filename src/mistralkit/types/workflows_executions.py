# Generated from spec/openapi.yaml by tools/generate.py. Do not edit.
"""Types used only by the workflows.executions operations."""

from datetime import datetime
from typing import Any, Literal

from pydantic import AliasChoices, Field

from .._models import BaseModel
from .shared_workflows import (
    EncodedPayloadOptions,
    StreamError,
    StreamEventSseErrorData,
    StreamEventSsePayload,
    WorkflowExecutionStatus,
)

__all__ = [
    "BatchExecutionBody", "BatchExecutionResponse", "BatchExecutionResult", "EventProgressStatus",
    "EventSource", "EventType", "ExecutionLogRecord", "ExecutionLogSearchResponse",
    "ExecutionTraceInfoResponse", "NetworkEncodedInput", "QueryInvocationBody",
    "QueryWorkflowResponse", "ResetInvocationBody", "SignalInvocationBody",
    "SignalWorkflowResponse", "StreamV1WorkflowsExecutionsExecutionIdStreamGetEvent",
    "StreamWorkflowExecutionLogsEvent", "TempoGetTraceResponse", "TempoTraceAttribute",
    "TempoTraceAttributeArrayContainer", "TempoTraceAttributeArrayElement",
    "TempoTraceAttributeArrayValue", "TempoTraceAttributeBoolValue", "TempoTraceAttributeIntValue",
    "TempoTraceAttributeStringValue", "TempoTraceBatch", "TempoTraceEvent", "TempoTraceResource",
    "TempoTraceScope", "TempoTraceScopeKind", "TempoTraceScopeSpan", "TempoTraceSpan",
    "UpdateInvocationBody", "UpdateWorkflowResponse", "WorkflowExecutionProgressTraceEvent",
    "WorkflowExecutionTraceEvent", "WorkflowExecutionTraceEventsResponse",
    "WorkflowExecutionTraceOTelResponse", "WorkflowExecutionTraceSummaryAttributesValues",
    "WorkflowExecutionTraceSummaryResponse", "WorkflowExecutionTraceSummarySpan",
]


class BatchExecutionBody(BaseModel):
    """Request body of POST /v1/workflows/executions/terminate, POST /v1/workflows/executions/cancel.
    """

    execution_ids: list[str]
    """List of execution IDs to process"""


class BatchExecutionResult(BaseModel):
    """BatchExecutionResult"""

    status: str
    """Status of the operation (success/failure)"""
    error: str | None = None
    """Error message if operation failed"""


class BatchExecutionResponse(BaseModel):
    """Response of POST /v1/workflows/executions/terminate, POST /v1/workflows/executions/cancel."""

    results: dict[str, BatchExecutionResult] | None = None
    """Mapping of execution_id to result with status and optional error message"""


EventProgressStatus = Literal["RUNNING", "COMPLETED", "FAILED"]


EventSource = Literal["DATABASE", "LIVE", "HYBRID"]


EventType = Literal["EVENT", "EVENT_PROGRESS"]


class ExecutionLogRecord(BaseModel):
    """ExecutionLogRecord"""

    timestamp: datetime
    trace_id: str
    span_id: str
    severity_text: str
    body: str
    log_attributes: dict[str, str]


class ExecutionLogSearchResponse(BaseModel):
    """Response of GET /v1/workflows/executions/{execution_id}/logs."""

    results: list[ExecutionLogRecord]
    next_cursor: str | None = None


class ExecutionTraceInfoResponse(BaseModel):
    """Response of GET /v1/workflows/executions/{execution_id}/trace/info."""

    otel_trace_id: str | None = None
    """The ID of the trace, if available"""
    has_trace_data: bool = False
    """Whether trace data is available in the trace backend for this execution"""


class NetworkEncodedInput(BaseModel):
    """NetworkEncodedInput"""

    b64payload: str
    """The encoded payload"""
    encoding_options: list[EncodedPayloadOptions | str] = []
    """The encoding of the payload"""
    empty: bool = False
    """Whether the payload is empty"""


class QueryInvocationBody(BaseModel):
    """Request body of POST /v1/workflows/executions/{execution_id}/queries."""

    name: str
    """The name of the query to request"""
    input: NetworkEncodedInput | dict[str, Any] | None = None
    """Input data for the query, matching its schema"""


class QueryWorkflowResponse(BaseModel):
    """Response of POST /v1/workflows/executions/{execution_id}/queries."""

    query_name: str
    result: Any
    """The result of the Query workflow call"""


class ResetInvocationBody(BaseModel):
    """Request body of POST /v1/workflows/executions/{execution_id}/reset."""

    event_id: int
    """The event ID to reset the workflow execution to"""
    reason: str | None = None
    """Reason for resetting the workflow execution"""
    exclude_signals: bool = False
    """Whether to exclude signals that happened after the reset point"""
    exclude_updates: bool = False
    """Whether to exclude updates that happened after the reset point"""


class SignalInvocationBody(BaseModel):
    """Request body of POST /v1/workflows/executions/{execution_id}/signals."""

    name: str
    """The name of the signal to send"""
    input: NetworkEncodedInput | dict[str, Any] | None = None
    """Input data for the signal, matching its schema"""


class SignalWorkflowResponse(BaseModel):
    """Response of POST /v1/workflows/executions/{execution_id}/signals."""

    message: str = "Signal accepted"


class StreamV1WorkflowsExecutionsExecutionIdStreamGetEvent(BaseModel):
    """Response of GET /v1/workflows/executions/{execution_id}/stream."""

    event: str | None = None
    data: StreamEventSsePayload | StreamEventSseErrorData | None = None
    id: str | None = None
    retry: int | None = None


class StreamWorkflowExecutionLogsEvent(BaseModel):
    """Response of GET /v1/workflows/executions/{execution_id}/logs/stream."""

    event: Literal["log", "error"] | str | None = None
    id: str | None = None
    data: ExecutionLogRecord | StreamError | None = None


class TempoTraceAttributeArrayElement(BaseModel):
    """TempoTraceAttributeArrayElement"""

    stringValue: str | None = Field(None, alias="stringValue", validation_alias=AliasChoices("stringValue", "string_value"))
    """A string element in the array"""
    intValue: str | None = Field(None, alias="intValue", validation_alias=AliasChoices("intValue", "int_value"))
    """An integer element in the array"""
    boolValue: bool | None = Field(None, alias="boolValue", validation_alias=AliasChoices("boolValue", "bool_value"))
    """A boolean element in the array"""

    @property
    def string_value(self) -> "str | None":
        """``stringValue`` under the official SDK's name."""
        return self.stringValue

    @property
    def int_value(self) -> "str | None":
        """``intValue`` under the official SDK's name."""
        return self.intValue

    @property
    def bool_value(self) -> "bool | None":
        """``boolValue`` under the official SDK's name."""
        return self.boolValue


class TempoTraceAttributeArrayContainer(BaseModel):
    """TempoTraceAttributeArrayContainer"""

    values: list[TempoTraceAttributeArrayElement] | None = None
    """The values of the array"""


class TempoTraceAttributeArrayValue(BaseModel):
    """TempoTraceAttributeArrayValue"""

    arrayValue: TempoTraceAttributeArrayContainer = Field(alias="arrayValue", validation_alias=AliasChoices("arrayValue", "array_value"))
    """The array value of the attribute"""

    @property
    def array_value(self) -> "TempoTraceAttributeArrayContainer":
        """``arrayValue`` under the official SDK's name."""
        return self.arrayValue


class TempoTraceAttributeBoolValue(BaseModel):
    """TempoTraceAttributeBoolValue"""

    boolValue: bool = Field(alias="boolValue", validation_alias=AliasChoices("boolValue", "bool_value"))
    """The boolean value of the attribute"""

    @property
    def bool_value(self) -> "bool":
        """``boolValue`` under the official SDK's name."""
        return self.boolValue


class TempoTraceAttributeIntValue(BaseModel):
    """TempoTraceAttributeIntValue"""

    intValue: str = Field(alias="intValue", validation_alias=AliasChoices("intValue", "int_value"))
    """The integer value of the attribute"""

    @property
    def int_value(self) -> "str":
        """``intValue`` under the official SDK's name."""
        return self.intValue


class TempoTraceAttributeStringValue(BaseModel):
    """TempoTraceAttributeStringValue"""

    stringValue: str = Field(alias="stringValue", validation_alias=AliasChoices("stringValue", "string_value"))
    """The string value of the attribute"""

    @property
    def string_value(self) -> "str":
        """``stringValue`` under the official SDK's name."""
        return self.stringValue


class TempoTraceAttribute(BaseModel):
    """TempoTraceAttribute"""

    key: str
    """The key of the attribute"""
    value: (
        TempoTraceAttributeStringValue
        | TempoTraceAttributeIntValue
        | TempoTraceAttributeBoolValue
        | TempoTraceAttributeArrayValue
    )
    """The value of the attribute"""


class TempoTraceResource(BaseModel):
    """TempoTraceResource"""

    attributes: list[TempoTraceAttribute] | None = None
    """The attributes of the resource"""


class TempoTraceScope(BaseModel):
    """TempoTraceScope"""

    name: str
    """The name of the span"""


class TempoTraceEvent(BaseModel):
    """TempoTraceEvent"""

    name: str
    """The name of the event"""
    timeUnixNano: str = Field(alias="timeUnixNano", validation_alias=AliasChoices("timeUnixNano", "time_unix_nano"))
    """The time of the event in Unix nano"""
    attributes: list[TempoTraceAttribute] | None = None
    """The attributes of the event"""

    @property
    def time_unix_nano(self) -> "str":
        """``timeUnixNano`` under the official SDK's name."""
        return self.timeUnixNano


TempoTraceScopeKind = Literal["SPAN_KIND_INTERNAL", "SPAN_KIND_SERVER", "SPAN_KIND_CLIENT"]


class TempoTraceSpan(BaseModel):
    """TempoTraceSpan"""

    traceId: str = Field(alias="traceId", validation_alias=AliasChoices("traceId", "trace_id"))
    """The trace ID of the scope"""
    spanId: str = Field(alias="spanId", validation_alias=AliasChoices("spanId", "span_id"))
    """The span ID of the scope"""
    parentSpanId: str | None = Field(None, alias="parentSpanId", validation_alias=AliasChoices("parentSpanId", "parent_span_id"))
    """The parent span ID of the scope"""
    name: str
    """The name of the scope"""
    kind: TempoTraceScopeKind | str
    """The kind of the scope"""
    startTimeUnixNano: str = Field(alias="startTimeUnixNano", validation_alias=AliasChoices("startTimeUnixNano", "start_time_unix_nano"))
    """The start time of the scope in Unix nano"""
    endTimeUnixNano: str = Field(alias="endTimeUnixNano", validation_alias=AliasChoices("endTimeUnixNano", "end_time_unix_nano"))
    """The end time of the scope in Unix nano"""
    attributes: list[TempoTraceAttribute] | None = None
    """The attributes of the scope"""
    events: list[TempoTraceEvent] | None = None
    """The events of the scope"""

    @property
    def trace_id(self) -> "str":
        """``traceId`` under the official SDK's name."""
        return self.traceId

    @property
    def span_id(self) -> "str":
        """``spanId`` under the official SDK's name."""
        return self.spanId

    @property
    def parent_span_id(self) -> "str | None":
        """``parentSpanId`` under the official SDK's name."""
        return self.parentSpanId

    @property
    def start_time_unix_nano(self) -> "str":
        """``startTimeUnixNano`` under the official SDK's name."""
        return self.startTimeUnixNano

    @property
    def end_time_unix_nano(self) -> "str":
        """``endTimeUnixNano`` under the official SDK's name."""
        return self.endTimeUnixNano


class TempoTraceScopeSpan(BaseModel):
    """TempoTraceScopeSpan"""

    scope: TempoTraceScope
    """The scope of the span"""
    spans: list[TempoTraceSpan] | None = None
    """The spans of the scope"""


class TempoTraceBatch(BaseModel):
    """TempoTraceBatch"""

    resource: TempoTraceResource
    """The resource of the batch"""
    scopeSpans: list[TempoTraceScopeSpan] | None = Field(None, alias="scopeSpans", validation_alias=AliasChoices("scopeSpans", "scope_spans"))
    """The spans of the scope"""

    @property
    def scope_spans(self) -> "list[TempoTraceScopeSpan] | None":
        """``scopeSpans`` under the official SDK's name."""
        return self.scopeSpans


class TempoGetTraceResponse(BaseModel):
    """Trace response in OpenTelemetry format."""

    batches: list[TempoTraceBatch] | None = None
    """The batches of the trace"""


class UpdateInvocationBody(BaseModel):
    """Request body of POST /v1/workflows/executions/{execution_id}/updates."""

    name: str
    """The name of the update to request"""
    input: NetworkEncodedInput | dict[str, Any] | None = None
    """Input data for the update, matching its schema"""


class UpdateWorkflowResponse(BaseModel):
    """Response of POST /v1/workflows/executions/{execution_id}/updates."""

    update_name: str
    result: Any
    """The result of the Update workflow call"""


WorkflowExecutionTraceSummaryAttributesValues = str | int | float | bool | list[Any] | None


class WorkflowExecutionProgressTraceEvent(BaseModel):
    """WorkflowExecutionProgressTraceEvent"""

    type: EventType | str = "EVENT_PROGRESS"
    name: str
    """Name of the event"""
    id: str
    """The ID of the event"""
    timestamp_unix_nano: int
    """The timestamp of the event in nanoseconds since the Unix epoch"""
    attributes: dict[str, WorkflowExecutionTraceSummaryAttributesValues]
    """The attributes of the event"""
    internal: bool = False
    """Whether the event is internal"""
    status: EventProgressStatus | str = "RUNNING"
    """The progress message"""
    start_time_unix_ms: int
    """The start time of the event in milliseconds since the Unix epoch"""
    end_time_unix_ms: int | None = None
    """The end time of the event in milliseconds since the Unix epoch"""
    error: str | None = None
    """The error message, if any"""


class WorkflowExecutionTraceEvent(BaseModel):
    """WorkflowExecutionTraceEvent"""

    type: EventType | str = "EVENT"
    name: str
    """Name of the event"""
    id: str
    """The ID of the event"""
    timestamp_unix_nano: int
    """The timestamp of the event in nanoseconds since the Unix epoch"""
    attributes: dict[str, WorkflowExecutionTraceSummaryAttributesValues]
    """The attributes of the event"""
    internal: bool = False
    """Whether the event is internal"""


class WorkflowExecutionTraceEventsResponse(BaseModel):
    """Response of GET /v1/workflows/executions/{execution_id}/trace/events."""

    workflow_name: str
    """The name of the workflow"""
    workflow_id: str | None = None
    """The ID of the workflow"""
    deployment_name: str | None = None
    """The name of the deployment that ran this execution"""
    execution_id: str
    """The ID of the workflow execution"""
    parent_execution_id: str | None = None
    """The parent execution ID of the workflow execution"""
    root_execution_id: str
    """The root execution ID of the workflow execution"""
    run_id: str | None = None
    """The unique run identifier (database UUID)"""
    user_id: str | None = None
    """The ID of the user who triggered the execution"""
    status: WorkflowExecutionStatus | str | None
    """The status of the workflow execution"""
    start_time: datetime
    """The start time of the workflow execution"""
    end_time: datetime | None
    """The end time of the workflow execution, if available"""
    total_duration_ms: int | None = None
    """The total duration of the trace in milliseconds"""
    result: Any | None
    """The result of the workflow execution, if available"""
    events: list[WorkflowExecutionTraceEvent | WorkflowExecutionProgressTraceEvent] | None = None
    """The events of the workflow execution"""


class WorkflowExecutionTraceOTelResponse(BaseModel):
    """Response of GET /v1/workflows/executions/{execution_id}/trace/otel."""

    workflow_name: str
    """The name of the workflow"""
    workflow_id: str | None = None
    """The ID of the workflow"""
    deployment_name: str | None = None
    """The name of the deployment that ran this execution"""
    execution_id: str
    """The ID of the workflow execution"""
    parent_execution_id: str | None = None
    """The parent execution ID of the workflow execution"""
    root_execution_id: str
    """The root execution ID of the workflow execution"""
    run_id: str | None = None
    """The unique run identifier (database UUID)"""
    user_id: str | None = None
    """The ID of the user who triggered the execution"""
    status: WorkflowExecutionStatus | str | None
    """The status of the workflow execution"""
    start_time: datetime
    """The start time of the workflow execution"""
    end_time: datetime | None
    """The end time of the workflow execution, if available"""
    total_duration_ms: int | None = None
    """The total duration of the trace in milliseconds"""
    result: Any | None
    """The result of the workflow execution, if available"""
    data_source: str
    """The data source of the trace"""
    otel_trace_id: str | None = None
    """The ID of the trace"""
    otel_trace_data: TempoGetTraceResponse | None = None
    """The raw OpenTelemetry trace data"""


class WorkflowExecutionTraceSummarySpan(BaseModel):
    """WorkflowExecutionTraceSummarySpan"""

    span_id: str
    """The ID of the span"""
    name: str
    """The name of the span"""
    start_time_unix_nano: int
    """The start time of the span in nanoseconds since the Unix epoch"""
    end_time_unix_nano: int | None
    """The end time of the span in nanoseconds since the Unix epoch"""
    attributes: dict[str, WorkflowExecutionTraceSummaryAttributesValues]
    """The attributes of the span"""
    events: list[WorkflowExecutionTraceEvent]
    """The events of the span"""
    children: "list[WorkflowExecutionTraceSummarySpan] | None" = None
    """The child spans of the span"""


class WorkflowExecutionTraceSummaryResponse(BaseModel):
    """Response of GET /v1/workflows/executions/{execution_id}/trace/summary."""

    workflow_name: str
    """The name of the workflow"""
    workflow_id: str | None = None
    """The ID of the workflow"""
    deployment_name: str | None = None
    """The name of the deployment that ran this execution"""
    execution_id: str
    """The ID of the workflow execution"""
    parent_execution_id: str | None = None
    """The parent execution ID of the workflow execution"""
    root_execution_id: str
    """The root execution ID of the workflow execution"""
    run_id: str | None = None
    """The unique run identifier (database UUID)"""
    user_id: str | None = None
    """The ID of the user who triggered the execution"""
    status: WorkflowExecutionStatus | str | None
    """The status of the workflow execution"""
    start_time: datetime
    """The start time of the workflow execution"""
    end_time: datetime | None
    """The end time of the workflow execution, if available"""
    total_duration_ms: int | None = None
    """The total duration of the trace in milliseconds"""
    result: Any | None
    """The result of the workflow execution, if available"""
    span_tree: WorkflowExecutionTraceSummarySpan | None = None
    """The root span of the trace"""
