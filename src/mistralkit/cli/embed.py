"""``mistralkit embed``: embeddings as JSON lines."""

from __future__ import annotations

from typing import Optional

import click

from .inputs import texts
from .output import json_line, raw_json
from .session import Session, api_command, with_raw


@click.command()
@click.argument("text", nargs=-1)
@click.option("-m", "--model", default="mistral-embed", show_default=True)
@click.option("--dimension", "output_dimension", type=int, default=None, help="output_dimension (models that support it).")
@click.option("--dtype", "output_dtype", default=None, help="output_dtype: float, int8, uint8, binary, ubinary.")
@api_command
def embed(session: Session,
    text: tuple[str, ...], model: str, output_dimension: Optional[int], output_dtype: Optional[str]) -> None:
    """Embed each TEXT (or each line of stdin): one JSON line per text, in order.

    Each line is {"index": N, "text": ..., "embedding": [...]}; --json prints the API's response instead.

    \b
    mistralkit embed "first text" "second text" | jq -c '.embedding | length'
    """
    inputs = texts(text)
    raw = with_raw(session.client.embeddings).create(
        model=model, inputs=inputs, output_dimension=output_dimension, output_dtype=output_dtype
    )
    if session.json:
        raw_json(raw)
        return
    for item in sorted(raw.json().get("data") or [], key=lambda d: d.get("index", 0)):
        index = item.get("index", 0)
        json_line({"index": index, "text": inputs[index] if index < len(inputs) else None, "embedding": item.get("embedding")})
