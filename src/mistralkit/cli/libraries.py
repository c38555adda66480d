"""``mistralkit libraries``: document libraries and their documents."""

from __future__ import annotations

import os
import time
from typing import Any, List, Optional, Tuple

import click

from .errors import JobFailed
from .output import (
    fields,
    items_of,
    json_line,
    model_json,
    note,
    out,
    show,
    show_list,
    size,
    table,
    when,
    write,
)
from .progress import ReadProgress, bytes_bar
from ..lib.wait import DOCUMENT
from .session import Session, api_command, with_raw
from .waiting import follow


def library_fields(lib: Any) -> None:
    fields([
        ("id", lib.id),
        ("name", lib.name),
        ("description", lib.description or lib.generated_description),
        ("documents", lib.nb_documents),
        ("size", size(lib.total_size)),
        ("chunk size", lib.chunk_size),
        ("owner", f"{lib.owner_type} {lib.owner_id or ''}".strip()),
        ("created", when(lib.created_at)),
        ("updated", when(lib.updated_at)),
    ])


def document_fields(doc: Any) -> None:
    fields([
        ("id", doc.id),
        ("name", doc.name),
        ("status", f"{doc.processing_status} ({process_state(doc)})"),
        ("size", size(doc.size)),
        ("type", doc.mime_type),
        ("pages", doc.number_of_pages),
        ("tokens", doc.tokens_processing_total or None),
        ("summary", doc.summary),
        ("attributes", ", ".join(f"{k}={v}" for k, v in (doc.attributes or {}).items()) or None),
        ("created", when(doc.created_at)),
        ("processed", when(doc.last_processed_at)),
        ("library", doc.library_id),
    ])


def process_state(doc: Any) -> str:
    return str(getattr(doc.process_status, "value", doc.process_status))


def wait_documents(session: Session, library_id: str, document_ids: List[str],
                   timeout: Optional[float]) -> Tuple[List[Any], List[Any]]:
    """Follow documents, one after the other, until each is processed, with a documents-done bar.

    Returns them in their last state, and those whose processing failed; raises :class:`JobFailed`
    (exit code 5) when ``timeout`` seconds (for them all) pass first.
    """
    documents = session.client.beta.libraries.documents
    started = time.monotonic()
    final: List[Any] = []
    failed: List[Any] = []
    for number, document_id in enumerate(document_ids):
        left = None if timeout is None else max(0.0, timeout - (time.monotonic() - started))

        def measure(doc: Any, number: int = number) -> Tuple[int, Optional[int], str]:
            state = process_state(doc)
            ended = state in DOCUMENT.succeeded or state in DOCUMENT.failed
            return number + ended, len(document_ids), state

        doc, problem = follow(
            lambda document_id=document_id, **kw: documents.wait(library_id=library_id, document_id=document_id, **kw),
            measure=measure,
            description="processing",
            unit="documents",
            what="document",
            ident=document_id,
            timeout=left,
        )
        final.append(doc)
        if problem:
            failed.append(doc)
    return final, failed


def show_documents(session: Session, final: List[Any], failed: List[Any]) -> None:
    """Print the documents waited for; exit code 5 if the processing of any failed."""
    for doc in final:
        if session.json:
            model_json(doc)
        else:
            document_fields(doc)
    if failed:
        raise JobFailed("processing failed: " + ", ".join(f"{d.name} ({d.id})" for d in failed))


@click.group()
def libraries() -> None:
    """Document libraries: create, list, get, update, delete; `libraries documents`; `libraries access`."""


@libraries.command("create")
@click.option("--name", required=True)
@click.option("--description", default=None)
@click.option("--chunk-size", type=int, default=None)
@api_command
def create_command(session: Session, name: str, description: Optional[str], chunk_size: Optional[int]) -> None:
    """Create a library."""
    raw = with_raw(session.client.beta.libraries).create(name=name, description=description, chunk_size=chunk_size)
    show(session, raw, library_fields)


