# Generated from spec/openapi.yaml by tools/generate.py. Do not edit.
"""Types used by the operations of several API tags (or by none)."""

from datetime import datetime
from typing import Annotated, Any, Literal, Union

from pydantic import AliasChoices, Field

from .._models import BaseModel, Binary, TaggedModel

__all__ = [
    "APIKeyAuth", "ActivityTaskCompletedAttributesResponse", "ActivityTaskCompletedResponse",
    "ActivityTaskFailedAttributes", "ActivityTaskFailedResponse", "ActivityTaskRetryingAttributes",
    "ActivityTaskRetryingResponse", "ActivityTaskStartedAttributesResponse",
    "ActivityTaskStartedResponse", "Aggregation", "AggregationMeta", "AggregationRequest",
    "AggregationRow", "AliasList", "AssistantMessage", "AudioChunk", "BaseTaskStatus",
    "BuiltInConnectors", "ChatCompletionChoice", "ChatCompletionEventPreview",
    "ChatCompletionResponse", "ChatCompletionResponseBase", "CodeInterpreterTool",
    "CompletionArgs", "CompletionArgsStop", "CompletionChunk", "CompletionEvent",
    "CompletionResponseStreamChoice", "ContentChunk", "CreateJudgeRequest", "CustomConnector",
    "CustomTaskCanceledAttributes", "CustomTaskCanceledResponse",
    "CustomTaskCompletedAttributesResponse", "CustomTaskCompletedResponse",
    "CustomTaskFailedAttributes", "CustomTaskFailedResponse",
    "CustomTaskInProgressAttributesResponse", "CustomTaskInProgressResponse",
    "CustomTaskStartedAttributesResponse", "CustomTaskStartedResponse",
    "CustomTaskTimedOutAttributes", "CustomTaskTimedOutResponse", "DatasetRecord",
    "DatasetRecordPayload", "DatasetRecordSource", "DeltaMessage", "DocumentLibraryTool",
    "DocumentURLChunk", "EncodedPayloadOptions", "EncryptedPatchValue", "FTClassifierLossFunction",
    "Failure", "FeedResultGetSpan", "File", "FileChunk", "FilterCondition", "FilterGroup",
    "FilterPayload", "Function", "FunctionCall", "FunctionName", "FunctionTool", "GetSpan",
    "GetSpans", "GetStreamEventsV1WorkflowsEventsStreamGetEvent", "Granularity", "GuardrailConfig",
    "HTTPValidationError", "ImageDetail", "ImageGenerationTool", "ImageURL", "ImageURLChunk",
    "JSONPatch", "JSONPatchAdd", "JSONPatchAppend", "JSONPatchPayloadResponse",
    "JSONPatchPayloadValueResponse", "JSONPatchRemove", "JSONPatchReplace", "JSONPayloadResponse",
    "JsonSchema", "Judge", "JudgeClassificationOutput", "JudgeClassificationOutputOption",
    "JudgeOutput", "JudgeRegressionOutput", "ListSortDirection", "ListSortField",
    "ListWorkflowEventResponse", "MetadataDict", "MetricAggregation", "MetricDefinition",
    "MistralPromptMode", "ModerationLLMAction", "ModerationLLMV1CategoryThresholds",
    "ModerationLLMV1Config", "ModerationLLMV2CategoryThresholds", "ModerationLLMV2Config",
    "OAuth2TokenAuth", "ObservabilityError", "ObservabilityErrorCode", "ObservabilityErrorDetail",
    "OrderByClause", "OtelFieldDefinition", "PaginationInfo", "Prediction", "ReasoningEffort",
    "ReferenceChunk", "RegistrySharingScope", "RequestedServiceTier", "ResponseBase",
    "ResponseFormat", "ResponseFormats", "StaticOrganizationRoles", "StaticWorkspaceRoles",
    "StreamError", "StreamEventSseErrorData", "StreamEventSsePayload",
    "StreamEventWorkflowContext", "SystemMessage", "SystemMessageContentChunks", "TextChunk",
    "ThinkChunk", "TimeDimension", "Timestamp", "Tool", "ToolCall", "ToolChoice", "ToolChoiceEnum",
    "ToolConfiguration", "ToolMessage", "ToolReferenceChunk", "ToolTypes", "UsageInfo",
    "UserMessage", "UserRole", "ValidationError", "WebSearchPremiumTool", "WebSearchTool",
    "WorkflowEventType", "WorkflowExecutionCanceledAttributes",
    "WorkflowExecutionCanceledResponse", "WorkflowExecutionCompletedAttributesResponse",
    "WorkflowExecutionCompletedResponse", "WorkflowExecutionContinuedAsNewAttributesResponse",
    "WorkflowExecutionContinuedAsNewResponse", "WorkflowExecutionFailedAttributes",
    "WorkflowExecutionFailedResponse", "WorkflowExecutionResponse",
    "WorkflowExecutionStartedAttributesResponse", "WorkflowExecutionStartedResponse",
    "WorkflowExecutionStatus", "WorkflowTaskFailedAttributes", "WorkflowTaskFailedResponse",
    "WorkflowTaskTimedOutAttributes", "WorkflowTaskTimedOutResponse", "WorkspaceRole",
]


class APIKeyAuth(TaggedModel):
    """APIKeyAuth"""

    type: Literal["api-key"] = "api-key"
    value: str


EncodedPayloadOptions = Literal["offloaded", "encrypted", "encrypted-partial", "compressed"]


class JSONPayloadResponse(TaggedModel):
    """A payload containing arbitrary JSON data."""

    type: Literal["json"] = "json"
    """Discriminator indicating this is a raw JSON payload."""
    value: Any
    """The JSON-serializable payload value. When encrypted, contains base64-encoded data."""
    encoding_options: list[EncodedPayloadOptions | str] | None = None
    """Encoding options applied to the payload."""


class ActivityTaskCompletedAttributesResponse(BaseModel):
    """Attributes for activity task completed events."""

    task_id: str
    """Unique identifier for the activity task within the workflow."""
    activity_name: str
    """The registered name of the activity being executed."""
    result: JSONPayloadResponse
    """The result returned by the activity."""


class ActivityTaskCompletedResponse(TaggedModel):
    """Emitted when an activity task completes successfully."""

    event_id: str
    """Unique identifier for this event instance."""
    event_timestamp: int
    """Unix timestamp in nanoseconds when the event was created."""
    root_workflow_exec_id: str
    """Execution ID of the root workflow that initiated this execution chain."""
    parent_workflow_exec_id: str | None
    """Execution ID of the parent workflow that initiated this execution. If this is a root workflow,
    this field is not set.
    """
    continued_run_id: str | None
    """Run ID of the execution this run continued from. Non-null for continue-as-new runs."""
    first_execution_run_id: str | None
    """Run ID of the first execution in this workflow chain. Equals workflow_run_id on fresh starts and
    resets (chain anchor resets on reset); differs on CAN and Retry runs where it stays anchored to
    the original first run.
    """
    schedule_id: str | None
    """Temporal schedule ID that triggered this execution, if any."""
    workflow_exec_id: str
    """Execution ID of the workflow that emitted this event."""
    workflow_run_id: str
    """Run ID of the workflow execution. Changes on continue-as-new while workflow_exec_id stays the
    same.
    """
    workflow_name: str
    """The registered name of the workflow that emitted this event."""
    event_type: Literal["ACTIVITY_TASK_COMPLETED"] = "ACTIVITY_TASK_COMPLETED"
    """Event type discriminator."""
    attributes: ActivityTaskCompletedAttributesResponse
    """Event-specific attributes."""


