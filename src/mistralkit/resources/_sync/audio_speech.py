# Generated from resources/_async by tools/unasync.py. Do not edit.
# Generated from spec/openapi.yaml and spec/official_sdk.json by tools/generate_resources.py. Do not edit.
"""API for speech generation."""

from __future__ import annotations

from typing import Any, Mapping, Optional, TYPE_CHECKING, Union

from ...types import SpeechRequest, SpeechV1AudioSpeechPostResponse
from ..._request import RequestOptions
from ..._streaming import Stream
from .._base import Call, Resource
from .._generated import present, typed_events

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ["AudioSpeech"]


class AudioSpeech(Resource):
    """API for speech generation."""

    def complete(
        self,
        *,
        input: str,
        model: Optional[str] = None,
        metadata: Optional[Any] = None,
        stream: Optional[bool] = None,
        prompt_cache_key: Optional[str] = None,
        voice_id: Optional[str] = None,
        ref_audio: Optional[str] = None,
        response_format: Optional[str] = None,
        expressiveness: Optional[Any] = None,
        phoneme_hints: Optional[Any] = None,
        conversation_history: Optional[Any] = None,
        additional_properties: Optional[Mapping[str, Any]] = None,
        **options: Unpack[RequestOptions],
    ) -> Union[SpeechV1AudioSpeechPostResponse, Stream[Any]]:
        """Speech."""
        payload = present({
            "model": model,
            "metadata": metadata,
            "stream": stream,
            "prompt_cache_key": prompt_cache_key,
            "voice_id": voice_id,
            "ref_audio": ref_audio,
            "input": input,
            "response_format": response_format,
            "expressiveness": expressiveness,
            "phoneme_hints": phoneme_hints,
            "conversation_history": conversation_history,
        })
        if additional_properties:
            payload = {**additional_properties, **payload}
        return self._call(Call(
            "POST",
            "/v1/audio/speech",
            cast=SpeechV1AudioSpeechPostResponse,
            body=payload,
            body_type=SpeechRequest,
            stream=typed_events("SpeechV1AudioSpeechPostEvent") if stream else None,
            options=options,
        ))

    async def complete_async(
        self,
        *,
        input: str,
        model: Optional[str] = None,
        metadata: Optional[Any] = None,
        stream: Optional[bool] = None,
        prompt_cache_key: Optional[str] = None,
        voice_id: Optional[str] = None,
        ref_audio: Optional[str] = None,
        response_format: Optional[str] = None,
        expressiveness: Optional[Any] = None,
        phoneme_hints: Optional[Any] = None,
        conversation_history: Optional[Any] = None,
        additional_properties: Optional[Mapping[str, Any]] = None,
        **options: Unpack[RequestOptions],
    ) -> Union[SpeechV1AudioSpeechPostResponse, AsyncStream[Any]]:
        """The awaitable twin of ``complete``: same arguments and result, for ``await`` in async code."""
        from .._async.audio_speech import AsyncAudioSpeech

        return await twin(self, AsyncAudioSpeech).complete(
            input=input,
            model=model,
            metadata=metadata,
            stream=stream,
            prompt_cache_key=prompt_cache_key,
            voice_id=voice_id,
            ref_audio=ref_audio,
            response_format=response_format,
            expressiveness=expressiveness,
            phoneme_hints=phoneme_hints,
            conversation_history=conversation_history,
            additional_properties=additional_properties,
            **options,
        )


# Coroutine twins run on the sync client's async twin (see mistralkit._twin).
from ..._twin import twin  # noqa: E402

if TYPE_CHECKING:
    from ..._streaming import AsyncStream