@libraries.command("list")
@api_command
def list_command(session: Session) -> None:
    """List libraries: ID, name, documents, size, last update."""

    def human(result: Any) -> None:
        table(["ID", "NAME", "DOCUMENTS", "SIZE", "UPDATED"],
              [(lib.id, lib.name, lib.nb_documents, size(lib.total_size), when(lib.updated_at)) for lib in items_of(result)])

    show(session, with_raw(session.client.beta.libraries).list(), human, items="data")


@libraries.command("get")
@click.argument("library_id")
@api_command
def get_command(session: Session, library_id: str) -> None:
    """Show a library."""
    show(session, with_raw(session.client.beta.libraries).get(library_id=library_id), library_fields)


@libraries.command("update")
@click.argument("library_id")
@click.option("--name", default=None)
@click.option("--description", default=None)
@api_command
def update_command(session: Session, library_id: str, name: Optional[str], description: Optional[str]) -> None:
    """Rename or re-describe a library."""
    if name is None and description is None:
        raise click.UsageError("nothing to update: give --name and/or --description")
    raw = with_raw(session.client.beta.libraries).update(library_id=library_id, name=name, description=description)
    show(session, raw, library_fields)


@libraries.command("delete")
@click.argument("library_id")
@api_command
def delete_command(session: Session, library_id: str) -> None:
    """Delete a library and its documents."""
    show(session, with_raw(session.client.beta.libraries).delete(library_id=library_id),
         lambda lib: note(f"deleted {lib.id} ({lib.name})"))


# --- documents ------------------------------------------------------------------------------------


@libraries.group("documents")
def documents() -> None:
    """Documents of a library: upload, list, get, update, delete, text, status, reprocess, url."""


