# Generated from spec/openapi.yaml by tools/generate.py. Do not edit.
"""Types used by several tags of the workflows operations."""

from datetime import datetime
from typing import Annotated, Any, Literal, Union

from pydantic import Field

from .._models import BaseModel, TaggedModel

__all__ = [
    "ActivityTaskCompletedAttributesResponse", "ActivityTaskCompletedResponse",
    "ActivityTaskFailedAttributes", "ActivityTaskFailedResponse", "ActivityTaskRetryingAttributes",
    "ActivityTaskRetryingResponse", "ActivityTaskStartedAttributesResponse",
    "ActivityTaskStartedResponse", "CustomTaskCanceledAttributes", "CustomTaskCanceledResponse",
    "CustomTaskCompletedAttributesResponse", "CustomTaskCompletedResponse",
    "CustomTaskFailedAttributes", "CustomTaskFailedResponse",
    "CustomTaskInProgressAttributesResponse", "CustomTaskInProgressResponse",
    "CustomTaskStartedAttributesResponse", "CustomTaskStartedResponse",
    "CustomTaskTimedOutAttributes", "CustomTaskTimedOutResponse", "EncodedPayloadOptions",
    "EncryptedPatchValue", "Failure", "GetStreamEventsV1WorkflowsEventsStreamGetEvent",
    "JSONPatch", "JSONPatchAdd", "JSONPatchAppend", "JSONPatchPayloadResponse",
    "JSONPatchPayloadValueResponse", "JSONPatchRemove", "JSONPatchReplace", "JSONPayloadResponse",
    "ListWorkflowEventResponse", "StreamError", "StreamEventSseErrorData", "StreamEventSsePayload",
    "StreamEventWorkflowContext", "WorkflowEventType", "WorkflowExecutionCanceledAttributes",
    "WorkflowExecutionCanceledResponse", "WorkflowExecutionCompletedAttributesResponse",
    "WorkflowExecutionCompletedResponse", "WorkflowExecutionContinuedAsNewAttributesResponse",
    "WorkflowExecutionContinuedAsNewResponse", "WorkflowExecutionFailedAttributes",
    "WorkflowExecutionFailedResponse", "WorkflowExecutionResponse",
    "WorkflowExecutionStartedAttributesResponse", "WorkflowExecutionStartedResponse",
    "WorkflowExecutionStatus", "WorkflowTaskFailedAttributes", "WorkflowTaskFailedResponse",
    "WorkflowTaskTimedOutAttributes", "WorkflowTaskTimedOutResponse",
]


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


class StreamError(BaseModel):
    """StreamError"""

    error: str
    reason: str


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
