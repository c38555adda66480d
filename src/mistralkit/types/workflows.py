# Generated from spec/openapi.yaml by tools/generate.py. Do not edit.
"""Types used only by the workflows operations."""

from typing import Any, Literal

from .._models import BaseModel
from .shared_workflows import WorkflowExecutionResponse

__all__ = [
    "ExecuteWorkflowRegistrationV1WorkflowsRegistrationsWorkflowRegistrationIdExecutePostResponse",
    "ExecuteWorkflowV1WorkflowsWorkflowIdentifierExecutePostResponse", "QueryDefinition",
    "SignalDefinition", "UpdateDefinition", "Workflow", "WorkflowArchiveResponse",
    "WorkflowBasicDefinition", "WorkflowBulkArchiveRequest", "WorkflowBulkArchiveResponse",
    "WorkflowBulkError", "WorkflowBulkUnarchiveRequest", "WorkflowBulkUnarchiveResponse",
    "WorkflowCodeDefinition", "WorkflowExecutionRequest", "WorkflowExecutionSyncResponse",
    "WorkflowGetResponse", "WorkflowListResponse", "WorkflowMetadata", "WorkflowRegistration",
    "WorkflowRegistrationGetResponse", "WorkflowRegistrationListResponse",
    "WorkflowRegistrationWithWorkerStatus", "WorkflowType", "WorkflowUnarchiveResponse",
    "WorkflowUpdateRequest", "WorkflowUpdateResponse", "WorkflowWithWorkerStatus",
]


class WorkflowExecutionSyncResponse(BaseModel):
    """Response model for synchronous workflow execution"""

    workflow_name: str
    """Name of the workflow that was executed"""
    execution_id: str
    """ID of the workflow execution"""
    result: Any
    """The result of the workflow execution"""


#: Response of POST /v1/workflows/registrations/{workflow_registration_id}/execute.
ExecuteWorkflowRegistrationV1WorkflowsRegistrationsWorkflowRegistrationIdExecutePostResponse = (
    WorkflowExecutionResponse
    | WorkflowExecutionSyncResponse
)


#: Response of POST /v1/workflows/{workflow_identifier}/execute.
ExecuteWorkflowV1WorkflowsWorkflowIdentifierExecutePostResponse = (
    WorkflowExecutionResponse
    | WorkflowExecutionSyncResponse
)


class QueryDefinition(BaseModel):
    """QueryDefinition"""

    name: str
    """Name of the query"""
    description: str | None = None
    """Description of the query"""
    input_schema: dict[str, Any]
    """Input JSON schema of the query's model"""
    output_schema: dict[str, Any] | None = None
    """Output JSON schema of the query's model"""


class SignalDefinition(BaseModel):
    """SignalDefinition"""

    name: str
    """Name of the signal"""
    description: str | None = None
    """Description of the signal"""
    input_schema: dict[str, Any]
    """Input JSON schema of the signal's model"""


class UpdateDefinition(BaseModel):
    """UpdateDefinition"""

    name: str
    """Name of the update"""
    description: str | None = None
    """Description of the update"""
    input_schema: dict[str, Any]
    """Input JSON schema of the update's model"""
    output_schema: dict[str, Any] | None = None
    """Output JSON schema of the update's model"""


WorkflowType = Literal["code"]


class Workflow(BaseModel):
    """Workflow"""

    id: str
    """Unique identifier of the workflow"""
    name: str
    """Name of the workflow"""
    display_name: str
    """Display name of the workflow"""
    type: WorkflowType | str
    """Type of the workflow"""
    description: str | None = None
    """Description of the workflow"""
    customer_id: str
    """Customer ID of the workflow"""
    workspace_id: str
    """Workspace ID of the workflow"""
    shared_namespace: str | None = None
    """Reserved namespace for shared workflows (e.g., 'shared:my-shared-workflow')"""
    available_in_chat_assistant: bool = False
    """Whether the workflow is available in chat assistant"""
    is_technical: bool = False
    """Whether the workflow is technical (e.g. SDK-managed)"""
    archived: bool = False
    """Whether the workflow is archived"""
    tags: list[str] | None = None
    """Tags for filtering and discovery"""


