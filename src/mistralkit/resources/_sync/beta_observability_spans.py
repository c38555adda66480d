# Generated from resources/_async by tools/unasync.py. Do not edit.
# Generated from spec/openapi.yaml and spec/official_sdk.json by tools/generate_resources.py. Do not edit.
"""(beta) Observability API - spans."""

from __future__ import annotations

from typing import Any, Optional, Sequence, TYPE_CHECKING

from ...types import (
    Aggregation,
    AggregationRequest,
    GetSpanEvaluationFieldOptions,
    GetSpanEvaluationFields,
    GetSpanEvaluations,
    GetSpanFieldOptions,
    GetSpanFields,
    GetSpans,
    SpanEvaluationsRequest,
    SpansRequest,
)
from ..._request import RequestOptions, path_param
from .._base import Call, Resource
from .._generated import present

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ["BetaObservabilitySpans"]


class BetaObservabilitySpans(Resource):
    """(beta) Observability API - spans."""

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
        """Aggregate spans."""
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
            "/v1/observability/spans/aggregate",
            cast=Aggregation,
            query=query,
            body=payload,
            body_type=AggregationRequest,
            options=options,
        ))

    def fetch_span_eval_field_options(
        self,
        *,
        field_name: str,
        from_: Optional[Any] = None,
        to: Optional[Any] = None,
        **options: Unpack[RequestOptions],
    ) -> GetSpanEvaluationFieldOptions:
        """Get options for a span evaluation field."""
        query = {"from": from_, "to": to}
        return self._call(Call(
            "GET",
            f"/v1/observability/spans/evaluations/fields/{path_param('field_name', field_name)}/options",
            cast=GetSpanEvaluationFieldOptions,
            query=query,
            options=options,
        ))

    def fetch_span_field_options(
        self,
        *,
        field_name: str,
        from_: Optional[Any] = None,
        to: Optional[Any] = None,
        **options: Unpack[RequestOptions],
    ) -> GetSpanFieldOptions:
        """Get options for a span field."""
        query = {"from": from_, "to": to}
        return self._call(Call(
            "GET",
            f"/v1/observability/spans/fields/{path_param('field_name', field_name)}/options",
            cast=GetSpanFieldOptions,
            query=query,
            options=options,
        ))

    def list_span_eval_fields(
        self,
        **options: Unpack[RequestOptions],
    ) -> GetSpanEvaluationFields:
        """Get span evaluation field definitions."""
        return self._call(Call(
            "GET",
            "/v1/observability/spans/evaluations/fields",
            cast=GetSpanEvaluationFields,
            options=options,
        ))

    def list_span_fields(
        self,
        **options: Unpack[RequestOptions],
    ) -> GetSpanFields:
        """Get span field definitions."""
        return self._call(Call(
            "GET",
            "/v1/observability/spans/fields",
            cast=GetSpanFields,
            options=options,
        ))

    def search_latest_span_evaluations(
        self,
        *,
        from_: Optional[Any] = None,
        to: Optional[Any] = None,
        page_size: Optional[int] = None,
        cursor: Optional[str] = None,
        search_expression: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> GetSpanEvaluations:
        """Search latest span evaluations."""
        query = {"from": from_, "to": to, "page_size": page_size, "cursor": cursor}
        payload = present({"search_expression": search_expression})
        return self._call(Call(
            "POST",
            "/v1/observability/spans/evaluations/search/latest",
            cast=GetSpanEvaluations,
            query=query,
            body=payload,
            body_type=SpanEvaluationsRequest,
            options=options,
        ))

    def search_span_evaluations(
        self,
        *,
        from_: Optional[Any] = None,
        to: Optional[Any] = None,
        page_size: Optional[int] = None,
        cursor: Optional[str] = None,
        search_expression: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> GetSpanEvaluations:
        """Search span evaluations."""
        query = {"from": from_, "to": to, "page_size": page_size, "cursor": cursor}
        payload = present({"search_expression": search_expression})
        return self._call(Call(
            "POST",
            "/v1/observability/spans/evaluations/search",
            cast=GetSpanEvaluations,
            query=query,
            body=payload,
            body_type=SpanEvaluationsRequest,
            options=options,
        ))

    def search_spans(
        self,
        *,
        from_: Optional[Any] = None,
        to: Optional[Any] = None,
        page_size: Optional[int] = None,
        cursor: Optional[str] = None,
        search_expression: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> GetSpans:
        """Search spans."""
        query = {"from": from_, "to": to, "page_size": page_size, "cursor": cursor}
        payload = present({"search_expression": search_expression})
        return self._call(Call(
            "POST",
            "/v1/observability/spans/search",
            cast=GetSpans,
            query=query,
            body=payload,
            body_type=SpansRequest,
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
        from .._async.beta_observability_spans import AsyncBetaObservabilitySpans

        return await twin(self, AsyncBetaObservabilitySpans).aggregate(
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

    async def fetch_span_eval_field_options_async(
        self,
        *,
        field_name: str,
        from_: Optional[Any] = None,
        to: Optional[Any] = None,
        **options: Unpack[RequestOptions],
    ) -> GetSpanEvaluationFieldOptions:
        """The awaitable twin of ``fetch_span_eval_field_options``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_observability_spans import AsyncBetaObservabilitySpans

        return await twin(self, AsyncBetaObservabilitySpans).fetch_span_eval_field_options(
            field_name=field_name,
            from_=from_,
            to=to,
            **options,
        )

    async def fetch_span_field_options_async(
        self,
        *,
        field_name: str,
        from_: Optional[Any] = None,
        to: Optional[Any] = None,
        **options: Unpack[RequestOptions],
    ) -> GetSpanFieldOptions:
        """The awaitable twin of ``fetch_span_field_options``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_observability_spans import AsyncBetaObservabilitySpans

        return await twin(self, AsyncBetaObservabilitySpans).fetch_span_field_options(
            field_name=field_name,
            from_=from_,
            to=to,
            **options,
        )

    async def list_span_eval_fields_async(
        self,
        **options: Unpack[RequestOptions],
    ) -> GetSpanEvaluationFields:
        """The awaitable twin of ``list_span_eval_fields``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_observability_spans import AsyncBetaObservabilitySpans

        return await twin(self, AsyncBetaObservabilitySpans).list_span_eval_fields(**options)

    async def list_span_fields_async(
        self,
        **options: Unpack[RequestOptions],
    ) -> GetSpanFields:
        """The awaitable twin of ``list_span_fields``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_observability_spans import AsyncBetaObservabilitySpans

        return await twin(self, AsyncBetaObservabilitySpans).list_span_fields(**options)

    async def search_latest_span_evaluations_async(
        self,
        *,
        from_: Optional[Any] = None,
        to: Optional[Any] = None,
        page_size: Optional[int] = None,
        cursor: Optional[str] = None,
        search_expression: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> GetSpanEvaluations:
        """The awaitable twin of ``search_latest_span_evaluations``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_observability_spans import AsyncBetaObservabilitySpans

        return await twin(self, AsyncBetaObservabilitySpans).search_latest_span_evaluations(
            from_=from_,
            to=to,
            page_size=page_size,
            cursor=cursor,
            search_expression=search_expression,
            **options,
        )

    async def search_span_evaluations_async(
        self,
        *,
        from_: Optional[Any] = None,
        to: Optional[Any] = None,
        page_size: Optional[int] = None,
        cursor: Optional[str] = None,
        search_expression: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> GetSpanEvaluations:
        """The awaitable twin of ``search_span_evaluations``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_observability_spans import AsyncBetaObservabilitySpans

        return await twin(self, AsyncBetaObservabilitySpans).search_span_evaluations(
            from_=from_,
            to=to,
            page_size=page_size,
            cursor=cursor,
            search_expression=search_expression,
            **options,
        )

    async def search_spans_async(
        self,
        *,
        from_: Optional[Any] = None,
        to: Optional[Any] = None,
        page_size: Optional[int] = None,
        cursor: Optional[str] = None,
        search_expression: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> GetSpans:
        """The awaitable twin of ``search_spans``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_observability_spans import AsyncBetaObservabilitySpans

        return await twin(self, AsyncBetaObservabilitySpans).search_spans(
            from_=from_,
            to=to,
            page_size=page_size,
            cursor=cursor,
            search_expression=search_expression,
            **options,
        )


# Coroutine twins run on the sync client's async twin (see mistralkit._twin).
from ..._twin import twin  # noqa: E402
