"""``mistralkit moderate`` and ``mistralkit classify``."""

from __future__ import annotations

from typing import Any

import click

from .inputs import texts
from .output import show, table
from .session import Session, api_command, with_raw


def _clip(text: str, width: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


@click.command()
@click.argument("text", nargs=-1)
@click.option("-m", "--model", default="mistral-moderation-latest", show_default=True)
@click.option("--all", "show_all", is_flag=True, help="Show every category's score, not only the flagged ones.")
@api_command
def moderate(session: Session, text: tuple[str, ...], model: str, show_all: bool) -> None:
    """Moderate each TEXT (or each line of stdin): the flagged categories and their scores."""
    inputs = texts(text)
    raw = with_raw(session.client.classifiers).moderate(model=model, inputs=inputs)

    def human(reply: Any) -> None:
        rows = []
        for source, result in zip(inputs, reply.results):
            flags = result.categories or {}
            scores = result.category_scores or {}
            names = sorted(scores, key=lambda n: -scores[n]) if show_all else [n for n, on in flags.items() if on]
            shown = ", ".join(f"{n} {scores.get(n, 0):.2f}" for n in names)
            rows.append((_clip(source), "yes" if any(flags.values()) else "no", shown))
        table(["TEXT", "FLAGGED", "CATEGORIES"], rows)

    show(session, raw, human)


@click.command()
@click.argument("text", nargs=-1)
@click.option("-m", "--model", required=True, help="A classifier model (e.g. a fine-tuned classifier).")
@api_command
def classify(session: Session, text: tuple[str, ...], model: str) -> None:
    """Classify each TEXT (or each line of stdin) with a classifier model: the top label per target."""
    inputs = texts(text)
    raw = with_raw(session.client.classifiers).classify(model=model, inputs=inputs)

    def human(reply: Any) -> None:
        rows = []
        for source, result in zip(inputs, reply.results):
            for target, scores in sorted(result.items()):
                ranked = sorted(scores.scores.items(), key=lambda kv: -kv[1])
                best = f"{ranked[0][0]} {ranked[0][1]:.2f}" if ranked else ""
                rows.append((_clip(source), target, best))
        table(["TEXT", "TARGET", "LABEL"], rows)

    show(session, raw, human)


__all__ = ["moderate", "classify"]