class Failure(BaseModel):
    """Represents an error or exception that occurred during execution."""

    message: str
    """A human-readable description of the failure."""


class ActivityTaskFailedAttributes(BaseModel):
    """Attributes for activity task failed events (final failure after all retries)."""

    task_id: str
    """Unique identifier for the activity task within the workflow."""
    activity_name: str
    """The registered name of the activity being executed."""
    attempt: int
    """The final attempt number that failed (1-indexed)."""
    failure: Failure
    """Details about the failure that caused the activity to fail."""


class ActivityTaskFailedResponse(TaggedModel):
    """Emitted when an activity task fails after exhausting all retry attempts."""

    event_id: str
    """Unique identifier for this event instance."""
    event_timestamp: int
    """Unix timestamp in nanoseconds when the event was created."""
    root_workflow_exec_id: str
    """Execution ID of the root workflow that initiated this execution chain."""
    parent_workflow_exec_id: str | None
    """Execution ID of the parent workflow that initiated this execution. If this is a root workflow,
    this field is not set.
    """
    continued_run_id: str | None
    """Run ID of the execution this run continued from. Non-null for continue-as-new runs."""
    first_execution_run_id: str | None
    """Run ID of the first execution in this workflow chain. Equals workflow_run_id on fresh starts and
    resets (chain anchor resets on reset); differs on CAN and Retry runs where it stays anchored to
    the original first run.
    """
    schedule_id: str | None
    """Temporal schedule ID that triggered this execution, if any."""
    workflow_exec_id: str
    """Execution ID of the workflow that emitted this event."""
    workflow_run_id: str
    """Run ID of the workflow execution. Changes on continue-as-new while workflow_exec_id stays the
    same.
    """
    workflow_name: str
    """The registered name of the workflow that emitted this event."""
    event_type: Literal["ACTIVITY_TASK_FAILED"] = "ACTIVITY_TASK_FAILED"
    """Event type discriminator."""
    attributes: ActivityTaskFailedAttributes
    """Event-specific attributes."""


class ActivityTaskRetryingAttributes(BaseModel):
    """Attributes for activity task retrying events."""

    task_id: str
    """Unique identifier for the activity task within the workflow."""
    activity_name: str
    """The registered name of the activity being executed."""
    attempt: int
    """The attempt number that failed (1-indexed)."""
    failure: Failure
    """Details about the failure that caused the retry."""


class ActivityTaskRetryingResponse(TaggedModel):
    """Emitted when an activity task fails and will be retried."""

    event_id: str
    """Unique identifier for this event instance."""
    event_timestamp: int
    """Unix timestamp in nanoseconds when the event was created."""
    root_workflow_exec_id: str
    """Execution ID of the root workflow that initiated this execution chain."""
    parent_workflow_exec_id: str | None
    """Execution ID of the parent workflow that initiated this execution. If this is a root workflow,
    this field is not set.
    """
    continued_run_id: str | None
    """Run ID of the execution this run continued from. Non-null for continue-as-new runs."""
    first_execution_run_id: str | None
    """Run ID of the first execution in this workflow chain. Equals workflow_run_id on fresh starts and
    resets (chain anchor resets on reset); differs on CAN and Retry runs where it stays anchored to
    the original first run.
    """
    schedule_id: str | None
    """Temporal schedule ID that triggered this execution, if any."""
    workflow_exec_id: str
    """Execution ID of the workflow that emitted this event."""
    workflow_run_id: str
    """Run ID of the workflow execution. Changes on continue-as-new while workflow_exec_id stays the
    same.
    """
    workflow_name: str
    """The registered name of the workflow that emitted this event."""
    event_type: Literal["ACTIVITY_TASK_RETRYING"] = "ACTIVITY_TASK_RETRYING"
    """Event type discriminator."""
    attributes: ActivityTaskRetryingAttributes
    """Event-specific attributes."""


class ActivityTaskStartedAttributesResponse(BaseModel):
    """Attributes for activity task started events."""

    task_id: str
    """Unique identifier for the activity task within the workflow."""
    activity_name: str
    """The registered name of the activity being executed."""
    input: JSONPayloadResponse
    """The input arguments passed to the activity."""


class ActivityTaskStartedResponse(TaggedModel):
    """Emitted when an activity task begins execution."""

    event_id: str
    """Unique identifier for this event instance."""
    event_timestamp: int
    """Unix timestamp in nanoseconds when the event was created."""
    root_workflow_exec_id: str
    """Execution ID of the root workflow that initiated this execution chain."""
    parent_workflow_exec_id: str | None
    """Execution ID of the parent workflow that initiated this execution. If this is a root workflow,
    this field is not set.
    """
    continued_run_id: str | None
    """Run ID of the execution this run continued from. Non-null for continue-as-new runs."""
    first_execution_run_id: str | None
    """Run ID of the first execution in this workflow chain. Equals workflow_run_id on fresh starts and
    resets (chain anchor resets on reset); differs on CAN and Retry runs where it stays anchored to
    the original first run.
    """
    schedule_id: str | None
    """Temporal schedule ID that triggered this execution, if any."""
    workflow_exec_id: str
    """Execution ID of the workflow that emitted this event."""
    workflow_run_id: str
    """Run ID of the workflow execution. Changes on continue-as-new while workflow_exec_id stays the
    same.
    """
    workflow_name: str
    """The registered name of the workflow that emitted this event."""
    event_type: Literal["ACTIVITY_TASK_STARTED"] = "ACTIVITY_TASK_STARTED"
    """Event type discriminator."""
    attributes: ActivityTaskStartedAttributesResponse
    """Event-specific attributes."""


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


class AliasList(BaseModel):
    """Presence wrapper for a set of alias labels on update RPCs. As a message field it carries
    presence, so callers can distinguish "leave aliases unchanged" (field omitted) from "clear all
    aliases" (field set, empty ``values``).
    """

    values: list[str] | None = None


class AudioChunk(TaggedModel):
    """AudioChunk"""

    type: Literal["input_audio"] = "input_audio"
    input_audio: str | Binary


class DocumentURLChunk(TaggedModel):
    """DocumentURLChunk"""

    type: Literal["document_url"] = "document_url"
    document_url: str
    document_name: str | None = None
    """The filename of the document"""


class FileChunk(TaggedModel):
    """FileChunk"""

    type: Literal["file"] = "file"
    file_id: str


ImageDetail = Literal["low", "auto", "high"]


class ImageURL(BaseModel):
    """ImageURL"""

    url: str
    detail: ImageDetail | str | None = None


class ImageURLChunk(TaggedModel):
    """{"type":"image_url","image_url":"data:image/png;base64,iVBORw0"}"""

    type: Literal["image_url"] = "image_url"
    image_url: ImageURL | str


class ReferenceChunk(TaggedModel):
    """ReferenceChunk"""

    type: Literal["reference"] = "reference"
    reference_ids: list[int | str]


class TextChunk(TaggedModel):
    """TextChunk"""

    type: Literal["text"] = "text"
    text: str


BuiltInConnectors = Literal[
    "web_search", "web_search_premium", "code_interpreter", "image_generation", "document_library",
]


class ToolReferenceChunk(TaggedModel):
    """ToolReferenceChunk"""

    type: Literal["tool_reference"] = "tool_reference"
    tool: BuiltInConnectors | str
    title: str
    url: str | None = None
    favicon: str | None = None
    description: str | None = None


