"""The sync resources are generated from the async ones and must not drift."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import unasync  # noqa: E402


def test_committed_sync_resources_are_fresh():
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "unasync.py"), "--check"], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_transformation():
    source = '''from ..._streaming import AsyncStream
__all__ = ["AsyncChat"]


class AsyncChat(Resource):
    """Async chat: AsyncChat in prose stays."""

    async def stream(self) -> AsyncStream[int]:
        async with self._lock:
            async for item in await self._call(x):
                await item.aclose()
        return await self._call(Call("POST", "/v1/x"))
'''
    out = unasync.transform(source)
    assert out.startswith(unasync.HEADER)
    body = out[len(unasync.HEADER) :]
    assert "from ..._streaming import Stream\n" in body
    assert '__all__ = ["Chat"]' in body
    assert "class Chat(Resource):" in body
    assert '"""Async chat: AsyncChat in prose stays."""' in body
    assert "    def stream(self) -> Stream[int]:" in body
    assert "        with self._lock:" in body
    assert "            for item in self._call(x):" in body
    assert "                item.close()" in body
    assert '        return self._call(Call("POST", "/v1/x"))' in body
    assert "async" not in body.replace("Async chat", "").replace("AsyncChat in prose", "")
    assert "await" not in body


def test_coroutine_twins_are_added_to_sync_classes():
    source = '''from __future__ import annotations

from ..._streaming import AsyncStream
from .._base import Resource


class AsyncThings(Resource):
    async def get(self, thing_id: str, /, *, full: bool = False, **options: Any) -> Thing:
        return await self._call(x)

    async def stream(self, *, q: str) -> AsyncStream[int]:
        return await self._call(y)

    async def _private(self) -> None:
        pass

    async def walk(self, *, n: int) -> AsyncIterator[int]:
        for i in range(n):
            yield i
'''
    out = unasync.add_twins(source, unasync.transform(source), "nosuchmodule")
    compile(out, "things.py", "exec")
    assert "class Things(Resource):" in out
    assert "    async def get_async(self, thing_id: str, /, *, full: bool = False, **options: Any) -> Thing:" in out
    assert "return await twin(self, AsyncThings).get(thing_id, full=full, **options)" in out
    assert "    async def stream_async(self, *, q: str) -> AsyncStream[int]:" in out
    assert "from .._async.nosuchmodule import AsyncThings" in out
    assert "_private_async" not in out
    # An async generator's twin hands back the async iterator.
    assert "    def walk_async(self, *, n: int) -> AsyncIterator[int]:" in out
    assert "return twin(self, AsyncThings).walk(n=n)" in out
    # The async names in the twins' annotations are imported for type checkers.
    assert "if TYPE_CHECKING:\n    from ..._streaming import AsyncStream" in out
    assert out.index("class Things") < out.index("def get_async") < out.index("from ..._twin import twin")
