# Generated from spec/openapi.yaml by tools/generate.py. Do not edit.
"""Types used only by the beta.admin.user-groups operations."""

from datetime import datetime
from typing import Literal

from .._models import BaseModel
from .shared_beta_admin import (
    StaticOrganizationRoles,
    StaticWorkspaceRoles,
    UserRole,
    WorkspaceRole,
)

__all__ = [
    "AdminAssignUsersToGroupIn", "AdminProvisionGroupToWorkspaceIn", "AdminUpdateUserGroupIn",
    "AdminUserGroupIn", "AdminUserGroupMemberOut", "AdminUserGroupMembersOut", "AdminUserGroupOut",
    "AdminUserGroupsOut", "AssignGroupToWorkspaceIn", "GroupWorkspaceAssignmentOut",
    "GroupWorkspaceAssignmentsOut", "NestedGroupRef", "NestedGroupsOut", "SetNestedGroupsIn",
    "UpdateGroupWorkspaceAssignmentIn", "UpdateUserGroupOrganizationRoleIn", "UserGroupTargetType",
    "WorkspaceRoleRef",
]


class AdminAssignUsersToGroupIn(BaseModel):
    """Request body of POST /v1/admin/user-groups/{group_uuid}/members, DELETE
    /v1/admin/user-groups/{group_uuid}/members.
    """

    user_uuids: list[str]
    """User IDs to add to the group."""


class AdminProvisionGroupToWorkspaceIn(BaseModel):
    """Request body of POST /v1/admin/user-groups/provision-workspace."""

    user_group_uuid: str
    """User group ID to provision."""
    workspace_uuid: str
    """Workspace ID where the group is provisioned."""
    workspace_role: WorkspaceRole | str | StaticWorkspaceRoles | None = None
    """Workspace role value to assign to the group. Mutually exclusive with 'workspace_role_name'.
    """
    workspace_role_name: (
        Literal[
            "billing", "user", "contributor", "dev", "dev_contributor", "mistral_code_user",
            "cloud_user", "workspace_contributor", "workspace_admin", "observability_viewer",
            "workflow_executor",
        ]
        | str
        | None
    ) = None
    """Workspace role name to assign to the group. Mutually exclusive with 'workspace_role'."""


UserGroupTargetType = Literal["W", "O"]


class AdminUpdateUserGroupIn(BaseModel):
    """Request body of PATCH /v1/admin/user-groups/{group_uuid}."""

    name: str | None = None
    """Updated name of the user group."""
    description: str | None = None
    """Updated description of the user group."""
    target_type: UserGroupTargetType | str | None = None
    """Updated permission target type for this group."""
    parent_group_ids: list[str] | None = None
    """Full replacement list of parent group UUIDs. Pass an empty list to remove all parents; omit the
    field to leave the parent groups unchanged.
    """


class AdminUserGroupIn(BaseModel):
    """Request body of POST /v1/admin/user-groups."""

    name: str
    """Name of the user group."""
    description: str | None = None
    """Optional description of the user group."""
    target_type: UserGroupTargetType | str | None = None
    """Type of resources this group can access."""
    parent_group_ids: list[str] | None = None
    """UUIDs of existing groups to nest this new group inside. Omit or pass an empty list to create a
    top-level group.
    """


class AdminUserGroupMemberOut(BaseModel):
    """AdminUserGroupMemberOut"""

    user_uuid: str
    """User ID of the group member."""
    name: str | None
    """Name of the group member."""
    email: str | None
    """Email address of the group member."""


class AdminUserGroupMembersOut(BaseModel):
    """Response of GET /v1/admin/user-groups/{group_uuid}/members."""

    total: int
    """Total number of group members that match the request."""
    members: list[AdminUserGroupMemberOut]
    """Group members on this page."""
    page: int
    """Page number returned."""
    page_size: int
    """Maximum number of results per page."""


class AdminUserGroupOut(BaseModel):
    """Response of POST /v1/admin/user-groups, GET /v1/admin/user-groups/{group_uuid}, PATCH
    /v1/admin/user-groups/{group_uuid}.
    """

    uuid: str
    """User group ID."""
    name: str
    """Name of the user group."""
    description: str | None
    """Optional description of the user group."""
    externally_managed: bool | None = None
    """Whether the group is managed by an external system."""
    target_type: UserGroupTargetType | str | None = None
    """Type of resources this group can access."""
    organization_role: str | None = None
    """Organization role assigned to the group."""
    parent_group_ids: list[str] | None = None
    """UUIDs of the groups this group is directly nested inside."""


class AdminUserGroupsOut(BaseModel):
    """Response of GET /v1/admin/user-groups."""

    total: int
    """Total number of user groups that match the request."""
    items: list[AdminUserGroupOut]
    """User groups on this page."""
    page: int
    """Page number returned."""
    page_size: int
    """Maximum number of results per page."""


class AssignGroupToWorkspaceIn(BaseModel):
    """Request body of POST /v1/admin/user-groups/{group_uuid}/workspaces."""

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
    roles: list[WorkspaceRole | str | StaticWorkspaceRoles] | None = None
    """Role values to assign. Mutually exclusive with 'role_names'."""
    role: WorkspaceRole | str | StaticWorkspaceRoles | None = None
    """Deprecated single role value. Use 'role_names' instead."""
    workspace_uuid: str


class WorkspaceRoleRef(BaseModel):
    """WorkspaceRoleRef"""

    name: str
    uuid: str


class GroupWorkspaceAssignmentOut(BaseModel):
    """GroupWorkspaceAssignmentOut"""

    roles: list[WorkspaceRoleRef]
    role_uuid: str | None = None
    role_name: str | None = None
    workspace_uuid: str
    workspace_name: str
    """Name of the Workspace."""
    created: datetime


class GroupWorkspaceAssignmentsOut(BaseModel):
    """Response of GET /v1/admin/user-groups/{group_uuid}/workspaces."""

    total: int
    """Total number of Workspace assignments that match the request."""
    items: list[GroupWorkspaceAssignmentOut]
    """Workspace assignments on this page."""
    page: int
    """Page number returned."""
    page_size: int
    """Maximum number of results per page."""


class NestedGroupRef(BaseModel):
    """NestedGroupRef"""

    uuid: str
    """UUID of the group."""
    name: str
    """Display name of the group."""


class NestedGroupsOut(BaseModel):
    """Response of GET /v1/admin/user-groups/{group_uuid}/nested."""

    children: list[NestedGroupRef]
    """Groups directly nested inside this group (its direct children)."""


class SetNestedGroupsIn(BaseModel):
    """Request body of PATCH /v1/admin/user-groups/{group_uuid}/nested."""

    child_group_uuids: list[str]
    """Full replacement list of UUIDs of groups to nest directly inside this group."""


class UpdateGroupWorkspaceAssignmentIn(BaseModel):
    """Request body of PATCH /v1/admin/user-groups/{group_uuid}/workspaces/{workspace_uuid}."""

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
    roles: list[WorkspaceRole | str | StaticWorkspaceRoles] | None = None
    """Role values to assign. Mutually exclusive with 'role_names'."""
    role: WorkspaceRole | str | StaticWorkspaceRoles | None = None
    """Deprecated single role value. Use 'role_names' instead."""


class UpdateUserGroupOrganizationRoleIn(BaseModel):
    """Request body of PATCH /v1/admin/user-groups/{group_uuid}/organization-role."""

    organization_role: UserRole | str | StaticOrganizationRoles
    """Organization role to assign to the group."""
