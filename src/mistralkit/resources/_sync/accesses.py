# Generated from resources/_async by tools/unasync.py. Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Optional, Union

from ...types import ListSharingOut, SharingDelete, SharingIn, SharingOut
from ..._request import RequestOptions, path_param
from .._base import Call, Resource, body

if TYPE_CHECKING:
    from typing_extensions import Unpack


__all__ = ["Accesses"]

Level = Union[Literal["Viewer", "Editor"], str]
EntityType = Union[Literal["User", "Workspace", "Org"], str]


class Accesses(Resource):
    """Sharing a library with users, workspaces or the whole organization."""

    def list(self, *, library_id: str, **options: Unpack[RequestOptions]) -> ListSharingOut:
        """Every entity that can access the library, and its level (``.data``)."""
        return self._call(
            Call(
                "GET",
                f"/v1/libraries/{path_param('library_id', library_id)}/share",
                cast=ListSharingOut,
                options=options,
            )
        )

    def update_or_create(
        self,
        *,
        library_id: str,
        level: Level,
        share_with_uuid: str,
        share_with_type: EntityType,
        org_id: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> SharingOut:
        """Give ``share_with_uuid`` (a ``User``, ``Workspace`` or ``Org``) ``level`` access (``Viewer``/``Editor``)."""
        payload = body(locals())
        del payload["library_id"]
        return self._call(
            Call(
                "PUT",
                f"/v1/libraries/{path_param('library_id', library_id)}/share",
                cast=SharingOut,
                body=payload,
                body_type=SharingIn,
                options=options,
            )
        )

    def delete(
        self,
        *,
        library_id: str,
        share_with_uuid: str,
        share_with_type: EntityType,
        org_id: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> SharingOut:
        """Remove an entity's access to the library."""
        payload = body(locals())
        del payload["library_id"]
        return self._call(
            Call(
                "DELETE",
                f"/v1/libraries/{path_param('library_id', library_id)}/share",
                cast=SharingOut,
                body=payload,
                body_type=SharingDelete,
                options=options,
            )
        )

    async def list_async(self, *, library_id: str, **options: Unpack[RequestOptions]) -> ListSharingOut:
        """The awaitable twin of ``list``: same arguments and result, for ``await`` in async code."""
        from .._async.accesses import AsyncAccesses

        return await twin(self, AsyncAccesses).list(library_id=library_id, **options)

    async def update_or_create_async(
        self,
        *,
        library_id: str,
        level: Level,
        share_with_uuid: str,
        share_with_type: EntityType,
        org_id: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> SharingOut:
        """The awaitable twin of ``update_or_create``: same arguments and result, for ``await`` in async code."""
        from .._async.accesses import AsyncAccesses

        return await twin(self, AsyncAccesses).update_or_create(
            library_id=library_id,
            level=level,
            share_with_uuid=share_with_uuid,
            share_with_type=share_with_type,
            org_id=org_id,
            **options,
        )

    async def delete_async(
        self,
        *,
        library_id: str,
        share_with_uuid: str,
        share_with_type: EntityType,
        org_id: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> SharingOut:
        """The awaitable twin of ``delete``: same arguments and result, for ``await`` in async code."""
        from .._async.accesses import AsyncAccesses

        return await twin(self, AsyncAccesses).delete(
            library_id=library_id,
            share_with_uuid=share_with_uuid,
            share_with_type=share_with_type,
            org_id=org_id,
            **options,
        )


# Coroutine twins run on the sync client's async twin (see mistralkit._twin).
from ..._twin import twin  # noqa: E402
