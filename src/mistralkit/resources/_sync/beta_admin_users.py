# Generated from resources/_async by tools/unasync.py. Do not edit.
# Generated from spec/openapi.yaml and spec/official_sdk.json by tools/generate_resources.py. Do not edit.
"""(beta) Admin API - manage users. Requires an admin API key."""

from __future__ import annotations

from typing import Any, Optional, Sequence, TYPE_CHECKING

from ...types import (
    AdminOrganizationMemberOUT,
    AdminOrganizationMemberUpdate,
    AdminUserOUT,
    DeleteOUT,
    OrganizationAdminUsersOUT,
    OrganizationInviteIN,
    OrganizationInvitesCreateOUT,
    OrganizationUsersCreateOUT,
    RolesOut,
    UsersApiAdminUsersGetInviteResponse,
)
from ..._pagination import Page, paginate, unraw
from ..._request import RequestOptions, path_param
from .._base import Call, Resource
from .._generated import present

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ["BetaAdminUsers"]


class BetaAdminUsers(Resource):
    """(beta) Admin API - manage users. Requires an admin API key."""

    def create(
        self,
        *,
        request: Any,
        **options: Unpack[RequestOptions],
    ) -> OrganizationUsersCreateOUT:
        """Create Organization members."""
        payload = request
        return self._call(Call(
            "POST",
            "/v1/admin/users",
            cast=OrganizationUsersCreateOUT,
            body=payload,
            options=options,
        ))

    def delete(
        self,
        *,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> DeleteOUT:
        """Remove a member from the Organization."""
        return self._call(Call(
            "DELETE",
            f"/v1/admin/users/{path_param('user_id', user_id)}",
            cast=DeleteOUT,
            options=options,
        ))

    def delete_invite(
        self,
        *,
        invite_uuid: str,
        **options: Unpack[RequestOptions],
    ) -> DeleteOUT:
        """Delete Invite."""
        return self._call(Call(
            "DELETE",
            f"/v1/admin/users-invite/{path_param('invite_uuid', invite_uuid)}",
            cast=DeleteOUT,
            options=options,
        ))

    def get(
        self,
        *,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> AdminUserOUT:
        """Get details for an Organization member."""
        return self._call(Call(
            "GET",
            f"/v1/admin/users/{path_param('user_id', user_id)}",
            cast=AdminUserOUT,
            options=options,
        ))

    def invite(
        self,
        *,
        email: str,
        role_names: Optional[Sequence[str]] = None,
        roles: Optional[Sequence[str]] = None,
        role_name: Optional[str] = None,
        role: Optional[str] = None,
        subscription_type: Optional[str] = None,
        subscription_types: Optional[Sequence[str]] = None,
        subscription_seat_automatic_granting: Optional[bool] = None,
        email_language: Optional[str] = None,
        workspace_uuids: Optional[Sequence[str]] = None,
        **options: Unpack[RequestOptions],
    ) -> OrganizationInvitesCreateOUT:
        """Invite users to the Organization."""
        payload = present({
            "role_names": role_names,
            "roles": roles,
            "role_name": role_name,
            "role": role,
            "email": email,
            "subscription_type": subscription_type,
            "subscription_types": subscription_types,
            "subscription_seat_automatic_granting": subscription_seat_automatic_granting,
            "email_language": email_language,
            "workspace_uuids": workspace_uuids,
        })
        return self._call(Call(
            "POST",
            "/v1/admin/users-invite",
            cast=OrganizationInvitesCreateOUT,
            body=payload,
            body_type=OrganizationInviteIN,
            options=options,
        ))

    def list(
        self,
        *,
        page: Optional[int] = None,
        page_size: Optional[int] = None,
        email: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> Page[Any]:
        """List Organization members and pending invitations."""
        query = {"page": page, "page_size": page_size, "email": email}
        args = {"page": page, "page_size": page_size, "email": email}
        result = self._call(Call(
            "GET",
            "/v1/admin/users",
            cast=OrganizationAdminUsersOUT,
            query=query,
            options=options,
        ))
        return paginate(
            Page,
            result,
            fetch=lambda value: unraw(self).list(**{**args, "page": value}, **options),
            page=page,
            first_page=1,
            page_size=page_size,
            items="members",
        )

    def list_invites(
        self,
        **options: Unpack[RequestOptions],
    ) -> UsersApiAdminUsersGetInviteResponse:
        """List pending Organization invitations."""
        return self._call(Call(
            "GET",
            "/v1/admin/users-invite",
            cast=UsersApiAdminUsersGetInviteResponse,
            options=options,
        ))

    def list_roles(
        self,
        **options: Unpack[RequestOptions],
    ) -> RolesOut:
        """List Organization and Workspace roles."""
        return self._call(Call("GET", "/v1/admin/roles", cast=RolesOut, options=options))

    def update(
        self,
        *,
        user_id: str,
        role_names: Optional[Sequence[str]] = None,
        roles: Optional[Sequence[str]] = None,
        role_name: Optional[str] = None,
        role: Optional[str] = None,
        subscription_types: Optional[Sequence[str]] = None,
        **options: Unpack[RequestOptions],
    ) -> AdminOrganizationMemberOUT:
        """Update an Organization member's roles and product seats."""
        payload = present({
            "role_names": role_names,
            "roles": roles,
            "role_name": role_name,
            "role": role,
            "subscription_types": subscription_types,
        })
        return self._call(Call(
            "PATCH",
            f"/v1/admin/users/{path_param('user_id', user_id)}",
            cast=AdminOrganizationMemberOUT,
            body=payload,
            body_type=AdminOrganizationMemberUpdate,
            options=options,
        ))

    async def create_async(
        self,
        *,
        request: Any,
        **options: Unpack[RequestOptions],
    ) -> OrganizationUsersCreateOUT:
        """The awaitable twin of ``create``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_admin_users import AsyncBetaAdminUsers

        return await twin(self, AsyncBetaAdminUsers).create(request=request, **options)

    async def delete_async(
        self,
        *,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> DeleteOUT:
        """The awaitable twin of ``delete``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_admin_users import AsyncBetaAdminUsers

        return await twin(self, AsyncBetaAdminUsers).delete(user_id=user_id, **options)

    async def delete_invite_async(
        self,
        *,
        invite_uuid: str,
        **options: Unpack[RequestOptions],
    ) -> DeleteOUT:
        """The awaitable twin of ``delete_invite``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_admin_users import AsyncBetaAdminUsers

        return await twin(self, AsyncBetaAdminUsers).delete_invite(invite_uuid=invite_uuid, **options)

    async def get_async(
        self,
        *,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> AdminUserOUT:
        """The awaitable twin of ``get``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_admin_users import AsyncBetaAdminUsers

        return await twin(self, AsyncBetaAdminUsers).get(user_id=user_id, **options)

    async def invite_async(
        self,
        *,
        email: str,
        role_names: Optional[Sequence[str]] = None,
        roles: Optional[Sequence[str]] = None,
        role_name: Optional[str] = None,
        role: Optional[str] = None,
        subscription_type: Optional[str] = None,
        subscription_types: Optional[Sequence[str]] = None,
        subscription_seat_automatic_granting: Optional[bool] = None,
        email_language: Optional[str] = None,
        workspace_uuids: Optional[Sequence[str]] = None,
        **options: Unpack[RequestOptions],
    ) -> OrganizationInvitesCreateOUT:
        """The awaitable twin of ``invite``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_admin_users import AsyncBetaAdminUsers

        return await twin(self, AsyncBetaAdminUsers).invite(
            email=email,
            role_names=role_names,
            roles=roles,
            role_name=role_name,
            role=role,
            subscription_type=subscription_type,
            subscription_types=subscription_types,
            subscription_seat_automatic_granting=subscription_seat_automatic_granting,
            email_language=email_language,
            workspace_uuids=workspace_uuids,
            **options,
        )

    async def list_async(
        self,
        *,
        page: Optional[int] = None,
        page_size: Optional[int] = None,
        email: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPage[Any]:
        """The awaitable twin of ``list``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_admin_users import AsyncBetaAdminUsers

        return await twin(self, AsyncBetaAdminUsers).list(
            page=page,
            page_size=page_size,
            email=email,
            **options,
        )

    async def list_invites_async(
        self,
        **options: Unpack[RequestOptions],
    ) -> UsersApiAdminUsersGetInviteResponse:
        """The awaitable twin of ``list_invites``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_admin_users import AsyncBetaAdminUsers

        return await twin(self, AsyncBetaAdminUsers).list_invites(**options)

    async def list_roles_async(
        self,
        **options: Unpack[RequestOptions],
    ) -> RolesOut:
        """The awaitable twin of ``list_roles``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_admin_users import AsyncBetaAdminUsers

        return await twin(self, AsyncBetaAdminUsers).list_roles(**options)

    async def update_async(
        self,
        *,
        user_id: str,
        role_names: Optional[Sequence[str]] = None,
        roles: Optional[Sequence[str]] = None,
        role_name: Optional[str] = None,
        role: Optional[str] = None,
        subscription_types: Optional[Sequence[str]] = None,
        **options: Unpack[RequestOptions],
    ) -> AdminOrganizationMemberOUT:
        """The awaitable twin of ``update``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_admin_users import AsyncBetaAdminUsers

        return await twin(self, AsyncBetaAdminUsers).update(
            user_id=user_id,
            role_names=role_names,
            roles=roles,
            role_name=role_name,
            role=role,
            subscription_types=subscription_types,
            **options,
        )


# Coroutine twins run on the sync client's async twin (see mistralkit._twin).
from ..._twin import twin  # noqa: E402

if TYPE_CHECKING:
    from ..._pagination import AsyncPage
