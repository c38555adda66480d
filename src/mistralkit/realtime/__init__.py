"""Realtime transcription over a WebSocket: ``client.audio.realtime`` (install the ``realtime`` extra).

``connect(model=...)`` opens ``/v1/audio/transcriptions/realtime`` and returns a connection once the
server has announced the session (``session.created``). Send raw PCM audio with ``send_audio``, then
``end_audio``; iterate the connection for typed events (``TranscriptionStreamTextDelta`` ...
``TranscriptionStreamDone``, ``SessionCreated``/``SessionUpdated``, ``RealtimeError``, turn events, and
``UnknownRealtimeEvent`` for anything this client does not know yet). ``transcribe_stream`` does all
of it for an iterable of audio chunks.

The protocol (building and reading messages) exists once; ``RealtimeConnection`` (``websockets.sync``)
and ``AsyncRealtimeConnection`` (``websockets.asyncio``) only move the messages.

On ``Mistral``, as in the official SDK, async code may also ``await client.audio.realtime.connect(...)``
and ``async for`` over ``transcribe_stream(...)``: called inside a running event loop, those methods
answer in the async form too (see ``PendingRealtimeConnection``).
"""

from __future__ import annotations

from ._async import AsyncRealtimeConnection, AsyncRealtimeTranscription
from ._sync import PendingRealtimeConnection, RealtimeConnection, RealtimeTranscription, TranscriptionEvents
from .protocol import (
    AudioFormat,
    RealtimeError,
    RealtimeEvent,
    RealtimeSession,
    SessionCreated,
    SessionUpdated,
    TurnEvent,
    UnknownRealtimeEvent,
    parse_event,
)

__all__ = [
    "AudioFormat",
    "RealtimeSession",
    "SessionCreated",
    "SessionUpdated",
    "RealtimeError",
    "TurnEvent",
    "UnknownRealtimeEvent",
    "RealtimeEvent",
    "parse_event",
    "RealtimeTranscription",
    "AsyncRealtimeTranscription",
    "RealtimeConnection",
    "AsyncRealtimeConnection",
    "PendingRealtimeConnection",
    "TranscriptionEvents",
]
