# Generated from resources/_async by tools/unasync.py. Do not edit.
# Generated from spec/openapi.yaml and spec/official_sdk.json by tools/generate_resources.py. Do not edit.
"""(beta) Admin API - manage workspaces. Requires an admin API key."""

from __future__ import annotations

from typing import Any, Optional, Sequence, TYPE_CHECKING

from ...types import (
    AddOrUpdateUsersToWorkspaceOUT,
    AddUsersToWorkspaceOUT,
    AdminWorkspaceIn,
    RemoveWorkspaceMembersIN,
    RemoveWorkspaceMembersOUT,
    UpdateWorkspaceIN,
    WorkspaceEnrichedOUT,
    WorkspaceMemberIN,
    WorkspaceOUT,
    WorkspacesOut,
)
from ..._pagination import Page, paginate, unraw
from ..._request import RequestOptions, path_param
from .._base import Call, Resource
from .._generated import present

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ["BetaAdminWorkspaces"]


class BetaAdminWorkspaces(Resource):
    """(beta) Admin API - manage workspaces. Requires an admin API key."""

    def add_or_update_users(
        self,
        *,
        workspace_uuid: str,
        members: Optional[Sequence[Any]] = None,
        **options: Unpack[RequestOptions],
    ) -> AddOrUpdateUsersToWorkspaceOUT:
        """Add or update Workspace members."""
        payload = present({"members": members})
        return self._call(Call(
            "PATCH",
            f"/v1/admin/workspaces/{path_param('workspace_uuid', workspace_uuid)}/users",
            cast=AddOrUpdateUsersToWorkspaceOUT,
            body=payload,
            body_type=WorkspaceMemberIN,
            options=options,
        ))

    def add_users(
        self,
        *,
        workspace_uuid: str,
        members: Optional[Sequence[Any]] = None,
        **options: Unpack[RequestOptions],
    ) -> AddUsersToWorkspaceOUT:
        """Add members to a Workspace."""
        payload = present({"members": members})
        return self._call(Call(
            "POST",
            f"/v1/admin/workspaces/{path_param('workspace_uuid', workspace_uuid)}/add-users",
            cast=AddUsersToWorkspaceOUT,
            body=payload,
            body_type=WorkspaceMemberIN,
            options=options,
        ))

    def create(
        self,
        *,
        name: str,
        admin_user_id: str,
        description: Optional[str] = None,
        icon: Optional[str] = None,
        add_all_org_members: Optional[bool] = None,
        **options: Unpack[RequestOptions],
    ) -> WorkspaceEnrichedOUT:
        """Create a Workspace."""
        payload = present({
            "name": name,
            "description": description,
            "icon": icon,
            "add_all_org_members": add_all_org_members,
            "admin_user_id": admin_user_id,
        })
        return self._call(Call(
            "POST",
            "/v1/admin/workspaces",
            cast=WorkspaceEnrichedOUT,
            body=payload,
            body_type=AdminWorkspaceIn,
            options=options,
        ))

    def delete(
        self,
        *,
        workspace_uuid: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Archive a Workspace."""
        return self._call(Call(
            "DELETE",
            f"/v1/admin/workspaces/{path_param('workspace_uuid', workspace_uuid)}",
            options=options,
        ))

    def list(
        self,
        *,
        is_archived: Optional[bool] = None,
        page: Optional[int] = None,
        page_size: Optional[int] = None,
        search: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> Page[Any]:
        """List Workspaces in the Organization."""
        query = {"is_archived": is_archived, "page": page, "page_size": page_size, "search": search}
        args = {"is_archived": is_archived, "page": page, "page_size": page_size, "search": search}
        result = self._call(Call(
            "GET",
            "/v1/admin/workspaces",
            cast=WorkspacesOut,
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
            items="items",
        )

    def remove_users(
        self,
        *,
        workspace_uuid: str,
        members: Sequence[Any],
        **options: Unpack[RequestOptions],
    ) -> RemoveWorkspaceMembersOUT:
        """Remove members from a Workspace."""
        payload = present({"members": members})
        return self._call(Call(
            "DELETE",
            f"/v1/admin/workspaces/{path_param('workspace_uuid', workspace_uuid)}/remove-users",
            cast=RemoveWorkspaceMembersOUT,
            body=payload,
            body_type=RemoveWorkspaceMembersIN,
            options=options,
        ))

    def update(
        self,
        *,
        workspace_uuid: str,
        name: Optional[str] = None,
        description: Optional[str] = None,
        icon: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> WorkspaceOUT:
        """Update a Workspace."""
        payload = present({"name": name, "description": description, "icon": icon})
        return self._call(Call(
            "PATCH",
            f"/v1/admin/workspaces/{path_param('workspace_uuid', workspace_uuid)}",
            cast=WorkspaceOUT,
            body=payload,
            body_type=UpdateWorkspaceIN,
            options=options,
        ))

    async def add_or_update_users_async(
        self,
        *,
        workspace_uuid: str,
        members: Optional[Sequence[Any]] = None,
        **options: Unpack[RequestOptions],
    ) -> AddOrUpdateUsersToWorkspaceOUT:
        """The awaitable twin of ``add_or_update_users``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_admin_workspaces import AsyncBetaAdminWorkspaces

        return await twin(self, AsyncBetaAdminWorkspaces).add_or_update_users(
            workspace_uuid=workspace_uuid,
            members=members,
            **options,
        )

    async def add_users_async(
        self,
        *,
        workspace_uuid: str,
        members: Optional[Sequence[Any]] = None,
        **options: Unpack[RequestOptions],
    ) -> AddUsersToWorkspaceOUT:
        """The awaitable twin of ``add_users``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_admin_workspaces import AsyncBetaAdminWorkspaces

        return await twin(self, AsyncBetaAdminWorkspaces).add_users(
            workspace_uuid=workspace_uuid,
            members=members,
            **options,
        )

    async def create_async(
        self,
        *,
        name: str,
        admin_user_id: str,
        description: Optional[str] = None,
        icon: Optional[str] = None,
        add_all_org_members: Optional[bool] = None,
        **options: Unpack[RequestOptions],
    ) -> WorkspaceEnrichedOUT:
        """The awaitable twin of ``create``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_admin_workspaces import AsyncBetaAdminWorkspaces

        return await twin(self, AsyncBetaAdminWorkspaces).create(
            name=name,
            admin_user_id=admin_user_id,
            description=description,
            icon=icon,
            add_all_org_members=add_all_org_members,
            **options,
        )

    async def delete_async(
        self,
        *,
        workspace_uuid: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """The awaitable twin of ``delete``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_admin_workspaces import AsyncBetaAdminWorkspaces

        return await twin(self, AsyncBetaAdminWorkspaces).delete(workspace_uuid=workspace_uuid, **options)

    async def list_async(
        self,
        *,
        is_archived: Optional[bool] = None,
        page: Optional[int] = None,
        page_size: Optional[int] = None,
        search: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPage[Any]:
        """The awaitable twin of ``list``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_admin_workspaces import AsyncBetaAdminWorkspaces

        return await twin(self, AsyncBetaAdminWorkspaces).list(
            is_archived=is_archived,
            page=page,
            page_size=page_size,
            search=search,
            **options,
        )

    async def remove_users_async(
        self,
        *,
        workspace_uuid: str,
        members: Sequence[Any],
        **options: Unpack[RequestOptions],
    ) -> RemoveWorkspaceMembersOUT:
        """The awaitable twin of ``remove_users``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_admin_workspaces import AsyncBetaAdminWorkspaces

        return await twin(self, AsyncBetaAdminWorkspaces).remove_users(
            workspace_uuid=workspace_uuid,
            members=members,
            **options,
        )

    async def update_async(
        self,
        *,
        workspace_uuid: str,
        name: Optional[str] = None,
        description: Optional[str] = None,
        icon: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> WorkspaceOUT:
        """The awaitable twin of ``update``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_admin_workspaces import AsyncBetaAdminWorkspaces

        return await twin(self, AsyncBetaAdminWorkspaces).update(
            workspace_uuid=workspace_uuid,
            name=name,
            description=description,
            icon=icon,
            **options,
        )


# Coroutine twins run on the sync client's async twin (see mistralkit._twin).
from ..._twin import twin  # noqa: E402

if TYPE_CHECKING:
    from ..._pagination import AsyncPage
