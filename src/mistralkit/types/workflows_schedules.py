# Generated from spec/openapi.yaml by tools/generate.py. Do not edit.
"""Types used only by the workflows.schedules operations."""

from datetime import datetime
from typing import Any, Literal

from .._models import BaseModel

__all__ = [
    "PartialScheduleDefinition", "PauseScheduleV1WorkflowsSchedulesScheduleIdPausePostBody",
    "ResumeScheduleV1WorkflowsSchedulesScheduleIdResumePostBody", "ScheduleCalendar",
    "ScheduleDefinition", "ScheduleDefinitionOutput", "ScheduleFutureExecution",
    "ScheduleInterval", "ScheduleOverlapPolicy", "SchedulePolicy", "ScheduleRange",
    "ScheduleRecentExecution", "TriggerScheduleV1WorkflowsSchedulesScheduleIdTriggerPostBody",
    "WorkflowScheduleListResponse", "WorkflowSchedulePauseRequest", "WorkflowScheduleRequest",
    "WorkflowScheduleResponse", "WorkflowScheduleTriggerRequest", "WorkflowScheduleUpdateRequest",
]


class ScheduleRange(BaseModel):
    """ScheduleRange"""

    start: int
    end: int = 0
    step: int = 0


class ScheduleCalendar(BaseModel):
    """ScheduleCalendar"""

    second: list[ScheduleRange] | None = None
    minute: list[ScheduleRange] | None = None
    hour: list[ScheduleRange] | None = None
    day_of_month: list[ScheduleRange] | None = None
    month: list[ScheduleRange] | None = None
    year: list[ScheduleRange] = []
    day_of_week: list[ScheduleRange] | None = None
    comment: str | None = None


class ScheduleInterval(BaseModel):
    """ScheduleInterval"""

    every: str
    offset: str | None = None


#: Controls what happens when a workflow would be started by a schedule but one is already running.
ScheduleOverlapPolicy = Literal[1, 2, 3, 4, 5, 6]


class SchedulePolicy(BaseModel):
    """SchedulePolicy"""

    catchup_window_seconds: int = 31536000
    """After a Temporal server is unavailable, amount of time in seconds in the past to execute missed
    actions.
    """
    overlap: ScheduleOverlapPolicy = 1
    """Policy controlling what to do when a workflow is already running."""
    pause_on_failure: bool = False
    """Whether to pause the schedule after a workflow failure."""


class PartialScheduleDefinition(BaseModel):
    """Schedule definition for partial updates."""

    input: Any | None = None
    """Input to provide to the workflow when starting it."""
    calendars: list[ScheduleCalendar] | None = None
    """Calendar-based specification of times."""
    intervals: list[ScheduleInterval] | None = None
    """Interval-based specification of times."""
    cron_expressions: list[str] | None = None
    """Cron-based specification of times."""
    skip: list[ScheduleCalendar] | None = None
    """Set of calendar times to skip."""
    start_at: datetime | None = None
    """Time after which the first action may be run."""
    end_at: datetime | None = None
    """Time after which no more actions will be run."""
    jitter: str | None = None
    """Jitter to apply each action."""
    time_zone_name: str | None = None
    """IANA time zone name, for example ``US/Central``."""
    policy: SchedulePolicy | None = None
    """Policy for the schedule."""
    max_executions: int | None = None
    """Maximum number of times this schedule will trigger a workflow execution. Once this limit is
    reached, no further executions are triggered automatically. null means unlimited.
    """


class WorkflowSchedulePauseRequest(BaseModel):
    """WorkflowSchedulePauseRequest"""

    note: str | None = None
    """Optional note recorded in Temporal when pausing or resuming a schedule"""


#: Request body of POST /v1/workflows/schedules/{schedule_id}/pause.
PauseScheduleV1WorkflowsSchedulesScheduleIdPausePostBody = WorkflowSchedulePauseRequest | None


#: Request body of POST /v1/workflows/schedules/{schedule_id}/resume.
ResumeScheduleV1WorkflowsSchedulesScheduleIdResumePostBody = WorkflowSchedulePauseRequest | None


