# Generated from resources/_async by tools/unasync.py. Do not edit.
# Generated from spec/openapi.yaml and spec/official_sdk.json by tools/generate_resources.py. Do not edit.
"""Admin usage analytics for Vibe Code."""

from __future__ import annotations

from typing import Optional, TYPE_CHECKING

from ...types import VibeOrganizationStatsOUT, VibeWorkspaceStatsOUT
from ..._request import RequestOptions
from .._base import Call, Resource

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ["BetaAdminVibeCodeAnalytics"]


class BetaAdminVibeCodeAnalytics(Resource):
    """Admin usage analytics for Vibe Code."""

    def by_organization(
        self,
        *,
        start_time: int,
        end_time: int,
        **options: Unpack[RequestOptions],
    ) -> VibeOrganizationStatsOUT:
        """Get Vibe Code usage for the Organization."""
        query = {"start_time": start_time, "end_time": end_time}
        return self._call(Call(
            "GET",
            "/v1/admin/analytics/vibe/code/usage/by_organization",
            cast=VibeOrganizationStatsOUT,
            query=query,
            options=options,
        ))

    def by_workspace(
        self,
        *,
        start_time: int,
        end_time: int,
        workspace_id: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> VibeWorkspaceStatsOUT:
        """Get Vibe Code usage for a Workspace."""
        query = {"start_time": start_time, "end_time": end_time, "workspace_id": workspace_id}
        return self._call(Call(
            "GET",
            "/v1/admin/analytics/vibe/code/usage/by_workspace",
            cast=VibeWorkspaceStatsOUT,
            query=query,
            options=options,
        ))

    async def by_organization_async(
        self,
        *,
        start_time: int,
        end_time: int,
        **options: Unpack[RequestOptions],
    ) -> VibeOrganizationStatsOUT:
        """The awaitable twin of ``by_organization``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_admin_vibe_code_analytics import AsyncBetaAdminVibeCodeAnalytics

        return await twin(self, AsyncBetaAdminVibeCodeAnalytics).by_organization(
            start_time=start_time,
            end_time=end_time,
            **options,
        )

    async def by_workspace_async(
        self,
        *,
        start_time: int,
        end_time: int,
        workspace_id: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> VibeWorkspaceStatsOUT:
        """The awaitable twin of ``by_workspace``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_admin_vibe_code_analytics import AsyncBetaAdminVibeCodeAnalytics

        return await twin(self, AsyncBetaAdminVibeCodeAnalytics).by_workspace(
            start_time=start_time,
            end_time=end_time,
            workspace_id=workspace_id,
            **options,
        )


# Coroutine twins run on the sync client's async twin (see mistralkit._twin).
from ..._twin import twin  # noqa: E402
