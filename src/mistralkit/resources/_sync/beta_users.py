# Generated from resources/_async by tools/unasync.py. Do not edit.
# Generated from spec/openapi.yaml and spec/official_sdk.json by tools/generate_resources.py. Do not edit.
"""(beta) Users API."""

from __future__ import annotations

from typing import Any, Optional, TYPE_CHECKING

from ...types import ListOrganizationsResponse, ListWorkspacesResponse, UserIdentity
from ..._pagination import Page, paginate, unraw
from ..._request import RequestOptions
from .._base import Call, Resource
from .._generated import with_security

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ["BetaUsers"]


class BetaUsers(Resource):
    """(beta) Users API."""

    def get_identity(
        self,
        *,
        security: Any,
        **options: Unpack[RequestOptions],
    ) -> UserIdentity:
        """Get Identity."""
        options = with_security(options, security)
        return self._call(Call("GET", "/v1/users/me", cast=UserIdentity, options=options))

    def list_organizations(
        self,
        *,
        security: Any,
        offset: Optional[int] = None,
        limit: Optional[int] = None,
        **options: Unpack[RequestOptions],
    ) -> Page[Any]:
        """List every organization the authenticated user is a member of."""
        query = {"offset": offset, "limit": limit}
        options = with_security(options, security)
        args = {"security": security, "offset": offset, "limit": limit}
        result = self._call(Call(
            "GET",
            "/v1/users/me/organizations",
            cast=ListOrganizationsResponse,
            query=query,
            options=options,
        ))
        return paginate(
            Page,
            result,
            fetch=lambda value: unraw(self).list_organizations(**{**args, "offset": value}, **options),
            page_size=limit,
            items="organizations",
            offset=offset or 0,
        )

    def list_workspaces(
        self,
        *,
        security: Any,
        organization_id: Optional[str] = None,
        offset: Optional[int] = None,
        limit: Optional[int] = None,
        **options: Unpack[RequestOptions],
    ) -> Page[Any]:
        """List every workspace the authenticated user is a member of, across all their organizations, each tagged with the organization it belongs to.
        """
        query = {"organization_id": organization_id, "offset": offset, "limit": limit}
        options = with_security(options, security)
        args = {"security": security, "organization_id": organization_id, "offset": offset, "limit": limit}
        result = self._call(Call(
            "GET",
            "/v1/users/me/workspaces",
            cast=ListWorkspacesResponse,
            query=query,
            options=options,
        ))
        return paginate(
            Page,
            result,
            fetch=lambda value: unraw(self).list_workspaces(**{**args, "offset": value}, **options),
            page_size=limit,
            items="workspaces",
            offset=offset or 0,
        )

    async def get_identity_async(
        self,
        *,
        security: Any,
        **options: Unpack[RequestOptions],
    ) -> UserIdentity:
        """The awaitable twin of ``get_identity``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_users import AsyncBetaUsers

        return await twin(self, AsyncBetaUsers).get_identity(security=security, **options)

    async def list_organizations_async(
        self,
        *,
        security: Any,
        offset: Optional[int] = None,
        limit: Optional[int] = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPage[Any]:
        """The awaitable twin of ``list_organizations``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_users import AsyncBetaUsers

        return await twin(self, AsyncBetaUsers).list_organizations(
            security=security,
            offset=offset,
            limit=limit,
            **options,
        )

    async def list_workspaces_async(
        self,
        *,
        security: Any,
        organization_id: Optional[str] = None,
        offset: Optional[int] = None,
        limit: Optional[int] = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPage[Any]:
        """The awaitable twin of ``list_workspaces``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_users import AsyncBetaUsers

        return await twin(self, AsyncBetaUsers).list_workspaces(
            security=security,
            organization_id=organization_id,
            offset=offset,
            limit=limit,
            **options,
        )


# Coroutine twins run on the sync client's async twin (see mistralkit._twin).
from ..._twin import twin  # noqa: E402

if TYPE_CHECKING:
    from ..._pagination import AsyncPage
