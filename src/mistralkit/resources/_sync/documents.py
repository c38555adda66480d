# Generated from resources/_async by tools/unasync.py. Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, Mapping, Optional

from ...types import DocumentOut, DocumentTextContent, DocumentUpdateIn, ListDocumentOut, ProcessingStatusOut
from ..._pagination import Page, paginate, unraw
from ..._request import RequestOptions, path_param
from .._base import Call, Resource, body
from .beta_libraries_documents_ops import DocumentsOps

if TYPE_CHECKING:
    from ...lib._drive import Steps
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

    def wait(
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
        from ...lib._drive import Drive
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
        return Drive.result(steps)

    async def list_async(
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
        """The awaitable twin of ``list``: same arguments and result, for ``await`` in async code."""
        from .._async.documents import AsyncDocuments

        return await twin(self, AsyncDocuments).list(
            library_id=library_id,
            search=search,
            page_size=page_size,
            page=page,
            filters_attributes=filters_attributes,
            sort_by=sort_by,
            sort_order=sort_order,
            **options,
        )

    async def upload_async(self, *, library_id: str, file: FileInput, **options: Unpack[RequestOptions]) -> DocumentOut:
        """The awaitable twin of ``upload``: same arguments and result, for ``await`` in async code."""
        from .._async.documents import AsyncDocuments

        return await twin(self, AsyncDocuments).upload(library_id=library_id, file=file, **options)

    async def get_async(self, *, library_id: str, document_id: str, **options: Unpack[RequestOptions]) -> DocumentOut:
        """The awaitable twin of ``get``: same arguments and result, for ``await`` in async code."""
        from .._async.documents import AsyncDocuments

        return await twin(self, AsyncDocuments).get(library_id=library_id, document_id=document_id, **options)

    async def update_async(
        self,
        *,
        library_id: str,
        document_id: str,
        name: Optional[str] = None,
        attributes: Optional[Mapping[str, Any]] = None,
        expires_at: Optional[Any] = None,
        **options: Unpack[RequestOptions],
    ) -> DocumentOut:
        """The awaitable twin of ``update``: same arguments and result, for ``await`` in async code."""
        from .._async.documents import AsyncDocuments

        return await twin(self, AsyncDocuments).update(
            library_id=library_id,
            document_id=document_id,
            name=name,
            attributes=attributes,
            expires_at=expires_at,
            **options,
        )

    async def delete_async(self, *, library_id: str, document_id: str, **options: Unpack[RequestOptions]) -> None:
        """The awaitable twin of ``delete``: same arguments and result, for ``await`` in async code."""
        from .._async.documents import AsyncDocuments

        return await twin(self, AsyncDocuments).delete(
            library_id=library_id,
            document_id=document_id,
            **options,
        )

    async def text_content_async(
        self,
        *,
        library_id: str,
        document_id: str,
        page_start: Optional[int] = None,
        page_end: Optional[int] = None,
        **options: Unpack[RequestOptions],
    ) -> DocumentTextContent:
        """The awaitable twin of ``text_content``: same arguments and result, for ``await`` in async code."""
        from .._async.documents import AsyncDocuments

        return await twin(self, AsyncDocuments).text_content(
            library_id=library_id,
            document_id=document_id,
            page_start=page_start,
            page_end=page_end,
            **options,
        )

    async def status_async(
        self, *, library_id: str, document_id: str, **options: Unpack[RequestOptions]
    ) -> ProcessingStatusOut:
        """The awaitable twin of ``status``: same arguments and result, for ``await`` in async code."""
        from .._async.documents import AsyncDocuments

        return await twin(self, AsyncDocuments).status(
            library_id=library_id,
            document_id=document_id,
            **options,
        )

    async def get_signed_url_async(self, *, library_id: str, document_id: str, **options: Unpack[RequestOptions]) -> str:
        """The awaitable twin of ``get_signed_url``: same arguments and result, for ``await`` in async code."""
        from .._async.documents import AsyncDocuments

        return await twin(self, AsyncDocuments).get_signed_url(
            library_id=library_id,
            document_id=document_id,
            **options,
        )

    async def extracted_text_signed_url_async(
        self, *, library_id: str, document_id: str, **options: Unpack[RequestOptions]
    ) -> str:
        """The awaitable twin of ``extracted_text_signed_url``: same arguments and result, for ``await`` in async code."""
        from .._async.documents import AsyncDocuments

        return await twin(self, AsyncDocuments).extracted_text_signed_url(
            library_id=library_id,
            document_id=document_id,
            **options,
        )

    async def reprocess_async(self, *, library_id: str, document_id: str, **options: Unpack[RequestOptions]) -> None:
        """The awaitable twin of ``reprocess``: same arguments and result, for ``await`` in async code."""
        from .._async.documents import AsyncDocuments

        return await twin(self, AsyncDocuments).reprocess(
            library_id=library_id,
            document_id=document_id,
            **options,
        )

    async def wait_async(
        self,
        library_id: str,
        document_id: str,
        *,
        timeout: Optional[float] = None,
        poll_interval: float = 1.0,
        progress: bool = False,
        on_progress: Optional[Callable[[Any], Any]] = None,
    ) -> DocumentOut:
        """The awaitable twin of ``wait``: same arguments and result, for ``await`` in async code."""
        from .._async.documents import AsyncDocuments

        return await twin(self, AsyncDocuments).wait(
            library_id=library_id,
            document_id=document_id,
            timeout=timeout,
            poll_interval=poll_interval,
            progress=progress,
            on_progress=on_progress,
        )



# Coroutine twins run on the sync client's async twin (see mistralkit._twin).
from ..._twin import twin  # noqa: E402

if TYPE_CHECKING:
    from ..._pagination import AsyncPage
