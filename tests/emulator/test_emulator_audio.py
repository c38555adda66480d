"""/v1/audio/transcriptions: real WAV durations, segments, streaming."""

from __future__ import annotations

import json

import pytest
from emulator_contract import parse_sse
from emulator_data import AUDIO_FORMATS, make_audio, make_float_wav, make_wav

from mistralkit.emulator.tokenizer import count_tokens

MODEL = {"model": "voxtral-mini-latest"}


async def transcribe(client, wav, status=200, **fields):  # type: ignore[no-untyped-def]
    files = {"file": ("speech.wav", wav, "audio/wav")} if wav is not None else None
    r = await client.post("/v1/audio/transcriptions", files=files, data={**MODEL, **fields})
    assert r.status_code == status, r.text
    return r


@pytest.mark.parametrize("seconds", [1.0, 4.25, 12.7])
async def test_segments_span_the_real_duration(client, seconds) -> None:  # type: ignore[no-untyped-def]
    body = (await transcribe(client, make_wav(seconds), timestamp_granularities="segment")).json()
    segments = body["segments"]
    assert segments[0]["start"] == 0.0
    assert segments[-1]["end"] == pytest.approx(seconds, abs=1e-3)
    for a, b in zip(segments, segments[1:], strict=False):
        assert a["end"] == b["start"] and a["start"] < a["end"]
    assert " ".join(s["text"] for s in segments) == body["text"]
    words = len(body["text"].split())
    assert words == round(seconds * 2.5)
    assert body["usage"]["prompt_audio_seconds"] == int(-(-seconds // 1))
    assert body["usage"]["completion_tokens"] == count_tokens(body["text"])
    assert body["language"] == "en" and body["model"] == "voxtral-mini-latest"


async def test_deterministic_per_audio_and_no_segments_by_default(client) -> None:  # type: ignore[no-untyped-def]
    wav = make_wav(3.0)
    a = (await transcribe(client, wav)).json()
    b = (await transcribe(client, wav)).json()
    c = (await transcribe(client, make_wav(3.0, tone=220.0))).json()
    assert a == b and a["segments"] == []
    assert a["text"] != c["text"]


async def test_word_granularity_language_and_diarize(client) -> None:  # type: ignore[no-untyped-def]
    body = (
        await transcribe(client, make_wav(2.0), timestamp_granularities="word", language="fr", diarize="true")
    ).json()
    assert body["language"] == "fr"
    assert len(body["segments"]) == len(body["text"].split())
    assert body["segments"][-1]["end"] == pytest.approx(2.0)
    assert {s["speaker_id"] for s in body["segments"]} <= {"speaker_1", "speaker_2"}


async def test_float_wav_uses_the_riff_header(client) -> None:  # type: ignore[no-untyped-def]
    body = (await transcribe(client, make_float_wav(2.5), timestamp_granularities="segment")).json()
    assert body["segments"][-1]["end"] == pytest.approx(2.5)


async def test_sources_file_id_and_exactly_one(client) -> None:  # type: ignore[no-untyped-def]
    wav = make_wav(1.5)
    file_id = (
        await client.post("/v1/files", files={"file": ("a.wav", wav, "audio/wav")}, data={"purpose": "batch"})
    ).json()["id"]
    by_id = (await transcribe(client, None, file_id=file_id)).json()
    direct = (await transcribe(client, wav)).json()
    assert by_id["text"] == direct["text"]
    r = await transcribe(client, wav, status=400, file_id=file_id)
    assert "exactly one" in r.json()["message"]
    await transcribe(client, None, status=400)
    r = await transcribe(client, b"ID3\x03\x00 not really an mp3", status=400)
    assert "Unsupported audio format" in r.json()["message"]
    await transcribe(client, wav, status=400, model="mistral-small-latest")


async def test_stream_events(client) -> None:  # type: ignore[no-untyped-def]
    wav = make_wav(4.0)
    plain = (await transcribe(client, wav, timestamp_granularities="segment")).json()
    r = await transcribe(client, wav, stream="true", timestamp_granularities="segment")
    assert r.headers["content-type"].startswith("text/event-stream")
    events = parse_sse(r.text)
    names = [n for n, _ in events]
    assert names[0] == "transcription.language"
    assert names[-1] == "transcription.done"
    assert "[DONE]" not in r.text
    assert names.count("transcription.segment") == len(plain["segments"])
    data = [json.loads(d) for _, d in events]
    assert all(d["type"] == n for n, d in zip(names, data, strict=True))
    deltas = "".join(d["text"] for d in data if d["type"] == "transcription.text.delta")
    assert deltas == plain["text"]
    done = data[-1]
    assert done["text"] == plain["text"] and done["segments"] == plain["segments"] and done["usage"] == plain["usage"]


async def test_file_url_sources(client) -> None:  # type: ignore[no-untyped-def]
    import base64
    import socket

    tiny = make_wav(0.5, rate=1000)  # file_url is limited to 2083 characters by the contract
    data_url = "data:audio/wav;base64," + base64.b64encode(tiny).decode()
    assert len(data_url) < 2083
    from_url = (await transcribe(client, None, file_url=data_url, timestamp_granularities="segment")).json()
    assert from_url == (await transcribe(client, tiny, timestamp_granularities="segment")).json()
    assert from_url["segments"][-1]["end"] == 0.5
    wav = make_wav(2.0)
    direct = (await transcribe(client, wav)).json()
    file_id = (await client.post("/v1/files", files={"file": ("a.wav", wav)}, data={"purpose": "batch"})).json()["id"]
    signed = (await client.get(f"/v1/files/{file_id}/url")).json()["url"]
    assert (await transcribe(client, None, file_url=signed)).json()["text"] == direct["text"]
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    r = await transcribe(client, None, status=400, file_url=f"http://127.0.0.1:{port}/a.wav")
    assert r.json()["message"].startswith("Failed to fetch file_url")


@pytest.mark.parametrize("fmt", sorted(AUDIO_FORMATS))
async def test_every_common_format_is_decoded(client, fmt: str) -> None:  # type: ignore[no-untyped-def]
    data = make_audio(2.0, fmt)
    files = {"file": (f"speech.{fmt}", data, "application/octet-stream")}
    r = await client.post(
        "/v1/audio/transcriptions",
        files=files,
        data={"model": "voxtral-mini-latest", "timestamp_granularities": "segment"},
    )
    assert r.status_code == 200, r.text
    body = r.json()
    # The duration is the decoded one (AAC adds one priming frame of 1024 samples).
    assert body["segments"][-1]["end"] == pytest.approx(2.0, abs=0.03)
    assert body["usage"]["prompt_audio_seconds"] == (3 if fmt == "m4a" else 2)
    assert len(body["text"].split()) == 5  # 2.5 words per second


async def test_audio_that_does_not_decode_is_a_400(client) -> None:  # type: ignore[no-untyped-def]
    truncated = make_audio(2.0, "mp3")[:40]
    for data in (b"ID3\x03\x00 not really an mp3", truncated, b"OggS" + b"\x00" * 60):
        r = await transcribe(client, data, status=400)
        assert r.json()["message"].startswith("Unsupported audio format"), r.text