class WorkflowArchiveResponse(BaseModel):
    """Response of PUT /v1/workflows/{workflow_identifier}/archive."""

    workflow: Workflow
    """The workflow spec"""


class WorkflowMetadata(BaseModel):
    """WorkflowMetadata"""

    shared_namespace: str | None = None
    """Namespace for shared workflows, None if user-owned"""


class WorkflowBasicDefinition(BaseModel):
    """WorkflowBasicDefinition"""

    id: str
    name: str
    """The name of the workflow"""
    display_name: str
    """The display name of the workflow"""
    description: str | None = None
    """A description of the workflow"""
    metadata: WorkflowMetadata | None = None
    """Workflow metadata"""
    archived: bool
    """Whether the workflow is archived"""
    tags: list[str] | None = None
    """Workflow tags"""


class WorkflowBulkArchiveRequest(BaseModel):
    """Request body of PUT /v1/workflows/archive."""

    workflow_ids: list[str]
    """List of workflow IDs to archive"""


class WorkflowBulkError(BaseModel):
    """WorkflowBulkError"""

    workflow_id: str
    """The requested workflow ID"""
    workflow: Workflow | None = None
    """The workflow, if found"""
    message: str
    """Error message describing why the operation failed"""


class WorkflowBulkArchiveResponse(BaseModel):
    """Response of PUT /v1/workflows/archive."""

    archived: list[Workflow]
    """Workflows that were successfully archived or were already archived"""
    errored: list[WorkflowBulkError] | None = None
    """Workflows that could not be archived and the corresponding error messages"""


class WorkflowBulkUnarchiveRequest(BaseModel):
    """Request body of PUT /v1/workflows/unarchive."""

    workflow_ids: list[str]
    """List of workflow IDs to unarchive"""


class WorkflowBulkUnarchiveResponse(BaseModel):
    """Response of PUT /v1/workflows/unarchive."""

    unarchived: list[Workflow]
    """Workflows that were successfully unarchived or were already unarchived"""
    errored: list[WorkflowBulkError] | None = None
    """Workflows that could not be unarchived and the corresponding error messages"""


class WorkflowCodeDefinition(BaseModel):
    """WorkflowCodeDefinition"""

    input_schema: dict[str, Any]
    """Input schema of the workflow's run method"""
    output_schema: dict[str, Any] | None = None
    """Output schema of the workflow's run method"""
    signals: list[SignalDefinition] | None = None
    """Signal handlers defined by the workflow"""
    queries: list[QueryDefinition] | None = None
    """Query handlers defined by the workflow"""
    updates: list[UpdateDefinition] | None = None
    """Update handlers defined by the workflow"""
    enforce_determinism: bool = False
    """Whether the workflow enforces deterministic execution"""
    on_behalf_of: bool = False
    """Whether the workflow must run associated to a user's identity"""
    execution_timeout: float | None = None
    """Maximum total execution time including retries and continue-as-new"""
    plugin_metadata: dict[str, Any] | None = None
    """Plugin-specific metadata (e.g. connector declarations)"""


class WorkflowExecutionRequest(BaseModel):
    """Request body of POST /v1/workflows/{workflow_identifier}/execute, POST
    /v1/workflows/registrations/{workflow_registration_id}/execute.
    """

    execution_id: str | None = None
    """Allows you to specify a custom execution ID. If not provided, a random ID will be generated.
    """
    input: dict[str, Any] | None = None
    """The input to the workflow. This should be a dictionary or a BaseModel that matches the
    workflow's input schema.
    """
    wait_for_result: bool = False
    """If true, wait for the workflow to complete and return the result directly."""
    timeout_seconds: float | None = None
    """Maximum time to wait for completion when wait_for_result is true."""
    custom_tracing_attributes: dict[str, str] | None = None
    force_new_trace: bool = False
    """If true, ignore the caller's trace context and start a new, independent trace for this execution
    instead of joining the caller's trace.
    """
    extensions: dict[str, Any] | None = None
    """Plugin-specific data to propagate into WorkflowContext.extensions at execution time."""
    task_queue: str | None = None
    """Deprecated. Use deployment_name instead."""
    deployment_name: str | None = None
    """Name of the deployment to route this execution to"""


