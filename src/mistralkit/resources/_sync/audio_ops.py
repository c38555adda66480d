# Generated from resources/_async by tools/unasync.py. Do not edit.
# Generated from spec/openapi.yaml and spec/official_sdk.json by tools/generate_resources.py. Do not edit.
"""Generated operations of ``audio``, inherited by the hand-written class."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._base import Resource

if TYPE_CHECKING:
    pass

    from .audio_speech import AudioSpeech
    from .audio_voices import AudioVoices

__all__ = ["AudioOps"]


class AudioOps(Resource):
    """Operations of ``client.audio`` the hand-written class does not define."""

    @cached_property
    def speech(self) -> AudioSpeech:
        """API for speech generation."""
        from .audio_speech import AudioSpeech

        return self._sub(AudioSpeech)

    @cached_property
    def voices(self) -> AudioVoices:
        """API for voice management."""
        from .audio_voices import AudioVoices

        return self._sub(AudioVoices)
