"""``mistralkit libraries access``: who may use a library (users, workspaces, the organization)."""

from __future__ import annotations

from typing import Any, Optional

import click

from .output import fields, show, table
from .session import Session, api_command, with_raw

ENTITY = click.Choice(["User", "Workspace", "Org"])


def sharing_fields(entry: Any) -> None:
    fields([
        ("library", entry.library_id),
        ("with", f"{entry.share_with_type} {entry.share_with_uuid or ''}".strip()),
        ("role", entry.role),
        ("org", entry.org_id),
    ])


@click.group("access")
def access() -> None:
    """Who may use a library: list, share, unshare."""


@access.command("list")
@click.argument("library_id")
@api_command
def list_command(session: Session, library_id: str) -> None:
    """List who may use a library, and with which role."""

    def human(result: Any) -> None:
        table(["TYPE", "WITH", "ROLE"], [(e.share_with_type, e.share_with_uuid, e.role) for e in result.data or []])

    show(session, with_raw(session.client.beta.libraries.accesses).list(library_id=library_id), human, items="data")


@access.command("share")
@click.argument("library_id")
@click.option("--with", "share_with_uuid", required=True, metavar="UUID", help="The user, workspace or organization.")
@click.option("--type", "share_with_type", type=ENTITY, default="User", show_default=True)
@click.option("--level", type=click.Choice(["Viewer", "Editor"]), default="Viewer", show_default=True)
@click.option("--org", "org_id", default=None)
@api_command
def share_command(session: Session, library_id: str, share_with_uuid: str, share_with_type: str, level: str,
                  org_id: Optional[str]) -> None:
    """Give a user, workspace or organization access to a library (or change its level)."""
    raw = with_raw(session.client.beta.libraries.accesses).update_or_create(
        library_id=library_id, level=level, share_with_uuid=share_with_uuid, share_with_type=share_with_type,
        org_id=org_id,
    )
    show(session, raw, sharing_fields)


@access.command("unshare")
@click.argument("library_id")
@click.option("--with", "share_with_uuid", required=True, metavar="UUID")
@click.option("--type", "share_with_type", type=ENTITY, default="User", show_default=True)
@click.option("--org", "org_id", default=None)
@api_command
def unshare_command(session: Session, library_id: str, share_with_uuid: str, share_with_type: str,
                    org_id: Optional[str]) -> None:
    """Remove an access to a library."""
    raw = with_raw(session.client.beta.libraries.accesses).delete(
        library_id=library_id, share_with_uuid=share_with_uuid, share_with_type=share_with_type, org_id=org_id
    )
    show(session, raw, sharing_fields)
