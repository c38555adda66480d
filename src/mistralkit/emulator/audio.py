"""``POST /v1/audio/transcriptions`` (plain and ``stream: true``).

The audio comes as an uploaded ``file`` part, a ``file_url`` or a ``file_id``
(exactly one).  It is really decoded, with FFmpeg through PyAV (the ``av``
package of the emulator extra): MP3, OGG (Opus, Vorbis), M4A/MP4 (AAC), WebM,
FLAC, WAV (integer and float PCM) and whatever else FFmpeg reads.  Its
duration is the decoded samples over the sample rate.  Bytes that are not
audio, or audio that does not decode, are a 400.

The transcript is deterministic for the same audio bytes and options: about
2.5 words per second of audio drawn from a phrase bank (English, or French
for ``language="fr"``).  With ``timestamp_granularities=["segment"]`` every
sentence is a segment, with ``["word"]`` every word; segments are contiguous,
start at 0 and end exactly at the audio's duration.  ``diarize`` labels
sentences with alternating ``speaker_1`` / ``speaker_2``.

``usage``: ``prompt_audio_seconds`` = duration rounded up, ``prompt_tokens`` =
audio frames at 12.5 per second (rounded up), ``completion_tokens`` = tokens
of the text.

Streaming sends named SSE events: ``transcription.language``, then
``transcription.text.delta`` per word (and ``transcription.segment`` after each
sentence when segments were asked for), then ``transcription.done`` with the
full result.  There is no ``[DONE]`` line.
"""

from __future__ import annotations

import io
import math
import random
from typing import Any

import anyio.to_thread
from starlette.responses import Response

from .completion import usage
from .errors import APIError, bad_request
from .models_catalog import TRANSCRIPTION, require
from .responses import json_response
from .routes import Call
from .sources import Source, from_file_id, from_url
from .sse import sse_response
from .text_gen import request_seed, rng_for
from .tokenizer import count_tokens

WORDS_PER_SECOND = 2.5
AUDIO_FRAMES_PER_SECOND = 12.5

SPEECH = {
    "en": (
        "Thanks everyone for joining the call today",
        "Let me start with a quick summary of where we are",
        "The first release went out on Monday as planned",
        "We collected a lot of useful feedback from early users",
        "Most of the questions were about pricing and setup",
        "The team fixed the two issues that came up on Tuesday",
        "Next week we want to focus on documentation",
        "I think the numbers look encouraging so far",
        "Please send me your notes before Friday",
        "We will meet again at the same time next week",
        "Does anyone have a question before we move on",
        "That covers the main points for today",
    ),
    "fr": (
        "Merci à tous d'être présents aujourd'hui",
        "Je commence par un bref résumé de la situation",
        "La première version est sortie lundi comme prévu",
        "Nous avons reçu beaucoup de retours utiles",
        "La plupart des questions portaient sur les tarifs",
        "L'équipe a corrigé les deux problèmes de mardi",
        "La semaine prochaine nous travaillerons sur la documentation",
        "Les chiffres sont encourageants pour le moment",
        "Envoyez-moi vos notes avant vendredi",
        "Nous nous retrouverons à la même heure la semaine prochaine",
    ),
}


def duration_of(source: Source) -> float:
    """Seconds of audio in ``source``, by decoding its first audio stream (blocking)."""
    try:
        import av
    except ImportError:  # pragma: no cover - av is part of the emulator extra
        raise bad_request(
            "Audio decoding needs PyAV: install mistralkit[emulator] (or `pip install av`)", param="file"
        ) from None
    target: Any = str(source.path) if source.path is not None else io.BytesIO(source.data or b"")
    seconds = 0.0
    try:
        with av.open(target, mode="r") as container:
            stream = next((s for s in container.streams if s.type == "audio"), None)
            if stream is None:
                raise bad_request("Unsupported audio format: the file has no audio stream", param="file")
            for frame in container.decode(stream):
                if frame.sample_rate:
                    seconds += frame.samples / frame.sample_rate
    except APIError:
        raise
    except (av.FFmpegError, ValueError, EOFError, OSError) as exc:
        raise bad_request(f"Unsupported audio format: the audio could not be decoded ({exc})", param="file") from None
    return round(seconds, 6)


def _sentences(duration: float, language: str, rng: random.Random) -> list[list[str]]:
    target = round(duration * WORDS_PER_SECOND)
    if target <= 0:
        return []
    bank = SPEECH.get(language, SPEECH["en"])
    out: list[list[str]] = []
    count = 0
    order = list(bank)
    rng.shuffle(order)
    i = 0
    while count < target:
        words = order[i % len(order)].split()
        i += 1
        words = words[: target - count]
        count += len(words)
        out.append(words)
    return out


