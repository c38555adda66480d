# Generated from resources/_async by tools/unasync.py. Do not edit.
# Generated from spec/openapi.yaml and spec/official_sdk.json by tools/generate_resources.py. Do not edit.
"""Generated operations of ``beta.libraries``, inherited by the hand-written class."""

from __future__ import annotations

from typing import Optional, TYPE_CHECKING

from ...types import Library, UpdateLibraryRequest
from ..._request import RequestOptions, path_param
from .._base import Call, Resource
from .._generated import present

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ["LibrariesOps"]


class LibrariesOps(Resource):
    """Operations of ``client.beta.libraries`` the hand-written class does not define."""

    def libraries_update_v1(
        self,
        *,
        library_id: str,
        name: Optional[str] = None,
        description: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> Library:
        """Given a library id, you can update the name and description."""
        payload = present({"name": name, "description": description})
        return self._call(Call(
            "PUT",
            f"/v1/libraries/{path_param('library_id', library_id)}",
            cast=Library,
            body=payload,
            body_type=UpdateLibraryRequest,
            options=options,
        ))

    async def libraries_update_v1_async(
        self,
        *,
        library_id: str,
        name: Optional[str] = None,
        description: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> Library:
        """The awaitable twin of ``libraries_update_v1``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_libraries_ops import AsyncLibrariesOps

        return await twin(self, AsyncLibrariesOps).libraries_update_v1(
            library_id=library_id,
            name=name,
            description=description,
            **options,
        )


# Coroutine twins run on the sync client's async twin (see mistralkit._twin).
from ..._twin import twin  # noqa: E402
