# Generated from resources/_async by tools/unasync.py. Do not edit.
# Generated from spec/openapi.yaml and spec/official_sdk.json by tools/generate_resources.py. Do not edit.
"""(beta) Admin API - manage user groups. Requires an admin API key."""

from __future__ import annotations

from typing import Any, Optional, Sequence, TYPE_CHECKING

from ...types import (
    AdminAssignUsersToGroupIn,
    AdminProvisionGroupToWorkspaceIn,
    AdminUpdateUserGroupIn,
    AdminUserGroupIn,
    AdminUserGroupMembersOut,
    AdminUserGroupOut,
    AdminUserGroupsOut,
    AssignGroupToWorkspaceIn,
    GroupWorkspaceAssignmentsOut,
    NestedGroupsOut,
    SetNestedGroupsIn,
    UpdateGroupWorkspaceAssignmentIn,
    UpdateUserGroupOrganizationRoleIn,
)
from ..._pagination import Page, paginate, unraw
from ..._request import RequestOptions, path_param
from .._base import Call, Resource
from .._generated import present

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ["BetaAdminUserGroups"]


class BetaAdminUserGroups(Resource):
    """(beta) Admin API - manage user groups. Requires an admin API key."""

    def add_members(
        self,
        *,
        group_uuid: str,
        user_uuids: Sequence[str],
        **options: Unpack[RequestOptions],
    ) -> None:
        """Assign users to a user group."""
        payload = present({"user_uuids": user_uuids})
        return self._call(Call(
            "POST",
            f"/v1/admin/user-groups/{path_param('group_uuid', group_uuid)}/members",
            body=payload,
            body_type=AdminAssignUsersToGroupIn,
            options=options,
        ))

    def assign_workspace(
        self,
        *,
        group_uuid: str,
        workspace_uuid: str,
        role_names: Optional[Sequence[str]] = None,
        roles: Optional[Sequence[str]] = None,
        role: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Assign a user group to a workspace."""
        payload = present({
            "role_names": role_names,
            "roles": roles,
            "role": role,
            "workspace_uuid": workspace_uuid,
        })
        return self._call(Call(
            "POST",
            f"/v1/admin/user-groups/{path_param('group_uuid', group_uuid)}/workspaces",
            body=payload,
            body_type=AssignGroupToWorkspaceIn,
            options=options,
        ))

    def create(
        self,
        *,
        name: str,
        description: Optional[str] = None,
        target_type: Optional[str] = None,
        parent_group_ids: Optional[Sequence[str]] = None,
        **options: Unpack[RequestOptions],
    ) -> AdminUserGroupOut:
        """Create a new user group."""
        payload = present({
            "name": name,
            "description": description,
            "target_type": target_type,
            "parent_group_ids": parent_group_ids,
        })
        return self._call(Call(
            "POST",
            "/v1/admin/user-groups",
            cast=AdminUserGroupOut,
            body=payload,
            body_type=AdminUserGroupIn,
            options=options,
        ))

    def delete(
        self,
        *,
        group_uuid: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a user group."""
        return self._call(Call(
            "DELETE",
            f"/v1/admin/user-groups/{path_param('group_uuid', group_uuid)}",
            options=options,
        ))

    def get(
        self,
        *,
        group_uuid: str,
        **options: Unpack[RequestOptions],
    ) -> AdminUserGroupOut:
        """Get a specific user group."""
        return self._call(Call(
            "GET",
            f"/v1/admin/user-groups/{path_param('group_uuid', group_uuid)}",
            cast=AdminUserGroupOut,
            options=options,
        ))

    def list(
        self,
        *,
        page: Optional[int] = None,
        page_size: Optional[int] = None,
        search: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> Page[Any]:
        """Get all user groups across the organization."""
        query = {"page": page, "page_size": page_size, "search": search}
        args = {"page": page, "page_size": page_size, "search": search}
        result = self._call(Call(
            "GET",
            "/v1/admin/user-groups",
            cast=AdminUserGroupsOut,
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

    def list_members(
        self,
        *,
        group_uuid: str,
        page: Optional[int] = None,
        page_size: Optional[int] = None,
        **options: Unpack[RequestOptions],
    ) -> Page[Any]:
        """Get members of a user group."""
        query = {"page": page, "page_size": page_size}
        args = {"group_uuid": group_uuid, "page": page, "page_size": page_size}
        result = self._call(Call(
            "GET",
            f"/v1/admin/user-groups/{path_param('group_uuid', group_uuid)}/members",
            cast=AdminUserGroupMembersOut,
            query=query,
            options=options,
        ))
        return paginate(
            Page,
            result,
            fetch=lambda value: unraw(self).list_members(**{**args, "page": value}, **options),
            page=page,
            first_page=1,
            page_size=page_size,
            items="members",
        )

    def list_nested(
        self,
        *,
        group_uuid: str,
        **options: Unpack[RequestOptions],
    ) -> NestedGroupsOut:
        """List the groups directly nested inside this group."""
        return self._call(Call(
            "GET",
            f"/v1/admin/user-groups/{path_param('group_uuid', group_uuid)}/nested",
            cast=NestedGroupsOut,
            options=options,
        ))

    def list_workspaces(
        self,
        *,
        group_uuid: str,
        page: Optional[int] = None,
        page_size: Optional[int] = None,
        **options: Unpack[RequestOptions],
    ) -> Page[Any]:
        """List workspace assignments for a user group."""
        query = {"page": page, "page_size": page_size}
        args = {"group_uuid": group_uuid, "page": page, "page_size": page_size}
        result = self._call(Call(
            "GET",
            f"/v1/admin/user-groups/{path_param('group_uuid', group_uuid)}/workspaces",
            cast=GroupWorkspaceAssignmentsOut,
            query=query,
            options=options,
        ))
        return paginate(
            Page,
            result,
            fetch=lambda value: unraw(self).list_workspaces(**{**args, "page": value}, **options),
            page=page,
            first_page=1,
            page_size=page_size,
            items="items",
        )

    def provision_to_workspace(
        self,
        *,
        user_group_uuid: str,
        workspace_uuid: str,
        workspace_role: Optional[str] = None,
        workspace_role_name: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Provision all users from a user group to a workspace with a specific role."""
        payload = present({
            "user_group_uuid": user_group_uuid,
            "workspace_uuid": workspace_uuid,
            "workspace_role": workspace_role,
            "workspace_role_name": workspace_role_name,
        })
        return self._call(Call(
            "POST",
            "/v1/admin/user-groups/provision-workspace",
            body=payload,
            body_type=AdminProvisionGroupToWorkspaceIn,
            options=options,
        ))

    def remove_members(
        self,
        *,
        group_uuid: str,
        user_uuids: Sequence[str],
        **options: Unpack[RequestOptions],
    ) -> None:
        """Remove users from a user group."""
        payload = present({"user_uuids": user_uuids})
        return self._call(Call(
            "DELETE",
            f"/v1/admin/user-groups/{path_param('group_uuid', group_uuid)}/members",
            body=payload,
            body_type=AdminAssignUsersToGroupIn,
            options=options,
        ))

    def remove_workspace(
        self,
        *,
        group_uuid: str,
        workspace_uuid: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Remove a user group from a workspace."""
        return self._call(Call(
            "DELETE",
            f"/v1/admin/user-groups/{path_param('group_uuid', group_uuid)}/workspaces/{path_param('workspace_uuid', workspace_uuid)}",
            options=options,
        ))

    def set_nested(
        self,
        *,
        group_uuid: str,
        child_group_uuids: Sequence[str],
        **options: Unpack[RequestOptions],
    ) -> None:
        """Replace the set of groups directly nested inside this group."""
        payload = present({"child_group_uuids": child_group_uuids})
        return self._call(Call(
            "PATCH",
            f"/v1/admin/user-groups/{path_param('group_uuid', group_uuid)}/nested",
            body=payload,
            body_type=SetNestedGroupsIn,
            options=options,
        ))

    def update(
        self,
        *,
        group_uuid: str,
        name: Optional[str] = None,
        description: Optional[str] = None,
        target_type: Optional[str] = None,
        parent_group_ids: Optional[Sequence[str]] = None,
        **options: Unpack[RequestOptions],
    ) -> AdminUserGroupOut:
        """Update a user group."""
        payload = present({
            "name": name,
            "description": description,
            "target_type": target_type,
            "parent_group_ids": parent_group_ids,
        })
        return self._call(Call(
            "PATCH",
            f"/v1/admin/user-groups/{path_param('group_uuid', group_uuid)}",
            cast=AdminUserGroupOut,
            body=payload,
            body_type=AdminUpdateUserGroupIn,
            options=options,
        ))

    def update_organization_role(
        self,
        *,
        group_uuid: str,
        organization_role: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Update the organization role for a user group."""
        payload = present({"organization_role": organization_role})
        return self._call(Call(
            "PATCH",
            f"/v1/admin/user-groups/{path_param('group_uuid', group_uuid)}/organization-role",
            body=payload,
            body_type=UpdateUserGroupOrganizationRoleIn,
            options=options,
        ))

    def update_workspace(
        self,
        *,
        group_uuid: str,
        workspace_uuid: str,
        role_names: Optional[Sequence[str]] = None,
        roles: Optional[Sequence[str]] = None,
        role: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Update the workspace role assignment for a user group."""
        payload = present({"role_names": role_names, "roles": roles, "role": role})
        return self._call(Call(
            "PATCH",
            f"/v1/admin/user-groups/{path_param('group_uuid', group_uuid)}/workspaces/{path_param('workspace_uuid', workspace_uuid)}",
            body=payload,
            body_type=UpdateGroupWorkspaceAssignmentIn,
            options=options,
        ))

    async def add_members_async(
        self,
        *,
        group_uuid: str,
        user_uuids: Sequence[str],
        **options: Unpack[RequestOptions],
    ) -> None:
        """The awaitable twin of ``add_members``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_admin_user_groups import AsyncBetaAdminUserGroups

        return await twin(self, AsyncBetaAdminUserGroups).add_members(
            group_uuid=group_uuid,
            user_uuids=user_uuids,
            **options,
        )

    async def assign_workspace_async(
        self,
        *,
        group_uuid: str,
        workspace_uuid: str,
        role_names: Optional[Sequence[str]] = None,
        roles: Optional[Sequence[str]] = None,
        role: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """The awaitable twin of ``assign_workspace``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_admin_user_groups import AsyncBetaAdminUserGroups

        return await twin(self, AsyncBetaAdminUserGroups).assign_workspace(
            group_uuid=group_uuid,
            workspace_uuid=workspace_uuid,
            role_names=role_names,
            roles=roles,
            role=role,
            **options,
        )

    async def create_async(
        self,
        *,
        name: str,
        description: Optional[str] = None,
        target_type: Optional[str] = None,
        parent_group_ids: Optional[Sequence[str]] = None,
        **options: Unpack[RequestOptions],
    ) -> AdminUserGroupOut:
        """The awaitable twin of ``create``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_admin_user_groups import AsyncBetaAdminUserGroups

        return await twin(self, AsyncBetaAdminUserGroups).create(
            name=name,
            description=description,
            target_type=target_type,
            parent_group_ids=parent_group_ids,
            **options,
        )

    async def delete_async(
        self,
        *,
        group_uuid: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """The awaitable twin of ``delete``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_admin_user_groups import AsyncBetaAdminUserGroups

        return await twin(self, AsyncBetaAdminUserGroups).delete(group_uuid=group_uuid, **options)

    async def get_async(
        self,
        *,
        group_uuid: str,
        **options: Unpack[RequestOptions],
    ) -> AdminUserGroupOut:
        """The awaitable twin of ``get``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_admin_user_groups import AsyncBetaAdminUserGroups

        return await twin(self, AsyncBetaAdminUserGroups).get(group_uuid=group_uuid, **options)

    async def list_async(
        self,
        *,
        page: Optional[int] = None,
        page_size: Optional[int] = None,
        search: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPage[Any]:
        """The awaitable twin of ``list``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_admin_user_groups import AsyncBetaAdminUserGroups

        return await twin(self, AsyncBetaAdminUserGroups).list(
            page=page,
            page_size=page_size,
            search=search,
            **options,
        )

    async def list_members_async(
        self,
        *,
        group_uuid: str,
        page: Optional[int] = None,
        page_size: Optional[int] = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPage[Any]:
        """The awaitable twin of ``list_members``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_admin_user_groups import AsyncBetaAdminUserGroups

        return await twin(self, AsyncBetaAdminUserGroups).list_members(
            group_uuid=group_uuid,
            page=page,
            page_size=page_size,
            **options,
        )

    async def list_nested_async(
        self,
        *,
        group_uuid: str,
        **options: Unpack[RequestOptions],
    ) -> NestedGroupsOut:
        """The awaitable twin of ``list_nested``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_admin_user_groups import AsyncBetaAdminUserGroups

        return await twin(self, AsyncBetaAdminUserGroups).list_nested(group_uuid=group_uuid, **options)

    async def list_workspaces_async(
        self,
        *,
        group_uuid: str,
        page: Optional[int] = None,
        page_size: Optional[int] = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPage[Any]:
        """The awaitable twin of ``list_workspaces``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_admin_user_groups import AsyncBetaAdminUserGroups

        return await twin(self, AsyncBetaAdminUserGroups).list_workspaces(
            group_uuid=group_uuid,
            page=page,
            page_size=page_size,
            **options,
        )

    async def provision_to_workspace_async(
        self,
        *,
        user_group_uuid: str,
        workspace_uuid: str,
        workspace_role: Optional[str] = None,
        workspace_role_name: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """The awaitable twin of ``provision_to_workspace``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_admin_user_groups import AsyncBetaAdminUserGroups

        return await twin(self, AsyncBetaAdminUserGroups).provision_to_workspace(
            user_group_uuid=user_group_uuid,
            workspace_uuid=workspace_uuid,
            workspace_role=workspace_role,
            workspace_role_name=workspace_role_name,
            **options,
        )

    async def remove_members_async(
        self,
        *,
        group_uuid: str,
        user_uuids: Sequence[str],
        **options: Unpack[RequestOptions],
    ) -> None:
        """The awaitable twin of ``remove_members``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_admin_user_groups import AsyncBetaAdminUserGroups

        return await twin(self, AsyncBetaAdminUserGroups).remove_members(
            group_uuid=group_uuid,
            user_uuids=user_uuids,
            **options,
        )

    async def remove_workspace_async(
        self,
        *,
        group_uuid: str,
        workspace_uuid: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """The awaitable twin of ``remove_workspace``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_admin_user_groups import AsyncBetaAdminUserGroups

        return await twin(self, AsyncBetaAdminUserGroups).remove_workspace(
            group_uuid=group_uuid,
            workspace_uuid=workspace_uuid,
            **options,
        )

    async def set_nested_async(
        self,
        *,
        group_uuid: str,
        child_group_uuids: Sequence[str],
        **options: Unpack[RequestOptions],
    ) -> None:
        """The awaitable twin of ``set_nested``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_admin_user_groups import AsyncBetaAdminUserGroups

        return await twin(self, AsyncBetaAdminUserGroups).set_nested(
            group_uuid=group_uuid,
            child_group_uuids=child_group_uuids,
            **options,
        )

    async def update_async(
        self,
        *,
        group_uuid: str,
        name: Optional[str] = None,
        description: Optional[str] = None,
        target_type: Optional[str] = None,
        parent_group_ids: Optional[Sequence[str]] = None,
        **options: Unpack[RequestOptions],
    ) -> AdminUserGroupOut:
        """The awaitable twin of ``update``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_admin_user_groups import AsyncBetaAdminUserGroups

        return await twin(self, AsyncBetaAdminUserGroups).update(
            group_uuid=group_uuid,
            name=name,
            description=description,
            target_type=target_type,
            parent_group_ids=parent_group_ids,
            **options,
        )

    async def update_organization_role_async(
        self,
        *,
        group_uuid: str,
        organization_role: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """The awaitable twin of ``update_organization_role``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_admin_user_groups import AsyncBetaAdminUserGroups

        return await twin(self, AsyncBetaAdminUserGroups).update_organization_role(
            group_uuid=group_uuid,
            organization_role=organization_role,
            **options,
        )

    async def update_workspace_async(
        self,
        *,
        group_uuid: str,
        workspace_uuid: str,
        role_names: Optional[Sequence[str]] = None,
        roles: Optional[Sequence[str]] = None,
        role: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """The awaitable twin of ``update_workspace``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_admin_user_groups import AsyncBetaAdminUserGroups

        return await twin(self, AsyncBetaAdminUserGroups).update_workspace(
            group_uuid=group_uuid,
            workspace_uuid=workspace_uuid,
            role_names=role_names,
            roles=roles,
            role=role,
            **options,
        )


# Coroutine twins run on the sync client's async twin (see mistralkit._twin).
from ..._twin import twin  # noqa: E402

if TYPE_CHECKING:
    from ..._pagination import AsyncPage
