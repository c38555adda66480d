"""Speech (real audio in every format the contract lists) and voices (stored, with their sample)."""

from __future__ import annotations

import base64
import io
import json

import pytest

av = pytest.importorskip("av")

FORMATS = {"wav": "wav", "mp3": "mp3", "flac": "flac", "opus": "ogg"}


def _decode(data: bytes) -> tuple[str, float]:
    with av.open(io.BytesIO(data)) as container:
        stream = container.streams.audio[0]
        samples = sum(frame.samples for frame in container.decode(stream))
        return container.format.name, samples / stream.rate


@pytest.mark.parametrize("fmt", sorted(FORMATS))
async def test_speech_is_real_audio_in_the_requested_format(client, fmt: str) -> None:  # type: ignore[no-untyped-def]
    body = {"model": "voxtral-mini-tts-latest", "input": "Hello from the emulator", "response_format": fmt}
    r = await client.post("/v1/audio/speech", json=body)
    assert r.status_code == 200, r.text
    audio = base64.b64decode(r.json()["audio_data"])
    container, seconds = _decode(audio)
    assert FORMATS[fmt] in container.split(",")
    assert 1.0 < seconds < 3.0  # about 60 ms a letter
    again = await client.post("/v1/audio/speech", json=body)
    assert again.json()["audio_data"] == r.json()["audio_data"]  # deterministic
    other = await client.post("/v1/audio/speech", json={**body, "input": "Something else entirely"})
    assert other.json()["audio_data"] != r.json()["audio_data"]


async def test_speech_defaults_to_mp3_and_pcm_is_raw_samples(client) -> None:  # type: ignore[no-untyped-def]
    r = await client.post("/v1/audio/speech", json={"input": "Hi"})
    assert _decode(base64.b64decode(r.json()["audio_data"]))[0] == "mp3"
    pcm = base64.b64decode(
        (await client.post("/v1/audio/speech", json={"input": "Hi", "response_format": "pcm"})).json()["audio_data"]
    )
    assert len(pcm) % 2 == 0 and len(pcm) > 2000 and any(pcm)


async def test_speech_stream_sends_chunks_then_usage(client) -> None:  # type: ignore[no-untyped-def]
    body = {
        "input": "A longer sentence to stream as several chunks of audio.",
        "response_format": "wav",
        "stream": True,
    }
    async with client.stream("POST", "/v1/audio/speech", json=body) as r:
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/event-stream")
        text = (await r.aread()).decode()
    events = []
    for block in text.strip().split("\n\n"):
        lines = dict(line.split(": ", 1) for line in block.split("\n"))
        events.append((lines["event"], json.loads(lines["data"])))
    assert [name for name, _ in events[:-1]] == ["speech.audio.delta"] * (len(events) - 1)
    assert events[-1][0] == "speech.audio.done" and events[-1][1]["usage"]["total_tokens"] > 0
    audio = b"".join(base64.b64decode(data["audio_data"]) for _, data in events[:-1])
    whole = (await client.post("/v1/audio/speech", json={**body, "stream": False})).json()["audio_data"]
    assert audio == base64.b64decode(whole)
    assert _decode(audio)[0] == "wav"


async def test_speech_requires_input(client) -> None:  # type: ignore[no-untyped-def]
    r = await client.post("/v1/audio/speech", json={"response_format": "wav"})
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["body", "input"]
    r = await client.post("/v1/audio/speech", json={"input": "x", "response_format": "aiff"})
    assert r.status_code == 422


async def test_voices_are_stored_and_serve_their_sample(client) -> None:  # type: ignore[no-untyped-def]
    sample = base64.b64decode(
        (await client.post("/v1/audio/speech", json={"input": "my voice", "response_format": "wav"})).json()[
            "audio_data"
        ]
    )
    body = {"name": "Narrator", "sample_audio": base64.b64encode(sample).decode(), "languages": ["en", "fr"], "age": 40}
    r = await client.post("/v1/audio/voices", json=body)
    assert r.status_code == 200, r.text
    voice = r.json()
    assert voice["name"] == "Narrator" and voice["languages"] == ["en", "fr"] and voice["age"] == 40
    got = (await client.get(f"/v1/audio/voices/{voice['id']}")).json()
    assert got["name"] == "Narrator" and got["id"] == voice["id"]
    listed = (await client.get("/v1/audio/voices")).json()
    assert [v["id"] for v in listed["items"]] == [voice["id"]] and listed["total"] == 1

    patched = (await client.patch(f"/v1/audio/voices/{voice['id']}", json={"name": "Storyteller"})).json()
    assert patched["name"] == "Storyteller" and patched["languages"] == ["en", "fr"]
    r = await client.get(f"/v1/audio/voices/{voice['id']}/sample")
    assert r.status_code == 200 and r.headers["content-type"].startswith("audio/wav")
    assert r.content == sample

    # the voice changes the pitch of the speech
    a = await client.post(
        "/v1/audio/speech", json={"input": "same words", "voice_id": voice["id"], "response_format": "pcm"}
    )
    b = await client.post("/v1/audio/speech", json={"input": "same words", "response_format": "pcm"})
    assert a.json()["audio_data"] != b.json()["audio_data"]

    assert (await client.delete(f"/v1/audio/voices/{voice['id']}")).status_code == 200
    assert (await client.get(f"/v1/audio/voices/{voice['id']}")).status_code == 404
    assert (await client.get("/v1/audio/voices")).json()["items"] == []