class ThinkChunk(TaggedModel):
    """ThinkChunk"""

    type: Literal["thinking"] = "thinking"
    thinking: list[TextChunk | ToolReferenceChunk | ReferenceChunk]
    signature: str | None = None
    """Signature to replay some reasoning blocks across turns."""
    closed: bool = True
    """Whether the thinking chunk is closed or not. Currently only used for prefixing."""


ContentChunk = Annotated[
    Union[
        TextChunk,
        ImageURLChunk,
        DocumentURLChunk,
        ReferenceChunk,
        FileChunk,
        ThinkChunk,
        AudioChunk,
    ],
    Field(discriminator="type"),
]


class FunctionCall(BaseModel):
    """FunctionCall"""

    name: str
    arguments: dict[str, Any] | str


ToolTypes = Literal["function"]


class ToolCall(BaseModel):
    """ToolCall"""

    id: str = "null"
    type: ToolTypes | str = "function"
    function: FunctionCall
    index: int = 0


class AssistantMessage(TaggedModel):
    """AssistantMessage"""

    role: Literal["assistant"] = "assistant"
    content: str | list[ContentChunk] | None = None
    tool_calls: list[ToolCall] | None = None
    prefix: bool = False
    """Set this to `true` when adding an assistant message as prefix to condition the model response.
    The role of the prefix message is to force the model to start its answer by the content of the
    message.
    """


BaseTaskStatus = Literal[
    "RUNNING", "COMPLETED", "FAILED", "CANCELED", "TERMINATED", "CONTINUED_AS_NEW", "TIMED_OUT",
    "UNKNOWN",
]


class DeltaMessage(BaseModel):
    """DeltaMessage"""

    role: str | None = None
    content: str | list[ContentChunk] | None = None
    tool_calls: list[ToolCall] | None = None
    tool_call_id: str | None = None
    index: int | None = None
    """If the completion returns multiple messages, this is to specify which message this delta is for.
    """
    metadata: dict[str, Any] | None = None


class ChatCompletionChoice(BaseModel):
    """ChatCompletionChoice"""

    index: int
    message: AssistantMessage | None = None
    messages: list[DeltaMessage] | None = None
    finish_reason: Literal["stop", "length", "model_length", "error", "tool_calls"] | str


class ChatCompletionEventPreview(BaseModel):
    """ChatCompletionEventPreview"""

    event_id: str
    correlation_id: str
    created_at: datetime
    extra_fields: dict[str, bool | int | float | str | datetime | list[str] | dict[str, str] | None]
    nb_input_tokens: int
    nb_output_tokens: int


class UsageInfo(BaseModel):
    """UsageInfo"""

    prompt_tokens: int
    completion_tokens: int
    total_tokens: int
    prompt_audio_seconds: int | None = None
    service_tier: str | None = None
    """The service tier at which the request was processed: standard or priority."""


class ChatCompletionResponse(BaseModel):
    """Response of POST /v1/chat/completions, POST /v1/agents/completions."""

    id: str
    object: str
    model: str
    usage: UsageInfo
    created: int
    choices: list[ChatCompletionChoice]


class ChatCompletionResponseBase(BaseModel):
    """ChatCompletionResponseBase"""

    id: str | None = None
    object: str | None = None
    model: str | None = None
    usage: UsageInfo | None = None
    created: int | None = None


class ToolConfiguration(BaseModel):
    """ToolConfiguration"""

    exclude: list[str] | None = None
    include: list[str] | None = None
    requires_confirmation: list[str] | None = None


class CodeInterpreterTool(TaggedModel):
    """CodeInterpreterTool"""

    tool_configuration: ToolConfiguration | None = None
    type: Literal["code_interpreter"] = "code_interpreter"


CompletionArgsStop = str | list[str] | None


class Prediction(TaggedModel):
    """Enable users to specify an expected completion, optimizing response times by leveraging known or
    predictable content.
    """

    type: Literal["content"] = "content"
    content: str = ""


ReasoningEffort = Literal["none", "minimal", "low", "medium", "high", "xhigh"]


class JsonSchema(BaseModel):
    """JsonSchema"""

    name: str
    description: str | None = None
    schema_: dict[str, Any] = Field(alias="schema", validation_alias=AliasChoices("schema", "schema_", "schema_definition"))
    strict: bool = False

    @property
    def schema_definition(self) -> "dict[str, Any]":
        """``schema_`` under the official SDK's name."""
        return self.schema_


ResponseFormats = Literal["text", "json_object", "json_schema"]


class ResponseFormat(BaseModel):
    """Specify the format that the model must output. By default it will use `{ "type": "text" }`.
    Setting to `{ "type": "json_object" }` enables JSON mode, which guarantees the message the model
    generates is in JSON. When using JSON mode you MUST also instruct the model to produce JSON
    yourself with a ...
    """

    type: ResponseFormats | str = "text"
    json_schema: JsonSchema | None = None


ToolChoiceEnum = Literal["auto", "none", "any", "required"]


class CompletionArgs(BaseModel):
    """White-listed arguments from the completion API"""

    stop: CompletionArgsStop | None = None
    presence_penalty: float | None = None
    frequency_penalty: float | None = None
    temperature: float | None = None
    top_p: float | None = None
    max_tokens: int | None = None
    random_seed: int | None = None
    prediction: Prediction | None = None
    response_format: ResponseFormat | None = None
    tool_choice: ToolChoiceEnum | str = "auto"
    reasoning_effort: ReasoningEffort | str | None = None


class CompletionResponseStreamChoice(BaseModel):
    """CompletionResponseStreamChoice"""

    index: int
    delta: DeltaMessage
    finish_reason: Literal["stop", "length", "error", "tool_calls"] | str | None


class CompletionChunk(BaseModel):
    """CompletionChunk"""

    id: str
    object: str | None = None
    created: int | None = None
    model: str
    usage: UsageInfo | None = None
    choices: list[CompletionResponseStreamChoice]


class CompletionEvent(BaseModel):
    """Streamed event of POST /v1/chat/completions, POST /v1/fim/completions."""

    data: CompletionChunk


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


class OAuth2TokenAuth(TaggedModel):
    """OAuth2TokenAuth"""

    type: Literal["oauth2-token"] = "oauth2-token"
    value: str


class CustomConnector(TaggedModel):
    """CustomConnector"""

    type: Literal["connector"] = "connector"
    connector_id: str
    authorization: Annotated[Union[OAuth2TokenAuth, APIKeyAuth], Field(discriminator="type")] | None = None
    tool_configuration: ToolConfiguration | None = None


class CustomTaskCanceledAttributes(BaseModel):
    """Attributes for custom task canceled events."""

    custom_task_id: str
    """Unique identifier for the custom task within the workflow."""
    custom_task_type: str
    """The type/category of the custom task (e.g., 'llm_call', 'api_request')."""
    reason: str | None = None
    """Optional reason provided for the cancellation."""


