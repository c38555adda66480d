"""The response cache, against the emulator served over HTTP."""

from __future__ import annotations

import pytest

from mistralkit import AsyncMistral, Mistral
from mistralkit.emulator import create_app
from mistralkit.lib.cache import DiskStore, MemoryStore, ResponseCache, cacheable

from .servers import ThreadServer

SECRET = "sk-cache-SECRET-value-0123456789"


class Counted:
    """The emulator behind a counter of the HTTP requests that reach it."""

    def __init__(self) -> None:
        self.app = create_app()
        self.count = 0

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] == "http":
            self.count += 1
        await self.app(scope, receive, send)


@pytest.fixture(scope="module")
def counted():
    app = Counted()
    with ThreadServer(app) as server:
        server.counted = app
        yield server


@pytest.fixture
def emulator(counted):
    return counted


class Sent:
    """How many requests reached the server since this test began."""

    def __init__(self, server) -> None:
        self.app = server.counted
        self.start = self.app.count

    @property
    def count(self) -> int:
        return self.app.count - self.start


def test_cached_reads_are_served_from_memory(emulator) -> None:
    sent = Sent(emulator)
    with Mistral(api_key=SECRET, server_url=emulator.url, cache=True, cache_ttl=60) as client:
        first = client.models.list()
        second = client.models.list()
        assert [m.id for m in first.data] == [m.id for m in second.data]
        assert second is not first  # each caller gets its own objects
        card = client.models.retrieve(model_id=first.data[0].id)
        assert client.models.retrieve(model_id=first.data[0].id).id == card.id
        vectors = client.embeddings.create(model="mistral-embed", inputs=["same text"])
        again = client.embeddings.create(model="mistral-embed", inputs=["same text"])
        assert again.data[0].embedding == vectors.data[0].embedding
        assert sent.count == 3
        client.embeddings.create(model="mistral-embed", inputs=["other text"])
        assert sent.count == 4
        client.models.list(cache=False)
        assert sent.count == 5
        # Never cached: completions.
        for _ in range(2):
            client.chat.complete(model="mistral-small-latest", messages=[{"role": "user", "content": "hi"}])
        assert sent.count == 7
        cache = client._pool.features.cache
        assert cache.hits == 3


def test_file_metadata_is_cached_and_a_delete_empties_the_cache(emulator, tmp_path) -> None:
    sent = Sent(emulator)
    path = tmp_path / "data.jsonl"
    path.write_bytes(b'{"a": 1}\n')
    with Mistral(api_key=SECRET, server_url=emulator.url, cache=True) as client:
        uploaded = client.files.upload(file=str(path), purpose="batch")
        client.files.retrieve(file_id=uploaded.id)
        client.files.retrieve(file_id=uploaded.id)
        assert sent.count == 2
        client.files.delete(file_id=uploaded.id)
        assert len(client._pool.features.cache.store) == 0


def test_ttl_expires_entries(emulator) -> None:
    sent = Sent(emulator)
    now = [1000.0]
    cache = ResponseCache(ttl=10, clock=lambda: now[0])
    with Mistral(api_key=SECRET, server_url=emulator.url, cache=cache) as client:
        client.models.list()
        now[0] += 9
        client.models.list()
        assert sent.count == 1
        now[0] += 2
        client.models.list()
        assert sent.count == 2


def test_keys_never_share_answers_and_never_hold_the_key(emulator, tmp_path) -> None:
    sent = Sent(emulator)
    store = DiskStore(tmp_path / "cache")
    with Mistral(api_key=SECRET, server_url=emulator.url, cache=store) as client:
        client.models.list()
        other = client.with_options(api_key="sk-another-key")
        other.models.list()
        assert sent.count == 2
        other.models.list()
        assert sent.count == 2
    for entry in (tmp_path / "cache").iterdir():
        assert SECRET.encode() not in entry.read_bytes()
        assert SECRET not in entry.name
    # A second client (another process, say) reads the same disk store.
    with Mistral(api_key=SECRET, server_url=emulator.url, cache=DiskStore(tmp_path / "cache")) as client:
        client.models.list()
        assert sent.count == 2


def test_memory_store_is_bounded() -> None:
    store = MemoryStore(max_entries=3, max_bytes=100)
    for i in range(5):
        store.set(f"k{i}", b"x" * 10, 1e12)
    assert len(store) == 3 and store.get("k0") is None and store.get("k4") is not None
    store.set("big", b"y" * 95, 1e12)
    assert store.get("big") is not None and len(store) <= 1 + 1
    store.set("huge", b"z" * 101, 1e12)
    assert store.get("huge") is None


def test_only_deterministic_reads_are_cacheable() -> None:
    assert cacheable("GET", "/v1/models")
    assert cacheable("GET", "/v1/models/mistral-small-latest")
    assert cacheable("POST", "/v1/embeddings")
    assert cacheable("GET", "/v1/files/abc")
    assert not cacheable("GET", "/v1/files/abc/content")
    assert not cacheable("POST", "/v1/chat/completions")
    assert not cacheable("DELETE", "/v1/models/x")


async def test_async_cache(emulator) -> None:
    sent = Sent(emulator)
    async with AsyncMistral(api_key=SECRET, server_url=emulator.url, cache=True) as client:
        for _ in range(3):
            await client.models.list()
        assert sent.count == 1
        stream = await client.chat.stream(model="mistral-small-latest", messages=[{"role": "user", "content": "hi"}])
        async with stream:
            assert [e async for e in stream]
        raw = await client.models.with_raw_response.list()
        assert raw.status_code == 200  # raw calls bypass the cache
        assert sent.count == 3


def test_bad_cache_option() -> None:
    with pytest.raises(TypeError):
        Mistral(api_key="k", cache="yes")
    with pytest.raises(ValueError):
        Mistral(api_key="k", cache=True, cache_ttl=0)


def test_no_feature_layer_without_cache_breaker_or_limiter() -> None:
    # With none of them set, a call goes straight to the core: there is nothing to pass through.
    for cls in (Mistral, AsyncMistral):
        assert cls(api_key="k")._pool.features is None
        assert cls(api_key="k", cache=False, rate_limit=None, circuit_breaker=None)._pool.features is None
        assert cls(api_key="k", cache=True)._pool.features is not None


def test_with_options_copies_share_the_features() -> None:
    client = Mistral(api_key="k", cache=True)
    assert client.with_options(timeout=3)._pool.features is client._pool.features
