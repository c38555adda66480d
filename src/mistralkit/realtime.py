"""Realtime transcription over a WebSocket: ``client.audio.realtime`` (install the ``realtime`` extra).

``connect(model=...)`` opens ``/v1/audio/transcriptions/realtime`` and returns a connection once the
server has announced the session (``session.created``). Send raw PCM audio with ``send_audio``, then
``end_audio``; iterate the connection for typed events (``TranscriptionStreamTextDelta`` ...
``TranscriptionStreamDone``, ``SessionCreated``/``SessionUpdated``, ``RealtimeError``, turn events, and
``UnknownRealtimeEvent`` for anything this client does not know yet). ``transcribe_stream`` does all
of it for an iterable of audio chunks.

The protocol (building and reading messages) exists once; ``RealtimeConnection`` (``websockets.sync``)
and ``AsyncRealtimeConnection`` (``websockets.asyncio``) only move the messages.
"""

from __future__ import annotations

import base64
import json
from typing import TYPE_CHECKING, Any, AsyncIterable, AsyncIterator, Iterable, Iterator, Mapping, Optional, Union
from urllib.parse import urlencode, urlsplit, urlunsplit

from ._errors import APIConnectionError, APIStreamError, ConfigurationError, status_error_class
from ._models import BaseModel, parse_obj

