"""A small OpenAI-compatible inference server for the engine-mode tests.

It speaks the protocol as vLLM, llama.cpp's server and Ollama do: ``GET
/v1/models``, ``POST /v1/chat/completions`` (JSON, or SSE chunks with
incremental tool-call deltas, a usage chunk when ``stream_options.include_usage``
is set, then ``data: [DONE]``), ``POST /v1/completions`` (with ``suffix``) and
``POST /v1/embeddings``.  Its "model" is deterministic: it echoes the last user
message, and calls the first tool when that message says "weather".  Every
request body is recorded in ``requests``.  Served by uvicorn on 127.0.0.1, port 0.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import AsyncIterator
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

MODEL = "tiny-llm"


def _text(content: Any) -> str:
    if isinstance(content, str):
        return content
    return "".join(part.get("text", "") for part in content or [] if isinstance(part, dict))


class OpenAIServer:
    def __init__(self) -> None:
        self.requests: list[tuple[str, dict[str, Any]]] = []
        app = Starlette(
            routes=[
                Route("/v1/models", self.models, methods=["GET"]),
                Route("/v1/chat/completions", self.chat, methods=["POST"]),
                Route("/v1/completions", self.completions, methods=["POST"]),
                Route("/v1/embeddings", self.embeddings, methods=["POST"]),
            ]
        )
        self._sock = socket.socket()
        self._sock.bind(("127.0.0.1", 0))
        self.port = self._sock.getsockname()[1]
        self._server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
        self._thread = threading.Thread(target=self._server.run, kwargs={"sockets": [self._sock]}, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def __enter__(self) -> OpenAIServer:
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            assert time.monotonic() < deadline, "the OpenAI-compatible server did not start"
            time.sleep(0.01)
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=10)
        self._sock.close()

    # -- the "model" ---------------------------------------------------------------
    @staticmethod
    def answer(body: dict[str, Any]) -> tuple[str, list[dict[str, Any]]]:
        last = next((m for m in reversed(body["messages"]) if m["role"] in ("user", "tool")), {"content": ""})
        text = _text(last.get("content"))
        tools = body.get("tools") or []
        if tools and last.get("role") == "user" and "weather" in text.lower() and body.get("tool_choice") != "none":
            name = tools[0]["function"]["name"]
            return "", [{"id": "call_abc123", "type": "function", "function": {"name": name, "arguments": '{"city": "Paris"}'}}]
        if last.get("role") == "tool":
            return f"The tool says {text}.", []
        return f"Echo: {text}", []

    @staticmethod
    def usage(body: dict[str, Any], completion: str) -> dict[str, int]:
        prompt = sum(len(_text(m.get("content")).split()) + 3 for m in body.get("messages", []))
        done = max(1, len(completion.split()))
        return {"prompt_tokens": prompt, "completion_tokens": done, "total_tokens": prompt + done}

    # -- routes ----------------------------------------------------------------------
    async def models(self, request: Request) -> Response:
        return JSONResponse({"object": "list", "data": [{"id": MODEL, "object": "model", "owned_by": "test"}]})

    async def chat(self, request: Request) -> Response:
        body = await request.json()
        self.requests.append(("chat", body))
        if body.get("model") != MODEL:
            return JSONResponse({"error": {"message": f"model {body.get('model')} not found"}}, status_code=404)
        text, calls = self.answer(body)
        if not body.get("stream"):
            message: dict[str, Any] = {"role": "assistant", "content": text or None}
            if calls:
                message["tool_calls"] = calls
            return JSONResponse(
                {
                    "id": "chatcmpl-1",
                    "object": "chat.completion",
                    "created": 1700000000,
                    "model": MODEL,
                    "choices": [{"index": 0, "message": message, "finish_reason": "tool_calls" if calls else "stop"}],
                    "usage": self.usage(body, text),
                }
            )
        return StreamingResponse(self._stream(body, text, calls), media_type="text/event-stream")

    async def _stream(self, body: dict[str, Any], text: str, calls: list[dict[str, Any]]) -> AsyncIterator[bytes]:
        def chunk(delta: dict[str, Any], reason: str | None = None) -> bytes:
            data = {"id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 1700000000, "model": MODEL,
                    "choices": [{"index": 0, "delta": delta, "finish_reason": reason}]}
            return b"data: " + json.dumps(data).encode() + b"\n\n"

        yield chunk({"role": "assistant", "content": ""})
        for i, word in enumerate(text.split(" ") if text else []):
            yield chunk({"content": word if i == 0 else " " + word})
        for index, call in enumerate(calls):
            args = call["function"]["arguments"]
            half = len(args) // 2
            yield chunk({"tool_calls": [{"index": index, "id": call["id"], "type": "function",
                                         "function": {"name": call["function"]["name"], "arguments": args[:half]}}]})
            yield chunk({"tool_calls": [{"index": index, "function": {"arguments": args[half:]}}]})
        yield chunk({}, "tool_calls" if calls else "stop")
        if (body.get("stream_options") or {}).get("include_usage"):
            data = {"id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 1700000000, "model": MODEL,
                    "choices": [], "usage": self.usage(body, text)}
            yield b"data: " + json.dumps(data).encode() + b"\n\n"
        yield b"data: [DONE]\n\n"

    async def completions(self, request: Request) -> Response:
        body = await request.json()
        self.requests.append(("completions", body))
        middle = f"    return a + b  # between {len(body['prompt'])} and {len(body.get('suffix') or '')} chars\n"
        if body.get("stream"):
            return StreamingResponse(self._completion_stream(body, middle), media_type="text/event-stream")
        return JSONResponse(
            {
                "id": "cmpl-1",
                "object": "text_completion",
                "created": 1700000000,
                "model": MODEL,
                "choices": [{"index": 0, "text": middle, "finish_reason": "stop"}],
                "usage": {"prompt_tokens": 7, "completion_tokens": 9, "total_tokens": 16},
            }
        )

    async def _completion_stream(self, body: dict[str, Any], text: str) -> AsyncIterator[bytes]:
        pieces = text.split(" ")
        for i, piece in enumerate(pieces):
            last = i == len(pieces) - 1
            data = {"id": "cmpl-1", "object": "text_completion", "created": 1700000000, "model": MODEL,
                    "choices": [{"index": 0, "text": piece if i == 0 else " " + piece,
                                 "finish_reason": "stop" if last else None}]}
            yield b"data: " + json.dumps(data).encode() + b"\n\n"
        if (body.get("stream_options") or {}).get("include_usage"):
            data = {"id": "cmpl-1", "object": "text_completion", "created": 1700000000, "model": MODEL,
                    "choices": [], "usage": {"prompt_tokens": 7, "completion_tokens": 9, "total_tokens": 16}}
            yield b"data: " + json.dumps(data).encode() + b"\n\n"
        yield b"data: [DONE]\n\n"

    async def embeddings(self, request: Request) -> Response:
        body = await request.json()
        self.requests.append(("embeddings", body))
        inputs = [body["input"]] if isinstance(body["input"], str) else body["input"]
        data = [{"object": "embedding", "index": i, "embedding": [float(len(t)), 1.0, 0.5]} for i, t in enumerate(inputs)]
        tokens = sum(len(t.split()) for t in inputs)
        return JSONResponse(
            {"object": "list", "data": data, "model": MODEL, "usage": {"prompt_tokens": tokens, "total_tokens": tokens}}
        )