def transcript(
    duration: float, language: str, rng: random.Random, granularities: list[str], diarize: bool
) -> tuple[str, list[dict[str, Any]], list[list[str]]]:
    sentences = _sentences(duration, language, rng)
    texts = [" ".join(words) + "." for words in sentences]
    text = " ".join(texts)
    total_words = sum(len(s) for s in sentences)
    end_time = round(duration, 3)
    segments: list[dict[str, Any]] = []

    def at(words_done: int) -> float:
        return end_time if words_done >= total_words else round(duration * words_done / total_words, 2)

    if "segment" in granularities or "word" in granularities:
        done = 0
        for index, words in enumerate(sentences):
            units = [(w, 1) for w in words] if "word" in granularities else [(" ".join(words) + ".", len(words))]
            if "word" in granularities:
                units[-1] = (units[-1][0] + ".", 1)
            for unit, n in units:
                segment: dict[str, Any] = {
                    "type": "transcription_segment",
                    "text": unit,
                    "start": at(done),
                    "end": at(done + n),
                }
                if diarize:
                    segment["speaker_id"] = f"speaker_{index % 2 + 1}"
                segments.append(segment)
                done += n
    return text, segments, sentences


async def _source(call: Call) -> Source:
    fields = call.body
    upload = call.form.files.get("file") if call.form else None
    given = [
        name
        for name, present in (
            ("file", upload),
            ("file_url", fields.get("file_url")),
            ("file_id", fields.get("file_id")),
        )
        if present
    ]
    if len(given) != 1:
        raise bad_request(
            "Provide exactly one of file, file_url or file_id" + (f" (got {', '.join(given)})" if given else ""),
            param="file",
        )
    if upload is not None:
        return Source(path=upload.path, name=upload.filename, media_type=upload.content_type)
    if fields.get("file_url"):
        return await from_url(call.state, fields["file_url"], "file_url")
    return from_file_id(call.state, fields["file_id"])


async def transcribe(call: Call) -> Response:
    fields: dict[str, Any] = call.body
    model = fields["model"]
    require(model, TRANSCRIPTION)
    source = await _source(call)
    duration = await anyio.to_thread.run_sync(duration_of, source)
    upload = call.form.files.get("file") if call.form else None
    digest = upload.sha256 if upload is not None else await anyio.to_thread.run_sync(source.sha256)
    language = fields.get("language") or "en"
    granularities = list(fields.get("timestamp_granularities") or [])
    # What is said does not depend on how it is delivered (streamed or not, with timestamps or not).
    options = {
        k: v for k, v in fields.items() if k not in ("stream", "file", "file_url", "file_id", "timestamp_granularities")
    }
    rng = rng_for(request_seed({"audio": digest, **options}))
    text, segments, sentences = transcript(duration, language, rng, granularities, bool(fields.get("diarize")))
    result = {
        "model": model,
        "text": text,
        "language": language,
        "segments": segments,
        "usage": {
            **usage(math.ceil(duration * AUDIO_FRAMES_PER_SECOND), count_tokens(text)),
            "prompt_audio_seconds": math.ceil(duration),
        },
    }
    if fields.get("stream"):
        return sse_response(_events(result, sentences, granularities), call.fault, done=False, error_event="error")
    return json_response(result)


def _events(
    result: dict[str, Any], sentences: list[list[str]], granularities: list[str]
) -> list[tuple[str, dict[str, Any]]]:
    events: list[tuple[str, dict[str, Any]]] = [
        ("transcription.language", {"type": "transcription.language", "audio_language": result["language"]})
    ]
    sentence_segments = iter(result["segments"]) if "segment" in granularities and "word" not in granularities else None
    first = True
    for words in sentences:
        for position, word in enumerate(words):
            piece = word + ("." if position == len(words) - 1 else "")
            events.append(
                (
                    "transcription.text.delta",
                    {"type": "transcription.text.delta", "text": piece if first else " " + piece},
                )
            )
            first = False
        if sentence_segments is not None:
            seg = next(sentence_segments)
            delta = {"type": "transcription.segment", "text": seg["text"], "start": seg["start"], "end": seg["end"]}
            if "speaker_id" in seg:
                delta["speaker_id"] = seg["speaker_id"]
            events.append(("transcription.segment", delta))
    events.append(("transcription.done", {**result, "type": "transcription.done"}))
    return events
