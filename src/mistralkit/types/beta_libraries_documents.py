# Generated from spec/openapi.yaml by tools/generate.py. Do not edit.
"""Types used only by the beta.libraries.documents operations."""

from datetime import datetime
from typing import Any, Literal

from .._models import BaseModel
from .shared import File

__all__ = [
    "DocumentOut", "DocumentTextContent", "DocumentUpdateIn",
    "LibrariesDocumentsGetExtractedTextSignedUrlV1Response",
    "LibrariesDocumentsGetSignedUrlV1Response", "LibrariesDocumentsUploadV1Body",
    "ListDocumentOut", "PaginationInfo", "ProcessStatus", "ProcessingStatusOut",
]


ProcessStatus = Literal[
    "self_managed", "missing_content", "noop", "done", "todo", "in_progress", "error",
    "waiting_for_capacity",
]


class DocumentOut(BaseModel):
    """Response of POST /v1/libraries/{library_id}/documents, GET
    /v1/libraries/{library_id}/documents/{document_id}, PUT
    /v1/libraries/{library_id}/documents/{document_id}.
    """

    id: str
    library_id: str
    hash: str | None
    mime_type: str | None
    extension: str | None
    size: int | None
    name: str
    summary: str | None = None
    created_at: datetime
    last_processed_at: datetime | None = None
    number_of_pages: int | None = None
    process_status: ProcessStatus | str
    uploaded_by_id: str | None
    uploaded_by_type: str
    tokens_processing_main_content: int | None = None
    tokens_processing_summary: int | None = None
    url: str | None = None
    attributes: dict[str, Any] | None = None
    processing_status: str
    tokens_processing_total: int


class DocumentTextContent(BaseModel):
    """Response of GET /v1/libraries/{library_id}/documents/{document_id}/text_content."""

    text: str


class DocumentUpdateIn(BaseModel):
    """Request body of PUT /v1/libraries/{library_id}/documents/{document_id}."""

    name: str | None = None
    attributes: (
        dict[
            str,
            bool | str | int | float | datetime | list[str] | list[int] | list[float] | list[bool],
        ]
        | None
    ) = None


#: Response of GET /v1/libraries/{library_id}/documents/{document_id}/extracted-text-signed-url.
LibrariesDocumentsGetExtractedTextSignedUrlV1Response = str


#: Response of GET /v1/libraries/{library_id}/documents/{document_id}/signed-url.
LibrariesDocumentsGetSignedUrlV1Response = str


class LibrariesDocumentsUploadV1Body(BaseModel):
    """Request body of POST /v1/libraries/{library_id}/documents."""

    file: File


class PaginationInfo(BaseModel):
    """PaginationInfo"""

    total_items: int
    total_pages: int
    current_page: int
    page_size: int
    has_more: bool


class ListDocumentOut(BaseModel):
    """Response of GET /v1/libraries/{library_id}/documents."""

    pagination: PaginationInfo
    data: list[DocumentOut]


class ProcessingStatusOut(BaseModel):
    """Response of GET /v1/libraries/{library_id}/documents/{document_id}/status."""

    document_id: str
    process_status: ProcessStatus | str
    processing_status: str