class CustomTaskCanceledResponse(TaggedModel):
    """Emitted when a custom task is canceled."""

    event_id: str
    """Unique identifier for this event instance."""
    event_timestamp: int
    """Unix timestamp in nanoseconds when the event was created."""
    root_workflow_exec_id: str
    """Execution ID of the root workflow that initiated this execution chain."""
    parent_workflow_exec_id: str | None
    """Execution ID of the parent workflow that initiated this execution. If this is a root workflow,
    this field is not set.
    """
    continued_run_id: str | None
    """Run ID of the execution this run continued from. Non-null for continue-as-new runs."""
    first_execution_run_id: str | None
    """Run ID of the first execution in this workflow chain. Equals workflow_run_id on fresh starts and
    resets (chain anchor resets on reset); differs on CAN and Retry runs where it stays anchored to
    the original first run.
    """
    schedule_id: str | None
    """Temporal schedule ID that triggered this execution, if any."""
    workflow_exec_id: str
    """Execution ID of the workflow that emitted this event."""
    workflow_run_id: str
    """Run ID of the workflow execution. Changes on continue-as-new while workflow_exec_id stays the
    same.
    """
    workflow_name: str
    """The registered name of the workflow that emitted this event."""
    event_type: Literal["CUSTOM_TASK_CANCELED"] = "CUSTOM_TASK_CANCELED"
    """Event type discriminator."""
    attributes: CustomTaskCanceledAttributes
    """Event-specific attributes."""


class CustomTaskCompletedAttributesResponse(BaseModel):
    """Attributes for custom task completed events."""

    custom_task_id: str
    """Unique identifier for the custom task within the workflow."""
    custom_task_type: str
    """The type/category of the custom task (e.g., 'llm_call', 'api_request')."""
    payload: JSONPayloadResponse
    """The final result of the custom task."""


class CustomTaskCompletedResponse(TaggedModel):
    """Emitted when a custom task completes successfully."""

    event_id: str
    """Unique identifier for this event instance."""
    event_timestamp: int
    """Unix timestamp in nanoseconds when the event was created."""
    root_workflow_exec_id: str
    """Execution ID of the root workflow that initiated this execution chain."""
    parent_workflow_exec_id: str | None
    """Execution ID of the parent workflow that initiated this execution. If this is a root workflow,
    this field is not set.
    """
    continued_run_id: str | None
    """Run ID of the execution this run continued from. Non-null for continue-as-new runs."""
    first_execution_run_id: str | None
    """Run ID of the first execution in this workflow chain. Equals workflow_run_id on fresh starts and
    resets (chain anchor resets on reset); differs on CAN and Retry runs where it stays anchored to
    the original first run.
    """
    schedule_id: str | None
    """Temporal schedule ID that triggered this execution, if any."""
    workflow_exec_id: str
    """Execution ID of the workflow that emitted this event."""
    workflow_run_id: str
    """Run ID of the workflow execution. Changes on continue-as-new while workflow_exec_id stays the
    same.
    """
    workflow_name: str
    """The registered name of the workflow that emitted this event."""
    event_type: Literal["CUSTOM_TASK_COMPLETED"] = "CUSTOM_TASK_COMPLETED"
    """Event type discriminator."""
    attributes: CustomTaskCompletedAttributesResponse
    """Event-specific attributes."""


class CustomTaskFailedAttributes(BaseModel):
    """Attributes for custom task failed events."""

    custom_task_id: str
    """Unique identifier for the custom task within the workflow."""
    custom_task_type: str
    """The type/category of the custom task (e.g., 'llm_call', 'api_request')."""
    failure: Failure
    """Details about the failure that caused the task to fail."""


class CustomTaskFailedResponse(TaggedModel):
    """Emitted when a custom task fails."""

    event_id: str
    """Unique identifier for this event instance."""
    event_timestamp: int
    """Unix timestamp in nanoseconds when the event was created."""
    root_workflow_exec_id: str
    """Execution ID of the root workflow that initiated this execution chain."""
    parent_workflow_exec_id: str | None
    """Execution ID of the parent workflow that initiated this execution. If this is a root workflow,
    this field is not set.
    """
    continued_run_id: str | None
    """Run ID of the execution this run continued from. Non-null for continue-as-new runs."""
    first_execution_run_id: str | None
    """Run ID of the first execution in this workflow chain. Equals workflow_run_id on fresh starts and
    resets (chain anchor resets on reset); differs on CAN and Retry runs where it stays anchored to
    the original first run.
    """
    schedule_id: str | None
    """Temporal schedule ID that triggered this execution, if any."""
    workflow_exec_id: str
    """Execution ID of the workflow that emitted this event."""
    workflow_run_id: str
    """Run ID of the workflow execution. Changes on continue-as-new while workflow_exec_id stays the
    same.
    """
    workflow_name: str
    """The registered name of the workflow that emitted this event."""
    event_type: Literal["CUSTOM_TASK_FAILED"] = "CUSTOM_TASK_FAILED"
    """Event type discriminator."""
    attributes: CustomTaskFailedAttributes
    """Event-specific attributes."""


class JSONPatchAdd(TaggedModel):
    """JSONPatchAdd"""

    path: str
    """A JSON Pointer (RFC 6901) identifying the target location within the document. Can be a string
    path (e.g., '/foo/bar'), '/', '', or an empty list [] for root-level operations.
    """
    value: Any
    """The value to use for the operation"""
    op: Literal["add"] = "add"
    """Add operation"""


class EncryptedPatchValue(TaggedModel):
    """Wrapper for encrypted patch values in selective json_patch encryption."""

    type: Literal["__encrypted__"] = "__encrypted__"
    value: str


class JSONPatchAppend(TaggedModel):
    """JSONPatchAppend"""

    path: str
    """A JSON Pointer (RFC 6901) identifying the target location within the document. Can be a string
    path (e.g., '/foo/bar'), '/', '', or an empty list [] for root-level operations.
    """
    value: str | EncryptedPatchValue
    """The value to use for the operation. A string to append to the existing value, or an
    EncryptedPatchValue wrapper when encryption is applied.
    """
    op: Literal["append"] = "append"
    """'append' is an extension for efficient string concatenation in streaming scenarios."""


class JSONPatchRemove(TaggedModel):
    """JSONPatchRemove"""

    path: str
    """A JSON Pointer (RFC 6901) identifying the target location within the document. Can be a string
    path (e.g., '/foo/bar'), '/', '', or an empty list [] for root-level operations.
    """
    value: Any
    """The value to use for the operation"""
    op: Literal["remove"] = "remove"
    """Remove operation"""


class JSONPatchReplace(TaggedModel):
    """JSONPatchReplace"""

    path: str
    """A JSON Pointer (RFC 6901) identifying the target location within the document. Can be a string
    path (e.g., '/foo/bar'), '/', '', or an empty list [] for root-level operations.
    """
    value: Any
    """The value to use for the operation"""
    op: Literal["replace"] = "replace"
    """Replace operation"""


JSONPatch = Annotated[
    Union[JSONPatchAppend, JSONPatchAdd, JSONPatchReplace, JSONPatchRemove],
    Field(discriminator="op"),
]


JSONPatchPayloadValueResponse = list[JSONPatch] | str


class JSONPatchPayloadResponse(TaggedModel):
    """A payload containing a list of JSON Patch operations."""

    type: Literal["json_patch"] = "json_patch"
    """Discriminator indicating this is a JSON Patch payload."""
    value: JSONPatchPayloadValueResponse
    """The list of JSON Patch operations. When encrypted, contains base64-encoded data."""
    encoding_options: list[EncodedPayloadOptions | str] | None = None
    """Encoding options applied to the payload."""


class CustomTaskInProgressAttributesResponse(BaseModel):
    """Attributes for custom task in-progress events with streaming updates."""

    custom_task_id: str
    """Unique identifier for the custom task within the workflow."""
    custom_task_type: str
    """The type/category of the custom task (e.g., 'llm_call', 'api_request')."""
    payload: Annotated[
        Union[JSONPayloadResponse, JSONPatchPayloadResponse],
        Field(discriminator="type"),
    ]
    """The current state or incremental update for the task."""


