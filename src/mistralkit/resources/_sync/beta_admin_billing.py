# Generated from resources/_async by tools/unasync.py. Do not edit.
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

__all__ = ["BetaAdminBilling"]


class BetaAdminBilling(Resource):
    """(beta) Admin API - manage spend limits, rate limits and roles. Requires an admin API key."""

    def get_rate_limits(
        self,
        **options: Unpack[RequestOptions],
    ) -> RateLimitsOUT:
        """Get Rate Limits."""
        return self._call(Call("GET", "/v1/admin/rate-limit", cast=RateLimitsOUT, options=options))

    def get_spend_limits(
        self,
        **options: Unpack[RequestOptions],
    ) -> LimitsOUT:
        """Get usage, rate, and job limits for the Organization."""
        return self._call(Call("GET", "/v1/admin/spend-limit", cast=LimitsOUT, options=options))

    def get_usage(
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
        return self._call(Call(
            "GET",
            "/v1/admin/usage",
            cast=UsageOUTJSON,
            query=query,
            options=options,
        ))

    def update_spend_limits(
        self,
        *,
        amount: int,
        no_monthly_limit: Optional[bool] = None,
        **options: Unpack[RequestOptions],
    ) -> LimitsOUT:
        """Update the Organization usage limit."""
        payload = present({"amount": amount, "no_monthly_limit": no_monthly_limit})
        return self._call(Call(
            "POST",
            "/v1/admin/spend-limit",
            cast=LimitsOUT,
            body=payload,
            body_type=NewUsageLimitIN,
            options=options,
        ))

    async def get_rate_limits_async(
        self,
        **options: Unpack[RequestOptions],
    ) -> RateLimitsOUT:
        """The awaitable twin of ``get_rate_limits``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_admin_billing import AsyncBetaAdminBilling

        return await twin(self, AsyncBetaAdminBilling).get_rate_limits(**options)

    async def get_spend_limits_async(
        self,
        **options: Unpack[RequestOptions],
    ) -> LimitsOUT:
        """The awaitable twin of ``get_spend_limits``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_admin_billing import AsyncBetaAdminBilling

        return await twin(self, AsyncBetaAdminBilling).get_spend_limits(**options)

    async def get_usage_async(
        self,
        *,
        month: Optional[str] = None,
        year: Optional[str] = None,
        workspace_id: Optional[str] = None,
        api_zone: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> UsageOUTJSON:
        """The awaitable twin of ``get_usage``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_admin_billing import AsyncBetaAdminBilling

        return await twin(self, AsyncBetaAdminBilling).get_usage(
            month=month,
            year=year,
            workspace_id=workspace_id,
            api_zone=api_zone,
            **options,
        )

    async def update_spend_limits_async(
        self,
        *,
        amount: int,
        no_monthly_limit: Optional[bool] = None,
        **options: Unpack[RequestOptions],
    ) -> LimitsOUT:
        """The awaitable twin of ``update_spend_limits``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_admin_billing import AsyncBetaAdminBilling

        return await twin(self, AsyncBetaAdminBilling).update_spend_limits(
            amount=amount,
            no_monthly_limit=no_monthly_limit,
            **options,
        )


# Coroutine twins run on the sync client's async twin (see mistralkit._twin).
from ..._twin import twin  # noqa: E402
