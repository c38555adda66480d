# Generated from spec/openapi.yaml and spec/official_sdk.json by tools/generate_resources.py. Do not edit.
"""(beta) Observability API - traces."""

from __future__ import annotations

from typing import Any, Optional, Sequence, TYPE_CHECKING

from ...types import (
    Aggregation,
    AggregationRequest,
    GetSpan,
    GetSpans,
    GetTrace,
    GetTraceFieldOptions,
    GetTraceFields,
    GetTraces,
    TracesRequest,
)
from ..._pagination import AsyncPage, paginate, unraw
from ..._request import RequestOptions, path_param
from .._base import Call, Resource
from .._generated import present

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ["AsyncBetaObservabilityTraces"]


class AsyncBetaObservabilityTraces(Resource):
    """(beta) Observability API - traces."""

    async def aggregate(
        self,
        *,
        metric: Any,
        from_: Optional[Any] = None,
        to: Optional[Any] = None,
        dimensions: Optional[Sequence[str]] = None,
        time_dimension: Optional[Any] = None,
        search_expression: Optional[str] = None,
        order_by: Optional[Sequence[Any]] = None,
        limit: Optional[int] = None,
        **options: Unpack[RequestOptions],
    ) -> Aggregation:
        """Aggregate traces."""
        query = {"from": from_, "to": to}
        payload = present({
            "metric": metric,
            "dimensions": dimensions,
            "time_dimension": time_dimension,
            "search_expression": search_expression,
            "order_by": order_by,
            "limit": limit,
        })
        return await self._call(Call(
            "POST",
            "/v1/observability/traces/aggregate",
            cast=Aggregation,
            query=query,
            body=payload,
            body_type=AggregationRequest,
            options=options,
        ))

    async def fetch_options(
        self,
        *,
        field_name: str,
        from_: Optional[Any] = None,
        to: Optional[Any] = None,
        **options: Unpack[RequestOptions],
    ) -> GetTraceFieldOptions:
        """Get options for a trace field."""
        query = {"from": from_, "to": to}
        return await self._call(Call(
            "GET",
            f"/v1/observability/traces/fields/{path_param('field_name', field_name)}/options",
            cast=GetTraceFieldOptions,
            query=query,
            options=options,
        ))

    async def get_span_by_id(
        self,
        *,
        trace_id: str,
        span_id: str,
        from_: Optional[Any] = None,
        to: Optional[Any] = None,
        **options: Unpack[RequestOptions],
    ) -> GetSpan:
        """Get span by id."""
        query = {"from": from_, "to": to}
        return await self._call(Call(
            "GET",
            f"/v1/observability/traces/{path_param('trace_id', trace_id)}/spans/{path_param('span_id', span_id)}",
            cast=GetSpan,
            query=query,
            options=options,
        ))

    async def get_trace_by_id(
        self,
        *,
        trace_id: str,
        **options: Unpack[RequestOptions],
    ) -> GetTrace:
        """Get trace by id."""
        return await self._call(Call(
            "GET",
            f"/v1/observability/traces/{path_param('trace_id', trace_id)}",
            cast=GetTrace,
            options=options,
        ))

    async def get_trace_fields(
        self,
        **options: Unpack[RequestOptions],
    ) -> GetTraceFields:
        """Get trace field definitions."""
        return await self._call(Call(
            "GET",
            "/v1/observability/traces/fields",
            cast=GetTraceFields,
            options=options,
        ))

    async def get_trace_spans(
        self,
        *,
        trace_id: str,
        from_: Optional[Any] = None,
        to: Optional[Any] = None,
        page_size: Optional[int] = None,
        cursor: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPage[Any]:
        """Get trace spans."""
        query = {"from": from_, "to": to, "page_size": page_size, "cursor": cursor}
        args = {"trace_id": trace_id, "from_": from_, "to": to, "page_size": page_size, "cursor": cursor}
        result = await self._call(Call(
            "GET",
            f"/v1/observability/traces/{path_param('trace_id', trace_id)}/spans",
            cast=GetSpans,
            query=query,
            options=options,
        ))
        return paginate(
            AsyncPage,
            result,
            fetch=lambda value: unraw(self).get_trace_spans(**{**args, "cursor": value}, **options),
            page_size=page_size,
            items="spans.results",
            cursor="spans.cursor",
        )

    async def search(
        self,
        *,
        from_: Optional[Any] = None,
        to: Optional[Any] = None,
        page_size: Optional[int] = None,
        cursor: Optional[str] = None,
        search_expression: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> GetTraces:
        """Search traces."""
        query = {"from": from_, "to": to, "page_size": page_size, "cursor": cursor}
        payload = present({"search_expression": search_expression})
        return await self._call(Call(
            "POST",
            "/v1/observability/traces/search",
            cast=GetTraces,
            query=query,
            body=payload,
            body_type=TracesRequest,
            options=options,
        ))
