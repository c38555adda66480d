# Generated from spec/openapi.yaml by tools/generate.py. Do not edit.
"""Types used only by the beta.libraries.accesses operations."""

from typing import Literal

from .._models import BaseModel

__all__ = [
    "EntityType", "ListSharingResponse", "ShareEnum", "Sharing", "SharingDelete", "SharingRequest",
]


#: The type of entity, used to share a library.
EntityType = Literal["User", "Workspace", "Org"]


class Sharing(BaseModel):
    """Response of PUT /v1/libraries/{library_id}/share, DELETE /v1/libraries/{library_id}/share."""

    library_id: str
    user_id: str | None = None
    org_id: str
    role: str
    share_with_type: str
    share_with_uuid: str | None


class ListSharingResponse(BaseModel):
    """Response of GET /v1/libraries/{library_id}/share."""

    data: list[Sharing]


ShareEnum = Literal["Viewer", "Editor"]


class SharingDelete(BaseModel):
    """Request body of DELETE /v1/libraries/{library_id}/share."""

    org_id: str | None = None
    share_with_uuid: str
    """The id of the entity (user, workspace or organization) to share with"""
    share_with_type: EntityType | str


class SharingRequest(BaseModel):
    """Request body of PUT /v1/libraries/{library_id}/share."""

    org_id: str | None = None
    level: ShareEnum | str
    share_with_uuid: str
    """The id of the entity (user, workspace or organization) to share with"""
    share_with_type: EntityType | str
