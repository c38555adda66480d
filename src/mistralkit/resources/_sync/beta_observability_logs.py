# Generated from resources/_async by tools/unasync.py. Do not edit.
# Generated from spec/openapi.yaml and spec/official_sdk.json by tools/generate_resources.py. Do not edit.
"""(beta) Observability API - logs."""

from __future__ import annotations

from typing import Any, Optional, TYPE_CHECKING

from ...types import GetLogFieldOptions, GetLogFields, GetLogs, LogsRequest
from ..._request import RequestOptions, path_param
from .._base import Call, Resource
from .._generated import present

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ["BetaObservabilityLogs"]


class BetaObservabilityLogs(Resource):
    """(beta) Observability API - logs."""

    def fetch_options(
        self,
        *,
        field_name: str,
        from_: Optional[Any] = None,
        to: Optional[Any] = None,
        **options: Unpack[RequestOptions],
    ) -> GetLogFieldOptions:
        """Get options for a log field."""
        query = {"from": from_, "to": to}
        return self._call(Call(
            "GET",
            f"/v1/observability/logs/fields/{path_param('field_name', field_name)}/options",
            cast=GetLogFieldOptions,
            query=query,
            options=options,
        ))

    def list(
        self,
        **options: Unpack[RequestOptions],
    ) -> GetLogFields:
        """Get log field definitions."""
        return self._call(Call(
            "GET",
            "/v1/observability/logs/fields",
            cast=GetLogFields,
            options=options,
        ))

    def search(
        self,
        *,
        from_: Optional[Any] = None,
        to: Optional[Any] = None,
        page_size: Optional[int] = None,
        cursor: Optional[str] = None,
        search_expression: Optional[str] = None,
        order: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> GetLogs:
        """Search logs."""
        query = {"from": from_, "to": to, "page_size": page_size, "cursor": cursor}
        payload = present({"search_expression": search_expression, "order": order})
        return self._call(Call(
            "POST",
            "/v1/observability/logs/search",
            cast=GetLogs,
            query=query,
            body=payload,
            body_type=LogsRequest,
            options=options,
        ))

    async def fetch_options_async(
        self,
        *,
        field_name: str,
        from_: Optional[Any] = None,
        to: Optional[Any] = None,
        **options: Unpack[RequestOptions],
    ) -> GetLogFieldOptions:
        """The awaitable twin of ``fetch_options``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_observability_logs import AsyncBetaObservabilityLogs

        return await twin(self, AsyncBetaObservabilityLogs).fetch_options(
            field_name=field_name,
            from_=from_,
            to=to,
            **options,
        )

    async def list_async(
        self,
        **options: Unpack[RequestOptions],
    ) -> GetLogFields:
        """The awaitable twin of ``list``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_observability_logs import AsyncBetaObservabilityLogs

        return await twin(self, AsyncBetaObservabilityLogs).list(**options)

    async def search_async(
        self,
        *,
        from_: Optional[Any] = None,
        to: Optional[Any] = None,
        page_size: Optional[int] = None,
        cursor: Optional[str] = None,
        search_expression: Optional[str] = None,
        order: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> GetLogs:
        """The awaitable twin of ``search``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_observability_logs import AsyncBetaObservabilityLogs

        return await twin(self, AsyncBetaObservabilityLogs).search(
            from_=from_,
            to=to,
            page_size=page_size,
            cursor=cursor,
            search_expression=search_expression,
            order=order,
            **options,
        )


# Coroutine twins run on the sync client's async twin (see mistralkit._twin).
from ..._twin import twin  # noqa: E402
