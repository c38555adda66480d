"""Engine mode: generation by an OpenAI-compatible inference server.

With ``create_app(engine="http://host:8000/v1")`` (``mistralkit serve --engine
URL``) the emulator hands *generation* to a real model served by vLLM,
llama.cpp's server, Ollama or any server speaking the OpenAI protocol:

* ``/v1/chat/completions`` and ``/v1/agents/completions`` (streamed or not,
  tool calls included),
* ``/v1/fim/completions`` (the engine's ``/completions`` with ``suffix``, streamed or not),
* ``/v1/embeddings``,
* the model's turns in ``/v1/conversations`` (the message or function calls
  of a turn; handoffs and built-in tools stay the emulator's).

Everything else -- files, batches (their lines go through the same handlers,
so through the engine), fine-tuning jobs, agents, libraries, validation,
faults, rate limits -- stays the emulator's.  Requests are validated as
without an engine (unknown models, capabilities, message order) before the
engine sees them.

Models: the engine's ``/models`` list is read once.  A request's model is sent
as it is when the engine serves a model of that name; otherwise the engine's
first model is used (an engine usually serves one).  Answers carry the
Mistral model name that was asked for.  ``usage`` is the engine's.

Translation: Mistral requests are OpenAI-shaped already; the emulator maps
``random_seed`` to ``seed``, ``tool_choice: "any"`` to ``"required"``, image
chunks to ``{"url": ...}`` objects, drops chunk types the protocol lacks
(thinking, documents, references become text), and asks for usage in streams
(``stream_options``).  Answers come back in Mistral's shapes: streamed tool
calls are assembled and sent complete in one chunk, as the service does; the
last chunk carries ``usage``; finish reasons outside Mistral's set become
``stop``.  An engine error is a 502 (503 when it cannot be reached), with the
engine's message.
"""

from __future__ import annotations

import asyncio
import json
import time
import weakref
from collections.abc import AsyncIterator
from typing import Any

import httpx2

from .errors import APIError
from .tokenizer import content_text

FINISH_REASONS = frozenset({"stop", "length", "model_length", "error", "tool_calls"})
_CHAT_KEYS = (
    "temperature",
    "top_p",
    "max_tokens",
    "stop",
    "presence_penalty",
    "frequency_penalty",
    "n",
    "response_format",
    "parallel_tool_calls",
)


def _base_url(url: str) -> str:
    url = url.rstrip("/")
    return url if url.endswith("/v1") else url + "/v1"