if TYPE_CHECKING:
    from ._client import AsyncMistral, Mistral

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
]

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
    from .types import (
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


# --------------------------------------------------------------------------- async


class AsyncRealtimeConnection:
    """An open realtime session (async). ``async for event in connection`` reads the events."""

    def __init__(self, websocket: Any, created: SessionCreated) -> None:
        self._ws = websocket
        self._pending: list[Any] = [created]
        self.session: RealtimeSession = created.session
        self.closed = False

    @property
    def request_id(self) -> Optional[str]:
        return self.session.request_id

    async def send_audio(self, audio: Union[bytes, bytearray, memoryview]) -> None:
        """Send a chunk of raw audio in the session's ``audio_format``."""
        await self._ws.send(audio_message(audio))

    async def flush_audio(self) -> None:
        """Ask the server to transcribe the audio sent so far now."""
        await self._ws.send(FLUSH)

    async def end_audio(self) -> None:
        """No more audio: the server finishes and sends ``transcription.done``."""
        await self._ws.send(END)

    async def update_session(
        self, audio_format: Any = None, *, target_streaming_delay_ms: Optional[int] = None, **fields: Any
    ) -> None:
        """Change the session (before sending audio): ``audio_format``, ``target_streaming_delay_ms``,
        ``diarize``, ``context_bias``, ``language``, ``speaker_references``, ``turn_detection``."""
        await self._ws.send(session_message(_session_fields(audio_format, target_streaming_delay_ms, fields)))

    async def close(self, *, code: int = 1000, reason: str = "") -> None:
        if not self.closed:
            self.closed = True
            await self._ws.close(code=code, reason=reason)

    async def events(self) -> AsyncIterator[RealtimeEvent]:
        """Every event until the server closes the connection."""
        closed_ok = _module("websockets.exceptions").ConnectionClosedOK
        while self._pending:
            yield self._pending.pop(0)
        try:
            while True:
                try:
                    message = await self._ws.recv()
                except closed_ok:
                    return
                event = parse_event(message)
                if isinstance(event, (SessionCreated, SessionUpdated)):
                    self.session = event.session
                yield event
        except _module("websockets.exceptions").ConnectionClosedError as exc:
            raise APIConnectionError(f"The realtime connection was cut: {exc}") from exc

    def __aiter__(self) -> AsyncIterator[RealtimeEvent]:
        return self.events()

    async def __aenter__(self) -> "AsyncRealtimeConnection":
        return self

    async def __aexit__(self, *exc: Any) -> None:
        await self.close()


class AsyncRealtimeTranscription:
    """``client.audio.realtime`` on ``AsyncMistral``."""

    def __init__(self, client: "AsyncMistral") -> None:
        self._client = client

    async def connect(
        self,
        model: str,
        audio_format: Any = None,
        target_streaming_delay_ms: Optional[int] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
        http_headers: Optional[Mapping[str, str]] = None,
        **session: Any,
    ) -> AsyncRealtimeConnection:
        """Open a session; the session fields given (see ``update_session``) are sent before returning."""
        client_module = _module("websockets.asyncio.client")
        url, headers = _handshake(self._client, model, server_url, http_headers)
        timeout = None if timeout_ms is None else timeout_ms / 1000
        try:
            websocket = await client_module.connect(url, additional_headers=headers, open_timeout=timeout)
        except (OSError, _module("websockets.exceptions").WebSocketException) as exc:
            raise _connect_error(url, exc) from exc
        try:
            import asyncio

            created = _first_event(await asyncio.wait_for(websocket.recv(), timeout), url)
            connection = AsyncRealtimeConnection(websocket, created)
            fields = _session_fields(audio_format, target_streaming_delay_ms, session)
            if any(v is not None for v in fields.values()):
                await connection.update_session(**fields)
            return connection
        except BaseException:
            await websocket.close()
            raise

    async def transcribe_stream(
        self,
        audio_stream: Union[AsyncIterable[bytes], Iterable[bytes]],
        model: str,
        audio_format: Any = None,
        **options: Any,
    ) -> AsyncIterator[RealtimeEvent]:
        """Send every chunk of ``audio_stream``, then yield the events up to ``transcription.done``.

        A server ``error`` event raises ``APIStreamError``; a connection closed earlier raises
        ``APIConnectionError``.
        """
        import asyncio

        async with await self.connect(model, audio_format, **options) as connection:
            failure: list[BaseException] = []

            async def send() -> None:
                try:
                    if hasattr(audio_stream, "__aiter__"):
                        async for chunk in audio_stream:
                            await connection.send_audio(chunk)
                    else:
                        for chunk in audio_stream:
                            await connection.send_audio(chunk)
                    await connection.end_audio()
                except Exception as exc:  # noqa: BLE001 - reported to the reader below, once the connection is closed
                    failure.append(exc)
                    await connection.close(code=1011, reason="audio source failed")

            sender = asyncio.ensure_future(send())
            try:
                try:
                    async for event in connection:
                        if isinstance(event, RealtimeError):
                            raise _stream_error(event)
                        yield event
                        if getattr(event, "type", None) == DONE:
                            return
                except APIConnectionError:
                    if not failure:
                        raise  # the connection was cut by the server or the network
                if failure:
                    raise APIConnectionError(f"Sending the audio failed: {failure[0]}") from failure[0]
                raise APIConnectionError("The realtime connection closed before transcription.done")
            finally:
                if not sender.done():
                    sender.cancel()


# --------------------------------------------------------------------------- sync


class RealtimeConnection:
    """An open realtime session. ``for event in connection`` reads the events."""

    def __init__(self, websocket: Any, created: SessionCreated) -> None:
        self._ws = websocket
        self._pending: list[Any] = [created]
        self.session: RealtimeSession = created.session
        self.closed = False

    @property
    def request_id(self) -> Optional[str]:
        return self.session.request_id

    def send_audio(self, audio: Union[bytes, bytearray, memoryview]) -> None:
        """Send a chunk of raw audio in the session's ``audio_format``."""
        self._ws.send(audio_message(audio))

    def flush_audio(self) -> None:
        """Ask the server to transcribe the audio sent so far now."""
        self._ws.send(FLUSH)

    def end_audio(self) -> None:
        """No more audio: the server finishes and sends ``transcription.done``."""
        self._ws.send(END)

    def update_session(self, audio_format: Any = None, *, target_streaming_delay_ms: Optional[int] = None, **fields: Any) -> None:
        """Change the session (before sending audio); see ``AsyncRealtimeConnection.update_session``."""
        self._ws.send(session_message(_session_fields(audio_format, target_streaming_delay_ms, fields)))

    def close(self, *, code: int = 1000, reason: str = "") -> None:
        if not self.closed:
            self.closed = True
            self._ws.close(code=code, reason=reason)

    def events(self) -> Iterator[RealtimeEvent]:
        """Every event until the server closes the connection."""
        exceptions = _module("websockets.exceptions")
        while self._pending:
            yield self._pending.pop(0)
        try:
            while True:
                try:
                    message = self._ws.recv()
                except exceptions.ConnectionClosedOK:
                    return
                event = parse_event(message)
                if isinstance(event, (SessionCreated, SessionUpdated)):
                    self.session = event.session
                yield event
        except exceptions.ConnectionClosedError as exc:
            raise APIConnectionError(f"The realtime connection was cut: {exc}") from exc

    def __iter__(self) -> Iterator[RealtimeEvent]:
        return self.events()

    def __enter__(self) -> "RealtimeConnection":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


class RealtimeTranscription:
    """``client.audio.realtime`` on ``Mistral``."""

    def __init__(self, client: "Mistral") -> None:
        self._client = client

    def connect(
        self,
        model: str,
        audio_format: Any = None,
        target_streaming_delay_ms: Optional[int] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
        http_headers: Optional[Mapping[str, str]] = None,
        **session: Any,
    ) -> RealtimeConnection:
        """Open a session; the session fields given (see ``update_session``) are sent before returning."""
        client_module = _module("websockets.sync.client")
        url, headers = _handshake(self._client, model, server_url, http_headers)
        timeout = None if timeout_ms is None else timeout_ms / 1000
        try:
            # entered at once: the connection lives in RealtimeConnection, whose close() ends it
            websocket = client_module.connect(url, additional_headers=headers, open_timeout=timeout).__enter__()
        except (OSError, _module("websockets.exceptions").WebSocketException) as exc:
            raise _connect_error(url, exc) from exc
        try:
            connection = RealtimeConnection(websocket, _first_event(websocket.recv(timeout), url))
            fields = _session_fields(audio_format, target_streaming_delay_ms, session)
            if any(v is not None for v in fields.values()):
                connection.update_session(**fields)
            return connection
        except BaseException:
            websocket.close()
            raise

    def transcribe_stream(
        self, audio_stream: Iterable[bytes], model: str, audio_format: Any = None, **options: Any
    ) -> Iterator[RealtimeEvent]:
        """Send every chunk of ``audio_stream``, then yield the events up to ``transcription.done``.

        The audio is sent from a background thread while the events are read, so a long recording never
        waits behind unread events.
        """
        import threading

        with self.connect(model, audio_format, **options) as connection:
            failure: list[BaseException] = []

            def send() -> None:
                try:
                    for chunk in audio_stream:
                        connection.send_audio(chunk)
                    connection.end_audio()
                except BaseException as exc:  # noqa: BLE001 - reported to the reader below, once the connection is closed
                    failure.append(exc)
                    connection.close(code=1011, reason="audio source failed")

            sender = threading.Thread(target=send, name="mistralkit-realtime-audio", daemon=True)
            sender.start()
            try:
                try:
                    for event in connection:
                        if isinstance(event, RealtimeError):
                            raise _stream_error(event)
                        yield event
                        if getattr(event, "type", None) == DONE:
                            return
                except APIConnectionError:
                    if not failure:
                        raise  # the connection was cut by the server or the network
                sender.join(5)
                if failure and not isinstance(failure[0], Exception):
                    raise failure[0]
                if failure:
                    raise APIConnectionError(f"Sending the audio failed: {failure[0]}") from failure[0]
                raise APIConnectionError("The realtime connection closed before transcription.done")
            finally:
                connection.close()
                sender.join(5)
