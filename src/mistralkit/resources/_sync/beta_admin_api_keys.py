# Generated from resources/_async by tools/unasync.py. Do not edit.
# Generated from spec/openapi.yaml and spec/official_sdk.json by tools/generate_resources.py. Do not edit.
"""(beta) Admin API - manage API keys. Requires an admin API key."""

from __future__ import annotations

from typing import Any, Optional, TYPE_CHECKING

from ...types import APIKeyOUT, APIKeysExtendedOUT, AdminCreateAPIKeyIN, DeleteAPIKeyOUT
from ..._pagination import Page, paginate, unraw
from ..._request import RequestOptions, path_param
from .._base import Call, Resource
from .._generated import present

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ["BetaAdminApiKeys"]


class BetaAdminApiKeys(Resource):
    """(beta) Admin API - manage API keys. Requires an admin API key."""

    def create(
        self,
        *,
        workspace_uuid: str,
        user_id: str,
        name: Optional[str] = None,
        expiration: Optional[Any] = None,
        **options: Unpack[RequestOptions],
    ) -> APIKeyOUT:
        """Create a Workspace API key."""
        payload = present({
            "name": name,
            "expiration": expiration,
            "workspace_uuid": workspace_uuid,
            "user_id": user_id,
        })
        return self._call(Call(
            "POST",
            "/v1/admin/api-keys",
            cast=APIKeyOUT,
            body=payload,
            body_type=AdminCreateAPIKeyIN,
            options=options,
        ))

    def delete(
        self,
        *,
        key_id: str,
        **options: Unpack[RequestOptions],
    ) -> DeleteAPIKeyOUT:
        """Delete an API key."""
        return self._call(Call(
            "DELETE",
            f"/v1/admin/api-keys/{path_param('key_id', key_id)}",
            cast=DeleteAPIKeyOUT,
            options=options,
        ))

    def list(
        self,
        *,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        name: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> Page[Any]:
        """List API keys for the Organization."""
        query = {"limit": limit, "offset": offset, "name": name}
        args = {"limit": limit, "offset": offset, "name": name}
        result = self._call(Call(
            "GET",
            "/v1/admin/api-keys",
            cast=APIKeysExtendedOUT,
            query=query,
            options=options,
        ))
        return paginate(
            Page,
            result,
            fetch=lambda value: unraw(self).list(**{**args, "offset": value}, **options),
            page_size=limit,
            items="keys",
            offset=offset or 0,
        )

    async def create_async(
        self,
        *,
        workspace_uuid: str,
        user_id: str,
        name: Optional[str] = None,
        expiration: Optional[Any] = None,
        **options: Unpack[RequestOptions],
    ) -> APIKeyOUT:
        """The awaitable twin of ``create``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_admin_api_keys import AsyncBetaAdminApiKeys

        return await twin(self, AsyncBetaAdminApiKeys).create(
            workspace_uuid=workspace_uuid,
            user_id=user_id,
            name=name,
            expiration=expiration,
            **options,
        )

    async def delete_async(
        self,
        *,
        key_id: str,
        **options: Unpack[RequestOptions],
    ) -> DeleteAPIKeyOUT:
        """The awaitable twin of ``delete``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_admin_api_keys import AsyncBetaAdminApiKeys

        return await twin(self, AsyncBetaAdminApiKeys).delete(key_id=key_id, **options)

    async def list_async(
        self,
        *,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        name: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPage[Any]:
        """The awaitable twin of ``list``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_admin_api_keys import AsyncBetaAdminApiKeys

        return await twin(self, AsyncBetaAdminApiKeys).list(limit=limit, offset=offset, name=name, **options)


# Coroutine twins run on the sync client's async twin (see mistralkit._twin).
from ..._twin import twin  # noqa: E402

if TYPE_CHECKING:
    from ..._pagination import AsyncPage
