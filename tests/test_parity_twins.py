"""``Mistral``'s official-style ``*_async`` twins: same methods, awaited, with the client's settings."""

from __future__ import annotations

import asyncio
import inspect

import httpx2
import pytest

from mistralkit import AsyncMistral, AuthenticationError, Mistral
from mistralkit.testing import emulated_client

from .helpers import API_KEY, CHAT_RESPONSE, FakeClock, Script, ok

MODEL = "mistral-small-latest"
HI = [{"role": "user", "content": "Say hi"}]


@pytest.fixture
def client():
    with emulated_client() as c:
        yield c


def _resource_pairs() -> list[tuple[type, type]]:
    """Every (sync, async) pair of resource classes: same module name, ``X`` and ``AsyncX``."""
    import importlib
    import pkgutil

    import mistralkit.resources._async as async_package
    from mistralkit.resources._base import Resource

    pairs = []
    for info in pkgutil.iter_modules(async_package.__path__):
        async_module = importlib.import_module(f"mistralkit.resources._async.{info.name}")
        sync_module = importlib.import_module(f"mistralkit.resources._sync.{info.name}")
        for name, async_cls in vars(async_module).items():
            if (
                name.startswith("Async")
                and isinstance(async_cls, type)
                and issubclass(async_cls, Resource)
                and async_cls.__module__ == async_module.__name__
            ):
                pairs.append((getattr(sync_module, name[len("Async"):]), async_cls))
    return pairs


def test_every_async_method_has_a_twin_with_the_same_signature():
    from mistralkit.resources._async.agents import AsyncAgents
    from mistralkit.resources._sync.agents import Agents

    pairs = _resource_pairs()
    assert len(pairs) > 40 and (Agents, AsyncAgents) in pairs
    for sync_cls, async_cls in pairs:
        for name in dir(async_cls):
            method = getattr(async_cls, name)
            # An async method already named the official way (``run_async``) has no twin of a twin.
            if name.startswith("_") or name.endswith("_async") or not inspect.iscoroutinefunction(method):
                continue
            twin = getattr(sync_cls, f"{name}_async", None)
            assert twin is not None, f"{sync_cls.__name__}.{name}_async is missing"
            assert inspect.iscoroutinefunction(twin), f"{sync_cls.__name__}.{name}_async"
            if any(f"{name}_async" in vars(k) for k in sync_cls.__mro__ if k.__module__.startswith("mistralkit.resources._sync")):
                # generated (a hand-written mixin may provide its own, e.g. run_async)
                assert inspect.signature(twin) == inspect.signature(method), f"{sync_cls.__name__}.{name}_async"


async def test_chat_complete_and_stream_twins(client: Mistral) -> None:
    reply = await client.chat.complete_async(model=MODEL, messages=HI)
    assert reply.choices[0].message.content
    stream = await client.chat.stream_async(model=MODEL, messages=HI)
    text = ""
    async with stream:
        async for event in stream:
            text += event.data.choices[0].delta.content or ""
    # The emulator is deterministic: the same request gets the same answer, streamed or not.
    assert text == reply.choices[0].message.content


async def test_files_twins_upload_list_retrieve_delete(client: Mistral) -> None:
    uploaded = await client.files.upload_async(file=("train.jsonl", b'{"messages": []}\n'), purpose="fine-tune")
    page = await client.files.list_async()
    assert uploaded.id in [f.id async for f in page]
    assert (await client.files.retrieve_async(file_id=uploaded.id)).filename == "train.jsonl"
    assert (await client.files.delete_async(file_id=uploaded.id)).deleted is True
    assert client.files.list().total == 0  # the sync side sees the same emulator


async def test_conversation_twins_and_raw_response(client: Mistral) -> None:
    started = await client.beta.conversations.start_async(model=MODEL, inputs="Name a river.")
    appended = await client.beta.conversations.append_async(
        conversation_id=started.conversation_id, inputs="And another one?"
    )
    assert appended.conversation_id == started.conversation_id
    history = client.beta.conversations.get_history(conversation_id=started.conversation_id)
    assert len(history.entries) == 4
    raw = await client.chat.with_raw_response.complete_async(model=MODEL, messages=HI)
    assert raw.status_code == 200 and raw.parse().choices


