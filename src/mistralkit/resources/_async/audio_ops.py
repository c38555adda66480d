# Generated from spec/openapi.yaml and spec/official_sdk.json by tools/generate_resources.py. Do not edit.
"""Generated operations of ``audio``, inherited by the hand-written class."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._base import Resource

if TYPE_CHECKING:
    pass

    from .audio_speech import AsyncAudioSpeech
    from .audio_voices import AsyncAudioVoices

__all__ = ["AsyncAudioOps"]


class AsyncAudioOps(Resource):
    """Operations of ``client.audio`` the hand-written class does not define."""

    @cached_property
    def speech(self) -> AsyncAudioSpeech:
        """API for speech generation."""
        from .audio_speech import AsyncAudioSpeech

        return self._sub(AsyncAudioSpeech)

    @cached_property
    def voices(self) -> AsyncAudioVoices:
        """API for voice management."""
        from .audio_voices import AsyncAudioVoices

        return self._sub(AsyncAudioVoices)
