"""Realtime transcription (client.audio.realtime) against a real WebSocket server started by the test.

The server speaks the realtime protocol: ``session.created`` on connect, ``session.updated`` for a
``session.update``, and, at ``input_audio.end``, one text delta per audio chunk received then
``transcription.done``. It checks the handshake (path, model, bearer key) as the API does.
"""

from __future__ import annotations

import asyncio
import base64
import json
import threading
from typing import Any, Iterator

import pytest

websockets = pytest.importorskip("websockets")
from websockets.asyncio.server import serve  # noqa: E402

from mistralkit import APIConnectionError, AsyncMistral, AuthenticationError, Mistral  # noqa: E402
from mistralkit._errors import APIStreamError  # noqa: E402
from mistralkit.realtime import (  # noqa: E402
    RealtimeError,
    SessionCreated,
    SessionUpdated,
    UnknownRealtimeEvent,
    parse_event,
)
from mistralkit.types import TranscriptionStreamDone, TranscriptionStreamTextDelta  # noqa: E402

KEY = "sk-realtime-test"


class Server:
    """A realtime transcription server on 127.0.0.1 (ephemeral port), in its own thread and event loop."""

    def __init__(self, *, fail_with_error: bool = False, drop_before_done: bool = False) -> None:
        self.fail_with_error = fail_with_error
        self.drop_before_done = drop_before_done
        self.received: list[dict] = []
        self.paths: list[str] = []
        self.loop = asyncio.new_event_loop()
        self.ready = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.port = 0

    async def _process_request(self, connection: Any, request: Any) -> Any:
        self.paths.append(request.path)
        if request.headers.get("Authorization") != f"Bearer {KEY}":
            return connection.respond(401, json.dumps({"message": "Unauthorized", "object": "error"}))
        return None

    async def _handler(self, ws: Any) -> None:
        await ws.send(json.dumps({"type": "session.created", "session": {"request_id": "req-1", "model": "voxtral-mini"}}))
        chunks: list[bytes] = []
        async for message in ws:
            data = json.loads(message)
            self.received.append(data)
            if data["type"] == "session.update":
                await ws.send(json.dumps({"type": "session.updated", "session": {"request_id": "req-1", **data["session"]}}))
            elif data["type"] == "input_audio.append":
                chunks.append(base64.b64decode(data["audio"]))
                if self.fail_with_error:
                    await ws.send(json.dumps({"type": "error", "error": {"message": "bad audio", "code": 4001}}))
            elif data["type"] == "input_audio.end":
                for chunk in chunks:
                    await ws.send(json.dumps({"type": "transcription.text.delta", "text": chunk.decode()}))
                await ws.send(json.dumps({"type": "turn.end"}))
                await ws.send(json.dumps({"type": "speaker.identified", "speaker": "A"}))
                if self.drop_before_done:
                    await ws.close(code=1011, reason="overloaded")
                    return
                text = b"".join(chunks).decode()
                await ws.send(json.dumps({"type": "transcription.done", "text": text, "model": "voxtral-mini", "usage": {}}))
                await ws.close()
                return

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)

        async def main() -> None:
            async with serve(self._handler, "127.0.0.1", 0, process_request=self._process_request) as server:
                self.port = server.sockets[0].getsockname()[1]
                self.stop = asyncio.Event()
                self.ready.set()
                await self.stop.wait()

        self.loop.run_until_complete(main())

    def __enter__(self) -> "Server":
        self.thread.start()
        assert self.ready.wait(10)
        return self

    def __exit__(self, *exc: Any) -> None:
        self.loop.call_soon_threadsafe(self.stop.set)
        self.thread.join(10)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


@pytest.fixture
def server() -> Iterator[Server]:
    with Server() as s:
        yield s


FORMAT = {"encoding": "pcm_s16le", "sample_rate": 16000}


