"""The official SDK's structured-output, conversation-run and batch examples, written again with
only the imports changed (tests/lib/official/), run against the emulator over HTTP."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

OFFICIAL = Path(__file__).parent / "official"


@pytest.fixture(scope="module")
def server():
    from mistralkit.emulator.server import BackgroundServer

    with BackgroundServer(job_speed=100) as background:
        yield background


def _run(server, name):
    env = {**os.environ, "MISTRAL_BASE_URL": server.url, "MISTRAL_API_KEY": "example"}
    # The examples start their MCP server with "python": make it this interpreter.
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    proc = subprocess.run([sys.executable, str(OFFICIAL / name)], env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def test_structured_outputs(server):
    out = _run(server, "structured_outputs.py")
    first, streamed = out.split("\n", 1)
    assert first.startswith("steps=[Explanation(explanation=") and "final_answer=" in first
    assert streamed.startswith('{"steps": [')


def test_async_conversation_run(server):
    assert _run(server, "async_conversation_run.py").startswith("Result: answer=")


def test_async_conversation_run_mcp(server):
    out = _run(server, "async_conversation_run_mcp.py")
    assert "type='function.result'" in out and "Final model: user=" in out


def test_async_conversation_run_stream(server):
    out = _run(server, "async_conversation_run_stream.py")
    assert "event='conversation.response.started'" in out and "Final model: user=" in out


def _has_sync_async_twins() -> bool:
    # The official single-client style (client.chat.parse_async on Mistral) comes with the
    # generated *_async twins of the sync resources and the mistralkit.models aliases.
    import importlib.util

    from mistralkit.resources._sync.batch import BatchJobs
    from mistralkit.resources._sync.chat import Chat

    return hasattr(Chat, "parse_async") and hasattr(BatchJobs, "create_async") and importlib.util.find_spec("mistralkit.models") is not None


needs_twins = pytest.mark.skipif(not _has_sync_async_twins(), reason="needs the sync client's *_async twins")


@needs_twins
def test_async_structured_outputs(server):
    assert _run(server, "async_structured_outputs.py").startswith("steps=[Explanation(explanation=")


@needs_twins
def test_async_batch_job_chat_completion_inline(server):
    out = _run(server, "async_batch_job_chat_completion_inline.py")
    assert "Job is done, status SUCCESS" in out
