# Generated from resources/_async by tools/unasync.py. Do not edit.
from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Optional

from ...types import LibraryIn, LibraryInUpdate, LibraryOut, ListLibraryOut
from ..._request import RequestOptions, path_param
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

    def list(self, **options: Unpack[RequestOptions]) -> ListLibraryOut:
        """Every library you can access (``.data``)."""
        return self._call(Call("GET", "/v1/libraries", cast=ListLibraryOut, options=options))

    def create(
        self,
        *,
        name: str,
        description: Optional[str] = None,
        chunk_size: Optional[int] = None,
        **options: Unpack[RequestOptions],
    ) -> LibraryOut:
        """Create an empty library."""
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
        """Rename a library or change its description."""
        payload = body(locals())
        del payload["library_id"]
        return self._call(
            Call(
                "PUT",
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
