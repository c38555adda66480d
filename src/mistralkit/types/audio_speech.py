# Generated from spec/openapi.yaml by tools/generate.py. Do not edit.
"""Types used only by the audio.speech operations."""

from typing import Annotated, Literal, Union

from pydantic import Field

from .._models import BaseModel, TaggedModel
from .shared import MetadataDict

__all__ = [
    "CompletionTokensDetails", "MessageTokens", "PromptTokensDetails", "Roles",
    "SpeechOutputFormat", "SpeechRequest", "SpeechStreamAudioDelta", "SpeechStreamDone",
    "SpeechStreamEventTypes", "SpeechV1AudioSpeechPostEvent", "SpeechV1AudioSpeechPostResponse",
    "SpeechV1AudioSpeechPostUsageInfo",
]


class CompletionTokensDetails(BaseModel):
    """Token usage details for the completion."""

    reasoning_tokens: int = 0


Roles = Literal["system", "user", "assistant", "tool"]


class MessageTokens(BaseModel):
    """Information on a single message included in a tokenized prompt as part of an InstructRequest.
    """

    role: Roles | str
    total_tokens: int | None = None
    truncated: bool = False
    usage_count: int = 1


class PromptTokensDetails(BaseModel):
    """Token usage details for the prompt."""

    messages: list[MessageTokens] | None = None
    cached_tokens: int = 0
    audio_tokens: int = 0


SpeechOutputFormat = Literal["pcm", "wav", "mp3", "flac", "opus"]


class SpeechRequest(BaseModel):
    """Request body of POST /v1/audio/speech."""

    model: str | None = None
    metadata: MetadataDict | None = None
    stream: bool = False
    prompt_cache_key: str | None = None
    voice_id: str | None = None
    """The preset or custom voice to use for generating the speech."""
    ref_audio: str | None = None
    """The audio reference for generating the speech."""
    input: str
    """Text to generate a speech from"""
    response_format: SpeechOutputFormat | str = "mp3"
    """Output audio format. Defaults to mp3."""


class SpeechStreamAudioDelta(TaggedModel):
    """SpeechStreamAudioDelta"""

    type: Literal["speech.audio.delta"] = "speech.audio.delta"
    audio_data: str


class SpeechV1AudioSpeechPostUsageInfo(BaseModel):
    """UsageInfo"""

    prompt_audio_seconds: int | None = None
    prompt_tokens: int = 0
    total_tokens: int = 0
    completion_tokens: int | None = 0
    request_count: int | None = None
    prompt_tokens_details: PromptTokensDetails | None = None
    completion_tokens_details: CompletionTokensDetails | None = None
    prompt_token_details: PromptTokensDetails | None = None
    num_cached_tokens: int | None = None


class SpeechStreamDone(TaggedModel):
    """SpeechStreamDone"""

    type: Literal["speech.audio.done"] = "speech.audio.done"
    usage: SpeechV1AudioSpeechPostUsageInfo


SpeechStreamEventTypes = Literal["speech.audio.delta", "speech.audio.done"]


class SpeechV1AudioSpeechPostEvent(BaseModel):
    """Streamed event of POST /v1/audio/speech."""

    event: SpeechStreamEventTypes | str
    data: Annotated[Union[SpeechStreamAudioDelta, SpeechStreamDone], Field(discriminator="type")]


class SpeechV1AudioSpeechPostResponse(BaseModel):
    """Response of POST /v1/audio/speech."""

    audio_data: str
    """Base64 encoded audio data"""
