"""Compressed answers (gzip, brotli, zstd), the response size limit and the stream idle timeout."""

from __future__ import annotations

import resource
import time

import pytest

from mistralkit import APITimeoutError, AsyncMistral, Mistral
from mistralkit._transports.errors import ResponseTooLargeError, StreamTimeoutError

from .conftest import BACKENDS
from .servers import ThreadServer, api_app

MESSAGES = [{"role": "user", "content": "hi"}]


@pytest.mark.parametrize("encoding", ["gzip", "br", "zstd"])
def test_compressed_answers_sync(plain_server, encoding) -> None:
    with Mistral(api_key="k", server_url=plain_server.url) as client:
        raw = client.models.with_raw_response.list(extra_headers={"x-test-encoding": encoding})
        assert raw.headers["content-encoding"] == encoding
        assert encoding in raw.http_response.request.headers["accept-encoding"]
        models = raw.parse()
        assert [m.id for m in models.data] == [f"model-{i}" for i in range(50)]


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("encoding", ["gzip", "br", "zstd"])
async def test_compressed_answers_async(plain_server, encoding, backend) -> None:
    async with AsyncMistral(api_key="k", server_url=plain_server.url, http_backend=backend) as client:
        raw = await client.models.with_raw_response.list(extra_headers={"x-test-encoding": encoding})
        assert raw.headers["content-encoding"] == encoding
        assert len(raw.parse().data) == 50


class _Huge:
    url: str


@pytest.fixture(scope="module")
def huge_server():
    import os
    import subprocess
    import sys

    script = os.path.join(os.path.dirname(__file__), "huge_server.py")
    process = subprocess.Popen([sys.executable, script], stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        port = int(process.stdout.readline())
        server = _Huge()
        server.url = f"http://127.0.0.1:{port}"
        yield server
    finally:
        process.terminate()
        process.wait(10)


def _rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@pytest.mark.parametrize("chunked", [False, True])
def test_max_response_bytes_sync(huge_server, chunked) -> None:
    before = _rss_mb()
    headers = {"x-test-chunked": "1"} if chunked else {}
    with Mistral(api_key="k", server_url=huge_server.url, max_response_bytes=1_000_000, max_retries=0) as client:
        with pytest.raises(ResponseTooLargeError) as info:
            client.models.list(extra_headers=headers)
    assert info.value.limit == 1_000_000 and info.value.status_code == 200
    assert _rss_mb() - before < 50  # the 100 MB body was never held


@pytest.mark.parametrize("backend", BACKENDS)
async def test_max_response_bytes_async(huge_server, backend) -> None:
    before = _rss_mb()
    async with AsyncMistral(
        api_key="k", server_url=huge_server.url, max_response_bytes=1_000_000, http_backend=backend
    ) as client:
        for headers in ({}, {"x-test-chunked": "1"}):
            with pytest.raises(ResponseTooLargeError):
                await client.models.list(extra_headers=headers)
    assert _rss_mb() - before < 50


def test_max_response_bytes_allows_smaller_answers(plain_server) -> None:
    with Mistral(api_key="k", server_url=plain_server.url, max_response_bytes=1_000_000) as client:
        assert len(client.models.list().data) == 50


@pytest.fixture(scope="module")
def stalling_server():
    with ThreadServer(api_app(stall_after=2, stall_seconds=3.0)) as server:
        yield server


def test_stream_timeout_sync(stalling_server) -> None:
    with Mistral(api_key="k", server_url=stalling_server.url, stream_timeout=0.5) as client:
        started = time.monotonic()
        stream = client.chat.stream(model="m", messages=MESSAGES)
        seen = 0
        with pytest.raises(StreamTimeoutError) as info:
            for _ in stream:
                seen += 1
        stream.close()
    assert seen == 2
    assert info.value.timeout == 0.5
    assert isinstance(info.value, APITimeoutError)
    assert time.monotonic() - started < 2.5


@pytest.mark.parametrize("backend", BACKENDS)
async def test_stream_timeout_async(stalling_server, backend) -> None:
    async with AsyncMistral(
        api_key="k", server_url=stalling_server.url, stream_timeout=0.5, http_backend=backend
    ) as client:
        started = time.monotonic()
        stream = await client.chat.stream(model="m", messages=MESSAGES)
        seen = 0
        with pytest.raises(StreamTimeoutError):
            async for _ in stream:
                seen += 1
        await stream.close()
    assert seen == 2
    assert time.monotonic() - started < 2.5


@pytest.mark.parametrize("backend", BACKENDS)
async def test_stream_outlives_a_short_stream_timeout_when_chunks_flow(backend) -> None:
    # Silence of 0.3 s with a 1 s stream_timeout: the stream completes.
    with ThreadServer(api_app(stall_after=1, stall_seconds=0.3)) as server:
        async with AsyncMistral(api_key="k", server_url=server.url, stream_timeout=1.0, http_backend=backend) as client:
            stream = await client.chat.stream(model="m", messages=MESSAGES)
            items = [event async for event in stream]
    assert len(items) == 1


def test_option_checks() -> None:
    with pytest.raises(ValueError, match="max_response_bytes"):
        Mistral(api_key="k", max_response_bytes=0)
    with pytest.raises(ValueError, match="stream_timeout"):
        Mistral(api_key="k", stream_timeout=-1)
    with pytest.raises(ValueError, match="http_backend"):
        AsyncMistral(api_key="k", http_backend="curl")
