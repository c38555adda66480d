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
