"""The emulator over real HTTP: uvicorn in a subprocess and in a thread."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx2
import pytest

from mistralkit.emulator import BackgroundServer

ROOT = Path(__file__).resolve().parents[2]
AUTH = {"Authorization": "Bearer test-key"}
CHAT = {"model": "mistral-small-latest", "messages": [{"role": "user", "content": "Tell me about rivers"}]}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, data_dir: Path) -> None:
        self.port = _free_port()
        env = {**os.environ, "PYTHONPATH": str(ROOT / "src") + os.pathsep + os.environ.get("PYTHONPATH", "")}
        env.pop("MISTRALKIT_FAULTS", None)
        self.log = data_dir.parent / f"server-{self.port}.log"
        data_dir.parent.mkdir(parents=True, exist_ok=True)
        log = self.log.open("wb")
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "mistralkit.emulator",
                "--port",
                str(self.port),
                "--data-dir",
                str(data_dir),
                "--log-level",
                "warning",
            ],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        log.close()
        self.url = f"http://127.0.0.1:{self.port}"
        deadline = time.monotonic() + 20
        while True:
            try:
                if httpx2.get(self.url + "/_emulator/health", timeout=0.5).status_code == 200:
                    break
            except httpx2.TransportError:
                pass
            if self.proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("server did not start:\n" + self.log.read_text(errors="replace"))
            time.sleep(0.05)

    def kill_hard(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=10)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    s = Server(tmp_path / "data")
    yield s
    s.stop()


def test_http_round_trip_stream_and_faults(server: Server) -> None:
    with httpx2.Client(base_url=server.url, headers=AUTH, timeout=10) as client:
        r = client.post("/v1/chat/completions", json=CHAT)
        assert r.status_code == 200 and r.json()["choices"][0]["message"]["content"]
        assert r.headers["x-request-id"] == r.headers["mistral-correlation-id"]

        with client.stream("POST", "/v1/chat/completions", json={**CHAT, "stream": True}) as resp:
            assert resp.headers["content-type"].startswith("text/event-stream")
            assert resp.headers.get("transfer-encoding") == "chunked"
            lines = [line for line in resp.iter_lines() if line]
        assert lines[-1] == "data: [DONE]"
        streamed = "".join(json.loads(line[6:])["choices"][0]["delta"].get("content") or "" for line in lines[:-1])
        assert streamed == r.json()["choices"][0]["message"]["content"]

        with pytest.raises(httpx2.TransportError):
            client.post("/v1/chat/completions", json=CHAT, headers={"x-mistralkit-fault": "drop"})

        received = []
        with pytest.raises(httpx2.TransportError):
            with client.stream(
                "POST",
                "/v1/chat/completions",
                json={**CHAT, "stream": True},
                headers={"x-mistralkit-fault": "cut-stream=5"},
            ) as resp:
                assert resp.status_code == 200
                for line in resp.iter_lines():
                    if line:
                        received.append(line)
        assert len(received) == 5 and "data: [DONE]" not in received

        assert client.get("/v1/models").status_code == 200  # still serving


def test_acknowledged_upload_survives_kill_9(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    first = Server(data_dir)
    try:
        payload = os.urandom(256 * 1024)
        with httpx2.Client(base_url=first.url, headers=AUTH, timeout=10) as client:
            r = client.post("/v1/files", files={"file": ("blob.bin", payload)}, data={"purpose": "batch"})
            assert r.status_code == 200
            file_id = r.json()["id"]
        first.kill_hard()
    finally:
        first.stop()
    second = Server(data_dir)
    try:
        with httpx2.Client(base_url=second.url, headers=AUTH, timeout=10) as client:
            assert client.get(f"/v1/files/{file_id}").json()["bytes"] == len(payload)
            assert client.get(f"/v1/files/{file_id}/content").content == payload
    finally:
        second.stop()


def test_background_server_thread(tmp_path: Path) -> None:
    with BackgroundServer(data_dir=tmp_path) as server:
        r = httpx2.get(server.url + "/v1/models", headers=AUTH, timeout=5)
        assert r.status_code == 200
        assert server.url.startswith("http://127.0.0.1:")