class CustomTaskInProgressResponse(TaggedModel):
    """Emitted during custom task execution to report progress."""

    event_id: str
    """Unique identifier for this event instance."""
    event_timestamp: int
    """Unix timestamp in nanoseconds when the event was created."""
    root_workflow_exec_id: str
    """Execution ID of the root workflow that initiated this execution chain."""
    parent_workflow_exec_id: str | None
    """Execution ID of the parent workflow that initiated this execution. If this is a root workflow,
    this field is not set.
    """
    continued_run_id: str | None
    """Run ID of the execution this run continued from. Non-null for continue-as-new runs."""
    first_execution_run_id: str | None
    """Run ID of the first execution in this workflow chain. Equals workflow_run_id on fresh starts and
    resets (chain anchor resets on reset); differs on CAN and Retry runs where it stays anchored to
    the original first run.
    """
    schedule_id: str | None
    """Temporal schedule ID that triggered this execution, if any."""
    workflow_exec_id: str
    """Execution ID of the workflow that emitted this event."""
    workflow_run_id: str
    """Run ID of the workflow execution. Changes on continue-as-new while workflow_exec_id stays the
    same.
    """
    workflow_name: str
    """The registered name of the workflow that emitted this event."""
    event_type: Literal["CUSTOM_TASK_IN_PROGRESS"] = "CUSTOM_TASK_IN_PROGRESS"
    """Event type discriminator."""
    attributes: CustomTaskInProgressAttributesResponse
    """Event-specific attributes."""


class CustomTaskStartedAttributesResponse(BaseModel):
    """Attributes for custom task started events."""

    custom_task_id: str
    """Unique identifier for the custom task within the workflow."""
    custom_task_type: str
    """The type/category of the custom task (e.g., 'llm_call', 'api_request')."""
    payload: JSONPayloadResponse | None = None
    """The initial state or payload for the custom task."""


class CustomTaskStartedResponse(TaggedModel):
    """Emitted when a custom task begins execution."""

    event_id: str
    """Unique identifier for this event instance."""
    event_timestamp: int
    """Unix timestamp in nanoseconds when the event was created."""
    root_workflow_exec_id: str
    """Execution ID of the root workflow that initiated this execution chain."""
    parent_workflow_exec_id: str | None
    """Execution ID of the parent workflow that initiated this execution. If this is a root workflow,
    this field is not set.
    """
    continued_run_id: str | None
    """Run ID of the execution this run continued from. Non-null for continue-as-new runs."""
    first_execution_run_id: str | None
    """Run ID of the first execution in this workflow chain. Equals workflow_run_id on fresh starts and
    resets (chain anchor resets on reset); differs on CAN and Retry runs where it stays anchored to
    the original first run.
    """
    schedule_id: str | None
    """Temporal schedule ID that triggered this execution, if any."""
    workflow_exec_id: str
    """Execution ID of the workflow that emitted this event."""
    workflow_run_id: str
    """Run ID of the workflow execution. Changes on continue-as-new while workflow_exec_id stays the
    same.
    """
    workflow_name: str
    """The registered name of the workflow that emitted this event."""
    event_type: Literal["CUSTOM_TASK_STARTED"] = "CUSTOM_TASK_STARTED"
    """Event type discriminator."""
    attributes: CustomTaskStartedAttributesResponse
    """Event-specific attributes."""


class CustomTaskTimedOutAttributes(BaseModel):
    """Attributes for custom task timed out events."""

    custom_task_id: str
    """Unique identifier for the custom task within the workflow."""
    custom_task_type: str
    """The type/category of the custom task (e.g., 'llm_call', 'api_request')."""
    timeout_type: str | None = None
    """The type of timeout that occurred."""


class CustomTaskTimedOutResponse(TaggedModel):
    """Emitted when a custom task exceeds its timeout."""

    event_id: str
    """Unique identifier for this event instance."""
    event_timestamp: int
    """Unix timestamp in nanoseconds when the event was created."""
    root_workflow_exec_id: str
    """Execution ID of the root workflow that initiated this execution chain."""
    parent_workflow_exec_id: str | None
    """Execution ID of the parent workflow that initiated this execution. If this is a root workflow,
    this field is not set.
    """
    continued_run_id: str | None
    """Run ID of the execution this run continued from. Non-null for continue-as-new runs."""
    first_execution_run_id: str | None
    """Run ID of the first execution in this workflow chain. Equals workflow_run_id on fresh starts and
    resets (chain anchor resets on reset); differs on CAN and Retry runs where it stays anchored to
    the original first run.
    """
    schedule_id: str | None
    """Temporal schedule ID that triggered this execution, if any."""
    workflow_exec_id: str
    """Execution ID of the workflow that emitted this event."""
    workflow_run_id: str
    """Run ID of the workflow execution. Changes on continue-as-new while workflow_exec_id stays the
    same.
    """
    workflow_name: str
    """The registered name of the workflow that emitted this event."""
    event_type: Literal["CUSTOM_TASK_TIMED_OUT"] = "CUSTOM_TASK_TIMED_OUT"
    """Event type discriminator."""
    attributes: CustomTaskTimedOutAttributes
    """Event-specific attributes."""


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


class DocumentLibraryTool(TaggedModel):
    """DocumentLibraryTool"""

    tool_configuration: ToolConfiguration | None = None
    type: Literal["document_library"] = "document_library"
    library_ids: list[str]
    """Ids of the library in which to search."""


FTClassifierLossFunction = Literal["single_class", "multi_class"]


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


#: The File object (not file name) to be uploaded. To upload a file and specify a custom file name
#: you should format your request as such: ```bash
#: file=@path/to/your/file.jsonl;filename=custom_name.jsonl ``` Otherwise, you can just keep the
#: original file name: ```bash file=@path/to/your/file.jsonl ```
File = Binary


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


class Function(BaseModel):
    """Function"""

    name: str
    description: str = ""
    strict: bool = False
    parameters: dict[str, Any]


class FunctionName(BaseModel):
    """this restriction of `Function` is used to select a specific function to call"""

    name: str


class FunctionTool(TaggedModel):
    """FunctionTool"""

    type: Literal["function"] = "function"
    function: Function


class GetSpans(BaseModel):
    """Response of POST /v1/observability/spans/search, GET /v1/observability/traces/{trace_id}/spans.
    """

    spans: FeedResultGetSpan


class StreamEventSseErrorData(BaseModel):
    """StreamEventSseErrorData"""

    error: str
    reason: str


class StreamEventWorkflowContext(BaseModel):
    """StreamEventWorkflowContext"""

    namespace: str
    workflow_name: str
    workflow_exec_id: str
    parent_workflow_exec_id: str | None = None
    root_workflow_exec_id: str | None = None


class WorkflowExecutionCanceledAttributes(BaseModel):
    """Attributes for workflow execution canceled events."""

    task_id: str
    """Unique identifier for the task within the workflow execution."""
    reason: str | None = None
    """Optional reason provided for the cancellation."""
    attempt: int = 1
    """Workflow retry attempt number. 1 on first run and CAN; >1 on workflow-level retries."""


