# Generated from spec/openapi.yaml and spec/official_sdk.json by tools/generate_resources.py. Do not edit.
"""(beta) Observability API - chat completion event fields."""

from __future__ import annotations

from typing import Any, Optional, TYPE_CHECKING

from ...types import (
    FetchChatCompletionFieldOptionsResponse,
    FetchFieldOptionCountsRequest,
    FetchFieldOptionCountsResponse,
    ListChatCompletionFieldsResponse,
)
from ..._request import RequestOptions, path_param
from .._base import Call, Resource
from .._generated import present

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ["AsyncBetaObservabilityChatCompletionEventsFields"]


class AsyncBetaObservabilityChatCompletionEventsFields(Resource):
    """(beta) Observability API - chat completion event fields."""

    async def fetch_option_counts(
        self,
        *,
        field_name: str,
        filter_params: Optional[Any] = None,
        **options: Unpack[RequestOptions],
    ) -> FetchFieldOptionCountsResponse:
        """Get Chat Completion Field Options Counts."""
        payload = present({"filter_params": filter_params})
        return await self._call(Call(
            "POST",
            f"/v1/observability/chat-completion-fields/{path_param('field_name', field_name)}/options-counts",
            cast=FetchFieldOptionCountsResponse,
            body=payload,
            body_type=FetchFieldOptionCountsRequest,
            options=options,
        ))

    async def fetch_options(
        self,
        *,
        field_name: str,
        operator: str,
        **options: Unpack[RequestOptions],
    ) -> FetchChatCompletionFieldOptionsResponse:
        """Get Chat Completion Field Options."""
        query = {"operator": operator}
        return await self._call(Call(
            "GET",
            f"/v1/observability/chat-completion-fields/{path_param('field_name', field_name)}/options",
            cast=FetchChatCompletionFieldOptionsResponse,
            query=query,
            options=options,
        ))

    async def list(
        self,
        **options: Unpack[RequestOptions],
    ) -> ListChatCompletionFieldsResponse:
        """Get Chat Completion Fields."""
        return await self._call(Call(
            "GET",
            "/v1/observability/chat-completion-fields",
            cast=ListChatCompletionFieldsResponse,
            options=options,
        ))
