# Generated from spec/openapi.yaml by tools/generate.py. Do not edit.
"""Types used only by the beta.admin.scim operations."""

from datetime import datetime
from typing import Literal

from .._models import BaseModel

__all__ = [
    "AdminScimSyncActiveRunOUT", "AdminScimSyncConfig", "AdminScimSyncRunOUT",
    "AdminScimSyncTriggerIN", "AdminScimSyncTriggerOUT", "ScimSyncGroupActionOut",
    "ScimSyncGroupRefOut", "ScimSyncGroupUpdateActionOut", "ScimSyncGroupsSummaryOut",
    "ScimSyncMembershipActionOut", "ScimSyncRunStatus", "ScimSyncSummaryOut",
    "ScimSyncUserActionOut", "ScimSyncUserRefOut", "ScimSyncUsersSummaryOut",
]


ScimSyncRunStatus = Literal["PENDING", "RUNNING", "SUCCESS", "SKIPPED", "FAILED"]


class AdminScimSyncActiveRunOUT(BaseModel):
    """AdminScimSyncActiveRunOUT"""

    run_id: str
    """Unique identifier of the already active SCIM synchronization run."""
    status: ScimSyncRunStatus | str
    """Current lifecycle status of the active synchronization run."""


class AdminScimSyncConfig(BaseModel):
    """AdminScimSyncConfig"""

    delete_missing_groups: bool = False
    """Delete Organization groups that are absent from the SCIM provider."""
    deprovision_users: bool = False
    """Remove Organization users that are inactive or absent from the SCIM provider."""
    sync_users: bool
    """Add users found in the SCIM provider to the Organization."""
    sync_groups: bool
    """Synchronize group metadata from the SCIM provider."""
    sync_memberships: bool
    """Synchronize additions and removals of users in SCIM groups."""


class ScimSyncGroupRefOut(BaseModel):
    """ScimSyncGroupRefOut"""

    uuid: str
    groupName: str


class ScimSyncGroupActionOut(BaseModel):
    """ScimSyncGroupActionOut"""

    group: ScimSyncGroupRefOut


class ScimSyncGroupUpdateActionOut(BaseModel):
    """ScimSyncGroupUpdateActionOut"""

    group: ScimSyncGroupRefOut
    previous_groupName: str


class ScimSyncGroupsSummaryOut(BaseModel):
    """ScimSyncGroupsSummaryOut"""

    create: list[ScimSyncGroupActionOut]
    update: list[ScimSyncGroupUpdateActionOut]
    delete: list[ScimSyncGroupActionOut]


class ScimSyncUserRefOut(BaseModel):
    """ScimSyncUserRefOut"""

    uuid: str
    userName: str


class ScimSyncMembershipActionOut(BaseModel):
    """ScimSyncMembershipActionOut"""

    group: ScimSyncGroupRefOut
    users_added: list[ScimSyncUserRefOut]
    users_removed: list[ScimSyncUserRefOut]


class ScimSyncUserActionOut(BaseModel):
    """ScimSyncUserActionOut"""

    user: ScimSyncUserRefOut


class ScimSyncUsersSummaryOut(BaseModel):
    """ScimSyncUsersSummaryOut"""

    provision: list[ScimSyncUserActionOut]
    deprovision: list[ScimSyncUserActionOut]


class ScimSyncSummaryOut(BaseModel):
    """ScimSyncSummaryOut"""

    users: ScimSyncUsersSummaryOut
    groups: ScimSyncGroupsSummaryOut
    memberships: list[ScimSyncMembershipActionOut]


class AdminScimSyncRunOUT(BaseModel):
    """Response of GET /v1/admin/scim/sync/{run_id}."""

    run_id: str
    """Unique identifier of the SCIM synchronization run."""
    status: ScimSyncRunStatus | str
    """Current lifecycle status of the synchronization run."""
    dry_run: bool
    """Whether the run only previewed changes."""
    sync_config: AdminScimSyncConfig | None
    """Categories selected for this synchronization run."""
    created_at: datetime
    """Time at which the synchronization run was created."""
    started_at: datetime | None
    """Time at which processing started, if it has started."""
    finished_at: datetime | None
    """Time at which processing finished, if it has finished."""
    summary: ScimSyncSummaryOut | None
    """Preview or result summary, available after the synchronization plan is built."""
    error_message: str | None
    """Failure detail when the synchronization run could not complete."""


class AdminScimSyncTriggerIN(BaseModel):
    """Request body of POST /v1/admin/scim/sync."""

    dry_run: bool = True
    """Preview all synchronization changes without applying them."""
    sync_config: AdminScimSyncConfig | None = None
    """Categories to synchronize. Required when dry_run is false; ignored for dry runs."""


class AdminScimSyncTriggerOUT(BaseModel):
    """Response of POST /v1/admin/scim/sync."""

    run_id: str
    """Unique identifier of the created SCIM synchronization run."""
