"""Large files go through in constant memory: a 256 MiB upload from a path and a 256 MiB download
written to a path, against a loopback HTTP server that reads and writes in chunks.

Peak memory is the process's resident-set high-water mark (``VmHWM``), reset before each transfer
where Linux allows it (``/proc/self/clear_refs``), and sampled meanwhile otherwise.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Callable, Iterator

import pytest

from mistralkit import AsyncMistral, Mistral

from .test_resources_core import FILE

pytestmark = pytest.mark.slow

MiB = 1024 * 1024
SIZE = 256 * MiB
LIMIT = 64 * MiB
CHUNK = MiB
PATTERN = bytes(range(256)) * (CHUNK // 256)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    received: list[int]

    def log_message(self, *args: Any) -> None:
        pass

    def do_POST(self) -> None:  # upload: read and discard the body in chunks
        total = 0
        if self.headers.get("transfer-encoding", "").lower() == "chunked":
            while True:
                size = int(self.rfile.readline().split(b";")[0], 16)
                if size == 0:
                    self.rfile.readline()
                    break
                remaining = size
                while remaining:
                    remaining -= len(self.rfile.read(min(CHUNK, remaining)))
                self.rfile.readline()
                total += size
        else:
            remaining = int(self.headers["content-length"])
            while remaining:
                piece = self.rfile.read(min(CHUNK, remaining))
                if not piece:
                    break
                remaining -= len(piece)
                total += len(piece)
        self.server.received.append(total)  # type: ignore[attr-defined]
        payload = json.dumps({**FILE, "bytes": total, "filename": "big.jsonl"}).encode()
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def do_GET(self) -> None:  # download: SIZE bytes written in chunks
        self.send_response(200)
        self.send_header("content-type", "application/octet-stream")
        self.send_header("content-length", str(SIZE))
        self.end_headers()
        for _ in range(SIZE // CHUNK):
            self.wfile.write(PATTERN)


@pytest.fixture(scope="module")
def server() -> Iterator[ThreadingHTTPServer]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.received = []  # type: ignore[attr-defined]  # body sizes of the uploads, in order
    server.url = f"http://127.0.0.1:{server.server_address[1]}"  # type: ignore[attr-defined]
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def big_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("big") / "big.jsonl"
    with open(path, "wb") as out:
        for _ in range(SIZE // CHUNK):
            out.write(PATTERN)
    return path


def _status(field: str) -> int:
    with open("/proc/self/status") as status:
        match = re.search(rf"^{field}:\s+(\d+) kB", status.read(), re.M)
    assert match, field
    return int(match.group(1)) * 1024


def peak_growth(action: Callable[[], Any]) -> tuple[Any, int]:
    """Run ``action``; return its result and how far resident memory rose above where it started."""
    try:
        with open("/proc/self/clear_refs", "w") as refs:
            refs.write("5")  # reset the high-water mark to the current RSS
        resettable = True
    except OSError:
        resettable = False
    baseline = _status("VmRSS")
    peak = [baseline]
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], _status("VmRSS"))
            time.sleep(0.005)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        result = action()
    finally:
        done.set()
        sampler.join()
    high = max(peak[0], _status("VmHWM")) if resettable else peak[0]
    return result, high - baseline


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> str:
    return request.param


def _run(kind: str, server_url: str, use: Callable[[Any], Any]) -> Any:
    if kind == "sync":
        with Mistral(api_key="sk-test", server_url=server_url, max_retries=0) as client:
            return use(client)

    async def run() -> Any:
        async with AsyncMistral(api_key="sk-test", server_url=server_url, max_retries=0) as client:
            outcome = use(client)
            while asyncio.iscoroutine(outcome):
                outcome = await outcome
            return outcome

    return asyncio.run(run())


def test_large_upload_streams_from_disk(kind: str, server: Any, big_file: Path) -> None:
    upload = lambda client: client.files.upload(file=big_file, purpose="batch")  # noqa: E731
    result, growth = peak_growth(lambda: _run(kind, server.url, upload))
    print(f"\n{kind} upload of {SIZE // MiB} MiB: peak RSS growth {growth / MiB:.1f} MiB")
    # the whole multipart body arrived: the file plus the parts' boundaries and headers
    assert SIZE < server.received[-1] < SIZE + 1024
    assert result.bytes == server.received[-1]
    assert growth < LIMIT, f"upload grew resident memory by {growth / MiB:.1f} MiB"


def test_large_download_streams_to_disk(kind: str, server: Any, tmp_path: Path) -> None:
    target = tmp_path / "download.bin"

    def use(client: Any) -> Any:
        if kind == "sync":
            return client.files.download(file_id=FILE["id"]).write_to(target)

        async def go() -> int:
            response = await client.files.download(file_id=FILE["id"])
            return await response.write_to(target)

        return go()

    written, growth = peak_growth(lambda: _run(kind, server.url, use))
    print(f"\n{kind} download of {SIZE // MiB} MiB: peak RSS growth {growth / MiB:.1f} MiB")
    assert written == SIZE and os.path.getsize(target) == SIZE
    with open(target, "rb") as result:
        result.seek(SIZE - CHUNK)
        assert result.read() == PATTERN
    assert growth < LIMIT, f"download grew resident memory by {growth / MiB:.1f} MiB"

