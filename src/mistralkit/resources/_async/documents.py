from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, Mapping, Optional

from ...types import DocumentOut, DocumentTextContent, DocumentUpdateIn, ListDocumentOut, ProcessingStatusOut
from ..._pagination import AsyncPage, paginate, unraw
from ..._request import RequestOptions, path_param
from .._base import Call, Resource, body
from .beta_libraries_documents_ops import AsyncDocumentsOps

if TYPE_CHECKING:
    from ...lib._drive import Steps
    from typing_extensions import Unpack

    from ..._files import FileInput

__all__ = ["AsyncDocuments"]


def _path(library_id: str, document_id: Optional[str] = None, tail: str = "") -> str:
    path = f"/v1/libraries/{path_param('library_id', library_id)}/documents"
    if document_id is not None:
        path += "/" + path_param("document_id", document_id)
    return path + tail


class AsyncDocuments(AsyncDocumentsOps):
    """The documents of a library: upload, processing status, extracted text, metadata."""

    async def list(
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
    ) -> AsyncPage[DocumentOut]:
        """A library's documents, one page at a time (``page`` counts from 0); iterating walks every page."""
        args = body(locals())
        query = {k: v for k, v in args.items() if k != "library_id"}
        result = await self._call(Call("GET", _path(library_id), cast=ListDocumentOut, query=query, options=options))
        return paginate(
            AsyncPage,
            result,
            fetch=lambda number: unraw(self).list(**{**args, "page": number}, **options),
            page=page,
            page_size=page_size,
        )

    async def upload(self, *, library_id: str, file: FileInput, **options: Unpack[RequestOptions]) -> DocumentOut:
        """Add a file to a library; it is processed in the background (see ``status``).

        ``file``: a path, bytes, a binary file object, ``{"file_name": ..., "content": ...}`` or a
        ``(name, content[, content_type])`` tuple. Uploading a file the library already holds returns
        the existing document.
        """
        from ..._files import multipart

        parts = multipart({}, {"file": file})
        try:
            return await self._call(Call("POST", _path(library_id), cast=DocumentOut, files=parts, options=options))
        finally:
            parts.close()

    async def get(self, *, library_id: str, document_id: str, **options: Unpack[RequestOptions]) -> DocumentOut:
        """One document's metadata."""
        return await self._call(Call("GET", _path(library_id, document_id), cast=DocumentOut, options=options))

    async def update(
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
        return await self._call(
            Call(
                "PATCH",
                _path(library_id, document_id),
                cast=DocumentOut,
                body=payload,
                body_type=DocumentUpdateIn,
                options=options,
            )
        )

    async def delete(self, *, library_id: str, document_id: str, **options: Unpack[RequestOptions]) -> None:
        """Remove a document from its library."""
        return await self._call(Call("DELETE", _path(library_id, document_id), options=options))

    async def text_content(
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
        return await self._call(
            Call(
                "GET",
                _path(library_id, document_id, "/text_content"),
                cast=DocumentTextContent,
                query=query,
                options=options,
            )
        )

    async def status(
        self, *, library_id: str, document_id: str, **options: Unpack[RequestOptions]
    ) -> ProcessingStatusOut:
        """Where the document's processing stands (``.processing_status``)."""
        return await self._call(
            Call("GET", _path(library_id, document_id, "/status"), cast=ProcessingStatusOut, options=options)
        )

    async def get_signed_url(self, *, library_id: str, document_id: str, **options: Unpack[RequestOptions]) -> str:
        """A temporary URL to download the original file."""
        return await self._call(Call("GET", _path(library_id, document_id, "/signed-url"), cast=str, options=options))

    async def extracted_text_signed_url(
        self, *, library_id: str, document_id: str, **options: Unpack[RequestOptions]
    ) -> str:
        """A temporary URL to download the extracted text."""
        return await self._call(
            Call("GET", _path(library_id, document_id, "/extracted-text-signed-url"), cast=str, options=options)
        )

    async def reprocess(self, *, library_id: str, document_id: str, **options: Unpack[RequestOptions]) -> None:
        """Process a document again (e.g. after the library's settings changed)."""
        return await self._call(Call("POST", _path(library_id, document_id, "/reprocess"), options=options))

    async def wait(
        self,
        library_id: str,
        document_id: str,
        *,
        timeout: Optional[float] = None,
        poll_interval: float = 1.0,
        progress: bool = False,
        on_progress: Optional[Callable[[Any], Any]] = None,
    ) -> DocumentOut:
        """Poll the document until its processing is over and return it (``process_status`` done).

        Raises ``JobFailedError`` (with ``.job``, the document) when processing failed and
        ``WaitTimeoutError`` after ``timeout`` seconds; ``progress`` and ``on_progress`` as for
        ``batch.jobs.wait``.
        """
        from ...lib._drive import AsyncDrive
        from ...lib.wait import DOCUMENT, wait_for

        steps: "Steps[DocumentOut]" = wait_for(
            lambda: self.get(library_id=library_id, document_id=document_id),
            DOCUMENT,
            document_id,
            timeout=timeout,
            poll_interval=poll_interval,
            progress=progress,
            on_progress=on_progress,
        )
        return await AsyncDrive.result(steps)

