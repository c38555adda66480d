# Generated from resources/_async by tools/unasync.py. Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping, Optional

from ...types import DocumentOut, DocumentTextContent, DocumentUpdateIn, ListDocumentOut, ProcessingStatusOut
from ..._pagination import Page, paginate, unraw
from ..._request import RequestOptions, path_param
from .._base import Call, Resource, body
from .beta_libraries_documents_ops import DocumentsOps

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..._files import FileInput

__all__ = ["Documents"]


def _path(library_id: str, document_id: Optional[str] = None, tail: str = "") -> str:
    path = f"/v1/libraries/{path_param('library_id', library_id)}/documents"
    if document_id is not None:
        path += "/" + path_param("document_id", document_id)
    return path + tail


class Documents(DocumentsOps):
    """The documents of a library: upload, processing status, extracted text, metadata."""

    def list(
        self,
        *,
        library_id: str,
        search: Optional[str] = None,
        page_size: Optional[int] = None,
        page: Optional[int] = None,
        filters_attributes: Optional[str] = None,
        sort_by: Optional[str] = None,
        sort_order: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> Page[DocumentOut]:
        """A library's documents, one page at a time (``page`` counts from 0); iterating walks every page."""
        args = body(locals())
        query = {k: v for k, v in args.items() if k != "library_id"}
        result = self._call(Call("GET", _path(library_id), cast=ListDocumentOut, query=query, options=options))
        return paginate(
            Page,
            result,
            fetch=lambda number: unraw(self).list(**{**args, "page": number}, **options),
            page=page,
            page_size=page_size,
        )

    def upload(self, *, library_id: str, file: FileInput, **options: Unpack[RequestOptions]) -> DocumentOut:
        """Add a file to a library; it is processed in the background (see ``status``).

        ``file``: a path, bytes, a binary file object, ``{"file_name": ..., "content": ...}`` or a
        ``(name, content[, content_type])`` tuple. Uploading a file the library already holds returns
        the existing document.
        """
        from ..._files import multipart

        parts = multipart({}, {"file": file})
        try:
            return self._call(Call("POST", _path(library_id), cast=DocumentOut, files=parts, options=options))
        finally:
            parts.close()

    def get(self, *, library_id: str, document_id: str, **options: Unpack[RequestOptions]) -> DocumentOut:
        """One document's metadata."""
        return self._call(Call("GET", _path(library_id, document_id), cast=DocumentOut, options=options))

    def update(
        self,
        *,
        library_id: str,
        document_id: str,
        name: Optional[str] = None,
        attributes: Optional[Mapping[str, Any]] = None,
        expires_at: Optional[Any] = None,
        **options: Unpack[RequestOptions],
    ) -> DocumentOut:
        """Rename a document or set its ``attributes`` (filterable with ``list(filters_attributes=...)``)."""
        payload = body(locals())
        del payload["library_id"], payload["document_id"]
        return self._call(
            Call(
                "PATCH",
                _path(library_id, document_id),
                cast=DocumentOut,
                body=payload,
                body_type=DocumentUpdateIn,
                options=options,
            )
        )

    def delete(self, *, library_id: str, document_id: str, **options: Unpack[RequestOptions]) -> None:
        """Remove a document from its library."""
        return self._call(Call("DELETE", _path(library_id, document_id), options=options))

    def text_content(
        self,
        *,
        library_id: str,
        document_id: str,
        page_start: Optional[int] = None,
        page_end: Optional[int] = None,
        **options: Unpack[RequestOptions],
    ) -> DocumentTextContent:
        """The text extracted from a processed document (``.text``), or of pages ``page_start``..``page_end``."""
        query = {"page_start": page_start, "page_end": page_end}
        return self._call(
            Call(
                "GET",
                _path(library_id, document_id, "/text_content"),
                cast=DocumentTextContent,
                query=query,
                options=options,
            )
        )

    def status(
        self, *, library_id: str, document_id: str, **options: Unpack[RequestOptions]
    ) -> ProcessingStatusOut:
        """Where the document's processing stands (``.processing_status``)."""
        return self._call(
            Call("GET", _path(library_id, document_id, "/status"), cast=ProcessingStatusOut, options=options)
        )

    def get_signed_url(self, *, library_id: str, document_id: str, **options: Unpack[RequestOptions]) -> str:
        """A temporary URL to download the original file."""
        return self._call(Call("GET", _path(library_id, document_id, "/signed-url"), cast=str, options=options))

    def extracted_text_signed_url(
        self, *, library_id: str, document_id: str, **options: Unpack[RequestOptions]
    ) -> str:
        """A temporary URL to download the extracted text."""
        return self._call(
            Call("GET", _path(library_id, document_id, "/extracted-text-signed-url"), cast=str, options=options)
        )

    def reprocess(self, *, library_id: str, document_id: str, **options: Unpack[RequestOptions]) -> None:
        """Process a document again (e.g. after the library's settings changed)."""
        return self._call(Call("POST", _path(library_id, document_id, "/reprocess"), options=options))
