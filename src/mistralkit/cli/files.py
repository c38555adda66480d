"""``mistralkit files``: upload, list, get, download, url and delete files."""

from __future__ import annotations

import os
import sys
from typing import Any, Optional

import click

from .output import fields, items_of, note, show, show_list, size, table, when
from .progress import ReadProgress, bytes_bar, write_with_progress
from .session import Session, api_command, with_raw

PURPOSES = click.Choice(["fine-tune", "batch", "ocr"])


def file_fields(f: Any) -> None:
    fields([
        ("id", f.id),
        ("filename", f.filename),
        ("bytes", f.bytes),
        ("purpose", f.purpose),
        ("created", when(f.created_at)),
        ("lines", f.num_lines),
        ("type", f.mimetype),
        ("sample type", f.sample_type),
        ("source", f.source),
    ])


def upload_file(session: Session, path: str, purpose: Optional[str], *, name: Optional[str] = None) -> Any:
    """Upload ``path`` (as ``name``, default its base name) with a bytes progress bar; returns the raw response."""
    name = name or os.path.basename(path)
    with bytes_bar() as progress, ReadProgress(path, progress, f"uploading {name}") as reader:
        return with_raw(session.client.files).upload(file=(name, reader), purpose=purpose)


@click.group()
def files() -> None:
    """Files for fine-tuning, batch and OCR: upload, list, get, download, url, delete."""


@files.command("upload")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.option("-p", "--purpose", type=PURPOSES, default=None, help="What the file is for (the API's default: fine-tune).")
@api_command
def upload_command(session: Session, path: str, purpose: Optional[str]) -> None:
    """Upload a file (streamed from disk, with a progress bar)."""
    show(session, upload_file(session, path, purpose), file_fields)


@files.command("list")
@click.option("--purpose", default=None)
@click.option("--search", default=None, help="Only files whose name contains this.")
@click.option("--page", type=int, default=None, help="Page number, from 0.")
@click.option("--page-size", type=int, default=None)
@click.option("--all", "every", is_flag=True, help="Every page from --page on (JSON lines with --json).")
@api_command
def list_command(session: Session,
    purpose: Optional[str], search: Optional[str], page: Optional[int], page_size: Optional[int],
    every: bool,
) -> None:
    """List files: ID, name, size, purpose, creation time."""
    api = with_raw(session.client.files)

    def fetch(number: Optional[int], size: Optional[int]) -> Any:
        return api.list(purpose=purpose, search=search, page=number, page_size=size)

    def human(result: Any) -> None:
        table(
            ["ID", "FILENAME", "SIZE", "PURPOSE", "CREATED"],
            [(f.id, f.filename, size(f.bytes), f.purpose, when(f.created_at)) for f in items_of(result)],
        )

    show_list(session, fetch, human, page=page, page_size=page_size, every=every)


@files.command("get")
@click.argument("file_id")
@api_command
def get_command(session: Session, file_id: str) -> None:
    """Show a file's metadata."""
    show(session, with_raw(session.client.files).retrieve(file_id=file_id), file_fields)


@files.command("download")
@click.argument("file_id")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Write here (default: standard output).")
@api_command
def download_command(session: Session, file_id: str, output: Optional[str]) -> None:
    """Download a file's content (streamed, with a progress bar when writing to a file)."""
    with session.client.files.download(file_id=file_id) as binary:
        if output is None:
            for chunk in binary.iter_bytes():
                sys.stdout.buffer.write(chunk)
            sys.stdout.buffer.flush()
            return
        partial = output + ".part"
        try:
            with open(partial, "wb") as handle:
                written = write_with_progress(binary, handle, f"downloading {os.path.basename(output)}",
                                              binary.content_length)
        except BaseException:
            # Never leave half a file behind under a name that looks finished (or at all).
            if os.path.exists(partial):
                os.unlink(partial)
            raise
        os.replace(partial, output)
    note(f"wrote {written} bytes to {output}")


@files.command("url")
@click.argument("file_id")
@click.option("--expiry", type=int, default=None, help="Hours the URL stays valid (the API's default: 24).")
@api_command
def url_command(session: Session, file_id: str, expiry: Optional[int]) -> None:
    """Print a temporary download URL."""
    show(session, with_raw(session.client.files).get_signed_url(file_id=file_id, expiry=expiry),
         lambda r: click.echo(r.url))


@files.command("delete")
@click.argument("file_id")
@api_command
def delete_command(session: Session, file_id: str) -> None:
    """Delete a file."""
    show(session, with_raw(session.client.files).delete(file_id=file_id),
         lambda r: fields([("id", r.id), ("deleted", r.deleted)]))
