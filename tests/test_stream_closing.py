"""Streams and downloads release their connection at once, raw and streaming responses can be closed,
and write_to never loses an existing file. Closing is observed at a real server."""

from __future__ import annotations

import asyncio
import io
import os

import httpx2
import pytest

from mistralkit import APIConnectionError, AsyncMistral, Mistral, StreamedResponse
from mistralkit.types import ChatCompletionResponse

from .helpers import API_KEY, CHAT_RESPONSE, MESSAGES, ChunkedStream, Script, make_client, sse, chunk
from .servers import LocalServer, answer, hold_open

EVENTS = sse(chunk("a"), chunk("b"), done=False)
BYTES = b"0123456789" * 210_000  # more than one default chunk (1 MiB)


def sse_server():
    server = LocalServer([])
    server.replies.append(hold_open(200, EVENTS, server, "text/event-stream"))
    return server


def file_server():
    server = LocalServer([])
    server.replies.append(hold_open(200, BYTES, server, "application/octet-stream"))
    return server


def closed_at_once(server) -> bool:
    # A blocking wait: the event loop does not run meanwhile, so only a close done at once counts.
    return server.disconnected.wait(2)


async def closed_after_close(server) -> bool:
    # After an awaited close, asyncio may finish closing the socket on the loop's next turns.
    for _ in range(5):
        await asyncio.sleep(0)
    return server.disconnected.wait(2)


@pytest.fixture(params=["aiohttp", "httpx"])
def backend(request):
    """Both async backends: each must drop an abandoned connection at once."""
    return request.param


async def test_async_for_break_closes_the_connection_at_once(backend):
    with sse_server() as server:
        async with AsyncMistral(api_key=API_KEY, server_url=server.url, http_backend=backend) as client:
            stream = await client.chat.stream(model="m", messages=MESSAGES)
            async for event in stream:
                assert event.data.choices[0].delta.content == "a"
                break
            assert closed_at_once(server)


async def test_async_download_loop_stopped_early_closes_at_once(backend):
    with file_server() as server:
        async with AsyncMistral(api_key=API_KEY, server_url=server.url, http_backend=backend) as client:
            download = await client.files.download(file_id="f1")
            async for piece in download.aiter_bytes(100):
                assert piece == BYTES[:100]
                break
            assert closed_at_once(server)


async def test_async_download_iterated_directly_closes_at_once(backend):
    with file_server() as server:
        async with AsyncMistral(api_key=API_KEY, server_url=server.url, http_backend=backend) as client:
            download = await client.files.download(file_id="f1")
            async for _ in download:
                break
            assert closed_at_once(server)


async def test_failing_async_write_to_closes_at_once(tmp_path, backend):
    class Full(io.RawIOBase):
        mode = "wb"

        def write(self, data):
            raise OSError("disk full")

    with file_server() as server:
        async with AsyncMistral(api_key=API_KEY, server_url=server.url, http_backend=backend) as client:
            download = await client.files.download(file_id="f1")
            with pytest.raises(OSError, match="disk full"):
                await download.write_to(Full())
            assert download.is_closed
            assert await closed_after_close(server)


def test_raw_stream_response_can_be_closed():
    with sse_server() as server:
        with Mistral(api_key=API_KEY, server_url=server.url) as client:
            raw = client.chat.with_raw_response.stream(model="m", messages=MESSAGES)
            assert raw.status_code == 200 and not raw.is_closed
            raw.close()
            assert raw.is_closed
            assert closed_at_once(server)
    with file_server() as server:
        with Mistral(api_key=API_KEY, server_url=server.url) as client:
            with client.files.with_raw_response.download(file_id="f1") as raw:
                assert raw.headers["content-type"] == "application/octet-stream"
            assert closed_at_once(server)


async def test_async_raw_stream_response_can_be_closed(backend):
    with sse_server() as server:
        async with AsyncMistral(api_key=API_KEY, server_url=server.url, http_backend=backend) as client:
            async with await client.chat.with_raw_response.stream(model="m", messages=MESSAGES) as raw:
                first = await raw.parse().__anext__()
                assert first.data.choices[0].delta.content == "a"
            assert raw.is_closed
            assert await closed_after_close(server)


async def test_async_raw_response_says_how_to_close_it():
    with sse_server() as server:
        async with AsyncMistral(api_key=API_KEY, server_url=server.url) as client:
            raw = await client.chat.with_raw_response.stream(model="m", messages=MESSAGES)
            with pytest.raises(TypeError, match="aclose"):
                raw.close()
            await raw.aclose()
            assert await closed_after_close(server)


# --- with_streaming_response ---------------------------------------------------------------------------


def test_streaming_response_reads_the_body_only_when_asked():
    with file_server() as server:
        with Mistral(api_key=API_KEY, server_url=server.url) as client:
            with client.files.with_streaming_response.download(file_id="f1") as response:
                assert isinstance(response, StreamedResponse)
                assert not response.http_response.is_stream_consumed
                assert next(response.iter_bytes(10)) == BYTES[:10]
            assert response.is_closed
            assert closed_at_once(server)


