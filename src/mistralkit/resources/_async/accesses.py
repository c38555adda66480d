from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Optional, Union

from ...types import ListSharingOut, SharingDelete, SharingIn, SharingOut
from ..._request import RequestOptions, path_param
from .._base import Call, Resource, body

if TYPE_CHECKING:
    from typing_extensions import Unpack


__all__ = ["AsyncAccesses"]

Level = Union[Literal["Viewer", "Editor"], str]
EntityType = Union[Literal["User", "Workspace", "Org"], str]


class AsyncAccesses(Resource):
    """Sharing a library with users, workspaces or the whole organization."""

    async def list(self, *, library_id: str, **options: Unpack[RequestOptions]) -> ListSharingOut:
        """Every entity that can access the library, and its level (``.data``)."""
        return await self._call(
            Call(
                "GET",
                f"/v1/libraries/{path_param('library_id', library_id)}/share",
                cast=ListSharingOut,
                options=options,
            )
        )

    async def update_or_create(
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
        return await self._call(
            Call(
                "PUT",
                f"/v1/libraries/{path_param('library_id', library_id)}/share",
                cast=SharingOut,
                body=payload,
                body_type=SharingIn,
                options=options,
            )
        )

    async def delete(
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
        return await self._call(
            Call(
                "DELETE",
                f"/v1/libraries/{path_param('library_id', library_id)}/share",
                cast=SharingOut,
                body=payload,
                body_type=SharingDelete,
                options=options,
            )
        )