class ScheduleDefinition(BaseModel):
    """Specification of the times scheduled actions may occur."""

    input: Any
    """Input to provide to the workflow when starting it."""
    calendars: list[ScheduleCalendar] | None = None
    """Calendar-based specification of times."""
    intervals: list[ScheduleInterval] | None = None
    """Interval-based specification of times."""
    cron_expressions: list[str] | None = None
    """Cron-based specification of times."""
    skip: list[ScheduleCalendar] | None = None
    """Set of calendar times to skip."""
    start_at: datetime | None = None
    """Time after which the first action may be run."""
    end_at: datetime | None = None
    """Time after which no more actions will be run."""
    jitter: str | None = None
    """Jitter to apply each action."""
    time_zone_name: str | None = None
    """IANA time zone name, for example ``US/Central``."""
    policy: SchedulePolicy | None = None
    """Policy for the schedule."""
    max_executions: int | None = None
    """Maximum number of times this schedule will trigger a workflow execution. Once this limit is
    reached, no further executions are triggered automatically. null means unlimited.
    """
    schedule_id: str | None = None
    """Unique identifier for the schedule."""


class ScheduleFutureExecution(BaseModel):
    """ScheduleFutureExecution"""

    scheduled_at: datetime
    """Time the execution is scheduled to run."""


class ScheduleRecentExecution(BaseModel):
    """ScheduleRecentExecution"""

    scheduled_at: datetime
    """Time the execution was scheduled to run."""
    started_at: datetime
    """Actual time the execution started."""
    execution_id: str
    """ID of the workflow execution that was started."""


class ScheduleDefinitionOutput(BaseModel):
    """Output representation of a schedule with required schedule_id."""

    input: Any
    """Input to provide to the workflow when starting it."""
    calendars: list[ScheduleCalendar] | None = None
    """Calendar-based specification of times."""
    intervals: list[ScheduleInterval] | None = None
    """Interval-based specification of times."""
    cron_expressions: list[str] | None = None
    """Cron-based specification of times."""
    skip: list[ScheduleCalendar] | None = None
    """Set of calendar times to skip."""
    start_at: datetime | None = None
    """Time after which the first action may be run."""
    end_at: datetime | None = None
    """Time after which no more actions will be run."""
    jitter: str | None = None
    """Jitter to apply each action."""
    time_zone_name: str | None = None
    """IANA time zone name, for example ``US/Central``."""
    policy: SchedulePolicy | None = None
    """Policy for the schedule."""
    schedule_id: str
    """Unique identifier for the schedule."""
    remaining_executions: int | None = None
    """Remaining workflow executions before this schedule stops triggering automatically. null means
    unlimited; 0 means the limit has been reached and the schedule is exhausted.
    """
    workflow_name: str
    """Name of the workflow this schedule triggers."""
    deployment_name: str | None = None
    """Name of the deployment this schedule targets."""
    paused: bool
    """Whether the schedule is currently paused."""
    note: str | None = None
    """Human-readable note associated with the current pause or resume state."""
    future_executions: list[ScheduleFutureExecution] | None = None
    """Upcoming scheduled executions (10 next executions, earliest first)."""
    recent_executions: list[ScheduleRecentExecution] | None = None
    """Most recent scheduled executions (10 most recent, newest last)."""


class WorkflowScheduleTriggerRequest(BaseModel):
    """WorkflowScheduleTriggerRequest"""

    overlap: ScheduleOverlapPolicy | None = None
    """Optional overlap policy override to use for the immediate trigger."""


#: Request body of POST /v1/workflows/schedules/{schedule_id}/trigger.
TriggerScheduleV1WorkflowsSchedulesScheduleIdTriggerPostBody = WorkflowScheduleTriggerRequest | None


class WorkflowScheduleListResponse(BaseModel):
    """Response of GET /v1/workflows/schedules."""

    schedules: list[ScheduleDefinitionOutput]
    """A list of workflow schedules"""
    next_page_token: str | None = None
    """Token for the next page of results"""


class WorkflowScheduleRequest(BaseModel):
    """Request body of POST /v1/workflows/schedules."""

    schedule: ScheduleDefinition
    """The schedule definition"""
    workflow_registration_id: str | None = None
    """The ID of the workflow registration to schedule"""
    workflow_version_id: str | None = None
    """Deprecated: use workflow_registration_id"""
    workflow_identifier: str | None = None
    """The name or ID of the workflow to schedule"""
    workflow_task_queue: str | None = None
    """Deprecated. Use deployment_name instead."""
    schedule_id: str | None = None
    """Allows you to specify a custom schedule ID. If not provided, a random ID will be generated.
    """
    deployment_name: str | None = None
    """Name of the deployment to route this schedule to"""


class WorkflowScheduleResponse(BaseModel):
    """Response of POST /v1/workflows/schedules, PATCH /v1/workflows/schedules/{schedule_id}."""

    schedule_id: str
    """The ID of the schedule"""


class WorkflowScheduleUpdateRequest(BaseModel):
    """Request body of PATCH /v1/workflows/schedules/{schedule_id}."""

    schedule: PartialScheduleDefinition
    """Partial schedule definition to update. Unset fields preserve existing values."""
