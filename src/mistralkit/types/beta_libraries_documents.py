# Generated from spec/openapi.yaml by tools/generate.py. Do not edit.
"""Types used only by the beta.libraries.documents operations."""

from datetime import datetime
from typing import Any, Literal

from .._models import BaseModel
from .shared import File
from .shared_beta_libraries import PaginationInfo

__all__ = [
    "Document", "DocumentTextContent", "LibrariesDocumentsGetExtractedTextSignedUrlV1Response",
    "LibrariesDocumentsGetSignedUrlV1Response", "LibrariesDocumentsUploadV1Body",
    "ListDocumentsResponse", "ProcessStatus", "ProcessingStatus", "UpdateDocumentRequest",
]


ProcessStatus = Literal[
    "self_managed", "missing_content", "noop", "done", "todo", "in_progress", "error",
    "waiting_for_capacity",
]


class Document(BaseModel):
    """Response of POST /v1/libraries/{library_id}/documents, GET
    /v1/libraries/{library_id}/documents/{document_id}, PUT
    /v1/libraries/{library_id}/documents/{document_id}, ....
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
    """Processing status of the document."""
    uploaded_by_id: str | None
    uploaded_by_type: str
    tokens_processing_main_content: int | None = None
    tokens_processing_summary: int | None = None
    url: str | None = None
    attributes: dict[str, Any] | None = None
    expires_at: datetime | None = None
    """If set, the document will be automatically deleted after this date."""
    processing_status: str
    tokens_processing_total: int


class DocumentTextContent(BaseModel):
    """Response of GET /v1/libraries/{library_id}/documents/{document_id}/text_content."""

    text: str


#: Response of GET /v1/libraries/{library_id}/documents/{document_id}/extracted-text-signed-url.
LibrariesDocumentsGetExtractedTextSignedUrlV1Response = str


#: Response of GET /v1/libraries/{library_id}/documents/{document_id}/signed-url.
LibrariesDocumentsGetSignedUrlV1Response = str


class LibrariesDocumentsUploadV1Body(BaseModel):
    """Request body of POST /v1/libraries/{library_id}/documents."""

    file: File


class ListDocumentsResponse(BaseModel):
    """Response of GET /v1/libraries/{library_id}/documents."""

    pagination: PaginationInfo
    data: list[Document]


class ProcessingStatus(BaseModel):
    """Response of GET /v1/libraries/{library_id}/documents/{document_id}/status."""

    document_id: str
    process_status: ProcessStatus | str
    """Processing status of the document."""
    processing_status: str


class UpdateDocumentRequest(BaseModel):
    """Request body of PUT /v1/libraries/{library_id}/documents/{document_id}, PATCH
    /v1/libraries/{library_id}/documents/{document_id}.
    """

    name: str | None = None
    attributes: (
        dict[
            str,
            bool | str | int | float | datetime | list[str] | list[int] | list[float] | list[bool],
        ]
        | None
    ) = None
    expires_at: datetime | None = None
    """If set, the document will be automatically deleted after this date."""