@documents.command("upload")
@click.argument("library_id")
@click.argument("paths", metavar="FILE...", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--wait", is_flag=True, help="Wait until every document is processed, with a progress bar.")
@click.option("--timeout", type=float, default=None, help="With --wait: give up after this many seconds.")
@api_command
def upload_command(session: Session, library_id: str, paths: Tuple[str, ...], wait: bool, timeout: Optional[float]) -> None:
    """Upload files into a library (with a bytes progress bar); --wait follows their processing."""
    docs = with_raw(session.client.beta.libraries.documents)
    uploaded = []
    for path in paths:
        with bytes_bar() as progress, ReadProgress(path, progress, f"uploading {os.path.basename(path)}") as reader:
            raw = docs.upload(library_id=library_id, file=(os.path.basename(path), reader))
        uploaded.append((raw, raw.parse()))
    if not wait:
        for raw, _ in uploaded:
            show(session, raw, document_fields)
        return
    show_documents(session, *wait_documents(session, library_id, [doc.id for _, doc in uploaded], timeout))


@documents.command("list")
@click.argument("library_id")
@click.option("--search", default=None)
@click.option("--page", type=int, default=None)
@click.option("--page-size", type=int, default=None)
@click.option("--all", "every", is_flag=True, help="Every page from --page on (JSON lines with --json).")
@api_command
def documents_list_command(session: Session,
    library_id: str, search: Optional[str], page: Optional[int], page_size: Optional[int],
    every: bool,
) -> None:
    """List a library's documents: ID, name, status, size, creation time."""
    api = with_raw(session.client.beta.libraries.documents)

    def fetch(number: Optional[int], size: Optional[int]) -> Any:
        return api.list(library_id=library_id, search=search, page=number, page_size=size)

    def human(result: Any) -> None:
        table(["ID", "NAME", "STATUS", "SIZE", "CREATED"],
              [(d.id, d.name, d.processing_status, size(d.size), when(d.created_at)) for d in items_of(result)])

    show_list(session, fetch, human, page=page, page_size=page_size, every=every)


@documents.command("get")
@click.argument("library_id")
@click.argument("document_id")
@api_command
def documents_get_command(session: Session, library_id: str, document_id: str) -> None:
    """Show a document."""
    raw = with_raw(session.client.beta.libraries.documents).get(library_id=library_id, document_id=document_id)
    show(session, raw, document_fields)


@documents.command("update")
@click.argument("library_id")
@click.argument("document_id")
@click.option("--name", default=None)
@click.option("--attribute", "attributes", multiple=True, metavar="KEY=VALUE", help="Repeatable.")
@api_command
def documents_update_command(session: Session, library_id: str, document_id: str, name: Optional[str],
                             attributes: Tuple[str, ...]) -> None:
    """Rename a document or set its attributes."""
    from .batch import parse_metadata

    attrs = parse_metadata(attributes)
    if name is None and attrs is None:
        raise click.UsageError("nothing to update: give --name and/or --attribute")
    raw = with_raw(session.client.beta.libraries.documents).update(
        library_id=library_id, document_id=document_id, name=name, attributes=attrs
    )
    show(session, raw, document_fields)


@documents.command("delete")
@click.argument("library_id")
@click.argument("document_id")
@api_command
def documents_delete_command(session: Session, library_id: str, document_id: str) -> None:
    """Delete a document."""
    session.client.beta.libraries.documents.delete(library_id=library_id, document_id=document_id)
    if not session.json:
        note(f"deleted {document_id}")


@documents.command("text")
@click.argument("library_id")
@click.argument("document_id")
@api_command
def documents_text_command(session: Session, library_id: str, document_id: str) -> None:
    """Print the text extracted from a processed document."""
    raw = with_raw(session.client.beta.libraries.documents).text_content(
        library_id=library_id, document_id=document_id
    )
    show(session, raw, lambda t: write(t.text if t.text.endswith("\n") else t.text + "\n"))


@documents.command("reprocess")
@click.argument("library_id")
@click.argument("document_id")
@click.option("--wait", is_flag=True, help="Wait until processing ends, with a progress bar.")
@click.option("--timeout", type=float, default=None)
@api_command
def documents_reprocess_command(session: Session, library_id: str, document_id: str, wait: bool,
                                timeout: Optional[float]) -> None:
    """Extract a document's text again."""
    session.client.beta.libraries.documents.reprocess(library_id=library_id, document_id=document_id)
    if not wait:
        if not session.json:
            note(f"reprocessing {document_id}")
        return
    show_documents(session, *wait_documents(session, library_id, [document_id], timeout))


@documents.command("url")
@click.argument("library_id")
@click.argument("document_id")
@click.option("--text", is_flag=True, help="The extracted text's URL instead of the original file's.")
@api_command
def documents_url_command(session: Session, library_id: str, document_id: str, text: bool) -> None:
    """Print a temporary URL to download a document (or its extracted text)."""
    docs = session.client.beta.libraries.documents
    if text:
        url = docs.extracted_text_signed_url(library_id=library_id, document_id=document_id)
    else:
        url = docs.get_signed_url(library_id=library_id, document_id=document_id)
    if session.json:
        json_line(url)
    else:
        click.echo(url)


@documents.command("status")
@click.argument("library_id")
@click.argument("document_id")
@click.option("--wait", is_flag=True, help="Wait until processing ends, with a progress bar.")
@click.option("--timeout", type=float, default=None)
@api_command
def documents_status_command(session: Session, library_id: str, document_id: str, wait: bool, timeout: Optional[float]) -> None:
    """Show where a document's processing stands (--wait: until it ends)."""
    if wait:
        wait_documents(session, library_id, [document_id], timeout)
    raw = with_raw(session.client.beta.libraries.documents).status(library_id=library_id, document_id=document_id)
    status = show(session, raw, lambda s: out().print(f"{s.processing_status} ({process_state(s)})", markup=False))
    if wait and process_state(status) != "done":
        raise JobFailed(f"processing of {document_id} ended {status.processing_status}")


def _add_access() -> None:
    from .library_access import access

    libraries.add_command(access)


_add_access()
