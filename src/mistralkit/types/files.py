# Generated from spec/openapi.yaml by tools/generate.py. Do not edit.
"""Types used only by the files operations."""

from typing import Literal

from pydantic import AliasChoices, Field

from .._models import BaseModel
from .shared import File

__all__ = [
    "CreateFileResponse", "DeleteFileResponse", "FilePurpose", "FileSchema", "FileVisibility",
    "FilesApiRoutesUploadFileBody", "GetFileResponse", "GetSignedUrlResponse", "ListFilesResponse",
    "SampleType", "Source",
]


FilePurpose = Literal["fine-tune", "batch", "ocr"]


FileVisibility = Literal["workspace", "user"]


SampleType = Literal["pretrain", "instruct", "batch_request", "batch_result", "batch_error"]


Source = Literal["upload", "repository", "mistral"]


class CreateFileResponse(BaseModel):
    """Response of POST /v1/files."""

    id: str
    """The unique identifier of the file."""
    object: str
    """The object type, which is always "file"."""
    bytes: int = Field(alias="bytes", validation_alias=AliasChoices("bytes", "size_bytes"))
    """The size of the file, in bytes."""
    created_at: int
    """The UNIX timestamp (in seconds) of the event."""
    filename: str
    """The name of the uploaded file."""
    purpose: FilePurpose | str
    """The intended purpose of the uploaded file, currently supports fine-tuning (`fine-tune`), OCR
    (`ocr`), Audio/Transcription (`audio`) and batch inference (`batch`).
    """
    sample_type: SampleType | str
    num_lines: int | None = None
    mimetype: str | None = None
    source: Source | str
    signature: str | None = None
    expires_at: int | None = None
    visibility: FileVisibility | str | None = None

    @property
    def size_bytes(self) -> "int":
        """``bytes`` under the official SDK's name."""
        return self.bytes


class DeleteFileResponse(BaseModel):
    """Response of DELETE /v1/files/{file_id}."""

    id: str
    """The ID of the deleted file."""
    object: str
    """The object type that was deleted"""
    deleted: bool
    """The deletion status."""


class FileSchema(BaseModel):
    """FileSchema"""

    id: str
    """The unique identifier of the file."""
    object: str
    """The object type, which is always "file"."""
    bytes: int = Field(alias="bytes", validation_alias=AliasChoices("bytes", "size_bytes"))
    """The size of the file, in bytes."""
    created_at: int
    """The UNIX timestamp (in seconds) of the event."""
    filename: str
    """The name of the uploaded file."""
    purpose: FilePurpose | str
    """The intended purpose of the uploaded file, currently supports fine-tuning (`fine-tune`), OCR
    (`ocr`), Audio/Transcription (`audio`) and batch inference (`batch`).
    """
    sample_type: SampleType | str
    num_lines: int | None = None
    mimetype: str | None = None
    source: Source | str
    signature: str | None = None
    expires_at: int | None = None
    visibility: FileVisibility | str | None = None

    @property
    def size_bytes(self) -> "int":
        """``bytes`` under the official SDK's name."""
        return self.bytes


class FilesApiRoutesUploadFileBody(BaseModel):
    """Request body of POST /v1/files."""

    expiry: int | None = None
    visibility: Literal["workspace", "user"] | str = "workspace"
    purpose: FilePurpose | str | None = None
    file: File


class GetFileResponse(BaseModel):
    """Response of GET /v1/files/{file_id}."""

    id: str
    """The unique identifier of the file."""
    object: str
    """The object type, which is always "file"."""
    bytes: int = Field(alias="bytes", validation_alias=AliasChoices("bytes", "size_bytes"))
    """The size of the file, in bytes."""
    created_at: int
    """The UNIX timestamp (in seconds) of the event."""
    filename: str
    """The name of the uploaded file."""
    purpose: FilePurpose | str
    """The intended purpose of the uploaded file, currently supports fine-tuning (`fine-tune`), OCR
    (`ocr`), Audio/Transcription (`audio`) and batch inference (`batch`).
    """
    sample_type: SampleType | str
    num_lines: int | None = None
    mimetype: str | None = None
    source: Source | str
    signature: str | None = None
    expires_at: int | None = None
    visibility: FileVisibility | str | None = None
    deleted: bool

    @property
    def size_bytes(self) -> "int":
        """``bytes`` under the official SDK's name."""
        return self.bytes


class GetSignedUrlResponse(BaseModel):
    """Response of GET /v1/files/{file_id}/url."""

    url: str


class ListFilesResponse(BaseModel):
    """Response of GET /v1/files."""

    data: list[FileSchema]
    object: str
    total: int | None = None
