"""``mistralkit conversations``: start, append, list, get, history, messages, delete."""

from __future__ import annotations

import sys
from typing import Any, Optional

import click

from . import exit_codes
from .output import fields, items_of, model_json, note, raw_json, show, show_list, table, when
from .render import show_stream, show_text, text_of
from .session import Session, api_command, with_raw


def entry_text(entry: Any) -> str:
    return text_of(getattr(entry, "content", None))


def reply_text(reply: Any) -> str:
    return "\n\n".join(entry_text(o) for o in reply.outputs or [] if getattr(o, "type", "") == "message.output")


def run(session: Session, method: str, stream: bool, **params: Any) -> int:
    """Start/append/restart, streamed (text deltas; JSON lines of events with --json) or whole."""
    conversations = session.client.beta.conversations
    if not stream:
        raw = getattr(with_raw(conversations), method)(**params)
        if session.json:
            raw_json(raw)
            return exit_codes.OK
        reply = raw.parse()
        show_text(reply_text(reply))
        note(f"conversation {reply.conversation_id}")
        return exit_codes.OK
    conversation_id: list[str] = []

    def pieces(events: Any) -> Any:
        for event in events:
            data = event.data
            if getattr(data, "type", "") == "conversation.response.started":
                conversation_id[:] = [data.conversation_id]
            if getattr(data, "type", "") == "message.output.delta":
                yield text_of(data.content)

    with getattr(conversations, f"{method}_stream")(**params) as events:
        if session.json:
            for event in events:
                model_json(event.data)
            return exit_codes.OK
        _, stopped = show_stream(pieces(events))
    if conversation_id:
        note(f"conversation {conversation_id[0]}")
    return exit_codes.INTERRUPTED if stopped else exit_codes.OK


def prompt_text(prompt: str) -> str:
    return sys.stdin.read() if prompt == "-" else prompt


NO_STREAM = click.option("--no-stream", is_flag=True, help="Wait for the whole answer.")


@click.group()
def conversations() -> None:
    """Conversations kept by the API: start, append, restart, list, get, history, messages, delete."""


@conversations.command("start")
@click.argument("prompt")
@click.option("-m", "--model", default=None, help="Talk to a model (default mistral-medium-latest unless --agent).")
@click.option("--agent", "agent_id", default=None, help="Talk to this agent.")
@click.option("--instructions", default=None)
@click.option("--name", default=None)
@NO_STREAM
@api_command
def start_command(session: Session, prompt: str, model: Optional[str], agent_id: Optional[str],
                  instructions: Optional[str], name: Optional[str], no_stream: bool) -> int:
    """Start a conversation with PROMPT ('-' reads stdin); its ID goes to stderr."""
    if model and agent_id:
        raise click.UsageError("give --model or --agent, not both")
    if not agent_id and not model:
        model = "mistral-medium-latest"
    return run(session, "start", not no_stream, inputs=prompt_text(prompt), model=model, agent_id=agent_id,
               instructions=instructions, name=name)


@conversations.command("append")
@click.argument("conversation_id")
@click.argument("prompt")
@NO_STREAM
@api_command
def append_command(session: Session, conversation_id: str, prompt: str, no_stream: bool) -> int:
    """Continue a conversation with PROMPT."""
    return run(session, "append", not no_stream, conversation_id=conversation_id, inputs=prompt_text(prompt))


@conversations.command("restart")
@click.argument("conversation_id")
@click.argument("entry_id")
@click.argument("prompt")
@NO_STREAM
@api_command
def restart_command(session: Session, conversation_id: str, entry_id: str, prompt: str, no_stream: bool) -> int:
    """Branch a new conversation off ENTRY_ID (see `history --json`) of a conversation, with PROMPT."""
    return run(session, "restart", not no_stream, conversation_id=conversation_id, from_entry_id=entry_id,
               inputs=prompt_text(prompt))


@conversations.command("list")
@click.option("--page", type=int, default=None)
@click.option("--page-size", type=int, default=None)
@click.option("--all", "every", is_flag=True, help="Every page from --page on (JSON lines with --json).")
@api_command
def list_command(session: Session, page: Optional[int], page_size: Optional[int],
    every: bool,
) -> None:
    """List conversations: ID, model or agent, name, last update."""
    api = with_raw(session.client.beta.conversations)

    def fetch(number: Optional[int], size: Optional[int]) -> Any:
        return api.list(page=number, page_size=size)

    def human(result: Any) -> None:
        table(["ID", "WITH", "NAME", "UPDATED"],
              [(c.id, getattr(c, "agent_id", None) or getattr(c, "model", None), c.name, when(c.updated_at))
               for c in items_of(result)])

    show_list(session, fetch, human, page=page, page_size=page_size, every=every)


@conversations.command("get")
@click.argument("conversation_id")
@api_command
def get_command(session: Session, conversation_id: str) -> None:
    """Show a conversation's settings."""
    raw = with_raw(session.client.beta.conversations).get(conversation_id=conversation_id)
    show(session, raw, lambda c: fields([
        ("id", c.id), ("model", getattr(c, "model", None)), ("agent", getattr(c, "agent_id", None)),
        ("name", c.name), ("instructions", getattr(c, "instructions", None)),
        ("created", when(c.created_at)), ("updated", when(c.updated_at)),
    ]))


def _transcript(entries: Any) -> None:
    for entry in entries or []:
        kind = getattr(entry, "type", "")
        role = getattr(entry, "role", None) or kind
        text = entry_text(entry)
        if text:
            click.echo(f"{role}: {text}")
        else:
            click.echo(f"[{kind}]")


@conversations.command("history")
@click.argument("conversation_id")
@api_command
def history_command(session: Session, conversation_id: str) -> None:
    """Every entry of a conversation: messages, tool calls, handoffs."""
    raw = with_raw(session.client.beta.conversations).get_history(conversation_id=conversation_id)
    show(session, raw, lambda h: _transcript(h.entries))


@conversations.command("messages")
@click.argument("conversation_id")
@api_command
def messages_command(session: Session, conversation_id: str) -> None:
    """The messages of a conversation, as a transcript."""
    raw = with_raw(session.client.beta.conversations).get_messages(conversation_id=conversation_id)
    show(session, raw, lambda m: _transcript(m.messages))


@conversations.command("delete")
@click.argument("conversation_id")
@api_command
def delete_command(session: Session, conversation_id: str) -> None:
    """Delete a conversation."""
    raw = with_raw(session.client.beta.conversations).delete(conversation_id=conversation_id)
    if session.json:
        if raw.text.strip():
            click.echo(raw.text.strip())
        return
    note(f"deleted {conversation_id}")
