# Generated from resources/_async by tools/unasync.py. Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Optional, Sequence

from ...types import DeleteFileOut, FileSchema, FileSignedURL, ListFilesOut, RetrieveFileOut, UploadFileOut
from ..._binary import BinaryResponse
from ..._files import FileInput, multipart
from ..._pagination import Page, paginate, unraw
from ..._request import RequestOptions, path_param
from .._base import Call, Resource, body

if TYPE_CHECKING:
    from typing_extensions import Unpack


__all__ = ["Files"]

_PAGE_SIZE = 100  # the API's default page size


class Files(Resource):
    """Files: upload, list, inspect, download and delete the files used by fine-tuning, batch and OCR."""

    def upload(
        self,
        *,
        file: FileInput,
        purpose: Optional[str] = None,
        expiry: Optional[int] = None,
        visibility: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> UploadFileOut:
        """Upload a file: a path (streamed from disk), bytes, a binary file object, a
        ``{"file_name": ..., "content": ...}`` dict or a ``(file_name, content)`` tuple.

        ``purpose``: ``"fine-tune"``, ``"batch"`` or ``"ocr"``; ``expiry``: hours until the file is
        deleted; ``visibility``: who may see it (``"workspace"``, ``"user"``).
        """
        parts = multipart({"purpose": purpose, "expiry": expiry, "visibility": visibility}, {"file": file})
        try:
            return self._call(Call("POST", "/v1/files", cast=UploadFileOut, files=parts, options=options))
        finally:
            parts.close()

    def list(
        self,
        *,
        page: Optional[int] = None,
        page_size: Optional[int] = None,
        include_total: Optional[bool] = None,
        sample_type: Optional[Sequence[str]] = None,
        source: Optional[Sequence[str]] = None,
        search: Optional[str] = None,
        purpose: Optional[str] = None,
        mimetypes: Optional[Sequence[str]] = None,
        **options: Unpack[RequestOptions],
    ) -> Page[FileSchema]:
        """One page of your organization's files (``.data``, ``.total``); iterate it for every file of every page."""
        query = body(locals())
        result = self._call(Call("GET", "/v1/files", cast=ListFilesOut, query=query, options=options))
        return paginate(
            Page,
            result,
            fetch=lambda number: unraw(self).list(**{**query, "page": number}, **options),
            page=page,
            page_size=page_size or _PAGE_SIZE,
        )

    def retrieve(self, *, file_id: str, **options: Unpack[RequestOptions]) -> RetrieveFileOut:
        """A file's metadata."""
        return self._call(
            Call("GET", f"/v1/files/{path_param('file_id', file_id)}", cast=RetrieveFileOut, options=options)
        )

    def delete(self, *, file_id: str, **options: Unpack[RequestOptions]) -> DeleteFileOut:
        """Delete a file."""
        return self._call(
            Call("DELETE", f"/v1/files/{path_param('file_id', file_id)}", cast=DeleteFileOut, options=options)
        )

    def download(self, *, file_id: str, **options: Unpack[RequestOptions]) -> BinaryResponse:
        """A file's content: ``.read()`` it whole, or stream it with ``.write_to(path)`` / ``.iter_bytes()``.

        The connection is held until the body is read or the response closed (use ``with``).
        """
        return self._call(
            Call("GET", f"/v1/files/{path_param('file_id', file_id)}/content", binary=True, options=options)
        )

    def get_signed_url(
        self, *, file_id: str, expiry: Optional[int] = None, **options: Unpack[RequestOptions]
    ) -> FileSignedURL:
        """A temporary URL to download the file, valid ``expiry`` hours (default 24)."""
        return self._call(
            Call(
                "GET",
                f"/v1/files/{path_param('file_id', file_id)}/url",
                cast=FileSignedURL,
                query={"expiry": expiry},
                options=options,
            )
        )

    async def upload_async(
        self,
        *,
        file: FileInput,
        purpose: Optional[str] = None,
        expiry: Optional[int] = None,
        visibility: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> UploadFileOut:
        """The awaitable twin of ``upload``: same arguments and result, for ``await`` in async code."""
        from .._async.files import AsyncFiles

        return await twin(self, AsyncFiles).upload(
            file=file,
            purpose=purpose,
            expiry=expiry,
            visibility=visibility,
            **options,
        )

    async def list_async(
        self,
        *,
        page: Optional[int] = None,
        page_size: Optional[int] = None,
        include_total: Optional[bool] = None,
        sample_type: Optional[Sequence[str]] = None,
        source: Optional[Sequence[str]] = None,
        search: Optional[str] = None,
        purpose: Optional[str] = None,
        mimetypes: Optional[Sequence[str]] = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPage[FileSchema]:
        """The awaitable twin of ``list``: same arguments and result, for ``await`` in async code."""
        from .._async.files import AsyncFiles

        return await twin(self, AsyncFiles).list(
            page=page,
            page_size=page_size,
            include_total=include_total,
            sample_type=sample_type,
            source=source,
            search=search,
            purpose=purpose,
            mimetypes=mimetypes,
            **options,
        )

    async def retrieve_async(self, *, file_id: str, **options: Unpack[RequestOptions]) -> RetrieveFileOut:
        """The awaitable twin of ``retrieve``: same arguments and result, for ``await`` in async code."""
        from .._async.files import AsyncFiles

        return await twin(self, AsyncFiles).retrieve(file_id=file_id, **options)

    async def delete_async(self, *, file_id: str, **options: Unpack[RequestOptions]) -> DeleteFileOut:
        """The awaitable twin of ``delete``: same arguments and result, for ``await`` in async code."""
        from .._async.files import AsyncFiles

        return await twin(self, AsyncFiles).delete(file_id=file_id, **options)

    async def download_async(self, *, file_id: str, **options: Unpack[RequestOptions]) -> AsyncBinaryResponse:
        """The awaitable twin of ``download``: same arguments and result, for ``await`` in async code."""
        from .._async.files import AsyncFiles

        return await twin(self, AsyncFiles).download(file_id=file_id, **options)

    async def get_signed_url_async(
        self, *, file_id: str, expiry: Optional[int] = None, **options: Unpack[RequestOptions]
    ) -> FileSignedURL:
        """The awaitable twin of ``get_signed_url``: same arguments and result, for ``await`` in async code."""
        from .._async.files import AsyncFiles

        return await twin(self, AsyncFiles).get_signed_url(file_id=file_id, expiry=expiry, **options)


# Coroutine twins run on the sync client's async twin (see mistralkit._twin).
from ..._twin import twin  # noqa: E402

if TYPE_CHECKING:
    from ..._binary import AsyncBinaryResponse
    from ..._pagination import AsyncPage
