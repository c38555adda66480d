"""``--file`` and ``--image``: local files (or URLs) as chat message content."""

from __future__ import annotations

import base64
import os
from typing import Any, Dict, List, Sequence

from .._files import guess_content_type


def data_url(path: str) -> str:
    """The file at ``path`` as a ``data:`` URL."""
    with open(path, "rb") as handle:
        encoded = base64.b64encode(handle.read()).decode("ascii")
    return f"data:{guess_content_type(path)};base64,{encoded}"


def is_url(text: str) -> bool:
    return text.startswith(("http://", "https://", "data:"))


def file_chunk(path: str) -> Dict[str, Any]:
    """A text file as a text chunk (named, fenced); any other file as a ``document_url`` chunk."""
    if is_url(path):
        return {"type": "document_url", "document_url": path}
    with open(path, "rb") as handle:
        data = handle.read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return {"type": "document_url", "document_url": data_url(path), "document_name": os.path.basename(path)}
    return {"type": "text", "text": f"File {os.path.basename(path)}:\n```\n{text.rstrip()}\n```"}


def image_chunk(path: str) -> Dict[str, Any]:
    if is_url(path):
        return {"type": "image_url", "image_url": path}
    if not guess_content_type(path).startswith("image/"):
        raise ValueError(f"{path}: not an image (by its extension); --image takes PNG, JPEG, WebP or GIF files")
    return {"type": "image_url", "image_url": data_url(path)}


def user_content(text: str, files: Sequence[str] = (), images: Sequence[str] = ()) -> Any:
    """A user message's content: the plain text, or chunks when files or images are attached."""
    if not files and not images:
        return text
    chunks: List[Dict[str, Any]] = []
    if text:
        chunks.append({"type": "text", "text": text})
    chunks.extend(file_chunk(path) for path in files)
    chunks.extend(image_chunk(path) for path in images)
    return chunks
