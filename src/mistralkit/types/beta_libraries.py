# Generated from spec/openapi.yaml by tools/generate.py. Do not edit.
"""Types used only by the beta.libraries operations."""

from datetime import datetime
from typing import Literal

from .._models import BaseModel
from .shared_beta_libraries import PaginationInfo

__all__ = [
    "CreateLibraryRequest", "Library", "ListLibrariesResponse", "UpdateLibraryRequest",
]


class CreateLibraryRequest(BaseModel):
    """Request body of POST /v1/libraries."""

    name: str
    description: str | None = None
    chunk_size: int | None = None
    """The size of the chunks (in characters) to split document text into. Must be between 256 and
    32768.
    """
    owner_type: Literal["User", "Workspace"] | str | None = None
    """Determines who owns the created library. 'User' creates a private library accessible only to its
    owner. 'Workspace' creates a library shared with the workspace. Defaults to 'Workspace' for API
    key sessions. Only API keys with the 'Private and shared connectors' connector access scope can
    create ...
    """


class Library(BaseModel):
    """Response of POST /v1/libraries, GET /v1/libraries/{library_id}, PUT /v1/libraries/{library_id},
    ....
    """

    id: str
    name: str
    created_at: datetime
    updated_at: datetime
    owner_id: str | None
    owner_type: str
    total_size: int
    nb_documents: int
    chunk_size: int | None
    emoji: str | None = None
    description: str | None = None
    generated_description: str | None = None
    explicit_user_members_count: int | None = None
    explicit_workspace_members_count: int | None = None
    org_sharing_role: str | None = None
    generated_name: str | None = None
    """Generated Name"""


class ListLibrariesResponse(BaseModel):
    """Response of GET /v1/libraries."""

    pagination: PaginationInfo | None = None
    """Deprecated: offset pagination metadata. Only populated for callers using the deprecated `page`
    parameter; omitted when `page_token` is used. While RBAC filtering is being rolled out
    `total_items` is a rough estimate (candidate count before per-library checks). Use
    `next_page_token` instead — this ...
    """
    data: list[Library]
    next_page_token: str | None = None
    """Opaque continuation token for the next page. Pass it back as `page_token` to fetch the next
    page. Null when there are no more results. Prefer this over the deprecated offset `page`
    parameter.
    """


class UpdateLibraryRequest(BaseModel):
    """Request body of PUT /v1/libraries/{library_id}, PATCH /v1/libraries/{library_id}."""

    name: str | None = None
    description: str | None = None
