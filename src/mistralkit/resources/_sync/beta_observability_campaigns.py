# Generated from resources/_async by tools/unasync.py. Do not edit.
# Generated from spec/openapi.yaml and spec/official_sdk.json by tools/generate_resources.py. Do not edit.
"""(beta) Observability API - campaigns."""

from __future__ import annotations

from typing import Any, Optional, TYPE_CHECKING

from ...types import (
    Campaign,
    CreateCampaignRequest,
    FetchCampaignStatusResponse,
    ListCampaignSelectedEventsResponse,
    ListCampaignsResponse,
)
from ..._pagination import Page, paginate, unraw
from ..._request import RequestOptions, path_param
from .._base import Call, Resource
from .._generated import present

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ["BetaObservabilityCampaigns"]


class BetaObservabilityCampaigns(Resource):
    """(beta) Observability API - campaigns."""

    def create(
        self,
        *,
        search_params: Any,
        judge_id: str,
        name: str,
        description: str,
        max_nb_events: int,
        **options: Unpack[RequestOptions],
    ) -> Campaign:
        """Create and start a new campaign."""
        payload = present({
            "search_params": search_params,
            "judge_id": judge_id,
            "name": name,
            "description": description,
            "max_nb_events": max_nb_events,
        })
        return self._call(Call(
            "POST",
            "/v1/observability/campaigns",
            cast=Campaign,
            body=payload,
            body_type=CreateCampaignRequest,
            options=options,
        ))

    def delete(
        self,
        *,
        campaign_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a campaign."""
        return self._call(Call(
            "DELETE",
            f"/v1/observability/campaigns/{path_param('campaign_id', campaign_id)}",
            options=options,
        ))

    def get(
        self,
        *,
        campaign_id: str,
        **options: Unpack[RequestOptions],
    ) -> Campaign:
        """Get campaign by id."""
        return self._call(Call(
            "GET",
            f"/v1/observability/campaigns/{path_param('campaign_id', campaign_id)}",
            cast=Campaign,
            options=options,
        ))

    def get_status(
        self,
        *,
        campaign_id: str,
        **options: Unpack[RequestOptions],
    ) -> FetchCampaignStatusResponse:
        """Get campaign status by campaign id."""
        return self._call(Call(
            "GET",
            f"/v1/observability/campaigns/{path_param('campaign_id', campaign_id)}/status",
            cast=FetchCampaignStatusResponse,
            options=options,
        ))

    def list(
        self,
        *,
        page_size: Optional[int] = None,
        page: Optional[int] = None,
        q: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> Page[Any]:
        """Get all campaigns."""
        query = {"page_size": page_size, "page": page, "q": q}
        args = {"page_size": page_size, "page": page, "q": q}
        result = self._call(Call(
            "GET",
            "/v1/observability/campaigns",
            cast=ListCampaignsResponse,
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
            items="campaigns.results",
            more="campaigns.next",
        )

    def list_events(
        self,
        *,
        campaign_id: str,
        page_size: Optional[int] = None,
        page: Optional[int] = None,
        **options: Unpack[RequestOptions],
    ) -> Page[Any]:
        """Get event ids that were selected by the given campaign."""
        query = {"page_size": page_size, "page": page}
        args = {"campaign_id": campaign_id, "page_size": page_size, "page": page}
        result = self._call(Call(
            "GET",
            f"/v1/observability/campaigns/{path_param('campaign_id', campaign_id)}/selected-events",
            cast=ListCampaignSelectedEventsResponse,
            query=query,
            options=options,
        ))
        return paginate(
            Page,
            result,
            fetch=lambda value: unraw(self).list_events(**{**args, "page": value}, **options),
            page=page,
            first_page=1,
            page_size=page_size,
            items="completion_events.results",
            more="completion_events.next",
        )

    async def create_async(
        self,
        *,
        search_params: Any,
        judge_id: str,
        name: str,
        description: str,
        max_nb_events: int,
        **options: Unpack[RequestOptions],
    ) -> Campaign:
        """The awaitable twin of ``create``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_observability_campaigns import AsyncBetaObservabilityCampaigns

        return await twin(self, AsyncBetaObservabilityCampaigns).create(
            search_params=search_params,
            judge_id=judge_id,
            name=name,
            description=description,
            max_nb_events=max_nb_events,
            **options,
        )

    async def delete_async(
        self,
        *,
        campaign_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """The awaitable twin of ``delete``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_observability_campaigns import AsyncBetaObservabilityCampaigns

        return await twin(self, AsyncBetaObservabilityCampaigns).delete(campaign_id=campaign_id, **options)

    async def get_async(
        self,
        *,
        campaign_id: str,
        **options: Unpack[RequestOptions],
    ) -> Campaign:
        """The awaitable twin of ``get``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_observability_campaigns import AsyncBetaObservabilityCampaigns

        return await twin(self, AsyncBetaObservabilityCampaigns).get(campaign_id=campaign_id, **options)

    async def get_status_async(
        self,
        *,
        campaign_id: str,
        **options: Unpack[RequestOptions],
    ) -> FetchCampaignStatusResponse:
        """The awaitable twin of ``get_status``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_observability_campaigns import AsyncBetaObservabilityCampaigns

        return await twin(self, AsyncBetaObservabilityCampaigns).get_status(
            campaign_id=campaign_id,
            **options,
        )

    async def list_async(
        self,
        *,
        page_size: Optional[int] = None,
        page: Optional[int] = None,
        q: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPage[Any]:
        """The awaitable twin of ``list``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_observability_campaigns import AsyncBetaObservabilityCampaigns

        return await twin(self, AsyncBetaObservabilityCampaigns).list(
            page_size=page_size,
            page=page,
            q=q,
            **options,
        )

    async def list_events_async(
        self,
        *,
        campaign_id: str,
        page_size: Optional[int] = None,
        page: Optional[int] = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPage[Any]:
        """The awaitable twin of ``list_events``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_observability_campaigns import AsyncBetaObservabilityCampaigns

        return await twin(self, AsyncBetaObservabilityCampaigns).list_events(
            campaign_id=campaign_id,
            page_size=page_size,
            page=page,
            **options,
        )


# Coroutine twins run on the sync client's async twin (see mistralkit._twin).
from ..._twin import twin  # noqa: E402

if TYPE_CHECKING:
    from ..._pagination import AsyncPage
