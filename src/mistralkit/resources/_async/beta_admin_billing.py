# Generated from spec/openapi.yaml and spec/official_sdk.json by tools/generate_resources.py. Do not edit.
"""(beta) Admin API - manage spend limits, rate limits and roles. Requires an admin API key."""

from __future__ import annotations

from typing import Optional, TYPE_CHECKING

from ...types import LimitsOUT, NewUsageLimitIN, RateLimitsOUT, UsageOUTJSON
from ..._request import RequestOptions
from .._base import Call, Resource
from .._generated import present

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ["AsyncBetaAdminBilling"]


class AsyncBetaAdminBilling(Resource):
    """(beta) Admin API - manage spend limits, rate limits and roles. Requires an admin API key."""

    async def get_rate_limits(
        self,
        **options: Unpack[RequestOptions],
    ) -> RateLimitsOUT:
        """Get Rate Limits."""
        return await self._call(Call("GET", "/v1/admin/rate-limit", cast=RateLimitsOUT, options=options))

    async def get_spend_limits(
        self,
        **options: Unpack[RequestOptions],
    ) -> LimitsOUT:
        """Get usage, rate, and job limits for the Organization."""
        return await self._call(Call("GET", "/v1/admin/spend-limit", cast=LimitsOUT, options=options))

    async def get_usage(
        self,
        *,
        month: Optional[str] = None,
        year: Optional[str] = None,
        workspace_id: Optional[str] = None,
        api_zone: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> UsageOUTJSON:
        """Get usage and cost data for the Organization."""
        query = {"month": month, "year": year, "workspace_id": workspace_id, "api_zone": api_zone}
        return await self._call(Call(
            "GET",
            "/v1/admin/usage",
            cast=UsageOUTJSON,
            query=query,
            options=options,
        ))

    async def update_spend_limits(
        self,
        *,
        amount: int,
        no_monthly_limit: Optional[bool] = None,
        **options: Unpack[RequestOptions],
    ) -> LimitsOUT:
        """Update the Organization usage limit."""
        payload = present({"amount": amount, "no_monthly_limit": no_monthly_limit})
        return await self._call(Call(
            "POST",
            "/v1/admin/spend-limit",
            cast=LimitsOUT,
            body=payload,
            body_type=NewUsageLimitIN,
            options=options,
        ))
