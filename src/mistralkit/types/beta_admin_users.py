# Generated from spec/openapi.yaml by tools/generate.py. Do not edit.
"""Types used only by the beta.admin.users operations."""

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
    "APIPlan", "AdminOrganizationMemberOUT", "AdminOrganizationMemberUpdate", "AdminUserOUT",
    "ChatPlan", "CodePlan", "DeleteOUT", "MemberSubscriptionOUT", "MemberWorkspaceInfo",
    "OrganizationAdminUsersOUT", "OrganizationInviteIN", "OrganizationInviteOUT",
    "OrganizationInvitesCreateOUT", "OrganizationMemberCreate", "OrganizationUserInviteOUT",
    "OrganizationUsersCreateOUT", "PlanType", "RoleOut", "RolesOut", "SubscriptionStatus",
    "UsersApiAdminUsersCreateUsersBody", "UsersApiAdminUsersGetInviteResponse",
]


APIPlan = Literal["FREE", "PAY_AS_YOU_GO"]


ChatPlan = Literal["INDIVIDUAL", "EDU", "TEAM"]


CodePlan = Literal["ENTERPRISE"]


PlanType = Literal["API", "CHAT", "ON_PREMISE", "LICENSE", "MISTRAL_CODE"]


SubscriptionStatus = Literal["NS", "S", "A", "CF", "CG", "C", "GP"]


class MemberSubscriptionOUT(BaseModel):
    """MemberSubscriptionOUT"""

    type: PlanType | str
    """Type of subscription assigned to the member."""
    plan: APIPlan | str | ChatPlan | CodePlan | None = None
    """Plan assigned to the member."""
    status: SubscriptionStatus | str | None = None
    """Current status of the member subscription."""
    user: str | None = None
    """User ID associated with the subscription."""
    self_service: bool | None = None
    """Whether the subscription was created through self-service."""
    member_has_access: bool | None = None
    """Whether the member currently has access to the plan."""


class MemberWorkspaceInfo(BaseModel):
    """MemberWorkspaceInfo"""

    uuid: str
    """Workspace ID."""
    name: str
    """Workspace name."""
    is_default: bool
    """Whether this is the default Workspace for the Organization."""
    raw_roles: list[WorkspaceRole | str] | list[StaticWorkspaceRoles | str]
    """Workspace roles assigned to the member."""
    raw_role: WorkspaceRole | str | StaticWorkspaceRoles
    """Deprecated single workspace role. Use 'raw_roles' instead."""


class AdminOrganizationMemberOUT(BaseModel):
    """Response of PATCH /v1/admin/users/{user_id}."""

    uuid: str
    """Organization member ID."""
    oid_id: str | None
    """Identity provider ID for the member."""
    name: str | None
    """Name of the Organization member."""
    email: str | None
    """Email address of the Organization member."""
    is_sso_outsider: bool | None = None
    """Whether the member is outside the SSO domain."""
    workspaces: list[MemberWorkspaceInfo] | None = None
    """Workspaces the member belongs to."""
    subscriptions: list[MemberSubscriptionOUT] = []
    """Subscriptions assigned to the member."""
    raw_roles: list[UserRole | str] | list[StaticOrganizationRoles | str]
    """Organization roles assigned to the member."""
    raw_role: UserRole | str | StaticOrganizationRoles
    """Deprecated single organization role. Use 'raw_roles' instead."""
    subscription_types: list[Literal["CHAT", "MISTRAL_CODE"] | str] | None = None
    """Product seats assigned to the member."""
    created_at: datetime
    """Date the member was added to the Organization."""


class AdminOrganizationMemberUpdate(BaseModel):
    """Request body of PATCH /v1/admin/users/{user_id}."""

    role_names: list[Literal["member", "billing_manager", "organization_admin"] | str] | None = None
    """Simplified role names to assign. Mutually exclusive with 'roles'."""
    roles: list[UserRole | str] | list[StaticOrganizationRoles | str] | None = None
    """Role values to assign. Mutually exclusive with 'role_names'."""
    role_name: Literal["member", "billing_manager", "organization_admin"] | str | None = None
    """Deprecated single role name, kept for backward compatibility. Mutually exclusive with 'role'.
    """
    role: UserRole | str | StaticOrganizationRoles | None = None
    """Deprecated legacy single role value, kept for backward compatibility. Mutually exclusive with
    'role_name'.
    """
    subscription_types: list[Literal["CHAT", "MISTRAL_CODE"] | str] | None = None
    """Product seats to assign to the member."""


class AdminUserOUT(BaseModel):
    """Response of GET /v1/admin/users/{user_id}."""

    uuid: str
    """Organization member ID."""
    oid_id: str | None
    """Identity provider ID for the member."""
    name: str | None
    """Name of the Organization member."""
    email: str | None
    """Email address of the Organization member."""
    is_sso_outsider: bool | None = None
    """Whether the member is outside the SSO domain."""
    workspaces: list[MemberWorkspaceInfo] | None = None
    """Workspaces the member belongs to."""
    subscriptions: list[MemberSubscriptionOUT] = []
    """Subscriptions assigned to the member."""
    raw_roles: list[UserRole | str] | list[StaticOrganizationRoles | str]
    """Organization roles assigned to the member."""
    raw_role: UserRole | str | StaticOrganizationRoles
    """Deprecated single organization role. Use 'raw_roles' instead."""
    subscription_types: list[Literal["CHAT", "MISTRAL_CODE"] | str] | None = None
    """Product seats assigned to the member."""
    created_at: datetime
    """Date the member was added to the Organization."""
    first_name: str | None
    """User first name."""
    last_name: str | None
    """User last name."""


