# Generated from spec/openapi.yaml and spec/official_sdk.json by tools/generate_resources.py. Do not edit.
"""Admin usage analytics for Vibe Work."""

from __future__ import annotations

from typing import Optional, TYPE_CHECKING

from ...types import VibeWorkByAgentStatsOUT, VibeWorkByTimeStatsOUT, VibeWorkByUserStatsOUT
from ..._request import RequestOptions
from .._base import Call, Resource

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ["AsyncBetaAdminVibeWorkAnalytics"]


class AsyncBetaAdminVibeWorkAnalytics(Resource):
    """Admin usage analytics for Vibe Work."""

    async def by_agent(
        self,
        *,
        start_time: int,
        end_time: int,
        **options: Unpack[RequestOptions],
    ) -> VibeWorkByAgentStatsOUT:
        """Get Vibe Work usage by agent for a time range."""
        query = {"start_time": start_time, "end_time": end_time}
        return await self._call(Call(
            "GET",
            "/v1/admin/analytics/vibe/work/usage/by_agent_stats",
            cast=VibeWorkByAgentStatsOUT,
            query=query,
            options=options,
        ))

    async def by_time(
        self,
        *,
        start_time: int,
        end_time: int,
        granularity: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> VibeWorkByTimeStatsOUT:
        """Get Vibe Work usage over time."""
        query = {"start_time": start_time, "end_time": end_time, "granularity": granularity}
        return await self._call(Call(
            "GET",
            "/v1/admin/analytics/vibe/work/usage/by_time_stats",
            cast=VibeWorkByTimeStatsOUT,
            query=query,
            options=options,
        ))

    async def by_user(
        self,
        *,
        start_time: int,
        end_time: int,
        **options: Unpack[RequestOptions],
    ) -> VibeWorkByUserStatsOUT:
        """Get Vibe Work usage by user for a time range."""
        query = {"start_time": start_time, "end_time": end_time}
        return await self._call(Call(
            "GET",
            "/v1/admin/analytics/vibe/work/usage/by_user_stats",
            cast=VibeWorkByUserStatsOUT,
            query=query,
            options=options,
        ))
