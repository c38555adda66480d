"""tools/official_surface.py: spec/official_sdk.json is what the script reads from the official SDK."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
import official_surface  # noqa: E402

DATA = json.loads((ROOT / "spec" / "official_sdk.json").read_text(encoding="utf-8"))


def _package() -> Path | None:
    package = official_surface._default_package()
    return package if (package / "client" / "sdk.py").is_file() else None


@pytest.mark.skipif(_package() is None, reason="the official mistralai SDK source is not available")
def test_official_surface_is_fresh():
    assert official_surface.main(["--check"]) == 0


def test_official_surface_records_methods_with_keywords_twins_and_operations():
    assert DATA["version"] == "3.7.0"
    methods = {m["name"]: m for m in DATA["methods"]}
    complete = methods["chat.complete"]
    assert complete["async"] == "chat.complete_async"
    assert complete["operation_id"] == "chat_completion_v1_chat_completions_post"
    params = {p["name"]: p for p in complete["params"]}
    assert params["model"]["required"] and params["messages"]["required"]
    assert not params["reasoning_effort"]["required"]
    assert {"retries", "server_url", "timeout_ms", "http_headers"} <= set(params)
    assert methods["beta.libraries.documents.list"]["async"] == "beta.libraries.documents.list_async"
    assert "beta.conversations.start" in methods and "beta.prompts.list" in methods
    assert "audio.realtime.connect" in methods  # a namespace reached through a property
    assert len([m for m in DATA["methods"] if m["operation_id"]]) >= 300
