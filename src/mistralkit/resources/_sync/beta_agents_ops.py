# Generated from resources/_async by tools/unasync.py. Do not edit.
# Generated from spec/openapi.yaml and spec/official_sdk.json by tools/generate_resources.py. Do not edit.
"""Generated operations of ``beta.agents``, inherited by the hand-written class."""

from __future__ import annotations

from typing import Any, Optional, Sequence, TYPE_CHECKING

from ...types import AgentListPage
from ..._pagination import Page, paginate, unraw
from ..._request import RequestOptions
from .._base import Call, Resource

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ["BetaAgentsOps"]


class BetaAgentsOps(Resource):
    """Operations of ``client.beta.agents`` the hand-written class does not define."""

    def list_pages(
        self,
        *,
        page_size: Optional[int] = None,
        deployment_chat: Optional[bool] = None,
        sources: Optional[Sequence[str]] = None,
        name: Optional[str] = None,
        search: Optional[str] = None,
        id: Optional[str] = None,
        metadata: Optional[Any] = None,
        page_token: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> Page[Any]:
        """Retrieve a page of agent entities."""
        query = {
            "page_size": page_size,
            "deployment_chat": deployment_chat,
            "sources": sources,
            "name": name,
            "search": search,
            "id": id,
            "metadata": metadata,
            "page_token": page_token,
        }
        args = {
            "page_size": page_size,
            "deployment_chat": deployment_chat,
            "sources": sources,
            "name": name,
            "search": search,
            "id": id,
            "metadata": metadata,
            "page_token": page_token,
        }
        result = self._call(Call(
            "GET",
            "/v1/agents/pages",
            cast=AgentListPage,
            query=query,
            options=options,
        ))
        return paginate(
            Page,
            result,
            fetch=lambda value: unraw(self).list_pages(**{**args, "page_token": value}, **options),
            page_size=page_size,
            items="data",
            cursor="next_page_token",
        )

    async def list_pages_async(
        self,
        *,
        page_size: Optional[int] = None,
        deployment_chat: Optional[bool] = None,
        sources: Optional[Sequence[str]] = None,
        name: Optional[str] = None,
        search: Optional[str] = None,
        id: Optional[str] = None,
        metadata: Optional[Any] = None,
        page_token: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPage[Any]:
        """The awaitable twin of ``list_pages``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_agents_ops import AsyncBetaAgentsOps

        return await twin(self, AsyncBetaAgentsOps).list_pages(
            page_size=page_size,
            deployment_chat=deployment_chat,
            sources=sources,
            name=name,
            search=search,
            id=id,
            metadata=metadata,
            page_token=page_token,
            **options,
        )


# Coroutine twins run on the sync client's async twin (see mistralkit._twin).
from ..._twin import twin  # noqa: E402

if TYPE_CHECKING:
    from ..._pagination import AsyncPage
