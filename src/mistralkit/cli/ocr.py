"""``mistralkit ocr FILE``: a document or image as Markdown."""

from __future__ import annotations

from typing import Any, Optional

import click

from .._files import guess_content_type
from .attachments import data_url, is_url
from .output import raw_json, write
from .session import Session, api_command, with_raw


def document_for(source: str) -> dict[str, Any]:
    """The OCR ``document`` for a path or URL: images as ``image_url``, anything else as ``document_url``."""
    if source.startswith("file-") and not is_url(source):
        return {"type": "file", "file_id": source}
    url = source if is_url(source) else data_url(source)
    if guess_content_type(source).startswith("image/") or url.startswith("data:image/"):
        return {"type": "image_url", "image_url": url}
    return {"type": "document_url", "document_url": url}


@click.command()
@click.argument("source", metavar="FILE")
@click.option("-m", "--model", default="mistral-ocr-latest", show_default=True)
@click.option("--pages", default=None, help="Only these pages, from 0: e.g. 0,2,5.")
@api_command
def ocr(session: Session, source: str, model: str, pages: Optional[str]) -> None:
    """Extract the text of FILE (a PDF or image path, an http(s) URL, or an uploaded file's ID) as Markdown.

    Pages are separated by a blank line; --json prints the API's response (pages, images, usage).
    """
    if not is_url(source) and not source.startswith("file-"):
        with open(source, "rb"):
            pass  # a missing file is a usage error before anything is sent
    page_list = [int(p) for p in pages.split(",")] if pages else None
    raw = with_raw(session.client.ocr).process(model=model, document=document_for(source), pages=page_list)
    if session.json:
        raw_json(raw)
        return
    reply = raw.parse()
    write("\n\n".join(page.markdown.rstrip("\n") for page in reply.pages) + "\n")
