"""Test data made on the fly: PDFs with a text layer, WAV files."""

from __future__ import annotations

import io
import math
import struct
import wave


def _escape_pdf_text(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(pages: list[list[str]], size: tuple[int, int] = (612, 792)) -> bytes:
    """A valid PDF whose pages carry the given lines as real text (Helvetica)."""
    width, height = size
    objects: list[bytes] = []
    n_pages = len(pages)
    # 1: catalog, 2: pages, 3: font, then (page, content) pairs
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(n_pages))
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>".encode())
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    for i, lines in enumerate(pages):
        ops = ["BT", "/F1 12 Tf", "14 TL", f"72 {height - 72} Td"]
        for line in lines:
            ops.append(f"({_escape_pdf_text(line)}) Tj T*")
        ops.append("ET")
        stream = "\n".join(ops).encode("latin-1")
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {width} {height}] "
            f"/Resources << /Font << /F1 3 0 R >> >> /Contents {5 + 2 * i} 0 R >>".encode()
        )
        objects.append(b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def make_wav(seconds: float, rate: int = 16000, tone: float = 440.0) -> bytes:
    """A mono 16-bit PCM WAV of exactly ``seconds`` (rounded to a sample)."""
    frames = round(seconds * rate)
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(
            b"".join(struct.pack("<h", int(8000 * math.sin(2 * math.pi * tone * i / rate))) for i in range(frames))
        )
    return buf.getvalue()


def make_float_wav(seconds: float, rate: int = 8000) -> bytes:
    """A 32-bit float WAV (format tag 3), which the ``wave`` module rejects."""
    frames = round(seconds * rate)
    data = struct.pack(f"<{frames}f", *([0.0] * frames))
    fmt = struct.pack("<HHIIHH", 3, 1, rate, rate * 4, 4, 32)
    body = b"WAVE" + b"fmt " + struct.pack("<I", len(fmt)) + fmt + b"data" + struct.pack("<I", len(data)) + data
    return b"RIFF" + struct.pack("<I", len(body)) + body


# container format, codec, sample rate: what each common upload format is, encoded by FFmpeg (PyAV)
AUDIO_FORMATS = {
    "mp3": ("mp3", "libmp3lame", 44100),
    "ogg": ("ogg", "libopus", 48000),
    "m4a": ("ipod", "aac", 44100),
    "webm": ("webm", "libopus", 48000),
    "flac": ("flac", "flac", 16000),
    "wav": ("wav", "pcm_s16le", 16000),
}


def make_audio(seconds: float, fmt: str, tone: float = 440.0) -> bytes:
    """``seconds`` of a mono tone encoded as ``fmt`` (a key of ``AUDIO_FORMATS``) with PyAV itself."""
    import av

    container_format, codec, rate = AUDIO_FORMATS[fmt]
    out = io.BytesIO()
    with av.open(out, mode="w", format=container_format) as container:
        stream = container.add_stream(codec, rate=rate, layout="mono")
        ctx = stream.codec_context
        resampler = av.AudioResampler(format=ctx.format.name, layout="mono", rate=rate, frame_size=ctx.frame_size or None)
        total = round(seconds * rate)
        chunk = 1024
        for start in range(0, total, chunk):
            n = min(chunk, total - start)
            pcm = b"".join(
                struct.pack("<h", int(8000 * math.sin(2 * math.pi * tone * (start + i) / rate))) for i in range(n)
            )
            frame = av.AudioFrame(format="s16", layout="mono", samples=n)
            frame.planes[0].update(pcm)
            frame.sample_rate = rate
            frame.pts = start
            for converted in resampler.resample(frame):
                container.mux(stream.encode(converted))
        for converted in resampler.resample(None):
            container.mux(stream.encode(converted))
        container.mux(stream.encode(None))
    return out.getvalue()
