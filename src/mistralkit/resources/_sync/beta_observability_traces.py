# Generated from resources/_async by tools/unasync.py. Do not edit.
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
from ..._pagination import Page, paginate, unraw
from ..._request import RequestOptions, path_param
from .._base import Call, Resource
from .._generated import present

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ["BetaObservabilityTraces"]


class BetaObservabilityTraces(Resource):
    """(beta) Observability API - traces."""

    def aggregate(
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
        return self._call(Call(
            "POST",
            "/v1/observability/traces/aggregate",
            cast=Aggregation,
            query=query,
            body=payload,
            body_type=AggregationRequest,
            options=options,
        ))

    def fetch_options(
        self,
        *,
        field_name: str,
        from_: Optional[Any] = None,
        to: Optional[Any] = None,
        **options: Unpack[RequestOptions],
    ) -> GetTraceFieldOptions:
        """Get options for a trace field."""
        query = {"from": from_, "to": to}
        return self._call(Call(
            "GET",
            f"/v1/observability/traces/fields/{path_param('field_name', field_name)}/options",
            cast=GetTraceFieldOptions,
            query=query,
            options=options,
        ))

    def get_span_by_id(
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
        return self._call(Call(
            "GET",
            f"/v1/observability/traces/{path_param('trace_id', trace_id)}/spans/{path_param('span_id', span_id)}",
            cast=GetSpan,
            query=query,
            options=options,
        ))

    def get_trace_by_id(
        self,
        *,
        trace_id: str,
        **options: Unpack[RequestOptions],
    ) -> GetTrace:
        """Get trace by id."""
        return self._call(Call(
            "GET",
            f"/v1/observability/traces/{path_param('trace_id', trace_id)}",
            cast=GetTrace,
            options=options,
        ))

    def get_trace_fields(
        self,
        **options: Unpack[RequestOptions],
    ) -> GetTraceFields:
        """Get trace field definitions."""
        return self._call(Call(
            "GET",
            "/v1/observability/traces/fields",
            cast=GetTraceFields,
            options=options,
        ))

    def get_trace_spans(
        self,
        *,
        trace_id: str,
        from_: Optional[Any] = None,
        to: Optional[Any] = None,
        page_size: Optional[int] = None,
        cursor: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> Page[Any]:
        """Get trace spans."""
        query = {"from": from_, "to": to, "page_size": page_size, "cursor": cursor}
        args = {"trace_id": trace_id, "from_": from_, "to": to, "page_size": page_size, "cursor": cursor}
        result = self._call(Call(
            "GET",
            f"/v1/observability/traces/{path_param('trace_id', trace_id)}/spans",
            cast=GetSpans,
            query=query,
            options=options,
        ))
        return paginate(
            Page,
            result,
            fetch=lambda value: unraw(self).get_trace_spans(**{**args, "cursor": value}, **options),
            page_size=page_size,
            items="spans.results",
            cursor="spans.cursor",
        )

    def search(
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
        return self._call(Call(
            "POST",
            "/v1/observability/traces/search",
            cast=GetTraces,
            query=query,
            body=payload,
            body_type=TracesRequest,
            options=options,
        ))

    async def aggregate_async(
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
        """The awaitable twin of ``aggregate``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_observability_traces import AsyncBetaObservabilityTraces

        return await twin(self, AsyncBetaObservabilityTraces).aggregate(
            metric=metric,
            from_=from_,
            to=to,
            dimensions=dimensions,
            time_dimension=time_dimension,
            search_expression=search_expression,
            order_by=order_by,
            limit=limit,
            **options,
        )

    async def fetch_options_async(
        self,
        *,
        field_name: str,
        from_: Optional[Any] = None,
        to: Optional[Any] = None,
        **options: Unpack[RequestOptions],
    ) -> GetTraceFieldOptions:
        """The awaitable twin of ``fetch_options``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_observability_traces import AsyncBetaObservabilityTraces

        return await twin(self, AsyncBetaObservabilityTraces).fetch_options(
            field_name=field_name,
            from_=from_,
            to=to,
            **options,
        )

    async def get_span_by_id_async(
        self,
        *,
        trace_id: str,
        span_id: str,
        from_: Optional[Any] = None,
        to: Optional[Any] = None,
        **options: Unpack[RequestOptions],
    ) -> GetSpan:
        """The awaitable twin of ``get_span_by_id``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_observability_traces import AsyncBetaObservabilityTraces

        return await twin(self, AsyncBetaObservabilityTraces).get_span_by_id(
            trace_id=trace_id,
            span_id=span_id,
            from_=from_,
            to=to,
            **options,
        )

    async def get_trace_by_id_async(
        self,
        *,
        trace_id: str,
        **options: Unpack[RequestOptions],
    ) -> GetTrace:
        """The awaitable twin of ``get_trace_by_id``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_observability_traces import AsyncBetaObservabilityTraces

        return await twin(self, AsyncBetaObservabilityTraces).get_trace_by_id(trace_id=trace_id, **options)

    async def get_trace_fields_async(
        self,
        **options: Unpack[RequestOptions],
    ) -> GetTraceFields:
        """The awaitable twin of ``get_trace_fields``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_observability_traces import AsyncBetaObservabilityTraces

        return await twin(self, AsyncBetaObservabilityTraces).get_trace_fields(**options)

    async def get_trace_spans_async(
        self,
        *,
        trace_id: str,
        from_: Optional[Any] = None,
        to: Optional[Any] = None,
        page_size: Optional[int] = None,
        cursor: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPage[Any]:
        """The awaitable twin of ``get_trace_spans``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_observability_traces import AsyncBetaObservabilityTraces

        return await twin(self, AsyncBetaObservabilityTraces).get_trace_spans(
            trace_id=trace_id,
            from_=from_,
            to=to,
            page_size=page_size,
            cursor=cursor,
            **options,
        )

    async def search_async(
        self,
        *,
        from_: Optional[Any] = None,
        to: Optional[Any] = None,
        page_size: Optional[int] = None,
        cursor: Optional[str] = None,
        search_expression: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> GetTraces:
        """The awaitable twin of ``search``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_observability_traces import AsyncBetaObservabilityTraces

        return await twin(self, AsyncBetaObservabilityTraces).search(
            from_=from_,
            to=to,
            page_size=page_size,
            cursor=cursor,
            search_expression=search_expression,
            **options,
        )


# Coroutine twins run on the sync client's async twin (see mistralkit._twin).
from ..._twin import twin  # noqa: E402

if TYPE_CHECKING:
    from ..._pagination import AsyncPage