def test_sync_transcribe_stream(server: Server) -> None:
    client = Mistral(api_key=KEY, server_url=server.url)
    events = list(client.audio.realtime.transcribe_stream([b"Bon", b"jour"], "voxtral-mini", FORMAT))
    assert [type(e) for e in events] == [
        SessionCreated, SessionUpdated, TranscriptionStreamTextDelta, TranscriptionStreamTextDelta,
        type(events[4]), UnknownRealtimeEvent, TranscriptionStreamDone,
    ]  # fmt: skip
    assert events[4].type == "turn.end" and events[5].type == "speaker.identified"
    assert events[-1].text == "Bonjour"
    assert server.paths == ["/v1/audio/transcriptions/realtime?model=voxtral-mini"]
    kinds = [m["type"] for m in server.received]
    assert kinds == ["session.update", "input_audio.append", "input_audio.append", "input_audio.end"]
    assert server.received[0]["session"] == {"audio_format": FORMAT}


def test_async_connection_step_by_step(server: Server) -> None:
    async def main() -> list[Any]:
        client = AsyncMistral(api_key=KEY, server_url=server.url)
        async with await client.audio.realtime.connect("voxtral-mini", target_streaming_delay_ms=240) as connection:
            assert connection.session.request_id == "req-1"
            await connection.send_audio(b"Salut")
            await connection.flush_audio()
            await connection.end_audio()
            events = [event async for event in connection]
            assert connection.session.target_streaming_delay_ms == 240
            return events

    events = asyncio.run(main())
    assert isinstance(events[0], SessionCreated) and isinstance(events[1], SessionUpdated)
    assert isinstance(events[-1], TranscriptionStreamDone) and events[-1].text == "Salut"
    assert [m["type"] for m in server.received] == [
        "session.update", "input_audio.append", "input_audio.flush", "input_audio.end",
    ]  # fmt: skip


def test_async_transcribe_stream_from_an_async_iterable(server: Server) -> None:
    async def audio() -> Any:
        for chunk in (b"a", b"b", b"c"):
            yield chunk

    async def main() -> list[Any]:
        client = AsyncMistral(api_key=KEY, server_url=server.url)
        return [e async for e in client.audio.realtime.transcribe_stream(audio(), "voxtral-mini")]

    events = asyncio.run(main())
    assert isinstance(events[-1], TranscriptionStreamDone) and events[-1].text == "abc"


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_refused_handshake_is_a_typed_error_without_the_key(server: Server, mode: str) -> None:
    with pytest.raises(AuthenticationError) as info:
        if mode == "sync":
            Mistral(api_key="sk-wrong-key-123", server_url=server.url).audio.realtime.connect("voxtral-mini")
        else:
            asyncio.run(AsyncMistral(api_key="sk-wrong-key-123", server_url=server.url).audio.realtime.connect("voxtral-mini"))
    assert info.value.status_code == 401 and "Unauthorized" in str(info.value)
    assert "sk-wrong-key-123" not in str(info.value) + repr(info.value)


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_server_error_event_raises(mode: str) -> None:
    with Server(fail_with_error=True) as server:
        with pytest.raises(APIStreamError, match="bad audio") as info:
            if mode == "sync":
                list(Mistral(api_key=KEY, server_url=server.url).audio.realtime.transcribe_stream([b"x"], "voxtral-mini"))
            else:

                async def main() -> None:
                    client = AsyncMistral(api_key=KEY, server_url=server.url)
                    async for _ in client.audio.realtime.transcribe_stream([b"x"], "voxtral-mini"):
                        pass

                asyncio.run(main())
        assert isinstance(info.value.event, RealtimeError)  # type: ignore[attr-defined]


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_connection_cut_before_done_raises(mode: str) -> None:
    with Server(drop_before_done=True) as server:
        with pytest.raises(APIConnectionError):
            if mode == "sync":
                list(Mistral(api_key=KEY, server_url=server.url).audio.realtime.transcribe_stream([b"x"], "voxtral-mini"))
            else:

                async def main() -> None:
                    client = AsyncMistral(api_key=KEY, server_url=server.url)
                    async for _ in client.audio.realtime.transcribe_stream([b"x"], "voxtral-mini"):
                        pass

                asyncio.run(main())