class Engine:
    """An OpenAI-compatible server that generates for this emulator."""

    def __init__(self, url: str, *, timeout: float = 600.0) -> None:
        if not url.startswith(("http://", "https://")):
            raise ValueError(f"engine must be an http(s) URL, got {url!r}")
        self.url = _base_url(url)
        self.timeout = timeout
        self._models: list[str] | None = None
        # httpx2 async clients belong to one event loop: the server's and the job worker's differ.
        self._async: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, httpx2.AsyncClient] = (
            weakref.WeakKeyDictionary()
        )
        self._sync = httpx2.Client(timeout=timeout)

    def close(self) -> None:
        self._sync.close()

    def _client(self) -> httpx2.AsyncClient:
        loop = asyncio.get_running_loop()
        client = self._async.get(loop)
        if client is None:
            client = httpx2.AsyncClient(timeout=self.timeout)
            self._async[loop] = client
        return client

    # -- models -------------------------------------------------------------------
    def _pick(self, models: list[str], requested: str) -> str:
        if requested in models or not models:
            return requested
        return models[0]

    async def model_for(self, requested: str) -> str:
        if self._models is None:
            data = await self._request("GET", "/models")
            self._models = [str(m["id"]) for m in data.get("data") or [] if isinstance(m, dict) and m.get("id")]
        return self._pick(self._models, requested)

    def model_for_sync(self, requested: str) -> str:
        if self._models is None:
            data = self._request_sync("GET", "/models")
            self._models = [str(m["id"]) for m in data.get("data") or [] if isinstance(m, dict) and m.get("id")]
        return self._pick(self._models, requested)

    # -- HTTP ---------------------------------------------------------------------
    @staticmethod
    def _check(response: httpx2.Response) -> dict[str, Any]:
        if response.status_code >= 400:
            try:
                payload = response.json()
                error = payload.get("error", payload) if isinstance(payload, dict) else payload
                message = error.get("message") if isinstance(error, dict) else str(error)
            except ValueError:
                message = response.text[:500]
            raise APIError(502, f"The engine answered {response.status_code}: {message}", type="engine_error")
        try:
            data = response.json()
        except ValueError:
            raise APIError(502, "The engine answered with something that is not JSON", type="engine_error") from None
        if not isinstance(data, dict):
            raise APIError(502, "The engine answered with JSON that is not an object", type="engine_error")
        return data

    @staticmethod
    def _unreachable(exc: Exception) -> APIError:
        return APIError(503, f"The engine cannot be reached: {exc}", type="engine_unavailable")

    async def _request(self, method: str, path: str, body: Any = None) -> dict[str, Any]:
        try:
            response = await self._client().request(method, self.url + path, json=body)
        except httpx2.HTTPError as exc:
            raise self._unreachable(exc) from None
        return self._check(response)

    def _request_sync(self, method: str, path: str, body: Any = None) -> dict[str, Any]:
        try:
            response = self._sync.request(method, self.url + path, json=body)
        except httpx2.HTTPError as exc:
            raise self._unreachable(exc) from None
        return self._check(response)

    # -- chat -----------------------------------------------------------------------
    def chat_request(self, body: dict[str, Any], model: str) -> dict[str, Any]:
        """The OpenAI request for a (validated) Mistral chat request."""
        out: dict[str, Any] = {"model": model, "messages": [_message(m) for m in body["messages"]]}
        for key in _CHAT_KEYS:
            if body.get(key) is not None:
                out[key] = body[key]
        if body.get("random_seed") is not None:
            out["seed"] = body["random_seed"]
        if body.get("tools"):
            out["tools"] = body["tools"]
            choice = body.get("tool_choice")
            if choice is not None:
                out["tool_choice"] = "required" if choice == "any" else choice
        return out

    async def chat(self, body: dict[str, Any]) -> dict[str, Any]:
        request = self.chat_request(body, await self.model_for(body["model"]))
        return await self._request("POST", "/chat/completions", request)

    def chat_sync(self, body: dict[str, Any]) -> dict[str, Any]:
        request = self.chat_request(body, self.model_for_sync(body["model"]))
        return self._request_sync("POST", "/chat/completions", request)

    async def chat_stream(self, body: dict[str, Any]) -> AsyncIterator[dict[str, Any]]:
        """The engine's stream chunks (OpenAI shape), as they arrive."""
        request = self.chat_request(body, await self.model_for(body["model"]))
        request["stream"] = True
        request["stream_options"] = {"include_usage": True}
        async for chunk in self._stream("/chat/completions", request):
            yield chunk

    async def _stream(self, path: str, request: dict[str, Any]) -> AsyncIterator[dict[str, Any]]:
        try:
            async with self._client().stream("POST", self.url + path, json=request) as response:
                if response.status_code >= 400:
                    await response.aread()
                    self._check(response)
                async for line in response.aiter_lines():
                    if not line.startswith("data:"):
                        continue
                    data = line[5:].strip()
                    if data == "[DONE]":
                        return
                    try:
                        chunk = json.loads(data)
                    except ValueError:
                        raise APIError(502, "The engine streamed something that is not JSON", type="engine_error") from None
                    if isinstance(chunk, dict):
                        if chunk.get("error"):
                            error = chunk["error"]
                            message = error.get("message") if isinstance(error, dict) else str(error)
                            raise APIError(502, f"The engine failed: {message}", type="engine_error")
                        yield chunk
        except httpx2.HTTPError as exc:
            raise self._unreachable(exc) from None

    # -- FIM and embeddings --------------------------------------------------------------
    async def fim_request(self, body: dict[str, Any]) -> dict[str, Any]:
        request: dict[str, Any] = {"model": await self.model_for(body["model"]), "prompt": body["prompt"]}
        if body.get("suffix"):
            request["suffix"] = body["suffix"]
        for key in ("temperature", "top_p", "max_tokens", "stop"):
            if body.get(key) is not None:
                request[key] = body[key]
        if body.get("random_seed") is not None:
            request["seed"] = body["random_seed"]
        return request

    async def fim(self, body: dict[str, Any]) -> dict[str, Any]:
        return await self._request("POST", "/completions", await self.fim_request(body))

    async def fim_stream(self, body: dict[str, Any]) -> AsyncIterator[dict[str, Any]]:
        """The engine's completion stream, as chat-shaped chunks (``delta.content``)."""
        request = await self.fim_request(body)
        request["stream"] = True
        request["stream_options"] = {"include_usage": True}
        async for chunk in self._stream("/completions", request):
            choices = [
                {
                    "index": choice.get("index", 0),
                    "delta": {"content": choice.get("text") or ""},
                    "finish_reason": choice.get("finish_reason"),
                }
                for choice in chunk.get("choices") or []
            ]
            yield {"choices": choices, "usage": chunk.get("usage")}

    async def embeddings(self, body: dict[str, Any]) -> dict[str, Any]:
        request: dict[str, Any] = {"model": await self.model_for(body["model"]), "input": body["input"]}
        if body.get("output_dimension") is not None:
            request["dimensions"] = body["output_dimension"]
        return await self._request("POST", "/embeddings", request)


