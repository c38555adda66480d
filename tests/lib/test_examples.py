"""Every example under examples/ runs against the emulator over HTTP (MISTRAL_BASE_URL)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture(scope="module")
def server():
    from mistralkit.emulator.server import BackgroundServer

    with BackgroundServer(job_speed=200) as background:
        yield background


def _run(server, name, *args):
    env = {**os.environ, "MISTRAL_BASE_URL": server.url, "MISTRAL_API_KEY": "example"}
    proc = subprocess.run(
        [sys.executable, str(EXAMPLES / name), *args], env=env, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout, proc.stderr


def test_structured_output(server):
    out, _ = _run(server, "structured_output.py")
    assert "final answer:" in out and "so far: [" in out and "parsed: MathDemonstration" in out


def test_stream_accumulate(server):
    out, _ = _run(server, "stream_accumulate.py")
    assert "finish reason: stop" in out and "tool call: get_weather {" in out


def test_tool_runner(server):
    out, _ = _run(server, "tool_runner.py")
    assert "after 2 rounds:" in out and "tool get_weather ->" in out
    assert "async: ['get_weather', 'get_time']" in out


def test_wait_for_jobs(server):
    out, err = _run(server, "wait_for_jobs.py")
    assert out.strip() == "SUCCESS 20 of 20" and "20/20" in err


def test_batch_run_twice_with_a_state_file(server, tmp_path):
    state = tmp_path / "state.json"
    first, _ = _run(server, "batch_run.py", str(state))
    second, _ = _run(server, "batch_run.py", str(state))
    assert first.endswith("done, 0 failed\n") and first == second


def test_conversation_run(server):
    out, _ = _run(server, "conversation_run.py")
    assert "function.call\nfunction.result\nmessage.output\n" in out
    assert "same conversation: True" in out and "as a model: location=" in out


def test_conversation_run_mcp(server):
    out, _ = _run(server, "conversation_run_mcp.py")
    assert "function.result 18 degrees and sunny in" in out
