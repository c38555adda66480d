"""Speech synthesis: a deterministic waveform for a text, encoded by FFmpeg through PyAV.

The voice is simple -- each letter is a short tone whose pitch depends on the letter and the
voice, with gentle attack and release, and word gaps are silence -- but the bytes are real audio
in the requested format (``wav``, ``mp3``, ``flac``, ``opus`` in Ogg, or raw ``pcm``: signed
16-bit little-endian mono), and the same text and voice always give the same bytes.
"""

from __future__ import annotations

import base64
import hashlib
import io
import math
from array import array

from .errors import APIError

SAMPLE_RATE = 24_000
LETTER_SECONDS = 0.06
GAP_SECONDS = 0.08
FORMATS = ("pcm", "wav", "mp3", "flac", "opus")
MEDIA_TYPES = {
    "pcm": "audio/pcm",
    "wav": "audio/wav",
    "mp3": "audio/mpeg",
    "flac": "audio/flac",
    "opus": "audio/ogg",
}
_CODECS = {
    "wav": ("wav", "pcm_s16le"),
    "mp3": ("mp3", "libmp3lame"),
    "flac": ("flac", "flac"),
    "opus": ("ogg", "libopus"),
}


def waveform(text: str, voice: str = "") -> array:
    """Mono 16-bit samples at ``SAMPLE_RATE`` for ``text``."""
    base = 110 + int.from_bytes(hashlib.sha256(voice.encode("utf-8")).digest()[:2], "big") % 110
    samples = array("h")
    letter = int(SAMPLE_RATE * LETTER_SECONDS)
    gap = int(SAMPLE_RATE * GAP_SECONDS)
    fade = letter // 6
    for char in text[:2000] or " ":
        if not char.isalnum():
            samples.extend([0] * gap)
            continue
        freq = base * (1 + (ord(char.lower()) % 24) / 12)
        for i in range(letter):
            envelope = min(1.0, i / fade, (letter - i) / fade)
            samples.append(int(9000 * envelope * math.sin(2 * math.pi * freq * i / SAMPLE_RATE)))
    return samples


def encode(samples: array, fmt: str) -> bytes:
    """The samples in a container/codec (needs PyAV for anything but ``pcm``)."""
    if fmt == "pcm":
        return samples.tobytes()
    try:
        import av
    except ImportError:  # pragma: no cover - the emulator extra installs it
        raise APIError(501, "Speech in this format needs PyAV: pip install 'mistralkit[emulator]'") from None
    container_name, codec_name = _CODECS[fmt]
    rate = 48_000 if fmt == "opus" else SAMPLE_RATE
    buffer = io.BytesIO()
    with av.open(buffer, "w", format=container_name, options={"fflags": "+bitexact"}) as container:
        stream = container.add_stream(codec_name, rate=rate, layout="mono")
        stream.codec_context.flags |= av.codec.context.Flags.bitexact
        resampler = av.AudioResampler(format=stream.codec_context.format, layout="mono", rate=rate)
        frame_size = 960
        pcm = samples.tobytes()
        step = frame_size * 2
        pts = 0
        for offset in range(0, len(pcm), step):
            chunk = pcm[offset : offset + step]
            frame = av.AudioFrame(format="s16", layout="mono", samples=len(chunk) // 2)
            frame.planes[0].update(chunk)
            frame.sample_rate = SAMPLE_RATE
            frame.pts = pts
            pts += len(chunk) // 2
            for converted in resampler.resample(frame):
                for packet in stream.encode(converted):
                    container.mux(packet)
        for converted in resampler.resample(None):
            for packet in stream.encode(converted):
                container.mux(packet)
        for packet in stream.encode(None):
            container.mux(packet)
    return buffer.getvalue()


def synthesize(text: str, fmt: str = "mp3", voice: str = "") -> bytes:
    if fmt not in FORMATS:
        fmt = "wav"
    return encode(waveform(text, voice), fmt)


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
