"""The async client's behaviour, the same on both HTTP backends (httpx2's own stack and aiohttp),
against the emulator served over real HTTP: results, streams, uploads and downloads, pagination,
typed errors, retries, timeouts, deadline, connection failures."""

from __future__ import annotations

import asyncio
import os
import socket
import uuid

import pytest

from mistralkit import (
    APIConnectionError,
    APIResponseValidationError,
    APIStreamError,
    APITimeoutError,
    AsyncMistral,
    AuthenticationError,
    BadRequestError,
    InternalServerError,
    NotFoundError,
    RateLimitError,
)
from mistralkit.emulator import BackgroundServer

from .conftest import BACKENDS

MESSAGES = [{"role": "user", "content": "Write two sentences about the sea."}]
MODEL = "mistral-small-latest"
KEY = "sk-backend-test-key"


@pytest.fixture(scope="module")
def emulator():
    with BackgroundServer(api_key=KEY) as server:
        yield server


@pytest.fixture(params=BACKENDS)
async def client(request, emulator):
    async with AsyncMistral(api_key=KEY, server_url=emulator.url, http_backend=request.param, max_retries=2) as c:
        expected = "aiohttp" if request.param == "aiohttp" else "httpx"
        from mistralkit._transports import backend_name

        assert backend_name(c._http()) == expected
        yield c


def fault(spec: str) -> dict:
    return {"extra_headers": {"x-mistralkit-fault": spec, "x-mistralkit-fault-key": uuid.uuid4().hex}}


async def test_complete_and_raw_response(client) -> None:
    reply = await client.chat.complete(model=MODEL, messages=MESSAGES, max_tokens=30)
    assert reply.choices[0].message.content
    raw = await client.chat.with_raw_response.complete(model=MODEL, messages=MESSAGES)
    assert raw.status_code == 200 and raw.request_id
    assert raw.parse().choices[0].message.content
    assert raw.elapsed > 0


async def test_stream_is_complete(client) -> None:
    stream = await client.chat.stream(model=MODEL, messages=MESSAGES)
    async with stream:
        text = "".join([event.data.choices[0].delta.content or "" async for event in stream])
    reply = await client.chat.complete(model=MODEL, messages=MESSAGES)
    assert text == reply.choices[0].message.content  # the emulator is deterministic


async def test_cut_stream_and_error_event_raise(client) -> None:
    stream = await client.chat.stream(model=MODEL, messages=MESSAGES, **fault("cut-stream=3"))
    with pytest.raises(APIConnectionError, match="after 3 events"):
        async for _ in stream:
            pass
    stream = await client.chat.stream(model=MODEL, messages=MESSAGES, **fault("stream-error=2"))
    with pytest.raises(APIStreamError):
        async for _ in stream:
            pass


async def test_upload_from_disk_download_and_pages(client, tmp_path) -> None:
    path = tmp_path / "train.jsonl"
    line = b'{"messages": [{"role": "user", "content": "hi"}, {"role": "assistant", "content": "hello"}]}\n'
    path.write_bytes(line * 20000)  # about 2 MB, streamed from disk
    uploaded = await client.files.upload(file=str(path), purpose="fine-tune")
    assert uploaded.bytes == os.path.getsize(path)
    download = await client.files.download(file_id=uploaded.id)
    target = tmp_path / "copy.jsonl"
    with open(target, "wb") as fh:
        async for chunk in download.iter_bytes():
            fh.write(chunk)
    assert target.read_bytes() == path.read_bytes()
    listing = await client.files.list(page_size=1)
    assert listing.data


async def test_typed_errors(client, emulator) -> None:
    with pytest.raises(NotFoundError) as info:
        await client.models.retrieve(model_id="no-such-model")
    assert info.value.status_code == 404 and info.value.request_id
    with pytest.raises(BadRequestError):
        await client.chat.complete(model="no-such-model", messages=MESSAGES)
    async with AsyncMistral(
        api_key="wrong", server_url=emulator.url, http_backend=_backend(client)
    ) as other:
        with pytest.raises(AuthenticationError) as auth:
            await other.models.list()
        assert "wrong" not in str(auth.value)
    with pytest.raises(APIResponseValidationError):
        await client.models.list(**fault("invalid-json"))


async def test_retries_then_success_and_give_up(client) -> None:
    raw = await client.models.with_raw_response.list(
        **fault("status=503;times=2;retry-after-ms=10")
    )
    assert raw.status_code == 200 and raw.retries == 2
    with pytest.raises(RateLimitError) as info:
        await client.models.list(max_retries=1, **fault("status=429;retry-after-ms=10"))
    assert info.value.retries == 1
    with pytest.raises(InternalServerError):
        await client.models.list(max_retries=0, **fault("status=500"))


async def test_dropped_connection_is_retried(client) -> None:
    raw = await client.models.with_raw_response.list(**fault("drop;times=1"))
    assert raw.retries == 1


async def test_timeouts_and_deadline(client) -> None:
    with pytest.raises(APITimeoutError):
        await client.models.list(timeout=0.2, max_retries=0, **fault("latency=1.5"))
    with pytest.raises(APITimeoutError):
        await client.models.list(deadline=0.5, **fault("latency=1.5"))


async def test_many_concurrent_calls(client) -> None:
    replies = await asyncio.gather(*(client.embeddings.create(model="mistral-embed", inputs=[f"t{i}"]) for i in range(60)))
    assert len({tuple(r.data[0].embedding[:4]) for r in replies}) > 1


@pytest.mark.parametrize("backend", BACKENDS)
async def test_connection_refused(backend) -> None:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    async with AsyncMistral(api_key="k", server_url=f"http://127.0.0.1:{port}", http_backend=backend, max_retries=1) as c:
        with pytest.raises(APIConnectionError) as info:
            await c.models.list()
    assert info.value.retries == 1


# httpx2's own pool is bound to the loop that made it (per-loop pools for it are a core change).
@pytest.mark.parametrize("backend", ["aiohttp"])
async def test_client_works_across_event_loops(backend, emulator) -> None:
    client = AsyncMistral(api_key=KEY, server_url=emulator.url, http_backend=backend)

    def in_new_loop() -> int:
        return len(asyncio.run(client.models.list()).data)

    loop = asyncio.get_running_loop()
    first = await loop.run_in_executor(None, in_new_loop)
    second = await loop.run_in_executor(None, in_new_loop)
    assert first == second > 0
    await client.close()


async def test_users_own_httpx_client_is_used_as_is(emulator) -> None:
    import httpx2

    seen: list[str] = []

    async def hook(request: httpx2.Request) -> None:
        seen.append(request.headers.get("x-mine", ""))

    async with httpx2.AsyncClient(headers={"x-mine": "yes"}, event_hooks={"request": [hook]}) as http:
        async with AsyncMistral(api_key=KEY, server_url=emulator.url, http_client=http) as client:
            await client.models.list()
        assert not http.is_closed
    assert seen == ["yes"]


def _backend(client: AsyncMistral) -> str:
    from mistralkit._transports import backend_name

    return backend_name(client._http()) or "httpx"
