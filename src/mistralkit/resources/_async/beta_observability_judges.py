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
from ..._pagination import AsyncPage, paginate, unraw
from ..._request import RequestOptions, path_param
from .._base import Call, Resource
from .._generated import present

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ["AsyncBetaObservabilityJudges"]


class AsyncBetaObservabilityJudges(Resource):
    """(beta) Observability API - judges."""

    async def create(
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
        return await self._call(Call(
            "POST",
            "/v1/observability/judges",
            cast=Judge,
            body=payload,
            body_type=CreateJudgeRequest,
            options=options,
        ))

    async def delete(
        self,
        *,
        judge_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a judge."""
        return await self._call(Call(
            "DELETE",
            f"/v1/observability/judges/{path_param('judge_id', judge_id)}",
            options=options,
        ))

    async def fetch(
        self,
        *,
        judge_id: str,
        **options: Unpack[RequestOptions],
    ) -> Judge:
        """Get judge by id."""
        return await self._call(Call(
            "GET",
            f"/v1/observability/judges/{path_param('judge_id', judge_id)}",
            cast=Judge,
            options=options,
        ))

    async def judge_conversation(
        self,
        *,
        judge_id: str,
        messages: Sequence[Any],
        properties: Optional[Any] = None,
        **options: Unpack[RequestOptions],
    ) -> JudgeOutput:
        """Run a saved judge on a conversation."""
        payload = present({"messages": messages, "properties": properties})
        return await self._call(Call(
            "POST",
            f"/v1/observability/judges/{path_param('judge_id', judge_id)}/live-judging",
            cast=JudgeOutput,
            body=payload,
            body_type=JudgeConversationRequest,
            options=options,
        ))

    async def list(
        self,
        *,
        type_filter: Optional[Sequence[str]] = None,
        model_filter: Optional[Sequence[str]] = None,
        page_size: Optional[int] = None,
        page: Optional[int] = None,
        q: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPage[Any]:
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
        result = await self._call(Call(
            "GET",
            "/v1/observability/judges",
            cast=ListJudgesResponse,
            query=query,
            options=options,
        ))
        return paginate(
            AsyncPage,
            result,
            fetch=lambda value: unraw(self).list(**{**args, "page": value}, **options),
            page=page,
            first_page=1,
            page_size=page_size,
            items="judges.results",
            more="judges.next",
        )

    async def update(
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
        return await self._call(Call(
            "PUT",
            f"/v1/observability/judges/{path_param('judge_id', judge_id)}",
            body=payload,
            body_type=UpdateJudgeRequest,
            options=options,
        ))
