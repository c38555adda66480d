"""Driving the installed ``mistralkit`` command in a real terminal (a pseudo-terminal, via pexpect)."""

from __future__ import annotations

import json
import os
import re
import shutil
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Iterator, Optional

import pexpect

ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[()][0-9A-Za-z]|\x1b[=>]|\r")


def command() -> str:
    exe = shutil.which("mistralkit", path=os.path.dirname(sys.executable))
    assert exe, "the mistralkit command must be installed next to the interpreter"
    return exe


class Terminal:
    """A command running in a 100x40 pseudo-terminal; ``seen`` is everything shown so far, escapes removed."""

    def __init__(self, args: list[str], env: dict[str, str], cwd: Optional[str] = None) -> None:
        self.child = pexpect.spawn(command(), args, env={**os.environ, **env, "TERM": "xterm-256color"},
                                   dimensions=(40, 100), encoding="utf-8", timeout=30, cwd=cwd)
        self.raw = ""

    @property
    def seen(self) -> str:
        return ANSI.sub("", self.raw)

    def wait_for(self, text: str, timeout: float = 30, *, after: int = 0) -> str:
        """Read until ``text`` shows (escape sequences aside) after position ``after`` of ``seen``;
        returns the screen text so far."""
        deadline = time.monotonic() + timeout
        while text not in self.seen[after:]:
            if time.monotonic() > deadline:
                raise AssertionError(f"{text!r} never showed; the terminal shows:\n{self.seen[-3000:]}")
            try:
                self.raw += self.child.read_nonblocking(65536, timeout=0.2)
            except pexpect.TIMEOUT:
                continue
            except pexpect.EOF:
                if text not in self.seen[after:]:
                    raise AssertionError(f"the command ended before {text!r} showed:\n{self.seen[-3000:]}") from None
        return self.seen

    def mark(self) -> int:
        return len(self.seen)

    def since(self, mark: int) -> str:
        return self.seen[mark:]

    def send_line(self, text: str) -> None:
        self.child.send(text + "\r")

    def leave(self, timeout: float = 30) -> int:
        """Ctrl-D at the prompt until the chat leaves (a Ctrl-D typed while the line editor is not yet
        reading can be lost, as in any terminal); returns the exit status."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self.child.sendeof()
            try:
                self.child.expect(pexpect.EOF, timeout=2)
            except pexpect.TIMEOUT:
                continue  # what was read stays in pexpect's buffer for the next expect
            self.raw += self.child.before or ""
            return self._status()
        raise AssertionError(f"the chat did not leave on Ctrl-D; the terminal shows:\n{self.seen[-3000:]}")

    def finish(self, timeout: float = 30) -> int:
        """Wait for the command to end; returns its exit status."""
        self.child.expect(pexpect.EOF, timeout=timeout)
        self.raw += self.child.before or ""
        return self._status()

    def _status(self) -> int:
        self.child.close()
        return self.child.exitstatus if self.child.exitstatus is not None else -(self.child.signalstatus or 0)

    def close(self) -> None:
        if self.child.isalive():
            self.child.terminate(force=True)


# --- a local server that answers chat completions slowly, with a scripted answer -------------------

MARKDOWN_ANSWER = "# Tides\n\nThe **moon** pulls the sea.\n\n- high tide\n- low tide\n"


def _pieces(prompt: str) -> Iterator[tuple[str, float]]:
    if "long answer" in prompt:
        for i in range(800):
            yield f"word{i} " + ("\n\n" if i % 97 == 96 else ""), 0.004
    elif "slowly" in prompt:
        for i in range(600):
            yield f"word{i} ", 0.05
    elif "markdown" in prompt:
        for line in MARKDOWN_ANSWER.splitlines(keepends=True):
            yield line, 0.01
    else:
        yield f"You said: {prompt}", 0


class ScriptedChat(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args: Any) -> None:
        pass

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        prompt = body["messages"][-1]["content"]
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("x-request-id", "scripted-1")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        count = 0
        try:
            for text, pause in _pieces(prompt):
                count += 1
                self._event({"id": "c1", "object": "chat.completion.chunk", "model": body["model"], "created": 0,
                             "choices": [{"index": 0, "delta": {"content": text}, "finish_reason": None}]})
                time.sleep(pause)
            self._event({"id": "c1", "object": "chat.completion.chunk", "model": body["model"], "created": 0,
                         "usage": {"prompt_tokens": 7, "completion_tokens": count, "total_tokens": 7 + count},
                         "choices": [{"index": 0, "delta": {"content": ""}, "finish_reason": "stop"}]})
            self._send(b"data: [DONE]\n\n")
            self._send(b"")
        except (BrokenPipeError, ConnectionResetError):
            pass

    def _event(self, data: dict[str, Any]) -> None:
        self._send(b"data: " + json.dumps(data).encode() + b"\n\n")

    def _send(self, payload: bytes) -> None:
        self.wfile.write(f"{len(payload):x}\r\n".encode() + payload + b"\r\n")
        self.wfile.flush()


class ScriptedServer:
    def __enter__(self) -> "ScriptedServer":
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), ScriptedChat)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        return self

    def __exit__(self, *exc: Any) -> None:
        self.server.shutdown()
        self.server.server_close()
