# Generated from resources/_async by tools/unasync.py. Do not edit.
# Generated from spec/openapi.yaml and spec/official_sdk.json by tools/generate_resources.py. Do not edit.
"""Admin usage analytics for Vibe Work."""

from __future__ import annotations

from typing import Optional, TYPE_CHECKING

from ...types import VibeWorkByAgentStatsOUT, VibeWorkByTimeStatsOUT, VibeWorkByUserStatsOUT
from ..._request import RequestOptions
from .._base import Call, Resource

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ["BetaAdminVibeWorkAnalytics"]


class BetaAdminVibeWorkAnalytics(Resource):
    """Admin usage analytics for Vibe Work."""

    def by_agent(
        self,
        *,
        start_time: int,
        end_time: int,
        **options: Unpack[RequestOptions],
    ) -> VibeWorkByAgentStatsOUT:
        """Get Vibe Work usage by agent for a time range."""
        query = {"start_time": start_time, "end_time": end_time}
        return self._call(Call(
            "GET",
            "/v1/admin/analytics/vibe/work/usage/by_agent_stats",
            cast=VibeWorkByAgentStatsOUT,
            query=query,
            options=options,
        ))

    def by_time(
        self,
        *,
        start_time: int,
        end_time: int,
        granularity: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> VibeWorkByTimeStatsOUT:
        """Get Vibe Work usage over time."""
        query = {"start_time": start_time, "end_time": end_time, "granularity": granularity}
        return self._call(Call(
            "GET",
            "/v1/admin/analytics/vibe/work/usage/by_time_stats",
            cast=VibeWorkByTimeStatsOUT,
            query=query,
            options=options,
        ))

    def by_user(
        self,
        *,
        start_time: int,
        end_time: int,
        **options: Unpack[RequestOptions],
    ) -> VibeWorkByUserStatsOUT:
        """Get Vibe Work usage by user for a time range."""
        query = {"start_time": start_time, "end_time": end_time}
        return self._call(Call(
            "GET",
            "/v1/admin/analytics/vibe/work/usage/by_user_stats",
            cast=VibeWorkByUserStatsOUT,
            query=query,
            options=options,
        ))

    async def by_agent_async(
        self,
        *,
        start_time: int,
        end_time: int,
        **options: Unpack[RequestOptions],
    ) -> VibeWorkByAgentStatsOUT:
        """The awaitable twin of ``by_agent``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_admin_vibe_work_analytics import AsyncBetaAdminVibeWorkAnalytics

        return await twin(self, AsyncBetaAdminVibeWorkAnalytics).by_agent(
            start_time=start_time,
            end_time=end_time,
            **options,
        )

    async def by_time_async(
        self,
        *,
        start_time: int,
        end_time: int,
        granularity: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> VibeWorkByTimeStatsOUT:
        """The awaitable twin of ``by_time``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_admin_vibe_work_analytics import AsyncBetaAdminVibeWorkAnalytics

        return await twin(self, AsyncBetaAdminVibeWorkAnalytics).by_time(
            start_time=start_time,
            end_time=end_time,
            granularity=granularity,
            **options,
        )

    async def by_user_async(
        self,
        *,
        start_time: int,
        end_time: int,
        **options: Unpack[RequestOptions],
    ) -> VibeWorkByUserStatsOUT:
        """The awaitable twin of ``by_user``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_admin_vibe_work_analytics import AsyncBetaAdminVibeWorkAnalytics

        return await twin(self, AsyncBetaAdminVibeWorkAnalytics).by_user(
            start_time=start_time,
            end_time=end_time,
            **options,
        )


# Coroutine twins run on the sync client's async twin (see mistralkit._twin).
from ..._twin import twin  # noqa: E402
