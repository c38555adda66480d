"""Two emulators in one process keep separate locks and handlers: one holding its conversation
turn lock or its agent write lock never holds up the other, and a batch job runs through the
handlers of the app that owns it."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from emulator_support import make_client

from mistralkit.emulator import create_app

MODEL = "mistral-small-latest"


@pytest.fixture
def two_apps(tmp_path: Path) -> Iterator[tuple[Any, Any]]:
    first = create_app(data_dir=tmp_path / "one")
    second = create_app(data_dir=tmp_path / "two")
    yield first, second
    first.state.emulator.close()
    second.state.emulator.close()


def test_each_emulator_has_its_own_locks(two_apps: tuple[Any, Any]) -> None:
    first, second = (app.state.emulator for app in two_apps)
    assert first.locks is not second.locks
    assert first.locks.conversation_turns is not second.locks.conversation_turns
    assert first.locks.agent_writes is not second.locks.agent_writes


async def test_a_held_turn_lock_only_holds_up_its_own_emulator(two_apps: tuple[Any, Any]) -> None:
    first, second = two_apps
    body = {"model": MODEL, "inputs": "Hello there"}
    async with make_client(first) as c1, make_client(second) as c2:
        lock = first.state.emulator.locks.conversation_turns
        lock.acquire()
        try:
            blocked = asyncio.create_task(c1.post("/v1/conversations", json=body))
            # The other emulator answers while the first one's turn lock is held.
            answer = await asyncio.wait_for(c2.post("/v1/conversations", json=body), timeout=20)
            assert answer.status_code == 200
            assert answer.json()["outputs"][0]["type"] == "message.output"
            await asyncio.sleep(0.2)
            assert not blocked.done()  # the first one waits for its own lock
        finally:
            lock.release()
        first_answer = await asyncio.wait_for(blocked, timeout=20)
        assert first_answer.status_code == 200
        assert first_answer.json()["outputs"][0]["content"] == answer.json()["outputs"][0]["content"]


async def test_a_held_agent_lock_only_holds_up_its_own_emulator(two_apps: tuple[Any, Any]) -> None:
    first, second = two_apps
    async with make_client(first) as c1, make_client(second) as c2:
        a1 = (await c1.post("/v1/agents", json={"model": MODEL, "name": "one"})).json()
        a2 = (await c2.post("/v1/agents", json={"model": MODEL, "name": "two"})).json()
        lock = first.state.emulator.locks.agent_writes
        lock.acquire()
        try:
            blocked = asyncio.create_task(c1.patch(f"/v1/agents/{a1['id']}", json={"description": "x"}))
            updated = await asyncio.wait_for(c2.patch(f"/v1/agents/{a2['id']}", json={"description": "y"}), 20)
            assert updated.status_code == 200
            assert updated.json()["version"] == a2["version"] + 1
            await asyncio.sleep(0.2)
            assert not blocked.done()
        finally:
            lock.release()
        done = await asyncio.wait_for(blocked, timeout=20)
        assert done.status_code == 200
        assert done.json()["description"] == "x"


def test_handlers_belong_to_the_app() -> None:
    app = create_app()
    try:
        handlers = app.state.emulator.handlers
        assert "chat_completion_v1_chat_completions_post" in handlers
        assert "jobs_api_routes_batch_create_batch_job" in handlers
    finally:
        app.state.emulator.close()
