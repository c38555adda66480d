"""``mistralkit models``: list, get, update, archive, unarchive and delete models."""

from __future__ import annotations

from typing import Any, Optional

import click

from .output import fields, items_of, show, table, when
from .session import Session, api_command, group_options, with_raw

CAPABILITIES = ("completion_chat", "completion_fim", "function_calling", "reasoning", "vision", "ocr", "audio",
                "audio_transcription",
                "classification", "moderation", "fine_tuning")


def capabilities(card: Any) -> str:
    caps = card.capabilities
    return ",".join(name for name in CAPABILITIES if getattr(caps, name, False))


def card_fields(card: Any) -> None:
    fields([
        ("id", card.id),
        ("name", card.name),
        ("type", getattr(card, "type", None)),
        ("description", card.description),
        ("context", card.max_context_length),
        ("capabilities", capabilities(card) if getattr(card, "capabilities", None) is not None else None),
        ("aliases", card.aliases),
        ("created", when(card.created)),
        ("owned by", card.owned_by),
        ("job", getattr(card, "job", None)),
        ("root", getattr(card, "root", None)),
        ("archived", getattr(card, "archived", None)),
        ("deprecation", getattr(card, "deprecation", None)),
    ])


def list_cards(session: Session) -> None:
    def human(page: Any) -> None:
        table(
            ["ID", "TYPE", "CONTEXT", "CAPABILITIES"],
            [(c.id, getattr(c, "type", ""), c.max_context_length, capabilities(c)) for c in items_of(page)],
        )

    show(session, with_raw(session.client.models).list(), human, items="data")


@click.group(invoke_without_command=True)
@group_options
@click.pass_context
def models(ctx: click.Context) -> None:
    """Models: list (the default), get, update, archive, unarchive, delete."""
    if ctx.invoked_subcommand is None:
        ctx.invoke(list_command, json_output=False, emulator=False, server_url=None, debug=False)


@models.command("list")
@api_command
def list_command(session: Session) -> None:
    """List the models available to this key: ID, type, context length, capabilities."""
    list_cards(session)


@models.command("get")
@click.argument("model_id")
@api_command
def get_command(session: Session, model_id: str) -> None:
    """Show one model's card."""
    show(session, with_raw(session.client.models).retrieve(model_id=model_id), card_fields)


@models.command("update")
@click.argument("model_id")
@click.option("--name", default=None)
@click.option("--description", default=None)
@api_command
def update_command(session: Session, model_id: str, name: Optional[str], description: Optional[str]) -> None:
    """Rename or re-describe a fine-tuned model."""
    if name is None and description is None:
        raise click.UsageError("nothing to update: give --name and/or --description")
    raw = with_raw(session.client.models).update(model_id=model_id, name=name, description=description)
    show(session, raw, lambda m: fields([("id", m.id), ("name", m.name), ("description", m.description)]))


@models.command("archive")
@click.argument("model_id")
@api_command
def archive_command(session: Session, model_id: str) -> None:
    """Archive a fine-tuned model."""
    raw = with_raw(session.client.models).archive(model_id=model_id)
    show(session, raw, lambda r: fields([("id", r.id), ("archived", r.archived)]))


@models.command("unarchive")
@click.argument("model_id")
@api_command
def unarchive_command(session: Session, model_id: str) -> None:
    """Unarchive a fine-tuned model."""
    raw = with_raw(session.client.models).unarchive(model_id=model_id)
    show(session, raw, lambda r: fields([("id", r.id), ("archived", r.archived)]))


@models.command("delete")
@click.argument("model_id")
@api_command
def delete_command(session: Session, model_id: str) -> None:
    """Delete a fine-tuned model."""
    raw = with_raw(session.client.models).delete(model_id=model_id)
    show(session, raw, lambda r: fields([("id", r.id), ("deleted", r.deleted)]))
