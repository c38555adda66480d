"""A canned-response HTTP/1.1 server for the benchmark: as little work per request as possible, so the
time measured is the client's.

    python bench/server.py [--port 0] [--chunks 200]

Prints `READY http://127.0.0.1:PORT` on stdout once listening, then serves until killed:

* POST /v1/chat/completions -> a fixed ChatCompletionResponse (about 600 bytes of JSON);
  with `"stream": true` in the body -> text/event-stream of N chat.completion.chunk events, one HTTP chunk
  each, then `data: [DONE]`. N comes from the `X-Bench-Chunks` header, else a `chunks=N` query parameter,
  else --chunks.
* anything else -> 404.

Standard library only (asyncio protocol, keep-alive, pipelining, Content-Length or chunked request bodies).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import sys

MODEL = "mistral-small-latest"
CREATED = 1732000000
CONTENT = (
    "Benchmarks measure what they measure: this reply is canned, the same bytes on every call, so the time "
    "spent is the client's own: building the request, sending it, reading the response and turning its "
    "JSON into objects. Nothing here depends on the question asked, which keeps every round comparable. "
    "Short answer: hello."
)

COMPLETION = json.dumps(
    {
        "id": "cmpl-bench-0001",
        "object": "chat.completion",
        "model": MODEL,
        "created": CREATED,
        "usage": {"prompt_tokens": 8, "completion_tokens": 64, "total_tokens": 72},
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": CONTENT, "tool_calls": None},
                "finish_reason": "stop",
            }
        ],
    },
    separators=(",", ":"),
).encode()

WORDS = CONTENT.split(" ")


def chunk_text(i: int) -> str:
    """Content of the i-th streamed chunk (what a client joining every delta must get back)."""
    return WORDS[i % len(WORDS)] + " "


def stream_events(n: int) -> list[bytes]:
    """The SSE events of an n-chunk stream, the last one carrying finish_reason and usage."""
    events = []
    for i in range(n):
        delta: dict = {"content": chunk_text(i)}
        if i == 0:
            delta = {"role": "assistant", **delta}
        choice = {"index": 0, "delta": delta, "finish_reason": "stop" if i == n - 1 else None}
        body: dict = {"id": "cmpl-bench-0002", "object": "chat.completion.chunk", "created": CREATED,
                      "model": MODEL, "choices": [choice]}
        if i == n - 1:
            body["usage"] = {"prompt_tokens": 8, "completion_tokens": n, "total_tokens": 8 + n}
        events.append(b"data: " + json.dumps(body, separators=(",", ":")).encode() + b"\n\n")
    events.append(b"data: [DONE]\n\n")
    return events


def _http_chunk(data: bytes) -> bytes:
    return b"%x\r\n%s\r\n" % (len(data), data)


JSON_HEAD = b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: %d\r\n\r\n" % len(COMPLETION)
JSON_RESPONSE = JSON_HEAD + COMPLETION
STREAM_HEAD = b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ncache-control: no-cache\r\ntransfer-encoding: chunked\r\n\r\n"
NOT_FOUND = b"HTTP/1.1 404 Not Found\r\ncontent-type: application/json\r\ncontent-length: 27\r\n\r\n{\"detail\":\"no such route\"}\n"
STREAM_FLAG = re.compile(rb'"stream"\s*:\s*true')
CHUNKS_QUERY = re.compile(rb"[?&]chunks=(\d+)")


class Canned(asyncio.Protocol):
    default_chunks = 200
    _streams: dict[int, bytes] = {}

    def connection_made(self, transport):
        self.transport = transport
        self.buffer = b""

    def data_received(self, data):
        self.buffer += data
        while True:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head = self.buffer[:end].decode("latin-1").split("\r\n")
            method, target, _version = head[0].split(" ", 2)
            headers = {}
            for line in head[1:]:
                name, _, value = line.partition(":")
                headers[name.strip().lower()] = value.strip()
            rest = self.buffer[end + 4 :]
            if "chunked" in headers.get("transfer-encoding", "").lower():
                parsed = _read_chunked(rest)
                if parsed is None:
                    return  # wait for the rest of the body
                body, rest = parsed
            else:
                length = int(headers.get("content-length", "0"))
                if len(rest) < length:
                    return
                body, rest = rest[:length], rest[length:]
            self.buffer = rest
            self.respond(method, target.encode("latin-1"), headers, body)
            if headers.get("connection", "").lower() == "close":
                self.transport.close()
                return

    def respond(self, method, target, headers, body):
        path = target.split(b"?", 1)[0]
        if method != "POST" or not path.endswith(b"/v1/chat/completions"):
            self.transport.write(NOT_FOUND)
        elif STREAM_FLAG.search(body):
            n = headers.get("x-bench-chunks")
            if n is None:
                found = CHUNKS_QUERY.search(target)
                n = found.group(1) if found else self.default_chunks
            self.transport.write(self.stream_bytes(int(n)))
        else:
            self.transport.write(JSON_RESPONSE)

    @classmethod
    def stream_bytes(cls, n: int) -> bytes:
        cached = cls._streams.get(n)
        if cached is None:
            cached = STREAM_HEAD + b"".join(_http_chunk(e) for e in stream_events(n)) + b"0\r\n\r\n"
            cls._streams[n] = cached
        return cached


def _read_chunked(data: bytes):
    """Decode a complete chunked body at the start of data: (body, rest), or None if incomplete."""
    body, pos = [], 0
    while True:
        line_end = data.find(b"\r\n", pos)
        if line_end < 0:
            return None
        size = int(data[pos:line_end].split(b";")[0], 16)
        start, stop = line_end + 2, line_end + 2 + size
        if len(data) < stop + 2:
            return None
        if size == 0:
            trailer_end = data.find(b"\r\n\r\n", line_end)  # skip any trailers
            if trailer_end < 0:
                return None
            return b"".join(body), data[trailer_end + 4 :]
        body.append(data[start:stop])
        pos = stop + 2


async def serve(port: int, chunks: int) -> None:
    Canned.default_chunks = chunks
    server = await asyncio.get_running_loop().create_server(Canned, "127.0.0.1", port, backlog=128)
    bound = server.sockets[0].getsockname()[1]
    print(f"READY http://127.0.0.1:{bound}", flush=True)
    async with server:
        await server.serve_forever()


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--port", type=int, default=0, help="0 (default): a free port")
    parser.add_argument("--chunks", type=int, default=200, help="events per stream when the request names none")
    args = parser.parse_args(argv)
    try:
        asyncio.run(serve(args.port, args.chunks))
    except KeyboardInterrupt:
        pass
    sys.exit(0)


if __name__ == "__main__":
    main()
