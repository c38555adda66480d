# Generated from resources/_async by tools/unasync.py. Do not edit.
from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Optional

from ...types import LibraryIn, LibraryInUpdate, LibraryOut, ListLibraryOut
from ..._request import RequestOptions, path_param
from ..._pagination import Page, paginate, unraw
from .._base import Call, Resource, body
from .beta_libraries_ops import LibrariesOps

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .accesses import Accesses
    from .documents import Documents


__all__ = ["Libraries"]


class Libraries(LibrariesOps):
    """Document libraries: collections of documents that agents search with the ``document_library`` tool."""

    @cached_property
    def documents(self) -> Documents:
        """The documents of a library."""
        from .documents import Documents

        return self._sub(Documents)

    @cached_property
    def accesses(self) -> Accesses:
        """Who may see or edit a library."""
        from .accesses import Accesses

        return self._sub(Accesses)

    def list(
        self,
        *,
        page_size: Optional[int] = None,
        page_token: Optional[str] = None,
        page: Optional[int] = None,
        search: Optional[str] = None,
        filter_owned_by_me: Optional[bool] = None,
        **options: Unpack[RequestOptions],
    ) -> Page[LibraryOut]:
        """The libraries you can access (``.data``); iterating walks every page (``next_page_token``)."""
        args = body(locals())
        result = self._call(Call("GET", "/v1/libraries", cast=ListLibraryOut, query=args, options=options))
        return paginate(
            Page,
            result,
            fetch=lambda token: unraw(self).list(**{**args, "page_token": token}, **options),
            page_size=page_size,
            cursor="next_page_token",
        )

    def create(
        self,
        *,
        name: str,
        description: Optional[str] = None,
        chunk_size: Optional[int] = None,
        owner_type: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> LibraryOut:
        """Create an empty library (``owner_type``: ``"User"``, ``"Workspace"``, ...: who owns it)."""
        payload = body(locals())
        return self._call(
            Call("POST", "/v1/libraries", cast=LibraryOut, body=payload, body_type=LibraryIn, options=options)
        )

    def get(self, *, library_id: str, **options: Unpack[RequestOptions]) -> LibraryOut:
        """One library."""
        return self._call(
            Call("GET", f"/v1/libraries/{path_param('library_id', library_id)}", cast=LibraryOut, options=options)
        )

    def update(
        self,
        *,
        library_id: str,
        name: Optional[str] = None,
        description: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> LibraryOut:
        """Rename a library or change its description (fields left as None are kept)."""
        payload = body(locals())
        del payload["library_id"]
        return self._call(
            Call(
                "PATCH",
                f"/v1/libraries/{path_param('library_id', library_id)}",
                cast=LibraryOut,
                body=payload,
                body_type=LibraryInUpdate,
                options=options,
            )
        )

    def delete(self, *, library_id: str, **options: Unpack[RequestOptions]) -> LibraryOut:
        """Delete a library and its documents; returns the deleted library."""
        return self._call(
            Call("DELETE", f"/v1/libraries/{path_param('library_id', library_id)}", cast=LibraryOut, options=options)
        )

    async def list_async(
        self,
        *,
        page_size: Optional[int] = None,
        page_token: Optional[str] = None,
        page: Optional[int] = None,
        search: Optional[str] = None,
        filter_owned_by_me: Optional[bool] = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPage[LibraryOut]:
        """The awaitable twin of ``list``: same arguments and result, for ``await`` in async code."""
        from .._async.libraries import AsyncLibraries

        return await twin(self, AsyncLibraries).list(
            page_size=page_size,
            page_token=page_token,
            page=page,
            search=search,
            filter_owned_by_me=filter_owned_by_me,
            **options,
        )

    async def create_async(
        self,
        *,
        name: str,
        description: Optional[str] = None,
        chunk_size: Optional[int] = None,
        owner_type: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> LibraryOut:
        """The awaitable twin of ``create``: same arguments and result, for ``await`` in async code."""
        from .._async.libraries import AsyncLibraries

        return await twin(self, AsyncLibraries).create(
            name=name,
            description=description,
            chunk_size=chunk_size,
            owner_type=owner_type,
            **options,
        )

    async def get_async(self, *, library_id: str, **options: Unpack[RequestOptions]) -> LibraryOut:
        """The awaitable twin of ``get``: same arguments and result, for ``await`` in async code."""
        from .._async.libraries import AsyncLibraries

        return await twin(self, AsyncLibraries).get(library_id=library_id, **options)

    async def update_async(
        self,
        *,
        library_id: str,
        name: Optional[str] = None,
        description: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> LibraryOut:
        """The awaitable twin of ``update``: same arguments and result, for ``await`` in async code."""
        from .._async.libraries import AsyncLibraries

        return await twin(self, AsyncLibraries).update(
            library_id=library_id,
            name=name,
            description=description,
            **options,
        )

    async def delete_async(self, *, library_id: str, **options: Unpack[RequestOptions]) -> LibraryOut:
        """The awaitable twin of ``delete``: same arguments and result, for ``await`` in async code."""
        from .._async.libraries import AsyncLibraries

        return await twin(self, AsyncLibraries).delete(library_id=library_id, **options)


# Coroutine twins run on the sync client's async twin (see mistralkit._twin).
from ..._twin import twin  # noqa: E402

if TYPE_CHECKING:
    from ..._pagination import AsyncPage