class DeleteOUT(BaseModel):
    """Response of DELETE /v1/admin/users-invite/{invite_uuid}, DELETE /v1/admin/users/{user_id}."""

    message: str
    """Deletion result message."""


class OrganizationInviteOUT(BaseModel):
    """OrganizationInviteOUT"""

    uuid: str
    """Organization invitation ID."""
    raw_roles: list[UserRole | str] | list[StaticOrganizationRoles | str]
    """Organization roles assigned by the invite."""
    raw_role: UserRole | str | StaticOrganizationRoles
    """Deprecated single invite role. Use 'raw_roles' instead."""
    email: str
    """Email address invited to the Organization."""
    expired: bool
    """Whether the invitation has expired."""
    created_at: datetime
    """Time when the invitation was created."""
    workspace_uuids: list[str] = []
    """Workspace IDs the invited user will join."""


class OrganizationAdminUsersOUT(BaseModel):
    """Response of GET /v1/admin/users."""

    members: list[AdminOrganizationMemberOUT]
    """Organization members on this page."""
    invites: list[OrganizationInviteOUT]
    """Pending Organization invitations on this page."""
    total: int | None
    """Total number of users and invitations that match the request."""
    page: int | None
    """Page number returned."""
    page_size: int | None
    """Maximum number of results per page."""


class OrganizationInviteIN(BaseModel):
    """Request body of POST /v1/admin/users-invite."""

    role_names: list[Literal["member", "billing_manager", "organization_admin"] | str] | None = None
    """Simplified role names to assign. Mutually exclusive with 'roles'."""
    roles: list[UserRole | str] | list[StaticOrganizationRoles | str] | None = None
    """Role values to assign. Mutually exclusive with 'role_names'."""
    role_name: Literal["member", "billing_manager", "organization_admin"] | str | None = None
    """Deprecated single role name, kept for backward compatibility. Mutually exclusive with 'role'.
    """
    role: UserRole | str | StaticOrganizationRoles | None = None
    """Deprecated legacy single role value, kept for backward compatibility. Mutually exclusive with
    'role_name'.
    """
    email: str
    """Email address, comma-separated emails, or newline-separated emails to invite."""
    subscription_type: PlanType | str | None = None
    """Deprecated single product seat to assign."""
    subscription_types: list[PlanType | str] | None = None
    """Product seats to assign to invited users."""
    subscription_seat_automatic_granting: bool = False
    """Whether to grant subscription seats automatically."""
    email_language: Literal["en", "fr", "es", "de", "it", "pt_br", "pl", "ar", "nl"] | str | None = None
    """Language used for invitation emails."""
    workspace_uuids: list[str] | None = None
    """Workspace IDs the invited users should join."""


class OrganizationInvitesCreateOUT(BaseModel):
    """Response of POST /v1/admin/users-invite."""

    invalid_emails: list[str]
    """Email addresses that could not be invited."""
    already_members: list[str]
    """Email addresses that already belong to the Organization."""
    invited_members_count: int | None = None
    """Number of invitations successfully created."""


class OrganizationMemberCreate(BaseModel):
    """OrganizationMemberCreate"""

    role_names: list[Literal["member", "billing_manager", "organization_admin"] | str] | None = None
    """Simplified role names to assign. Mutually exclusive with 'roles'."""
    roles: list[UserRole | str] | list[StaticOrganizationRoles | str] | None = None
    """Role values to assign. Mutually exclusive with 'role_names'."""
    role_name: Literal["member", "billing_manager", "organization_admin"] | str | None = None
    """Deprecated single role name, kept for backward compatibility. Mutually exclusive with 'role'.
    """
    role: UserRole | str | StaticOrganizationRoles | None = None
    """Deprecated legacy single role value, kept for backward compatibility. Mutually exclusive with
    'role_name'.
    """
    email: str
    """Email address of the user to create."""
    first_name: str
    """First name of the user to create."""
    last_name: str
    """Last name of the user to create."""
    subscription_types: list[PlanType | str] | None = None
    """Product seats to assign to the user."""


class OrganizationUserInviteOUT(BaseModel):
    """OrganizationUserInviteOUT"""

    invite_uuid: str
    """Organization invitation ID."""
    email: str | None
    """Email address invited to the Organization."""
    roles: list[UserRole | str] | list[StaticOrganizationRoles | str]
    """Organization roles assigned by the invite."""
    role: UserRole | str | StaticOrganizationRoles
    """Deprecated single invite role. Use 'roles' instead."""


class OrganizationUsersCreateOUT(BaseModel):
    """Response of POST /v1/admin/users."""

    invalid_emails: list[str]
    """Email addresses that could not be created."""
    email_to_user_id: dict[str, str]
    """Mapping from created user email to user identifier."""


class RoleOut(BaseModel):
    """RoleOut"""

    name: str
    """Role name."""
    uuid: str
    """Role UUID."""
    description: str
    """Short description of the role."""
    is_custom_role: bool
    """Whether this role is custom-defined."""


class RolesOut(BaseModel):
    """Response of GET /v1/admin/roles."""

    workspace_roles: list[RoleOut]
    """Workspace roles available to the Organization."""
    organization_roles: list[RoleOut]
    """Organization roles available to the Organization."""


#: Request body of POST /v1/admin/users.
UsersApiAdminUsersCreateUsersBody = list[OrganizationMemberCreate]


#: Response of GET /v1/admin/users-invite.
UsersApiAdminUsersGetInviteResponse = list[OrganizationUserInviteOUT]
