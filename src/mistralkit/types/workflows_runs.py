# Generated from spec/openapi.yaml by tools/generate.py. Do not edit.
"""Types used only by the workflows.runs operations."""

from datetime import datetime

from .._models import BaseModel
from .shared_workflows import WorkflowExecutionStatus

__all__ = [
    "WorkflowExecutionListResponse", "WorkflowExecutionWithoutResultResponse",
]


class WorkflowExecutionWithoutResultResponse(BaseModel):
    """WorkflowExecutionWithoutResultResponse"""

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


class WorkflowExecutionListResponse(BaseModel):
    """Deprecated: use WorkflowRunListResponse instead. Will be removed in the next major version.
    """

    executions: list[WorkflowExecutionWithoutResultResponse]
    """A list of workflow executions"""
    next_page_token: str | None = None
    """Token to use for fetching the next page of results. Null if this is the last page."""
