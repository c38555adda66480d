# Generated from spec/openapi.yaml by tools/generate.py. Do not edit.
"""Types used only by the beta.admin.workspaces operations."""

from typing import Literal

from .._models import BaseModel
from .shared_beta_admin import StaticOrganizationRoles, StaticWorkspaceRoles, WorkspaceRole

__all__ = [
    "AddOrUpdateUsersToWorkspaceOUT", "AddUsersToWorkspaceOUT", "AdminWorkspaceIn",
    "ApiObjectType", "BaseWorkspaceMemberIN", "RemoveWorkspaceMembersIN",
    "RemoveWorkspaceMembersOUT", "UpdateWorkspaceIN", "WorkspaceEnrichedOUT", "WorkspaceMemberIN",
    "WorkspaceMemberSingleIN", "WorkspaceOUT", "WorkspaceSpendLimitOUT", "WorkspacesOut",
]


class AddOrUpdateUsersToWorkspaceOUT(BaseModel):
    """Response of PATCH /v1/admin/workspaces/{workspace_uuid}/users."""

    added_members_count: int
    """Number of users added to the Workspace."""
    updated_members_count: int
    """Number of Workspace members updated."""


class AddUsersToWorkspaceOUT(BaseModel):
    """Response of POST /v1/admin/workspaces/{workspace_uuid}/add-users."""

    added_members_count: int
    """Number of users added to the Workspace."""


class AdminWorkspaceIn(BaseModel):
    """Request body of POST /v1/admin/workspaces."""

    name: str
    """Workspace name."""
    description: str = ""
    """Workspace description."""
    icon: str = ""
    """Workspace icon."""
    add_all_org_members: bool = False
    """Whether to add all Organization members to the Workspace."""
    admin_user_id: str
    """User ID to grant the Workspace Admin role to."""


#: Type of API object for pagination responses.
ApiObjectType = Literal["list"]


class BaseWorkspaceMemberIN(BaseModel):
    """BaseWorkspaceMemberIN"""

    user_uuid: str
    """User ID of the Workspace member."""


class RemoveWorkspaceMembersIN(BaseModel):
    """Request body of DELETE /v1/admin/workspaces/{workspace_uuid}/remove-users."""

    members: list[BaseWorkspaceMemberIN]
    """Workspace members to remove."""


class RemoveWorkspaceMembersOUT(BaseModel):
    """Response of DELETE /v1/admin/workspaces/{workspace_uuid}/remove-users."""

    deleted_members_count: int
    """Number of Workspace members removed."""
    not_deleted_members: list[str] | None = None
    """Users that could not be removed."""


class UpdateWorkspaceIN(BaseModel):
    """Request body of PATCH /v1/admin/workspaces/{workspace_uuid}."""

    name: str | None = None
    """Updated Workspace name."""
    description: str | None = None
    """Updated Workspace description."""
    icon: str | None = None
    """Updated Workspace icon."""


class WorkspaceSpendLimitOUT(BaseModel):
    """WorkspaceSpendLimitOUT"""

    value: float | None
    """Monthly spending limit for the Workspace."""
    currency: str | None
    """Currency used for the Workspace spending limit."""
    no_monthly_limit: bool | None
    """Whether the Workspace has no monthly spending limit."""


class WorkspaceEnrichedOUT(BaseModel):
    """Response of POST /v1/admin/workspaces."""

    uuid: str
    """Workspace ID."""
    name: str
    """Workspace name."""
    description: str | None
    """Workspace description."""
    icon: str | None
    """Workspace icon."""
    members_count: int | None = None
    """Number of members in the Workspace."""
    spend_limit: WorkspaceSpendLimitOUT | None = None
    """Workspace spending limit."""
    is_default: bool
    """Whether this is the default Workspace for the Organization."""
    raw_roles: list[WorkspaceRole | str | StaticWorkspaceRoles | StaticOrganizationRoles]
    """Roles granted for the Workspace."""
    raw_role: WorkspaceRole | str | StaticWorkspaceRoles | StaticOrganizationRoles
    """Deprecated single role for the Workspace. Use 'raw_roles' instead."""


class WorkspaceMemberSingleIN(BaseModel):
    """WorkspaceMemberSingleIN"""

    role_names: (
        list[
            (
                Literal[
                    "billing", "user", "contributor", "dev", "dev_contributor",
                    "mistral_code_user", "cloud_user", "workspace_contributor", "workspace_admin",
                    "observability_viewer", "workflow_executor",
                ]
                | str
            ),
        ]
        | None
    ) = None
    """Simplified role names to assign. Mutually exclusive with 'roles'."""
    roles: list[WorkspaceRole | str] | list[StaticWorkspaceRoles | str] | None = None
    """Role values to assign. Mutually exclusive with 'role_names'."""
    role_name: (
        Literal[
            "billing", "user", "contributor", "dev", "dev_contributor", "mistral_code_user",
            "cloud_user", "workspace_contributor", "workspace_admin", "observability_viewer",
            "workflow_executor",
        ]
        | str
        | None
    ) = None
    """Deprecated single role name, kept for backward compatibility. Mutually exclusive with 'role'.
    """
    role: WorkspaceRole | str | StaticWorkspaceRoles | None = None
    """Deprecated legacy single role value, kept for backward compatibility. Mutually exclusive with
    'role_name'.
    """
    user_uuid: str
    """User ID of the Workspace member."""


class WorkspaceMemberIN(BaseModel):
    """Request body of POST /v1/admin/workspaces/{workspace_uuid}/add-users, PATCH
    /v1/admin/workspaces/{workspace_uuid}/users.
    """

    members: list[WorkspaceMemberSingleIN] | None = None
    """Workspace members to add or update."""


class WorkspaceOUT(BaseModel):
    """Response of PATCH /v1/admin/workspaces/{workspace_uuid}."""

    uuid: str
    """Workspace ID."""
    name: str
    """Workspace name."""
    description: str | None
    """Workspace description."""
    icon: str | None
    """Workspace icon."""
    members_count: int | None = None
    """Number of members in the Workspace."""
    spend_limit: WorkspaceSpendLimitOUT | None = None
    """Workspace spending limit."""
    is_default: bool
    """Whether this is the default Workspace for the Organization."""


class WorkspacesOut(BaseModel):
    """Response of GET /v1/admin/workspaces."""

    total: int
    """Total number of Workspaces that match the request."""
    items: list[WorkspaceOUT]
    """Workspaces on this page."""
    object: ApiObjectType | str = "list"
    """Type of paginated API object."""
    page: int
    """Page number returned."""
    page_size: int
    """Maximum number of results per page."""
