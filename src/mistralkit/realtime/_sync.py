"""Realtime transcription on ``Mistral`` (``websockets.sync``), which also answers the official SDK's
async form when called inside a running event loop."""

from __future__ import annotations

import sys
from typing import (
    TYPE_CHECKING,
    Any,
    AsyncIterator,
    Awaitable,
    Callable,
    Generator,
    Iterable,
    Iterator,
    Mapping,
    Optional,
    TypeVar,
    Union,
)

from .._errors import APIConnectionError
from ._async import AsyncRealtimeConnection, AsyncRealtimeTranscription
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
    from .._client import Mistral

F = TypeVar("F", bound=Callable[..., Any])


def _awaitable_in_async_code(function: F) -> F:
    # Marks a sync method that answers in the async form inside a running event loop, as the official
    # SDK's coroutine of the same name (the parity check reads the mark).
    function.__mistralkit_awaitable__ = True  # type: ignore[attr-defined]
    return function


def _loop_running() -> bool:
    asyncio = sys.modules.get("asyncio")
    if asyncio is None:
        return False
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


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

    @_awaitable_in_async_code
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
        """Open a session; the session fields given (see ``update_session``) are sent before returning.

        Called inside a running event loop, it returns a ``PendingRealtimeConnection``: ``await`` it for
        an ``AsyncRealtimeConnection`` (the official SDK's form), or use it as this connection.
        """
        args = (model, audio_format, target_streaming_delay_ms, server_url, timeout_ms, http_headers)
        if _loop_running():
            return PendingRealtimeConnection(
                lambda: self._open(*args, **session),
                lambda: AsyncRealtimeTranscription(self._client).connect(*args, **session),
            )
        return self._open(*args, **session)

    def _open(
        self,
        model: str,
        audio_format: Any = None,
        target_streaming_delay_ms: Optional[int] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
        http_headers: Optional[Mapping[str, str]] = None,
        **session: Any,
    ) -> RealtimeConnection:
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

    @_awaitable_in_async_code
    def transcribe_stream(
        self, audio_stream: Iterable[bytes], model: str, audio_format: Any = None, **options: Any
    ) -> "TranscriptionEvents":
        """Send every chunk of ``audio_stream``, then yield the events up to ``transcription.done``.

        The audio is sent from a background thread while the events are read, so a long recording never
        waits behind unread events. ``async for`` over the result (with an async or plain iterable of
        audio) runs the async form instead, as the official SDK does on every client.
        """
        return TranscriptionEvents(
            lambda: self._transcribe(audio_stream, model, audio_format, **options),
            lambda: AsyncRealtimeTranscription(self._client).transcribe_stream(audio_stream, model, audio_format, **options),
        )

    def _transcribe(
        self, audio_stream: Iterable[bytes], model: str, audio_format: Any = None, **options: Any
    ) -> Iterator[RealtimeEvent]:
        import threading

        with self._open(model, audio_format, **options) as connection:
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


class PendingRealtimeConnection(RealtimeConnection):
    """``Mistral.audio.realtime.connect(...)`` called inside a running event loop.

    ``await`` it for an ``AsyncRealtimeConnection``, as with the official SDK, whose ``connect`` is a
    coroutine on every client. Used directly (``with``, ``send_audio``, iteration ...) it is the
    blocking ``RealtimeConnection``, opened on first use.
    """

    def __init__(
        self, open_sync: Callable[[], RealtimeConnection], open_async: Callable[[], Awaitable[AsyncRealtimeConnection]]
    ) -> None:
        self._open_sync = open_sync
        self._open_async = open_async
        self._opened: Optional[RealtimeConnection] = None

    def __await__(self) -> Generator[Any, None, AsyncRealtimeConnection]:
        return self._open_async().__await__()

    def _connection(self) -> RealtimeConnection:
        if self._opened is None:
            self._opened = self._open_sync()
        return self._opened

    @property
    def session(self) -> RealtimeSession:  # type: ignore[override]
        return self._connection().session

    @property
    def closed(self) -> bool:  # type: ignore[override]
        return self._opened is not None and self._opened.closed

    @property
    def request_id(self) -> Optional[str]:
        return self._connection().request_id

    def send_audio(self, audio: Union[bytes, bytearray, memoryview]) -> None:
        self._connection().send_audio(audio)

    def flush_audio(self) -> None:
        self._connection().flush_audio()

    def end_audio(self) -> None:
        self._connection().end_audio()

    def update_session(self, audio_format: Any = None, *, target_streaming_delay_ms: Optional[int] = None, **fields: Any) -> None:
        self._connection().update_session(audio_format, target_streaming_delay_ms=target_streaming_delay_ms, **fields)

    def close(self, *, code: int = 1000, reason: str = "") -> None:
        if self._opened is not None:
            self._opened.close(code=code, reason=reason)

    def events(self) -> Iterator[RealtimeEvent]:
        return self._connection().events()

    def __enter__(self) -> RealtimeConnection:
        return self._connection()


class TranscriptionEvents(Iterator[RealtimeEvent]):
    """What ``Mistral.audio.realtime.transcribe_stream`` returns: iterate it (``for``), or, in async
    code, ``async for`` over it as with the official SDK. Nothing is sent before the iteration starts."""

    def __init__(
        self, sync: Callable[[], Iterator[RealtimeEvent]], async_: Callable[[], AsyncIterator[RealtimeEvent]]
    ) -> None:
        self._sync = sync
        self._async = async_
        self._iterator: Optional[Iterator[RealtimeEvent]] = None

    def __iter__(self) -> "TranscriptionEvents":
        return self

    def __next__(self) -> RealtimeEvent:
        if self._iterator is None:
            self._iterator = self._sync()
        return next(self._iterator)

    def __aiter__(self) -> AsyncIterator[RealtimeEvent]:
        return self._async().__aiter__()

    def close(self) -> None:
        """Stop early: close the connection of an iteration in progress."""
        close = getattr(self._iterator, "close", None)
        if close is not None:
            close()
