"""``POST /v1/audio/speech``: text to speech, as base64 JSON or an SSE stream of audio chunks."""

from __future__ import annotations

import asyncio
from typing import Any

from starlette.responses import Response

from .responses import json_response
from .routes import Call
from .speech import SAMPLE_RATE, b64, synthesize
from .sse import sse_response
from .tokenizer import count_tokens

CHUNK_BYTES = 16_384


def _usage(text: str, audio: bytes) -> dict[str, Any]:
    prompt = count_tokens(text)
    completion = max(1, len(audio) // 1024)
    return {
        "prompt_tokens": prompt,
        "completion_tokens": completion,
        "total_tokens": prompt + completion,
        "prompt_audio_seconds": None,
    }


async def speech(call: Call) -> Response:
    body = call.body or {}
    text = body["input"]
    fmt = body.get("response_format") or "mp3"
    voice = body.get("voice_id") or body.get("model") or ""
    audio = await asyncio.to_thread(synthesize, text, fmt, voice)
    if not body.get("stream"):
        return json_response({"audio_data": b64(audio)})
    events: list[tuple[str | None, Any]] = [
        ("speech.audio.delta", {"type": "speech.audio.delta", "audio_data": b64(audio[i : i + CHUNK_BYTES])})
        for i in range(0, len(audio), CHUNK_BYTES)
    ]
    events.append(("speech.audio.done", {"type": "speech.audio.done", "usage": _usage(text, audio)}))
    return sse_response(events, call.fault, done=False, error_event="error")


__all__ = ["speech", "SAMPLE_RATE"]