class WorkflowExecutionCanceledResponse(TaggedModel):
    """Emitted when a workflow execution is canceled."""

    event_id: str
    """Unique identifier for this event instance."""
    event_timestamp: int
    """Unix timestamp in nanoseconds when the event was created."""
    root_workflow_exec_id: str
    """Execution ID of the root workflow that initiated this execution chain."""
    parent_workflow_exec_id: str | None
    """Execution ID of the parent workflow that initiated this execution. If this is a root workflow,
    this field is not set.
    """
    continued_run_id: str | None
    """Run ID of the execution this run continued from. Non-null for continue-as-new runs."""
    first_execution_run_id: str | None
    """Run ID of the first execution in this workflow chain. Equals workflow_run_id on fresh starts and
    resets (chain anchor resets on reset); differs on CAN and Retry runs where it stays anchored to
    the original first run.
    """
    schedule_id: str | None
    """Temporal schedule ID that triggered this execution, if any."""
    workflow_exec_id: str
    """Execution ID of the workflow that emitted this event."""
    workflow_run_id: str
    """Run ID of the workflow execution. Changes on continue-as-new while workflow_exec_id stays the
    same.
    """
    workflow_name: str
    """The registered name of the workflow that emitted this event."""
    event_type: Literal["WORKFLOW_EXECUTION_CANCELED"] = "WORKFLOW_EXECUTION_CANCELED"
    """Event type discriminator."""
    attributes: WorkflowExecutionCanceledAttributes
    """Event-specific attributes."""


class WorkflowExecutionCompletedAttributesResponse(BaseModel):
    """Attributes for workflow execution completed events."""

    task_id: str
    """Unique identifier for the task within the workflow execution."""
    result: JSONPayloadResponse
    """The final result returned by the workflow."""
    attempt: int = 1
    """Workflow retry attempt number. 1 on first run and CAN; >1 on workflow-level retries."""


class WorkflowExecutionCompletedResponse(TaggedModel):
    """Emitted when a workflow execution completes successfully."""

    event_id: str
    """Unique identifier for this event instance."""
    event_timestamp: int
    """Unix timestamp in nanoseconds when the event was created."""
    root_workflow_exec_id: str
    """Execution ID of the root workflow that initiated this execution chain."""
    parent_workflow_exec_id: str | None
    """Execution ID of the parent workflow that initiated this execution. If this is a root workflow,
    this field is not set.
    """
    continued_run_id: str | None
    """Run ID of the execution this run continued from. Non-null for continue-as-new runs."""
    first_execution_run_id: str | None
    """Run ID of the first execution in this workflow chain. Equals workflow_run_id on fresh starts and
    resets (chain anchor resets on reset); differs on CAN and Retry runs where it stays anchored to
    the original first run.
    """
    schedule_id: str | None
    """Temporal schedule ID that triggered this execution, if any."""
    workflow_exec_id: str
    """Execution ID of the workflow that emitted this event."""
    workflow_run_id: str
    """Run ID of the workflow execution. Changes on continue-as-new while workflow_exec_id stays the
    same.
    """
    workflow_name: str
    """The registered name of the workflow that emitted this event."""
    event_type: Literal["WORKFLOW_EXECUTION_COMPLETED"] = "WORKFLOW_EXECUTION_COMPLETED"
    """Event type discriminator."""
    attributes: WorkflowExecutionCompletedAttributesResponse
    """Event-specific attributes."""


class WorkflowExecutionContinuedAsNewAttributesResponse(BaseModel):
    """Attributes for workflow execution continued-as-new events."""

    task_id: str
    """Unique identifier for the task within the workflow execution."""
    new_execution_run_id: str
    """The run ID of the new workflow execution that continues this workflow."""
    workflow_name: str
    """The registered name of the continued workflow."""
    input: JSONPayloadResponse
    """The input arguments passed to the new workflow execution."""


class WorkflowExecutionContinuedAsNewResponse(TaggedModel):
    """Emitted when a workflow continues as a new execution."""

    event_id: str
    """Unique identifier for this event instance."""
    event_timestamp: int
    """Unix timestamp in nanoseconds when the event was created."""
    root_workflow_exec_id: str
    """Execution ID of the root workflow that initiated this execution chain."""
    parent_workflow_exec_id: str | None
    """Execution ID of the parent workflow that initiated this execution. If this is a root workflow,
    this field is not set.
    """
    continued_run_id: str | None
    """Run ID of the execution this run continued from. Non-null for continue-as-new runs."""
    first_execution_run_id: str | None
    """Run ID of the first execution in this workflow chain. Equals workflow_run_id on fresh starts and
    resets (chain anchor resets on reset); differs on CAN and Retry runs where it stays anchored to
    the original first run.
    """
    schedule_id: str | None
    """Temporal schedule ID that triggered this execution, if any."""
    workflow_exec_id: str
    """Execution ID of the workflow that emitted this event."""
    workflow_run_id: str
    """Run ID of the workflow execution. Changes on continue-as-new while workflow_exec_id stays the
    same.
    """
    workflow_name: str
    """The registered name of the workflow that emitted this event."""
    event_type: Literal["WORKFLOW_EXECUTION_CONTINUED_AS_NEW"] = "WORKFLOW_EXECUTION_CONTINUED_AS_NEW"
    """Event type discriminator."""
    attributes: WorkflowExecutionContinuedAsNewAttributesResponse
    """Event-specific attributes."""


class WorkflowExecutionFailedAttributes(BaseModel):
    """Attributes for workflow execution failed events."""

    task_id: str
    """Unique identifier for the task within the workflow execution."""
    failure: Failure
    """Details about the failure that caused the workflow to fail."""
    attempt: int = 1
    """Workflow retry attempt number. 1 on first run and CAN; >1 on workflow-level retries."""


class WorkflowExecutionFailedResponse(TaggedModel):
    """Emitted when a workflow execution fails due to an unhandled exception."""

    event_id: str
    """Unique identifier for this event instance."""
    event_timestamp: int
    """Unix timestamp in nanoseconds when the event was created."""
    root_workflow_exec_id: str
    """Execution ID of the root workflow that initiated this execution chain."""
    parent_workflow_exec_id: str | None
    """Execution ID of the parent workflow that initiated this execution. If this is a root workflow,
    this field is not set.
    """
    continued_run_id: str | None
    """Run ID of the execution this run continued from. Non-null for continue-as-new runs."""
    first_execution_run_id: str | None
    """Run ID of the first execution in this workflow chain. Equals workflow_run_id on fresh starts and
    resets (chain anchor resets on reset); differs on CAN and Retry runs where it stays anchored to
    the original first run.
    """
    schedule_id: str | None
    """Temporal schedule ID that triggered this execution, if any."""
    workflow_exec_id: str
    """Execution ID of the workflow that emitted this event."""
    workflow_run_id: str
    """Run ID of the workflow execution. Changes on continue-as-new while workflow_exec_id stays the
    same.
    """
    workflow_name: str
    """The registered name of the workflow that emitted this event."""
    event_type: Literal["WORKFLOW_EXECUTION_FAILED"] = "WORKFLOW_EXECUTION_FAILED"
    """Event type discriminator."""
    attributes: WorkflowExecutionFailedAttributes
    """Event-specific attributes."""


class WorkflowExecutionStartedAttributesResponse(BaseModel):
    """Attributes for workflow execution started events."""

    task_id: str
    """Unique identifier for the task within the workflow execution."""
    workflow_name: str
    """The registered name of the workflow being executed."""
    display_name: str | None = None
    """The user-friendly display name of the workflow, if available."""
    input: JSONPayloadResponse
    """The input arguments passed to the workflow."""
    attempt: int = 1
    """Workflow retry attempt number. 1 on first run and CAN; >1 on workflow-level retries."""


