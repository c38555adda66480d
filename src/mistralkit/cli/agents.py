"""``mistralkit agents``: create, list, get, update, delete agents."""

from __future__ import annotations

from typing import Any, Dict, Optional

import click

from .output import fields, items_of, note, show, show_list, table, when
from .session import Session, api_command, with_raw


def agent_fields(agent: Any) -> None:
    tools = [getattr(t, "type", None) or (t.get("type") if isinstance(t, dict) else str(t)) for t in agent.tools or []]
    fields([
        ("id", agent.id),
        ("name", agent.name),
        ("model", agent.model),
        ("version", agent.version),
        ("description", agent.description),
        ("instructions", agent.instructions),
        ("tools", tools),
        ("handoffs", agent.handoffs),
        ("created", when(agent.created_at)),
        ("updated", when(agent.updated_at)),
    ])


def builtin_tools(names: tuple[str, ...]) -> Optional[list[Dict[str, Any]]]:
    return [{"type": name} for name in names] or None


TOOL = click.option("--tool", "tools", multiple=True,
                    type=click.Choice(["web_search", "web_search_premium", "code_interpreter", "image_generation",
                                       "document_library"]),
                    help="A built-in tool. Repeatable.")


@click.group()
def agents() -> None:
    """Agents: create, list, get, update, delete (talk to one with `mistralkit conversations start --agent`)."""


@agents.command("create")
@click.option("--name", required=True)
@click.option("-m", "--model", default="mistral-medium-latest", show_default=True)
@click.option("--instructions", default=None)
@click.option("--description", default=None)
@TOOL
@api_command
def create_command(session: Session, name: str, model: str, instructions: Optional[str], description: Optional[str],
                   tools: tuple[str, ...]) -> None:
    """Create an agent."""
    raw = with_raw(session.client.beta.agents).create(
        model=model, name=name, instructions=instructions, description=description, tools=builtin_tools(tools)
    )
    show(session, raw, agent_fields)


@agents.command("list")
@click.option("--name", default=None, help="Only agents with this name.")
@click.option("--search", default=None)
@click.option("--page", type=int, default=None)
@click.option("--page-size", type=int, default=None)
@click.option("--all", "every", is_flag=True, help="Every page from --page on (JSON lines with --json).")
@api_command
def list_command(session: Session,
    name: Optional[str], search: Optional[str], page: Optional[int], page_size: Optional[int],
    every: bool,
) -> None:
    """List agents: ID, name, model, version, last update."""
    api = with_raw(session.client.beta.agents)

    def fetch(number: Optional[int], size: Optional[int]) -> Any:
        return api.list(name=name, search=search, page=number, page_size=size)

    def human(result: Any) -> None:
        table(["ID", "NAME", "MODEL", "VERSION", "UPDATED"],
              [(a.id, a.name, a.model, a.version, when(a.updated_at)) for a in items_of(result)])

    show_list(session, fetch, human, page=page, page_size=page_size, every=every)


@agents.command("get")
@click.argument("agent_id")
@click.option("--version", default=None, help="A version number or alias (default: the current one).")
@api_command
def get_command(session: Session, agent_id: str, version: Optional[str]) -> None:
    """Show an agent."""
    resource = with_raw(session.client.beta.agents)
    raw = resource.get(agent_id=agent_id) if version is None else resource.get_version(
        agent_id=agent_id, version=int(version) if version.isdigit() else version)
    show(session, raw, agent_fields)


@agents.command("update")
@click.argument("agent_id")
@click.option("--name", default=None)
@click.option("-m", "--model", default=None)
@click.option("--instructions", default=None)
@click.option("--description", default=None)
@TOOL
@api_command
def update_command(session: Session, agent_id: str, name: Optional[str], model: Optional[str],
                   instructions: Optional[str], description: Optional[str], tools: tuple[str, ...]) -> None:
    """Update an agent (makes a new version)."""
    if not any((name, model, instructions, description, tools)):
        raise click.UsageError("nothing to update: give --name, --model, --instructions, --description or --tool")
    raw = with_raw(session.client.beta.agents).update(
        agent_id=agent_id, name=name, model=model, instructions=instructions, description=description,
        tools=builtin_tools(tools),
    )
    show(session, raw, agent_fields)


@agents.command("delete")
@click.argument("agent_id")
@api_command
def delete_command(session: Session, agent_id: str) -> None:
    """Delete an agent."""
    raw = with_raw(session.client.beta.agents).delete(agent_id=agent_id)
    if session.json:
        if raw.text.strip():
            click.echo(raw.text.strip())
        return
    note(f"deleted {agent_id}")


# --- versions and aliases ----------------------------------------------------------------------------


@agents.command("versions")
@click.argument("agent_id")
@api_command
def versions_command(session: Session, agent_id: str) -> None:
    """List an agent's versions: version, model, description, date."""
    raw = with_raw(session.client.beta.agents).list_versions(agent_id=agent_id)

    def human(result: Any) -> None:
        table(["VERSION", "MODEL", "DESCRIPTION", "UPDATED"],
              [(a.version, a.model, a.version_message or a.description, when(a.updated_at)) for a in items_of(result)])

    show(session, raw, human, items="data")


@agents.command("use-version")
@click.argument("agent_id")
@click.argument("version", type=int)
@api_command
def use_version_command(session: Session, agent_id: str, version: int) -> None:
    """Make VERSION the agent's current version."""
    show(session, with_raw(session.client.beta.agents).update_version(agent_id=agent_id, version=version), agent_fields)


@agents.command("alias")
@click.argument("agent_id")
@click.argument("alias")
@click.argument("version", type=int, required=False)
@click.option("--delete", is_flag=True, help="Delete the alias instead.")
@api_command
def alias_command(session: Session, agent_id: str, alias: str, version: Optional[int], delete: bool) -> None:
    """Point ALIAS at VERSION (created if new), or --delete it. `agents aliases ID` lists them."""
    api = with_raw(session.client.beta.agents)
    if delete:
        api.delete_version_alias(agent_id=agent_id, alias=alias)
        if not session.json:
            note(f"deleted alias {alias}")
        return
    if version is None:
        raise click.UsageError("give the VERSION the alias points at (or --delete)")
    raw = api.create_version_alias(agent_id=agent_id, alias=alias, version=version)
    show(session, raw, lambda a: fields([("alias", a.alias), ("version", a.version)]))


@agents.command("aliases")
@click.argument("agent_id")
@api_command
def aliases_command(session: Session, agent_id: str) -> None:
    """List an agent's aliases and the versions they point at."""
    raw = with_raw(session.client.beta.agents).list_version_aliases(agent_id=agent_id)
    show(session, raw, lambda result: table(["ALIAS", "VERSION"], [(a.alias, a.version) for a in items_of(result)]),
         items="data")