class WorkflowWithWorkerStatus(BaseModel):
    """WorkflowWithWorkerStatus"""

    id: str
    """Unique identifier of the workflow"""
    name: str
    """Name of the workflow"""
    display_name: str
    """Display name of the workflow"""
    type: WorkflowType | str
    """Type of the workflow"""
    description: str | None = None
    """Description of the workflow"""
    customer_id: str
    """Customer ID of the workflow"""
    workspace_id: str
    """Workspace ID of the workflow"""
    shared_namespace: str | None = None
    """Reserved namespace for shared workflows (e.g., 'shared:my-shared-workflow')"""
    available_in_chat_assistant: bool = False
    """Whether the workflow is available in chat assistant"""
    is_technical: bool = False
    """Whether the workflow is technical (e.g. SDK-managed)"""
    archived: bool = False
    """Whether the workflow is archived"""
    tags: list[str] | None = None
    """Tags for filtering and discovery"""
    active: bool
    """Whether the workflow is active"""


class WorkflowGetResponse(BaseModel):
    """Response of GET /v1/workflows/{workflow_identifier}."""

    workflow: WorkflowWithWorkerStatus
    """The workflow spec"""


class WorkflowListResponse(BaseModel):
    """Response of GET /v1/workflows."""

    workflows: list[WorkflowBasicDefinition]
    """A list of workflows"""
    next_cursor: str | None


class WorkflowRegistration(BaseModel):
    """WorkflowRegistration"""

    id: str
    """Unique identifier of the workflow registration"""
    deployment_id: str | None = None
    """Deprecated. Use deployment_name instead. Will be removed in a future release."""
    task_queue: str | None = None
    """Deprecated. Use deployment_name instead. Will be removed in a future release."""
    definition: WorkflowCodeDefinition
    workflow_id: str
    """Workflow ID of the workflow"""
    workflow: Workflow | None = None
    """Workflow of the workflow registration"""
    deployment_name: str | None = None
    """Name of the deployment this registration belongs to"""
    compatible_with_chat_assistant: bool = False
    """Whether the workflow is compatible with chat assistant"""


class WorkflowRegistrationWithWorkerStatus(BaseModel):
    """WorkflowRegistrationWithWorkerStatus"""

    id: str
    """Unique identifier of the workflow registration"""
    deployment_id: str | None = None
    """Deprecated. Use deployment_name instead. Will be removed in a future release."""
    task_queue: str | None = None
    """Deprecated. Use deployment_name instead. Will be removed in a future release."""
    definition: WorkflowCodeDefinition
    workflow_id: str
    """Workflow ID of the workflow"""
    workflow: Workflow | None = None
    """Workflow of the workflow registration"""
    deployment_name: str | None = None
    """Name of the deployment this registration belongs to"""
    compatible_with_chat_assistant: bool = False
    """Whether the workflow is compatible with chat assistant"""
    active: bool
    """Whether the workflow registration is active"""


class WorkflowRegistrationGetResponse(BaseModel):
    """Response of GET /v1/workflows/registrations/{workflow_registration_id}."""

    workflow_registration: WorkflowRegistrationWithWorkerStatus
    """The workflow registration"""
    workflow_version: WorkflowRegistrationWithWorkerStatus
    """Deprecated: use workflow_registration"""


class WorkflowRegistrationListResponse(BaseModel):
    """Response of GET /v1/workflows/registrations."""

    workflow_registrations: list[WorkflowRegistration]
    """A list of workflow registrations"""
    next_cursor: str | None
    workflow_versions: list[WorkflowRegistration]
    """Deprecated: use workflow_registrations"""


class WorkflowUnarchiveResponse(BaseModel):
    """Response of PUT /v1/workflows/{workflow_identifier}/unarchive."""

    workflow: Workflow
    """The workflow spec"""


class WorkflowUpdateRequest(BaseModel):
    """Request body of PUT /v1/workflows/{workflow_identifier}."""

    display_name: str | None = None
    """New display name value"""
    description: str | None = None
    """New description value"""
    available_in_chat_assistant: bool | None = None
    """Whether to make the workflow available in the chat assistant"""
    tags: list[str] | None = None
    """New tags. Replaces the existing tag list."""


class WorkflowUpdateResponse(BaseModel):
    """Response of PUT /v1/workflows/{workflow_identifier}."""

    workflow: Workflow
    """Updated workflow"""
