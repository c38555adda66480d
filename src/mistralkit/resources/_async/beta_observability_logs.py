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

__all__ = ["AsyncBetaObservabilityLogs"]


class AsyncBetaObservabilityLogs(Resource):
    """(beta) Observability API - logs."""

    async def fetch_options(
        self,
        *,
        field_name: str,
        from_: Optional[Any] = None,
        to: Optional[Any] = None,
        **options: Unpack[RequestOptions],
    ) -> GetLogFieldOptions:
        """Get options for a log field."""
        query = {"from": from_, "to": to}
        return await self._call(Call(
            "GET",
            f"/v1/observability/logs/fields/{path_param('field_name', field_name)}/options",
            cast=GetLogFieldOptions,
            query=query,
            options=options,
        ))

    async def list(
        self,
        **options: Unpack[RequestOptions],
    ) -> GetLogFields:
        """Get log field definitions."""
        return await self._call(Call(
            "GET",
            "/v1/observability/logs/fields",
            cast=GetLogFields,
            options=options,
        ))

    async def search(
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
        return await self._call(Call(
            "POST",
            "/v1/observability/logs/search",
            cast=GetLogs,
            query=query,
            body=payload,
            body_type=LogsRequest,
            options=options,
        ))
