"""Realtime transcription on ``AsyncMistral`` (``websockets.asyncio``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, AsyncIterable, AsyncIterator, Iterable, Mapping, Optional, Union

from .._errors import APIConnectionError
from .protocol import (
    DONE,
    END,
    FLUSH,
    RealtimeError,
    RealtimeEvent,
    RealtimeSession,
    SessionCreated,
    SessionUpdated,
    _connect_error,
    _first_event,
    _handshake,
    _module,
    _session_fields,
    _stream_error,
    audio_message,
    parse_event,
    session_message,
)

if TYPE_CHECKING:
    from .._client import AsyncMistral, Mistral

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

    def __init__(self, client: "Union[AsyncMistral, Mistral]") -> None:
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
