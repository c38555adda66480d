# Generated from resources/_async by tools/unasync.py. Do not edit.
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

__all__ = ["BetaObservabilityChatCompletionEventsFields"]


class BetaObservabilityChatCompletionEventsFields(Resource):
    """(beta) Observability API - chat completion event fields."""

    def fetch_option_counts(
        self,
        *,
        field_name: str,
        filter_params: Optional[Any] = None,
        **options: Unpack[RequestOptions],
    ) -> FetchFieldOptionCountsResponse:
        """Get Chat Completion Field Options Counts."""
        payload = present({"filter_params": filter_params})
        return self._call(Call(
            "POST",
            f"/v1/observability/chat-completion-fields/{path_param('field_name', field_name)}/options-counts",
            cast=FetchFieldOptionCountsResponse,
            body=payload,
            body_type=FetchFieldOptionCountsRequest,
            options=options,
        ))

    def fetch_options(
        self,
        *,
        field_name: str,
        operator: str,
        **options: Unpack[RequestOptions],
    ) -> FetchChatCompletionFieldOptionsResponse:
        """Get Chat Completion Field Options."""
        query = {"operator": operator}
        return self._call(Call(
            "GET",
            f"/v1/observability/chat-completion-fields/{path_param('field_name', field_name)}/options",
            cast=FetchChatCompletionFieldOptionsResponse,
            query=query,
            options=options,
        ))

    def list(
        self,
        **options: Unpack[RequestOptions],
    ) -> ListChatCompletionFieldsResponse:
        """Get Chat Completion Fields."""
        return self._call(Call(
            "GET",
            "/v1/observability/chat-completion-fields",
            cast=ListChatCompletionFieldsResponse,
            options=options,
        ))

    async def fetch_option_counts_async(
        self,
        *,
        field_name: str,
        filter_params: Optional[Any] = None,
        **options: Unpack[RequestOptions],
    ) -> FetchFieldOptionCountsResponse:
        """The awaitable twin of ``fetch_option_counts``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_observability_chat_completion_events_fields import AsyncBetaObservabilityChatCompletionEventsFields

        return await twin(self, AsyncBetaObservabilityChatCompletionEventsFields).fetch_option_counts(
            field_name=field_name,
            filter_params=filter_params,
            **options,
        )

    async def fetch_options_async(
        self,
        *,
        field_name: str,
        operator: str,
        **options: Unpack[RequestOptions],
    ) -> FetchChatCompletionFieldOptionsResponse:
        """The awaitable twin of ``fetch_options``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_observability_chat_completion_events_fields import AsyncBetaObservabilityChatCompletionEventsFields

        return await twin(self, AsyncBetaObservabilityChatCompletionEventsFields).fetch_options(
            field_name=field_name,
            operator=operator,
            **options,
        )

    async def list_async(
        self,
        **options: Unpack[RequestOptions],
    ) -> ListChatCompletionFieldsResponse:
        """The awaitable twin of ``list``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_observability_chat_completion_events_fields import AsyncBetaObservabilityChatCompletionEventsFields

        return await twin(self, AsyncBetaObservabilityChatCompletionEventsFields).list(**options)


# Coroutine twins run on the sync client's async twin (see mistralkit._twin).
from ..._twin import twin  # noqa: E402