class WorkflowExecutionStartedResponse(TaggedModel):
    """Emitted when a workflow execution begins."""

    event_id: str
    """Unique identifier for this event instance."""
    event_timestamp: int
    """Unix timestamp in nanoseconds when the event was created."""
    root_workflow_exec_id: str
    """Execution ID of the root workflow that initiated this execution chain."""
    parent_workflow_exec_id: str | None
    """Execution ID of the parent workflow that initiated this execution. If this is a root workflow,
    this field is not set.
    """
    continued_run_id: str | None
    """Run ID of the execution this run continued from. Non-null for continue-as-new runs."""
    first_execution_run_id: str | None
    """Run ID of the first execution in this workflow chain. Equals workflow_run_id on fresh starts and
    resets (chain anchor resets on reset); differs on CAN and Retry runs where it stays anchored to
    the original first run.
    """
    schedule_id: str | None
    """Temporal schedule ID that triggered this execution, if any."""
    workflow_exec_id: str
    """Execution ID of the workflow that emitted this event."""
    workflow_run_id: str
    """Run ID of the workflow execution. Changes on continue-as-new while workflow_exec_id stays the
    same.
    """
    workflow_name: str
    """The registered name of the workflow that emitted this event."""
    event_type: Literal["WORKFLOW_EXECUTION_STARTED"] = "WORKFLOW_EXECUTION_STARTED"
    """Event type discriminator."""
    attributes: WorkflowExecutionStartedAttributesResponse
    """Event-specific attributes."""


class WorkflowTaskFailedAttributes(BaseModel):
    """Attributes for workflow task failed events."""

    task_id: str
    """Unique identifier for the task within the workflow execution."""
    failure: Failure
    """Details about the failure that caused the task to fail."""


class WorkflowTaskFailedResponse(TaggedModel):
    """Emitted when a workflow task fails."""

    event_id: str
    """Unique identifier for this event instance."""
    event_timestamp: int
    """Unix timestamp in nanoseconds when the event was created."""
    root_workflow_exec_id: str
    """Execution ID of the root workflow that initiated this execution chain."""
    parent_workflow_exec_id: str | None
    """Execution ID of the parent workflow that initiated this execution. If this is a root workflow,
    this field is not set.
    """
    continued_run_id: str | None
    """Run ID of the execution this run continued from. Non-null for continue-as-new runs."""
    first_execution_run_id: str | None
    """Run ID of the first execution in this workflow chain. Equals workflow_run_id on fresh starts and
    resets (chain anchor resets on reset); differs on CAN and Retry runs where it stays anchored to
    the original first run.
    """
    schedule_id: str | None
    """Temporal schedule ID that triggered this execution, if any."""
    workflow_exec_id: str
    """Execution ID of the workflow that emitted this event."""
    workflow_run_id: str
    """Run ID of the workflow execution. Changes on continue-as-new while workflow_exec_id stays the
    same.
    """
    workflow_name: str
    """The registered name of the workflow that emitted this event."""
    event_type: Literal["WORKFLOW_TASK_FAILED"] = "WORKFLOW_TASK_FAILED"
    """Event type discriminator."""
    attributes: WorkflowTaskFailedAttributes
    """Event-specific attributes."""


class WorkflowTaskTimedOutAttributes(BaseModel):
    """Attributes for workflow task timed out events."""

    task_id: str
    """Unique identifier for the task within the workflow execution."""
    timeout_type: str | None = None
    """The type of timeout that occurred (e.g., 'START_TO_CLOSE', 'SCHEDULE_TO_START')."""


class WorkflowTaskTimedOutResponse(TaggedModel):
    """Emitted when a workflow task times out."""

    event_id: str
    """Unique identifier for this event instance."""
    event_timestamp: int
    """Unix timestamp in nanoseconds when the event was created."""
    root_workflow_exec_id: str
    """Execution ID of the root workflow that initiated this execution chain."""
    parent_workflow_exec_id: str | None
    """Execution ID of the parent workflow that initiated this execution. If this is a root workflow,
    this field is not set.
    """
    continued_run_id: str | None
    """Run ID of the execution this run continued from. Non-null for continue-as-new runs."""
    first_execution_run_id: str | None
    """Run ID of the first execution in this workflow chain. Equals workflow_run_id on fresh starts and
    resets (chain anchor resets on reset); differs on CAN and Retry runs where it stays anchored to
    the original first run.
    """
    schedule_id: str | None
    """Temporal schedule ID that triggered this execution, if any."""
    workflow_exec_id: str
    """Execution ID of the workflow that emitted this event."""
    workflow_run_id: str
    """Run ID of the workflow execution. Changes on continue-as-new while workflow_exec_id stays the
    same.
    """
    workflow_name: str
    """The registered name of the workflow that emitted this event."""
    event_type: Literal["WORKFLOW_TASK_TIMED_OUT"] = "WORKFLOW_TASK_TIMED_OUT"
    """Event type discriminator."""
    attributes: WorkflowTaskTimedOutAttributes
    """Event-specific attributes."""


class StreamEventSsePayload(BaseModel):
    """StreamEventSsePayload"""

    stream: str
    timestamp: datetime | None = None
    data: (
        WorkflowExecutionStartedResponse
        | WorkflowExecutionCompletedResponse
        | WorkflowExecutionFailedResponse
        | WorkflowExecutionCanceledResponse
        | WorkflowExecutionContinuedAsNewResponse
        | WorkflowTaskTimedOutResponse
        | WorkflowTaskFailedResponse
        | CustomTaskStartedResponse
        | CustomTaskInProgressResponse
        | CustomTaskCompletedResponse
        | CustomTaskFailedResponse
        | CustomTaskTimedOutResponse
        | CustomTaskCanceledResponse
        | ActivityTaskStartedResponse
        | ActivityTaskCompletedResponse
        | ActivityTaskRetryingResponse
        | ActivityTaskFailedResponse
    )
    workflow_context: StreamEventWorkflowContext
    metadata: dict[str, Any] | None = None
    broker_sequence: int


class GetStreamEventsV1WorkflowsEventsStreamGetEvent(BaseModel):
    """Response of GET /v1/workflows/events/stream."""

    event: str | None = None
    data: StreamEventSsePayload | StreamEventSseErrorData | None = None
    id: str | None = None
    retry: int | None = None


ModerationLLMAction = Literal["none", "block"]


class ModerationLLMV1CategoryThresholds(BaseModel):
    """ModerationLLMV1CategoryThresholds"""

    sexual: float | None = None
    hate_and_discrimination: float | None = None
    violence_and_threats: float | None = None
    dangerous_and_criminal_content: float | None = None
    selfharm: float | None = None
    health: float | None = None
    financial: float | None = None
    law: float | None = None
    pii: float | None = None


class ModerationLLMV1Config(BaseModel):
    """ModerationLLMV1Config"""

    model_name: str = "mistral-moderation-2411"
    """Override model name. Should be omitted in general."""
    custom_category_thresholds: ModerationLLMV1CategoryThresholds | None = None
    ignore_other_categories: bool = False
    """If true, only evaluate categories in custom_category_thresholds; others are ignored."""
    action: ModerationLLMAction | str = "none"
    """Action to take if any score is above the threshold for any category."""


class ModerationLLMV2CategoryThresholds(BaseModel):
    """ModerationLLMV2CategoryThresholds"""

    sexual: float | None = None
    hate_and_discrimination: float | None = None
    violence_and_threats: float | None = None
    dangerous: float | None = None
    criminal: float | None = None
    selfharm: float | None = None
    health: float | None = None
    financial: float | None = None
    law: float | None = None
    pii: float | None = None
    jailbreaking: float | None = None