def test_streaming_response_parses_a_model():
    with LocalServer([answer(200, CHAT_RESPONSE, {"x-request-id": "req-3"})]) as server:
        with Mistral(api_key=API_KEY, server_url=server.url) as client:
            with client.chat.with_streaming_response.complete(model="m", messages=MESSAGES) as response:
                assert response.request_id == "req-3"
                reply = response.parse()
                assert isinstance(reply, ChatCompletionResponse)
                assert reply.choices[0].message.content == "Hello there"
            with client.chat.with_streaming_response.complete(model="m", messages=MESSAGES) as response:
                assert response.json()["id"] == "cmpl-1"


def test_streaming_response_of_a_sub_resource_and_a_stream():
    with sse_server() as server:
        with Mistral(api_key=API_KEY, server_url=server.url) as client:
            with client.chat.with_streaming_response.stream(model="m", messages=MESSAGES) as response:
                stream = response.parse()
                assert next(stream).data.choices[0].delta.content == "a"
            assert closed_at_once(server)


async def test_async_streaming_response(backend):
    with LocalServer([answer(200, CHAT_RESPONSE)]) as server:
        async with AsyncMistral(api_key=API_KEY, server_url=server.url, http_backend=backend) as client:
            async with client.chat.with_streaming_response.complete(model="m", messages=MESSAGES) as response:
                reply = await response.parse()
                assert reply.id == "cmpl-1"
            assert response.is_closed
    with file_server() as server:
        async with AsyncMistral(api_key=API_KEY, server_url=server.url, http_backend=backend) as client:
            async with client.files.with_streaming_response.download(file_id="f1") as response:
                async for piece in response.aiter_bytes(10):
                    assert piece == BYTES[:10]
                    break
            assert await closed_after_close(server)


# --- write_to -----------------------------------------------------------------------------------------


def download_of(script):
    return make_client(script).files.download(file_id="f1")


def test_failed_download_keeps_the_existing_file(tmp_path):
    target = tmp_path / "model.bin"
    target.write_bytes(b"precious")
    body = ChunkedStream([b"new-", b"partial"], fail_after=httpx2.ReadError("reset"))
    with pytest.raises(APIConnectionError):
        download_of(Script(httpx2.Response(200, stream=body))).write_to(target)
    assert target.read_bytes() == b"precious"
    assert os.listdir(tmp_path) == ["model.bin"]  # no partial file left behind


def test_download_replaces_the_file_when_complete(tmp_path):
    target = tmp_path / "model.bin"
    target.write_bytes(b"old")
    os.chmod(target, 0o640)
    written = download_of(Script(httpx2.Response(200, content=b"fresh bytes"))).write_to(target)
    assert written == 11
    assert target.read_bytes() == b"fresh bytes"
    assert os.stat(target).st_mode & 0o777 == 0o640
    assert os.listdir(tmp_path) == ["model.bin"]
    fresh = tmp_path / "new.bin"
    download_of(Script(httpx2.Response(200, content=b"x"))).write_to(str(fresh))
    assert fresh.read_bytes() == b"x"


async def test_failed_async_download_keeps_the_existing_file(tmp_path):
    from .helpers import AsyncChunkedStream, make_async_client

    target = tmp_path / "model.bin"
    target.write_bytes(b"precious")
    body = AsyncChunkedStream([b"new-"], fail_after=httpx2.ReadError("reset"))
    client = make_async_client(Script(httpx2.Response(200, stream=body)))
    download = await client.files.download(file_id="f1")
    with pytest.raises(APIConnectionError):
        await download.write_to(target)
    assert target.read_bytes() == b"precious"
    assert os.listdir(tmp_path) == ["model.bin"]


# --- with_streaming_response on paged lists -------------------------------------------------------------


def test_streaming_response_of_a_paged_list():
    from mistralkit.testing import emulated_client

    with emulated_client() as client:
        client.files.upload(file=("a.jsonl", b'{"x": 1}\n'), purpose="batch")
        with client.files.with_streaming_response.list() as response:
            assert isinstance(response, StreamedResponse)
            assert response.json()["data"][0]["filename"] == "a.jsonl"
            page = response.parse()
            assert [f.filename for f in page.data] == ["a.jsonl"]
            assert [f.filename for f in page] == ["a.jsonl"]
        assert response.is_closed


async def test_async_streaming_response_of_a_paged_list():
    from mistralkit._response import AsyncStreamedResponse
    from mistralkit.testing import emulated_async_client

    async with emulated_async_client() as client:
        await client.files.upload(file=("a.jsonl", b'{"x": 1}\n'), purpose="batch")
        async with client.files.with_streaming_response.list() as response:
            assert isinstance(response, AsyncStreamedResponse)
            assert (await response.json())["data"][0]["filename"] == "a.jsonl"
            page = await response.parse()
            assert [f.filename async for f in page] == ["a.jsonl"]
        assert response.is_closed
