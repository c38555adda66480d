# Generated from spec/openapi.yaml by tools/generate.py. Do not edit.
"""Types used only by the beta.libraries operations."""

from datetime import datetime

from .._models import BaseModel

__all__ = [
    "LibraryIn", "LibraryInUpdate", "LibraryOut", "ListLibraryOut",
]


class LibraryIn(BaseModel):
    """Request body of POST /v1/libraries."""

    name: str
    description: str | None = None
    chunk_size: int | None = None


class LibraryInUpdate(BaseModel):
    """Request body of PUT /v1/libraries/{library_id}."""

    name: str | None = None
    description: str | None = None


class LibraryOut(BaseModel):
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


class ListLibraryOut(BaseModel):
    """Response of GET /v1/libraries."""

    data: list[LibraryOut]