def test_twins_share_the_clients_settings() -> None:
    script = Script(httpx2.Response(503), ok())
    clock = FakeClock()
    client = Mistral(
        api_key=API_KEY,
        server_url="https://api.test",
        default_headers={"X-Team": "blue"},
        max_retries=3,
        http_client=httpx2.Client(transport=httpx2.MockTransport(script)),
        async_client=httpx2.AsyncClient(transport=httpx2.MockTransport(script.handle_async)),
    )
    client._clock = clock
    client._sleep = clock.sleep
    reply = asyncio.run(client.chat.complete_async(model=MODEL, messages=HI))
    assert reply.id == CHAT_RESPONSE["id"]
    assert [r.url.host for r in script.requests] == ["api.test", "api.test"]  # retried once after the 503
    assert all(r.headers["authorization"] == f"Bearer {API_KEY}" for r in script.requests)
    assert all(r.headers["x-team"] == "blue" for r in script.requests)
    assert len(clock.sleeps) == 1  # the sync client's sleeper served the twin's wait
    # A with_options copy's twin uses the copy's settings.
    copy = client.with_options(default_headers={"X-Team": "red"}, max_retries=0)
    script.replies = [httpx2.Response(503)]
    with pytest.raises(Exception) as info:
        asyncio.run(copy.chat.complete_async(model=MODEL, messages=HI))
    assert info.value.status_code == 503 and info.value.retries == 0
    assert script.requests[-1].headers["x-team"] == "red"


def test_twins_work_across_event_loops_over_real_http() -> None:
    """``asyncio.run()`` twice: each loop gets its own pool, closed when the loop shuts down."""
    from mistralkit.emulator import BackgroundServer

    with BackgroundServer(api_key="right-key") as server:
        with Mistral(api_key="right-key", server_url=server.url, max_retries=0) as client:
            ids = [asyncio.run(client.chat.complete_async(model=MODEL, messages=HI)).id for _ in range(3)]
            assert len(set(ids)) == 3
            assert client.chat.complete(model=MODEL, messages=HI).id not in ids

            async def two_at_once() -> list[str]:
                replies = await asyncio.gather(*(client.chat.complete_async(model=MODEL, messages=HI) for _ in range(2)))
                return [r.id for r in replies]

            assert len(set(asyncio.run(two_at_once()))) == 2
        with Mistral(api_key="wrong-key", server_url=server.url, max_retries=0) as client:
            with pytest.raises(AuthenticationError):
                asyncio.run(client.models.list_async())


def test_a_loops_twin_and_its_pool_end_with_the_loop() -> None:
    from mistralkit import _twin
    from mistralkit.emulator import BackgroundServer

    with BackgroundServer() as server, Mistral(api_key="k", server_url=server.url, max_retries=0) as client:
        seen: list[AsyncMistral] = []

        async def call() -> None:
            await client.models.list_async()
            twin = _twin.async_twin(client)
            assert twin._pool.http is not None  # its own pool, open while the loop runs
            seen.append(twin)

        asyncio.run(call())
        asyncio.run(call())
        assert seen[0] is not seen[1]  # one twin per loop
        assert [t._pool.http for t in seen] == [None, None]  # closed by each loop's shutdown


def test_nothing_async_is_built_until_a_twin_is_awaited() -> None:
    client = Mistral(api_key="k", server_url="https://api.test")
    coroutine = client.chat.complete_async(model=MODEL, messages=HI)
    assert "_mistralkit_async_twin" not in vars(client)
    coroutine.close()


def test_async_with_closes_the_twin_pool_and_the_client() -> None:
    """The official README's form: ``async with Mistral(...) as client: await client.x.y_async(...)``."""
    from mistralkit import _twin
    from mistralkit._errors import ClientClosedError
    from mistralkit.emulator import BackgroundServer

    with BackgroundServer() as server:

        async def main() -> AsyncMistral:
            async with Mistral(api_key="k", server_url=server.url, max_retries=0) as client:
                reply = await client.chat.complete_async(model=MODEL, messages=HI)
                assert reply.choices[0].message.content
                twin = _twin.async_twin(client)
            assert twin._pool.http is None  # closed on leaving the block, not only at loop shutdown
            with pytest.raises(ClientClosedError):
                await client.chat.complete_async(model=MODEL, messages=HI)
            with pytest.raises(ClientClosedError):
                client.chat.complete(model=MODEL, messages=HI)
            return twin

        asyncio.run(main())