def test_parse_event_is_tolerant() -> None:
    assert isinstance(parse_event("not json"), UnknownRealtimeEvent)
    assert parse_event('{"type": "new.kind", "x": 1}').content == {"type": "new.kind", "x": 1}
    delta = parse_event('{"type": "transcription.text.delta", "text": "hi", "extra": true}')
    assert isinstance(delta, TranscriptionStreamTextDelta) and delta.text == "hi"


def test_sync_audio_source_failure_ends_the_stream_with_an_error(server: Server) -> None:
    def audio() -> Iterator[bytes]:
        yield b"a"
        raise OSError("microphone unplugged")

    client = Mistral(api_key=KEY, server_url=server.url)
    with pytest.raises(APIConnectionError, match="microphone unplugged"):
        list(client.audio.realtime.transcribe_stream(audio(), "voxtral-mini"))


def test_async_audio_source_failure_ends_the_stream_with_an_error(server: Server) -> None:
    async def audio() -> Any:
        yield b"a"
        raise OSError("microphone unplugged")

    async def main() -> None:
        client = AsyncMistral(api_key=KEY, server_url=server.url)
        async for _ in client.audio.realtime.transcribe_stream(audio(), "voxtral-mini"):
            pass

    with pytest.raises(APIConnectionError, match="microphone unplugged"):
        asyncio.run(main())


def test_the_sync_client_answers_official_async_code(server: Server) -> None:
    # The official SDK's form, on its sync client: connect() awaited, transcribe_stream() async-iterated.
    async def audio() -> Any:
        for chunk in (b"x", b"y"):
            yield chunk

    async def main() -> tuple[list[Any], list[Any]]:
        client = Mistral(api_key=KEY, server_url=server.url)
        async with await client.audio.realtime.connect("voxtral-mini") as connection:
            await connection.send_audio(b"Hi")
            await connection.end_audio()
            stepped = [event async for event in connection]
        streamed = [e async for e in client.audio.realtime.transcribe_stream(audio(), "voxtral-mini", FORMAT)]
        return stepped, streamed

    stepped, streamed = asyncio.run(main())
    assert isinstance(stepped[-1], TranscriptionStreamDone) and stepped[-1].text == "Hi"
    assert isinstance(streamed[-1], TranscriptionStreamDone) and streamed[-1].text == "xy"


def test_inside_a_loop_the_sync_form_still_works(server: Server) -> None:
    # A blocking program that happens to run in an event loop (a notebook does) keeps the sync form.
    from mistralkit.realtime import PendingRealtimeConnection, RealtimeConnection

    async def main() -> list[Any]:
        client = Mistral(api_key=KEY, server_url=server.url)
        connection = client.audio.realtime.connect("voxtral-mini")
        assert isinstance(connection, PendingRealtimeConnection) and not server.paths  # nothing opened yet
        with connection as opened:
            assert isinstance(opened, RealtimeConnection) and opened.request_id == "req-1"
            opened.send_audio(b"ok")
            opened.end_audio()
            events = list(opened)
        assert connection.closed
        return events + list(client.audio.realtime.transcribe_stream([b"a"], "voxtral-mini"))

    events = asyncio.run(main())
    assert [e.text for e in events if isinstance(e, TranscriptionStreamDone)] == ["ok", "a"]


def test_outside_a_loop_connect_opens_at_once(server: Server) -> None:
    from mistralkit.realtime import PendingRealtimeConnection

    client = Mistral(api_key=KEY, server_url=server.url)
    connection = client.audio.realtime.connect("voxtral-mini")
    try:
        assert not isinstance(connection, PendingRealtimeConnection)
        assert server.paths == ["/v1/audio/transcriptions/realtime?model=voxtral-mini"]
    finally:
        connection.close()