# -- translation ----------------------------------------------------------------------


def _chunk(chunk: Any) -> dict[str, Any] | None:
    if not isinstance(chunk, dict):
        return None
    kind = chunk.get("type", "text")
    if kind == "text":
        return {"type": "text", "text": str(chunk.get("text", ""))}
    if kind == "image_url":
        image = chunk.get("image_url")
        url = image.get("url") if isinstance(image, dict) else image
        return {"type": "image_url", "image_url": {"url": url}}
    text = content_text([chunk])
    return {"type": "text", "text": text} if text else None


def _message(message: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {"role": message.get("role", "user")}
    content = message.get("content")
    if isinstance(content, list):
        chunks = [c for c in (_chunk(x) for x in content) if c is not None]
        content = "".join(c["text"] for c in chunks) if all(c["type"] == "text" for c in chunks) else chunks
    out["content"] = content if content is not None else ""
    if message.get("tool_calls"):
        out["tool_calls"] = [
            {
                "id": call.get("id"),
                "type": "function",
                "function": {
                    "name": (call.get("function") or {}).get("name"),
                    "arguments": _arguments((call.get("function") or {}).get("arguments")),
                },
            }
            for call in message["tool_calls"]
        ]
    for key in ("tool_call_id", "name"):
        if message.get(key) is not None and out["role"] == "tool":
            out[key] = message[key]
    return out


def _arguments(arguments: Any) -> str:
    if arguments is None:
        return "{}"
    return arguments if isinstance(arguments, str) else json.dumps(arguments, ensure_ascii=False)


def finish_reason(reason: Any) -> str:
    return reason if reason in FINISH_REASONS else "stop"


def tool_calls(calls: Any) -> list[dict[str, Any]] | None:
    """Mistral tool calls from OpenAI ones."""
    if not calls:
        return None
    return [
        {
            "id": call.get("id") or f"call{index:05d}",
            "type": "function",
            "function": {
                "name": (call.get("function") or {}).get("name", ""),
                "arguments": _arguments((call.get("function") or {}).get("arguments")),
            },
            "index": index,
        }
        for index, call in enumerate(calls)
    ]


def usage_of(data: dict[str, Any]) -> dict[str, int]:
    usage = data.get("usage") or {}
    prompt = int(usage.get("prompt_tokens") or 0)
    completion = int(usage.get("completion_tokens") or 0)
    return {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion}


def chat_response(data: dict[str, Any], cid: str, model: str, shown: str = "") -> dict[str, Any]:
    """A Mistral ``ChatCompletionResponse`` from an OpenAI one; ``shown`` is an assistant prefix."""
    choices = []
    for index, choice in enumerate(data.get("choices") or []):
        message = choice.get("message") or {}
        content = message.get("content") or ""
        if shown and not content.startswith(shown):
            content = shown + content
        calls = tool_calls(message.get("tool_calls"))
        choices.append(
            {
                "index": choice.get("index", index),
                "message": {"role": "assistant", "content": content, "tool_calls": calls, "prefix": False},
                "finish_reason": "tool_calls" if calls else finish_reason(choice.get("finish_reason")),
            }
        )
    return {
        "id": cid,
        "object": "chat.completion",
        "model": model,
        "created": int(data.get("created") or time.time()),
        "usage": usage_of(data),
        "choices": choices,
    }


async def chat_chunks(
    chunks: AsyncIterator[dict[str, Any]], cid: str, model: str, shown: str = ""
) -> AsyncIterator[tuple[None, dict[str, Any]]]:
    """Mistral ``CompletionChunk`` events from an OpenAI stream."""
    created = int(time.time())
    started: set[int] = set()
    calls: dict[int, dict[int, dict[str, Any]]] = {}
    held: list[dict[str, Any]] = []  # finishing chunks, sent last with the usage
    usage: dict[str, int] | None = None

    def event(index: int, delta: dict[str, Any], reason: str | None) -> dict[str, Any]:
        return {
            "id": cid,
            "object": "chat.completion.chunk",
            "created": created,
            "model": model,
            "choices": [{"index": index, "delta": delta, "finish_reason": reason}],
        }

    async for chunk in chunks:
        if chunk.get("usage"):
            usage = usage_of(chunk)
        for choice in chunk.get("choices") or []:
            index = int(choice.get("index") or 0)
            delta = choice.get("delta") or {}
            if index not in started:
                started.add(index)
                yield None, event(index, {"role": "assistant", "content": shown}, None)
            for part in delta.get("tool_calls") or []:
                slot = calls.setdefault(index, {}).setdefault(
                    int(part.get("index") or 0), {"id": None, "name": "", "arguments": ""}
                )
                slot["id"] = part.get("id") or slot["id"]
                fn = part.get("function") or {}
                slot["name"] += fn.get("name") or ""
                slot["arguments"] += fn.get("arguments") or ""
            if delta.get("content"):
                yield None, event(index, {"content": delta["content"]}, None)
            if choice.get("finish_reason"):
                assembled = [
                    {"id": c["id"], "type": "function", "function": {"name": c["name"], "arguments": c["arguments"]}}
                    for _, c in sorted(calls.get(index, {}).items())
                ]
                if assembled:
                    held.append(event(index, {"content": "", "tool_calls": tool_calls(assembled)}, "tool_calls"))
                else:
                    held.append(event(index, {"content": ""}, finish_reason(choice["finish_reason"])))
    if not held:
        held.append(event(0, {"content": ""}, "stop"))
    held[-1]["usage"] = usage or {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0}
    for item in held:
        yield None, item


def fim_response(data: dict[str, Any], cid: str, model: str) -> dict[str, Any]:
    choices = [
        {
            "index": choice.get("index", index),
            "message": {"role": "assistant", "content": choice.get("text") or "", "tool_calls": None, "prefix": False},
            "finish_reason": finish_reason(choice.get("finish_reason")),
        }
        for index, choice in enumerate(data.get("choices") or [])
    ]
    return {
        "id": cid,
        "object": "chat.completion",
        "model": model,
        "created": int(data.get("created") or time.time()),
        "usage": usage_of(data),
        "choices": choices,
    }


def embeddings_response(data: dict[str, Any], cid: str, model: str) -> dict[str, Any]:
    items = [
        {"object": "embedding", "embedding": item.get("embedding"), "index": item.get("index", index)}
        for index, item in enumerate(data.get("data") or [])
    ]
    return {"id": cid, "object": "list", "data": items, "model": model, "usage": usage_of(data)}
