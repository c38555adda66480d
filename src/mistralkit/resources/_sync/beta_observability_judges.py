# Generated from resources/_async by tools/unasync.py. Do not edit.
# Generated from spec/openapi.yaml and spec/official_sdk.json by tools/generate_resources.py. Do not edit.
"""(beta) Observability API - judges."""

from __future__ import annotations

from typing import Any, Optional, Sequence, TYPE_CHECKING

from ...types import (
    CreateJudgeRequest,
    Judge,
    JudgeConversationRequest,
    JudgeOutput,
    ListJudgesResponse,
    UpdateJudgeRequest,
)
from ..._pagination import Page, paginate, unraw
from ..._request import RequestOptions, path_param
from .._base import Call, Resource
from .._generated import present

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ["BetaObservabilityJudges"]


class BetaObservabilityJudges(Resource):
    """(beta) Observability API - judges."""

    def create(
        self,
        *,
        name: str,
        description: str,
        model_name: str,
        output: Any,
        instructions: str,
        tools: Sequence[str],
        **options: Unpack[RequestOptions],
    ) -> Judge:
        """Create a new judge."""
        payload = present({
            "name": name,
            "description": description,
            "model_name": model_name,
            "output": output,
            "instructions": instructions,
            "tools": tools,
        })
        return self._call(Call(
            "POST",
            "/v1/observability/judges",
            cast=Judge,
            body=payload,
            body_type=CreateJudgeRequest,
            options=options,
        ))

    def delete(
        self,
        *,
        judge_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a judge."""
        return self._call(Call(
            "DELETE",
            f"/v1/observability/judges/{path_param('judge_id', judge_id)}",
            options=options,
        ))

    def fetch(
        self,
        *,
        judge_id: str,
        **options: Unpack[RequestOptions],
    ) -> Judge:
        """Get judge by id."""
        return self._call(Call(
            "GET",
            f"/v1/observability/judges/{path_param('judge_id', judge_id)}",
            cast=Judge,
            options=options,
        ))

    def judge_conversation(
        self,
        *,
        judge_id: str,
        messages: Sequence[Any],
        properties: Optional[Any] = None,
        **options: Unpack[RequestOptions],
    ) -> JudgeOutput:
        """Run a saved judge on a conversation."""
        payload = present({"messages": messages, "properties": properties})
        return self._call(Call(
            "POST",
            f"/v1/observability/judges/{path_param('judge_id', judge_id)}/live-judging",
            cast=JudgeOutput,
            body=payload,
            body_type=JudgeConversationRequest,
            options=options,
        ))

    def list(
        self,
        *,
        type_filter: Optional[Sequence[str]] = None,
        model_filter: Optional[Sequence[str]] = None,
        page_size: Optional[int] = None,
        page: Optional[int] = None,
        q: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> Page[Any]:
        """Get judges with optional filtering and search."""
        query = {
            "type_filter": type_filter,
            "model_filter": model_filter,
            "page_size": page_size,
            "page": page,
            "q": q,
        }
        args = {
            "type_filter": type_filter,
            "model_filter": model_filter,
            "page_size": page_size,
            "page": page,
            "q": q,
        }
        result = self._call(Call(
            "GET",
            "/v1/observability/judges",
            cast=ListJudgesResponse,
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
            items="judges.results",
            more="judges.next",
        )

    def update(
        self,
        *,
        judge_id: str,
        name: str,
        description: str,
        model_name: str,
        output: Any,
        instructions: str,
        tools: Sequence[str],
        **options: Unpack[RequestOptions],
    ) -> None:
        """Update a judge."""
        payload = present({
            "name": name,
            "description": description,
            "model_name": model_name,
            "output": output,
            "instructions": instructions,
            "tools": tools,
        })
        return self._call(Call(
            "PUT",
            f"/v1/observability/judges/{path_param('judge_id', judge_id)}",
            body=payload,
            body_type=UpdateJudgeRequest,
            options=options,
        ))

    async def create_async(
        self,
        *,
        name: str,
        description: str,
        model_name: str,
        output: Any,
        instructions: str,
        tools: Sequence[str],
        **options: Unpack[RequestOptions],
    ) -> Judge:
        """The awaitable twin of ``create``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_observability_judges import AsyncBetaObservabilityJudges

        return await twin(self, AsyncBetaObservabilityJudges).create(
            name=name,
            description=description,
            model_name=model_name,
            output=output,
            instructions=instructions,
            tools=tools,
            **options,
        )

    async def delete_async(
        self,
        *,
        judge_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """The awaitable twin of ``delete``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_observability_judges import AsyncBetaObservabilityJudges

        return await twin(self, AsyncBetaObservabilityJudges).delete(judge_id=judge_id, **options)

    async def fetch_async(
        self,
        *,
        judge_id: str,
        **options: Unpack[RequestOptions],
    ) -> Judge:
        """The awaitable twin of ``fetch``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_observability_judges import AsyncBetaObservabilityJudges

        return await twin(self, AsyncBetaObservabilityJudges).fetch(judge_id=judge_id, **options)

    async def judge_conversation_async(
        self,
        *,
        judge_id: str,
        messages: Sequence[Any],
        properties: Optional[Any] = None,
        **options: Unpack[RequestOptions],
    ) -> JudgeOutput:
        """The awaitable twin of ``judge_conversation``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_observability_judges import AsyncBetaObservabilityJudges

        return await twin(self, AsyncBetaObservabilityJudges).judge_conversation(
            judge_id=judge_id,
            messages=messages,
            properties=properties,
            **options,
        )

    async def list_async(
        self,
        *,
        type_filter: Optional[Sequence[str]] = None,
        model_filter: Optional[Sequence[str]] = None,
        page_size: Optional[int] = None,
        page: Optional[int] = None,
        q: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPage[Any]:
        """The awaitable twin of ``list``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_observability_judges import AsyncBetaObservabilityJudges

        return await twin(self, AsyncBetaObservabilityJudges).list(
            type_filter=type_filter,
            model_filter=model_filter,
            page_size=page_size,
            page=page,
            q=q,
            **options,
        )

    async def update_async(
        self,
        *,
        judge_id: str,
        name: str,
        description: str,
        model_name: str,
        output: Any,
        instructions: str,
        tools: Sequence[str],
        **options: Unpack[RequestOptions],
    ) -> None:
        """The awaitable twin of ``update``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_observability_judges import AsyncBetaObservabilityJudges

        return await twin(self, AsyncBetaObservabilityJudges).update(
            judge_id=judge_id,
            name=name,
            description=description,
            model_name=model_name,
            output=output,
            instructions=instructions,
            tools=tools,
            **options,
        )


# Coroutine twins run on the sync client's async twin (see mistralkit._twin).
from ..._twin import twin  # noqa: E402

if TYPE_CHECKING:
    from ..._pagination import AsyncPage
