# Generated from spec/openapi.yaml by tools/generate.py. Do not edit.
"""Types used only by the audio.transcriptions operations."""

from typing import Annotated, Literal, Union

from pydantic import Field

from .._models import BaseModel, TaggedModel
from .shared import File, UsageInfo

__all__ = [
    "AudioTranscriptionRequest", "AudioTranscriptionRequestStream", "TimestampGranularity",
    "TranscriptionResponse", "TranscriptionSegmentChunk", "TranscriptionStreamDone",
    "TranscriptionStreamEventTypes", "TranscriptionStreamEvents", "TranscriptionStreamLanguage",
    "TranscriptionStreamSegmentDelta", "TranscriptionStreamTextDelta",
]


TimestampGranularity = Literal["segment", "word"]


class AudioTranscriptionRequest(TaggedModel):
    """Request body of POST /v1/audio/transcriptions."""

    model: str
    """ID of the model to be used."""
    file: File | None = None
    file_url: str | None = None
    """Url of a file to be transcribed"""
    file_id: str | None = None
    """ID of a file uploaded to /v1/files"""
    language: str | None = None
    """Language of the audio, e.g. 'en'. Providing the language can boost accuracy."""
    temperature: float | None = None
    stream: Literal[False] = False
    diarize: bool = False
    context_bias: list[str] = []
    timestamp_granularities: list[TimestampGranularity | str] | None = None
    """Granularities of timestamps to include in the response."""


class AudioTranscriptionRequestStream(TaggedModel):
    """Request body of POST /v1/audio/transcriptions (stream)."""

    model: str
    file: File | None = None
    file_url: str | None = None
    """Url of a file to be transcribed"""
    file_id: str | None = None
    """ID of a file uploaded to /v1/files"""
    language: str | None = None
    """Language of the audio, e.g. 'en'. Providing the language can boost accuracy."""
    temperature: float | None = None
    stream: Literal[True] = True
    diarize: bool = False
    context_bias: list[str] = []
    timestamp_granularities: list[TimestampGranularity | str] | None = None
    """Granularities of timestamps to include in the response."""


class TranscriptionSegmentChunk(TaggedModel):
    """TranscriptionSegmentChunk"""

    type: Literal["transcription_segment"] = "transcription_segment"
    text: str
    start: float
    end: float
    score: float | None = None
    speaker_id: str | None = None


class TranscriptionResponse(BaseModel):
    """Response of POST /v1/audio/transcriptions."""

    model: str
    text: str
    language: str | None
    segments: list[TranscriptionSegmentChunk] | None = None
    usage: UsageInfo


class TranscriptionStreamDone(TaggedModel):
    """TranscriptionStreamDone"""

    model: str
    text: str
    language: str | None
    segments: list[TranscriptionSegmentChunk] | None = None
    usage: UsageInfo
    type: Literal["transcription.done"] = "transcription.done"


TranscriptionStreamEventTypes = Literal[
    "transcription.language", "transcription.segment", "transcription.text.delta",
    "transcription.done",
]


class TranscriptionStreamLanguage(TaggedModel):
    """TranscriptionStreamLanguage"""

    type: Literal["transcription.language"] = "transcription.language"
    audio_language: str


class TranscriptionStreamSegmentDelta(TaggedModel):
    """TranscriptionStreamSegmentDelta"""

    type: Literal["transcription.segment"] = "transcription.segment"
    text: str
    start: float
    end: float
    speaker_id: str | None = None


class TranscriptionStreamTextDelta(TaggedModel):
    """TranscriptionStreamTextDelta"""

    type: Literal["transcription.text.delta"] = "transcription.text.delta"
    text: str


class TranscriptionStreamEvents(BaseModel):
    """Response of POST /v1/audio/transcriptions (stream)."""

    event: TranscriptionStreamEventTypes | str
    data: Annotated[
        Union[
            TranscriptionStreamTextDelta,
            TranscriptionStreamLanguage,
            TranscriptionStreamSegmentDelta,
            TranscriptionStreamDone,
        ],
        Field(discriminator="type"),
    ]
