# Generated from spec/openapi.yaml by tools/generate.py. Do not edit.
"""Types used only by the beta.users operations."""


from .._models import BaseModel

__all__ = [
    "ListOrganizationsResponse", "ListWorkspacesResponse", "UserIdentity", "UserIdentityApiKey",
    "UserIdentityOrganization", "UserIdentityWorkspace", "UserOrganization", "UserWorkspace",
]


class UserOrganization(BaseModel):
    """UserOrganization"""

    id: str
    """The organization's unique identifier."""
    name: str
    """The organization's display name."""


class ListOrganizationsResponse(BaseModel):
    """Response of GET /v1/users/me/organizations."""

    organizations: list[UserOrganization]
    """The organizations the authenticated user is a member of."""


class UserWorkspace(BaseModel):
    """UserWorkspace"""

    id: str
    """The workspace's unique identifier."""
    name: str
    """The workspace's display name."""
    organization_id: str
    """The identifier of the organization this workspace belongs to."""


class ListWorkspacesResponse(BaseModel):
    """Response of GET /v1/users/me/workspaces."""

    workspaces: list[UserWorkspace]
    """The workspaces the authenticated user is a member of, each tagged with the organization it
    belongs to.
    """


class UserIdentityApiKey(BaseModel):
    """UserIdentityApiKey"""

    id: str
    name: str | None


class UserIdentityOrganization(BaseModel):
    """UserIdentityOrganization"""

    id: str
    name: str


class UserIdentityWorkspace(BaseModel):
    """UserIdentityWorkspace"""

    id: str
    name: str


class UserIdentity(BaseModel):
    """Response of GET /v1/users/me."""

    id: str
    email: str | None
    first_name: str | None
    last_name: str | None
    workspace: UserIdentityWorkspace | None = None
    organization: UserIdentityOrganization | None = None
    api_key: UserIdentityApiKey | None = None