class ModerationLLMV2Config(BaseModel):
    """ModerationLLMV2Config"""

    model_name: str = "mistral-moderation-2603"
    """Override model name. Should be omitted in general."""
    custom_category_thresholds: ModerationLLMV2CategoryThresholds | None = None
    ignore_other_categories: bool = False
    """If true, only evaluate categories in custom_category_thresholds; others are ignored."""
    action: ModerationLLMAction | str = "none"
    """Action to take if any score is above the threshold for any category."""


class GuardrailConfig(BaseModel):
    """GuardrailConfig"""

    block_on_error: bool = False
    """If true, return HTTP 403 and block request in the event of a server-side error"""
    moderation_llm_v1: ModerationLLMV1Config | None = None
    moderation_llm_v2: ModerationLLMV2Config | None = None


class ValidationError(BaseModel):
    """ValidationError"""

    loc: list[str | int]
    msg: str
    type: str
    input: Any | None = None
    ctx: dict[str, Any] | None = None


class HTTPValidationError(BaseModel):
    """HTTPValidationError"""

    detail: list[ValidationError] | None = None


class ImageGenerationTool(TaggedModel):
    """ImageGenerationTool"""

    tool_configuration: ToolConfiguration | None = None
    type: Literal["image_generation"] = "image_generation"


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


ListSortDirection = Literal[
    "list_sort_direction_unspecified", "list_sort_direction_asc", "list_sort_direction_desc",
]


ListSortField = Literal[
    "list_sort_field_unspecified", "list_sort_field_created_at",
    "list_sort_field_last_modified_at", "list_sort_field_name", "list_sort_field_title",
]


class ListWorkflowEventResponse(BaseModel):
    """Response of GET /v1/workflows/events/list."""

    events: list[
        (
            WorkflowExecutionStartedResponse
            | WorkflowExecutionCompletedResponse
            | WorkflowExecutionFailedResponse
            | WorkflowExecutionCanceledResponse
            | WorkflowExecutionContinuedAsNewResponse
            | WorkflowTaskTimedOutResponse
            | WorkflowTaskFailedResponse
            | CustomTaskStartedResponse
            | CustomTaskInProgressResponse
            | CustomTaskCompletedResponse
            | CustomTaskFailedResponse
            | CustomTaskTimedOutResponse
            | CustomTaskCanceledResponse
            | ActivityTaskStartedResponse
            | ActivityTaskCompletedResponse
            | ActivityTaskRetryingResponse
            | ActivityTaskFailedResponse
        ),
    ]
    """List of workflow events."""
    next_cursor: str | None = None
    """Cursor for pagination."""


#: Custom type for metadata with embedded validation.
MetadataDict = dict[str, Any]


#: Available options to the prompt_mode argument on the chat completion endpoint. Values represent
#: high-level intent. Assignment to actual SPs is handled internally. System prompt may include
#: knowledge cutoff date, model capabilities, tone to use, safety guidelines, etc.
MistralPromptMode = Literal["reasoning"]


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


class PaginationInfo(BaseModel):
    """PaginationInfo"""

    total_items: int
    total_pages: int
    current_page: int
    page_size: int
    has_more: bool


RegistrySharingScope = Literal["sharing_scope_unspecified", "private", "workspace"]


RequestedServiceTier = Literal["auto", "standard_only"]


class ResponseBase(BaseModel):
    """ResponseBase"""

    id: str | None = None
    object: str | None = None
    model: str | None = None
    usage: UsageInfo | None = None


StaticOrganizationRoles = Literal[
    "0d48f530-095c-43fe-8aea-6673bcacabe6", "c955f4e1-9477-43f0-8349-6fbc629fccc9",
    "7bde5959-d676-47d2-b779-35b64323d278",
]


StaticWorkspaceRoles = Literal[
    "d7ea77c5-9260-41d0-ab26-52b5add3ee56", "48436751-ee56-44bd-8a2d-712233977821",
    "375cd0db-3bbe-4b79-80f3-954ccf04f3d1", "578584f1-4319-4c88-9948-38a5184483b6",
    "d79b3027-4eb2-4521-8722-825acfee7d8b", "252a0825-40b9-4b98-be80-7658956f13e9",
    "17aa61c5-1c61-477e-a40a-e52c8ccd74b9", "b23cd6e0-91cd-4a8a-9869-b30366bf3966",
    "731eb2be-a74f-4070-b797-35bf7009e553", "ff86d432-7f27-47f8-b02f-b5c102ef6a55",
    "0f9acbf6-93b5-42c7-a227-fc7652755f65",
]


class StreamError(BaseModel):
    """StreamError"""

    error: str
    reason: str


SystemMessageContentChunks = Annotated[Union[TextChunk, ThinkChunk], Field(discriminator="type")]


class SystemMessage(TaggedModel):
    """SystemMessage"""

    role: Literal["system"] = "system"
    content: str | list[SystemMessageContentChunks]


#: RFC 3339 timestamp.
Timestamp = datetime


class Tool(TaggedModel):
    """Tool"""

    type: Literal["function"] = "function"
    function: Function


class ToolChoice(BaseModel):
    """ToolChoice is either a ToolChoiceEnum or a ToolChoice"""

    type: ToolTypes | str = "function"
    function: FunctionName


class ToolMessage(TaggedModel):
    """ToolMessage"""

    role: Literal["tool"] = "tool"
    content: str | list[ContentChunk] | None
    tool_call_id: str | None = None
    name: str | None = None


class UserMessage(TaggedModel):
    """UserMessage"""

    role: Literal["user"] = "user"
    content: str | list[ContentChunk] | None


UserRole = Literal["A", "M", "B"]


class WebSearchPremiumTool(TaggedModel):
    """WebSearchPremiumTool"""

    tool_configuration: ToolConfiguration | None = None
    type: Literal["web_search_premium"] = "web_search_premium"


class WebSearchTool(TaggedModel):
    """WebSearchTool"""

    tool_configuration: ToolConfiguration | None = None
    type: Literal["web_search"] = "web_search"


WorkflowEventType = Literal[
    "WORKFLOW_EXECUTION_STARTED", "WORKFLOW_EXECUTION_COMPLETED", "WORKFLOW_EXECUTION_FAILED",
    "WORKFLOW_EXECUTION_CANCELED", "WORKFLOW_EXECUTION_CONTINUED_AS_NEW",
    "WORKFLOW_TASK_TIMED_OUT", "WORKFLOW_TASK_FAILED", "CUSTOM_TASK_STARTED",
    "CUSTOM_TASK_IN_PROGRESS", "CUSTOM_TASK_COMPLETED", "CUSTOM_TASK_FAILED",
    "CUSTOM_TASK_TIMED_OUT", "CUSTOM_TASK_CANCELED", "ACTIVITY_TASK_STARTED",
    "ACTIVITY_TASK_COMPLETED", "ACTIVITY_TASK_RETRYING", "ACTIVITY_TASK_FAILED",
]


WorkflowExecutionStatus = Literal[
    "RUNNING", "COMPLETED", "FAILED", "CANCELED", "TERMINATED", "CONTINUED_AS_NEW", "TIMED_OUT",
    "RETRYING_AFTER_ERROR",
]


class WorkflowExecutionResponse(BaseModel):
    """Response of GET /v1/workflows/executions/{execution_id}, GET /v1/workflows/runs/{run_id}."""

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


WorkspaceRole = Literal["A", "M"]
