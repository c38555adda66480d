"""``mistralkit transcribe FILE``: speech to text."""

from __future__ import annotations

import os
from typing import Any, Optional

import click

from .output import model_json, raw_json, write
from .progress import ReadProgress, bytes_bar, shown
from .session import Session, api_command, with_raw


@click.command()
@click.argument("source", metavar="FILE")
@click.option("-m", "--model", default="voxtral-mini-latest", show_default=True)
@click.option("--language", default=None, help="The audio's language (e.g. en), if known.")
@click.option("--timestamps", is_flag=True, help="Print one line per segment with its start and end times.")
@click.option("--stream", "streaming", is_flag=True, help="Print the text as it is transcribed.")
@api_command
def transcribe(session: Session, source: str, model: str, language: Optional[str], timestamps: bool, streaming: bool) -> None:
    """Transcribe FILE (an audio path or an http(s) URL) to text."""
    params: dict[str, Any] = {"model": model, "language": language}
    if source.startswith(("http://", "https://")):
        params["file_url"] = source
    else:
        if not os.path.isfile(source):
            raise FileNotFoundError(2, "no such audio file", source)
        params["file"] = source
    if timestamps:
        params["timestamp_granularities"] = ["segment"]
    if streaming:
        # The text shows as it comes: that is the progress.
        with session.client.audio.transcriptions.stream(**params) as stream:
            for event in stream:
                if session.json:
                    model_json(event.data)
                else:
                    text = getattr(event.data, "text", None)
                    if getattr(event, "event", "") == "transcription.text.delta" and isinstance(text, str):
                        write(text)
        if not session.json:
            write("\n")
        return
    transcriptions = with_raw(session.client.audio.transcriptions)
    if "file" in params and shown():
        # The recording goes up with a bytes bar (it is sent as it is read).
        with bytes_bar() as progress, ReadProgress(source, progress, f"uploading {os.path.basename(source)}") as reader:
            raw = transcriptions.complete(**{**params, "file": (os.path.basename(source), reader)})
    else:
        raw = transcriptions.complete(**params)
    if session.json:
        raw_json(raw)
        return
    reply = raw.parse()
    if timestamps and reply.segments:
        for segment in reply.segments:
            write(f"[{segment.start:7.2f} → {segment.end:7.2f}] {segment.text.strip()}\n")
    else:
        write(reply.text.rstrip("\n") + "\n")
