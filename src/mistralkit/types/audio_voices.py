# Generated from spec/openapi.yaml by tools/generate.py. Do not edit.
"""Types used only by the audio.voices operations."""

from datetime import datetime

from .._models import BaseModel

__all__ = [
    "VoiceCreateRequest", "VoiceListResponse", "VoiceResponse", "VoiceUpdateRequest",
]


class VoiceCreateRequest(BaseModel):
    """Request model for creating a new voice with base64 audio."""

    name: str
    slug: str | None = None
    languages: list[str] = []
    gender: str | None = None
    age: int | None = None
    tags: list[str] | None = None
    color: str | None = None
    description: str | None = None
    retention_notice: int = 30
    sample_audio: str
    """Base64-encoded audio file"""
    sample_filename: str | None = None
    """Original filename for extension detection"""


class VoiceResponse(BaseModel):
    """Schema for voice response"""

    name: str
    slug: str | None = None
    languages: list[str] = []
    gender: str | None = None
    age: int | None = None
    tags: list[str] | None = None
    color: str | None = None
    description: str | None = None
    retention_notice: int = 30
    id: str
    created_at: datetime
    user_id: str | None
    trimmed_seconds: float | None = None


class VoiceListResponse(BaseModel):
    """Schema for voice list response"""

    items: list[VoiceResponse]
    total: int
    page: int
    page_size: int
    total_pages: int


class VoiceUpdateRequest(BaseModel):
    """Request model for partially updating voice metadata."""

    name: str | None = None
    languages: list[str] | None = None
    gender: str | None = None
    age: int | None = None
    tags: list[str] | None = None
    description: str | None = None
