# Generated from resources/_async by tools/unasync.py. Do not edit.
from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Optional, Sequence

from ...types import TranscriptionResponse, TranscriptionStreamEvents
from ..._files import FileInput, multipart
from ..._request import RequestOptions
from ..._streaming import Stream
from .._base import Call, Resource, body
from .audio_ops import AudioOps
from .._events import TRANSCRIPTION_EVENTS

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ...realtime import RealtimeTranscription


__all__ = ["Audio", "Transcriptions"]

_ONE_SOURCE = "takes exactly one of file=, file_url= or file_id="


class Transcriptions(Resource):
    """Speech to text: ``POST /v1/audio/transcriptions``."""

    def complete(
        self,
        *,
        model: str,
        file: Optional[FileInput] = None,
        file_url: Optional[str] = None,
        file_id: Optional[str] = None,
        language: Optional[str] = None,
        temperature: Optional[float] = None,
        diarize: Optional[bool] = None,
        context_bias: Optional[Sequence[str]] = None,
        timestamp_granularities: Optional[Sequence[str]] = None,
        speaker_references: Optional[Sequence[Any]] = None,
        **options: Unpack[RequestOptions],
    ) -> TranscriptionResponse:
        """Transcribe audio given as ``file`` (a path, bytes, a binary file, ``{"file_name", "content"}``),
        ``file_url`` or ``file_id`` (an uploaded file). ``timestamp_granularities``: ``["segment"]``...
        """
        fields = body(locals())
        if sum(source is not None for source in (file, file_url, file_id)) != 1:
            raise TypeError(f"audio.transcriptions.complete() {_ONE_SOURCE}")
        parts = multipart(fields, {"file": fields.pop("file", None)})
        try:
            return self._call(
                Call("POST", "/v1/audio/transcriptions", cast=TranscriptionResponse, files=parts, options=options)
            )
        finally:
            parts.close()

    def stream(
        self,
        *,
        model: str,
        file: Optional[FileInput] = None,
        file_url: Optional[str] = None,
        file_id: Optional[str] = None,
        language: Optional[str] = None,
        temperature: Optional[float] = None,
        diarize: Optional[bool] = None,
        context_bias: Optional[Sequence[str]] = None,
        timestamp_granularities: Optional[Sequence[str]] = None,
        speaker_references: Optional[Sequence[Any]] = None,
        **options: Unpack[RequestOptions],
    ) -> Stream[TranscriptionStreamEvents]:
        """Like ``complete``, streamed: yields ``TranscriptionStreamEvents`` (``.event``, typed ``.data``)
        as the text is recognised, ending with ``transcription.done`` (the full result)."""
        fields = body(locals())
        if sum(source is not None for source in (file, file_url, file_id)) != 1:
            raise TypeError(f"audio.transcriptions.stream() {_ONE_SOURCE}")
        fields["stream"] = True
        parts = multipart(fields, {"file": fields.pop("file", None)})
        try:
            return self._call(
                Call("POST", "/v1/audio/transcriptions", files=parts, stream=TRANSCRIPTION_EVENTS, options=options)
            )
        finally:
            parts.close()

    async def complete_async(
        self,
        *,
        model: str,
        file: Optional[FileInput] = None,
        file_url: Optional[str] = None,
        file_id: Optional[str] = None,
        language: Optional[str] = None,
        temperature: Optional[float] = None,
        diarize: Optional[bool] = None,
        context_bias: Optional[Sequence[str]] = None,
        timestamp_granularities: Optional[Sequence[str]] = None,
        speaker_references: Optional[Sequence[Any]] = None,
        **options: Unpack[RequestOptions],
    ) -> TranscriptionResponse:
        """The awaitable twin of ``complete``: same arguments and result, for ``await`` in async code."""
        from .._async.audio import AsyncTranscriptions

        return await twin(self, AsyncTranscriptions).complete(
            model=model,
            file=file,
            file_url=file_url,
            file_id=file_id,
            language=language,
            temperature=temperature,
            diarize=diarize,
            context_bias=context_bias,
            timestamp_granularities=timestamp_granularities,
            speaker_references=speaker_references,
            **options,
        )

    async def stream_async(
        self,
        *,
        model: str,
        file: Optional[FileInput] = None,
        file_url: Optional[str] = None,
        file_id: Optional[str] = None,
        language: Optional[str] = None,
        temperature: Optional[float] = None,
        diarize: Optional[bool] = None,
        context_bias: Optional[Sequence[str]] = None,
        timestamp_granularities: Optional[Sequence[str]] = None,
        speaker_references: Optional[Sequence[Any]] = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncStream[TranscriptionStreamEvents]:
        """The awaitable twin of ``stream``: same arguments and result, for ``await`` in async code."""
        from .._async.audio import AsyncTranscriptions

        return await twin(self, AsyncTranscriptions).stream(
            model=model,
            file=file,
            file_url=file_url,
            file_id=file_id,
            language=language,
            temperature=temperature,
            diarize=diarize,
            context_bias=context_bias,
            timestamp_granularities=timestamp_granularities,
            speaker_references=speaker_references,
            **options,
        )


class Audio(AudioOps):
    """Audio: ``transcriptions``, ``speech``, ``voices`` and ``realtime`` transcription."""

    @cached_property
    def transcriptions(self) -> Transcriptions:
        return self._sub(Transcriptions)

    @cached_property
    def realtime(self) -> RealtimeTranscription:
        """Realtime transcription over a WebSocket (needs the ``realtime`` extra: ``pip install 'mistralkit[realtime]'``)."""
        from ...realtime import RealtimeTranscription

        return RealtimeTranscription(self._client)


# Coroutine twins run on the sync client's async twin (see mistralkit._twin).
from ..._twin import twin  # noqa: E402

if TYPE_CHECKING:
    from ..._streaming import AsyncStream
