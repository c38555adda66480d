"""Shared helpers for the emulator tests (clients, message builders)."""

from __future__ import annotations

from typing import Any

import httpx2
from emulator_contract import Recorder

API_KEY = "test-key"
BASE_URL = "http://emulator"


def make_client(app: Any, *, api_key: str | None = API_KEY, check: bool = True, **kwargs: Any) -> httpx2.AsyncClient:
    """An in-process client; with ``check`` every response is validated against the contract."""
    headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
    hooks = {"response": [Recorder()]} if check else {}
    return httpx2.AsyncClient(
        transport=httpx2.ASGITransport(app=app),
        base_url=BASE_URL,
        headers=headers,
        event_hooks=hooks,
        **kwargs,
    )


def user(text: str) -> dict[str, str]:
    return {"role": "user", "content": text}


def chat(content: str, model: str = "mistral-small-latest", **extra: Any) -> dict[str, Any]:
    return {"model": model, "messages": [user(content)], **extra}
