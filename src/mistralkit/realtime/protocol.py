"""The realtime transcription protocol: the events received (typed), the messages sent, the handshake.

Both connection classes (``websockets.sync`` and ``websockets.asyncio``) only move these messages.
"""

from __future__ import annotations

import base64
import json
from typing import Any, Mapping, Optional, Union
from urllib.parse import urlencode, urlsplit, urlunsplit

from .._errors import APIConnectionError, APIStreamError, ConfigurationError, status_error_class
from .._models import BaseModel, parse_obj

PATH = "/v1/audio/transcriptions/realtime"
DONE = "transcription.done"


class AudioFormat(BaseModel):
    """The raw audio sent: ``encoding`` (``pcm_s16le``, ``pcm_f32le``, ``pcm_mulaw`` ...) and ``sample_rate`` (Hz)."""

    encoding: str
    sample_rate: int


class RealtimeSession(BaseModel):
    """The session as the server holds it."""

    request_id: Optional[str] = None
    model: Optional[str] = None
    audio_format: Optional[AudioFormat] = None
    target_streaming_delay_ms: Optional[int] = None


class SessionCreated(BaseModel):
    """The first event of every connection."""

    type: str = "session.created"
    session: RealtimeSession


class SessionUpdated(BaseModel):
    """The server applied an ``update_session``."""

    type: str = "session.updated"
    session: RealtimeSession


class RealtimeError(BaseModel):
    """The server reports an error (``error.message``, ``error.code``); the connection may stay open."""

    type: str = "error"
    error: Any = None


class TurnEvent(BaseModel):
    """Turn detection: ``turn.start``, ``turn.eager_end``, ``turn.resume`` or ``turn.end``."""

    type: str


class UnknownRealtimeEvent(BaseModel):
    """An event this client does not know (or could not read): its ``type`` and raw ``content``."""

    type: Optional[str] = None
    content: Any = None
    error: Optional[str] = None


RealtimeEvent = Any  # one of the event models above, or a TranscriptionStream* model


def _event_types() -> dict[str, Any]:
    from ..types import (
        TranscriptionStreamDone,
        TranscriptionStreamLanguage,
        TranscriptionStreamSegmentDelta,
        TranscriptionStreamTextDelta,
    )

    return {
        "session.created": SessionCreated,
        "session.updated": SessionUpdated,
        "error": RealtimeError,
        "transcription.language": TranscriptionStreamLanguage,
        "transcription.segment": TranscriptionStreamSegmentDelta,
        "transcription.text.delta": TranscriptionStreamTextDelta,
        "transcription.done": TranscriptionStreamDone,
        "turn.start": TurnEvent,
        "turn.eager_end": TurnEvent,
        "turn.resume": TurnEvent,
        "turn.end": TurnEvent,
    }


_TYPES: dict[str, Any] = {}


def parse_event(message: Union[str, bytes]) -> RealtimeEvent:
    """One server message as a typed event; never raises (unknown or broken messages are kept as such)."""
    text = message.decode("utf-8", errors="replace") if isinstance(message, (bytes, bytearray)) else message
    try:
        payload = json.loads(text)
    except ValueError as exc:
        return UnknownRealtimeEvent(content=text, error=f"not JSON: {exc}")
    kind = payload.get("type") if isinstance(payload, dict) else None
    if not _TYPES:
        _TYPES.update(_event_types())
    model = _TYPES.get(kind) if isinstance(kind, str) else None
    if model is None:
        return UnknownRealtimeEvent(type=kind if isinstance(kind, str) else None, content=payload, error="unknown event type")
    try:
        return parse_obj(model, payload)
    except ValueError as exc:
        return UnknownRealtimeEvent(type=kind, content=payload, error=str(exc))


# --------------------------------------------------------------------------- messages sent


def audio_message(audio: Union[bytes, bytearray, memoryview]) -> str:
    return json.dumps({"type": "input_audio.append", "audio": base64.b64encode(bytes(audio)).decode("ascii")})


FLUSH = json.dumps({"type": "input_audio.flush"})
END = json.dumps({"type": "input_audio.end"})


def session_message(fields: Mapping[str, Any]) -> str:
    session = {}
    for name, value in fields.items():
        if value is None:
            continue
        session[name] = value.model_dump(exclude_none=True) if isinstance(value, BaseModel) else value
    if not session:
        raise ValueError("update_session() needs at least one field")
    return json.dumps({"type": "session.update", "session": session})


def _handshake(client: Any, model: str, server_url: Optional[str], http_headers: Optional[Mapping[str, str]]) -> tuple[str, dict[str, str]]:
    base = (server_url or client._server_url).rstrip("/")
    parts = urlsplit(base + PATH)
    scheme = {"https": "wss", "http": "ws"}.get(parts.scheme, parts.scheme)
    url = urlunsplit((scheme, parts.netloc, parts.path, urlencode({"model": model}), ""))
    key = client._api_key() if callable(client._api_key) else client._api_key
    if not key:
        raise ConfigurationError("No API key: pass api_key= or set MISTRAL_API_KEY")
    headers = {**client._headers, "Authorization": f"Bearer {key}", **dict(http_headers or {})}
    return url, headers


def _connect_error(url: str, exc: Exception) -> Exception:
    response = getattr(exc, "response", None)
    status = getattr(response, "status_code", None)
    if isinstance(status, int) and status >= 400:
        body_bytes = getattr(response, "body", b"") or b""
        try:
            body: Any = json.loads(body_bytes)
        except ValueError:
            body = body_bytes.decode("utf-8", errors="replace")
        message = body.get("message") if isinstance(body, dict) else None
        headers = dict(getattr(response, "headers", {}) or {})
        return status_error_class(status)(
            f"{message or 'the realtime connection was refused'} (GET {PATH})",
            status_code=status,
            headers=headers,
            body=body,
            request_id=headers.get("x-request-id") or headers.get("mistral-request-id"),
            method="GET",
            url=url.split("?")[0],
        )
    return APIConnectionError(f"Could not open the realtime connection to {url.split('?')[0]}: {exc}", method="GET", url=url)


def _first_event(message: Union[str, bytes], url: str) -> SessionCreated:
    event = parse_event(message)
    if isinstance(event, SessionCreated):
        return event
    if isinstance(event, RealtimeError):
        raise _stream_error(event)
    raise APIConnectionError(f"The realtime server did not start a session (first event: {event!r:.200})", url=url)


def _stream_error(event: RealtimeError) -> APIStreamError:
    detail = event.error if isinstance(event.error, dict) else {"message": event.error}
    error = APIStreamError(f"The realtime transcription failed: {detail.get('message') or 'no message'}", body=detail)
    error.event = event  # type: ignore[attr-defined]
    return error


def _session_fields(
    audio_format: Any, target_streaming_delay_ms: Optional[int], extra: Mapping[str, Any]
) -> dict[str, Any]:
    return {"audio_format": audio_format, "target_streaming_delay_ms": target_streaming_delay_ms, **extra}


def _module(name: str) -> Any:
    import importlib

    try:
        return importlib.import_module(name)
    except ImportError as exc:
        raise ConfigurationError(
            "Realtime transcription needs the websockets library: pip install 'mistralkit[realtime]'"
        ) from exc
