# Generated from resources/_async by tools/unasync.py. Do not edit.
from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, List, Mapping, Optional, Sequence, Union

from ...types import Agent, AgentAliasResponse, AgentCreationRequest, AgentUpdateRequest
from ..._pagination import Page, paginate, unraw
from ..._request import RequestOptions, path_param
from .._base import Call, Resource, body
from .beta_agents_ops import BetaAgentsOps

if TYPE_CHECKING:
    from typing_extensions import Unpack


__all__ = ["BetaAgents"]


class BetaAgents(BetaAgentsOps):
    """Agents: a model with instructions, tools and completion settings, kept in numbered versions."""

    def create(
        self,
        *,
        model: str,
        name: str,
        instructions: Optional[str] = None,
        tools: Optional[Sequence[Any]] = None,
        completion_args: Optional[Mapping[str, Any]] = None,
        guardrails: Optional[Sequence[Any]] = None,
        description: Optional[str] = None,
        handoffs: Optional[Sequence[str]] = None,
        metadata: Optional[Mapping[str, Any]] = None,
        version_message: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> Agent:
        """Create an agent; use its ``id`` as ``agent_id`` in conversations and completions."""
        payload = body(locals())
        return self._call(
            Call("POST", "/v1/agents", cast=Agent, body=payload, body_type=AgentCreationRequest, options=options)
        )

    def list(
        self,
        *,
        page: Optional[int] = None,
        page_size: Optional[int] = None,
        deployment_chat: Optional[bool] = None,
        sources: Optional[Sequence[str]] = None,
        name: Optional[str] = None,
        search: Optional[str] = None,
        id: Optional[str] = None,
        metadata: Optional[Mapping[str, Any]] = None,
        **options: Unpack[RequestOptions],
    ) -> Page[Agent]:
        """Agents, newest first, one page at a time (``page`` counts from 0).

        Iterating the result walks every page; ``metadata`` filters on the agents' metadata.
        """
        args = body(locals())
        query = {**args, "metadata": json.dumps(metadata) if metadata is not None else None}
        result = self._call(Call("GET", "/v1/agents", cast=list[Agent], query=query, options=options))
        return paginate(
            Page,
            result,
            fetch=lambda number: unraw(self).list(**{**args, "page": number}, **options),
            page=page,
            page_size=page_size,
            items=None,
        )

    def get(
        self, *, agent_id: str, agent_version: Union[int, str, None] = None, **options: Unpack[RequestOptions]
    ) -> Agent:
        """One agent: its current version, or ``agent_version`` (a number or an alias)."""
        return self._call(
            Call(
                "GET",
                f"/v1/agents/{path_param('agent_id', agent_id)}",
                cast=Agent,
                query={"agent_version": agent_version},
                options=options,
            )
        )

    def update(
        self,
        *,
        agent_id: str,
        instructions: Optional[str] = None,
        tools: Optional[Sequence[Any]] = None,
        completion_args: Optional[Mapping[str, Any]] = None,
        guardrails: Optional[Sequence[Any]] = None,
        model: Optional[str] = None,
        name: Optional[str] = None,
        description: Optional[str] = None,
        handoffs: Optional[Sequence[str]] = None,
        deployment_chat: Optional[bool] = None,
        metadata: Optional[Mapping[str, Any]] = None,
        version_message: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> Agent:
        """Change an agent; this creates a new version, which becomes the current one."""
        payload = body(locals())
        del payload["agent_id"]
        return self._call(
            Call(
                "PATCH",
                f"/v1/agents/{path_param('agent_id', agent_id)}",
                cast=Agent,
                body=payload,
                body_type=AgentUpdateRequest,
                options=options,
            )
        )

    def delete(self, *, agent_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete an agent and all its versions."""
        return self._call(Call("DELETE", f"/v1/agents/{path_param('agent_id', agent_id)}", options=options))

    def update_version(self, *, agent_id: str, version: int, **options: Unpack[RequestOptions]) -> Agent:
        """Make ``version`` the agent's current version."""
        return self._call(
            Call(
                "PATCH",
                f"/v1/agents/{path_param('agent_id', agent_id)}/version",
                cast=Agent,
                query={"version": version},
                options=options,
            )
        )

    def list_versions(
        self,
        *,
        agent_id: str,
        page: Optional[int] = None,
        page_size: Optional[int] = None,
        **options: Unpack[RequestOptions],
    ) -> Page[Agent]:
        """Every version of an agent, one page at a time; iterating walks every page."""
        result = self._call(
            Call(
                "GET",
                f"/v1/agents/{path_param('agent_id', agent_id)}/versions",
                cast=list[Agent],
                query={"page": page, "page_size": page_size},
                options=options,
            )
        )
        return paginate(
            Page,
            result,
            fetch=lambda number: unraw(self).list_versions(
                agent_id=agent_id, page=number, page_size=page_size, **options
            ),
            page=page,
            page_size=page_size,
            items=None,
        )

    def get_version(self, *, agent_id: str, version: Union[int, str], **options: Unpack[RequestOptions]) -> Agent:
        """One version of an agent."""
        return self._call(
            Call(
                "GET",
                f"/v1/agents/{path_param('agent_id', agent_id)}/versions/{path_param('version', version)}",
                cast=Agent,
                options=options,
            )
        )

    def create_version_alias(
        self, *, agent_id: str, alias: str, version: int, **options: Unpack[RequestOptions]
    ) -> AgentAliasResponse:
        """Point ``alias`` (lower-case letters, digits, ``-`` and ``_``) at ``version``, creating it if new."""
        return self._call(
            Call(
                "PUT",
                f"/v1/agents/{path_param('agent_id', agent_id)}/aliases",
                cast=AgentAliasResponse,
                query={"alias": alias, "version": version},
                options=options,
            )
        )

    def list_version_aliases(
        self, *, agent_id: str, **options: Unpack[RequestOptions]
    ) -> List[AgentAliasResponse]:
        """Every alias of an agent and the version it points at."""
        return self._call(
            Call(
                "GET",
                f"/v1/agents/{path_param('agent_id', agent_id)}/aliases",
                cast=list[AgentAliasResponse],
                options=options,
            )
        )

    def delete_version_alias(self, *, agent_id: str, alias: str, **options: Unpack[RequestOptions]) -> None:
        """Delete an alias (the version it pointed at stays)."""
        return self._call(
            Call(
                "DELETE",
                f"/v1/agents/{path_param('agent_id', agent_id)}/aliases",
                query={"alias": alias},
                options=options,
            )
        )

    async def create_async(
        self,
        *,
        model: str,
        name: str,
        instructions: Optional[str] = None,
        tools: Optional[Sequence[Any]] = None,
        completion_args: Optional[Mapping[str, Any]] = None,
        guardrails: Optional[Sequence[Any]] = None,
        description: Optional[str] = None,
        handoffs: Optional[Sequence[str]] = None,
        metadata: Optional[Mapping[str, Any]] = None,
        version_message: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> Agent:
        """The awaitable twin of ``create``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_agents import AsyncBetaAgents

        return await twin(self, AsyncBetaAgents).create(
            model=model,
            name=name,
            instructions=instructions,
            tools=tools,
            completion_args=completion_args,
            guardrails=guardrails,
            description=description,
            handoffs=handoffs,
            metadata=metadata,
            version_message=version_message,
            **options,
        )

    async def list_async(
        self,
        *,
        page: Optional[int] = None,
        page_size: Optional[int] = None,
        deployment_chat: Optional[bool] = None,
        sources: Optional[Sequence[str]] = None,
        name: Optional[str] = None,
        search: Optional[str] = None,
        id: Optional[str] = None,
        metadata: Optional[Mapping[str, Any]] = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPage[Agent]:
        """The awaitable twin of ``list``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_agents import AsyncBetaAgents

        return await twin(self, AsyncBetaAgents).list(
            page=page,
            page_size=page_size,
            deployment_chat=deployment_chat,
            sources=sources,
            name=name,
            search=search,
            id=id,
            metadata=metadata,
            **options,
        )

    async def get_async(
        self, *, agent_id: str, agent_version: Union[int, str, None] = None, **options: Unpack[RequestOptions]
    ) -> Agent:
        """The awaitable twin of ``get``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_agents import AsyncBetaAgents

        return await twin(self, AsyncBetaAgents).get(
            agent_id=agent_id,
            agent_version=agent_version,
            **options,
        )

    async def update_async(
        self,
        *,
        agent_id: str,
        instructions: Optional[str] = None,
        tools: Optional[Sequence[Any]] = None,
        completion_args: Optional[Mapping[str, Any]] = None,
        guardrails: Optional[Sequence[Any]] = None,
        model: Optional[str] = None,
        name: Optional[str] = None,
        description: Optional[str] = None,
        handoffs: Optional[Sequence[str]] = None,
        deployment_chat: Optional[bool] = None,
        metadata: Optional[Mapping[str, Any]] = None,
        version_message: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> Agent:
        """The awaitable twin of ``update``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_agents import AsyncBetaAgents

        return await twin(self, AsyncBetaAgents).update(
            agent_id=agent_id,
            instructions=instructions,
            tools=tools,
            completion_args=completion_args,
            guardrails=guardrails,
            model=model,
            name=name,
            description=description,
            handoffs=handoffs,
            deployment_chat=deployment_chat,
            metadata=metadata,
            version_message=version_message,
            **options,
        )

    async def delete_async(self, *, agent_id: str, **options: Unpack[RequestOptions]) -> None:
        """The awaitable twin of ``delete``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_agents import AsyncBetaAgents

        return await twin(self, AsyncBetaAgents).delete(agent_id=agent_id, **options)

    async def update_version_async(self, *, agent_id: str, version: int, **options: Unpack[RequestOptions]) -> Agent:
        """The awaitable twin of ``update_version``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_agents import AsyncBetaAgents

        return await twin(self, AsyncBetaAgents).update_version(agent_id=agent_id, version=version, **options)

    async def list_versions_async(
        self,
        *,
        agent_id: str,
        page: Optional[int] = None,
        page_size: Optional[int] = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPage[Agent]:
        """The awaitable twin of ``list_versions``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_agents import AsyncBetaAgents

        return await twin(self, AsyncBetaAgents).list_versions(
            agent_id=agent_id,
            page=page,
            page_size=page_size,
            **options,
        )

    async def get_version_async(self, *, agent_id: str, version: Union[int, str], **options: Unpack[RequestOptions]) -> Agent:
        """The awaitable twin of ``get_version``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_agents import AsyncBetaAgents

        return await twin(self, AsyncBetaAgents).get_version(agent_id=agent_id, version=version, **options)

    async def create_version_alias_async(
        self, *, agent_id: str, alias: str, version: int, **options: Unpack[RequestOptions]
    ) -> AgentAliasResponse:
        """The awaitable twin of ``create_version_alias``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_agents import AsyncBetaAgents

        return await twin(self, AsyncBetaAgents).create_version_alias(
            agent_id=agent_id,
            alias=alias,
            version=version,
            **options,
        )

    async def list_version_aliases_async(
        self, *, agent_id: str, **options: Unpack[RequestOptions]
    ) -> List[AgentAliasResponse]:
        """The awaitable twin of ``list_version_aliases``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_agents import AsyncBetaAgents

        return await twin(self, AsyncBetaAgents).list_version_aliases(agent_id=agent_id, **options)

    async def delete_version_alias_async(self, *, agent_id: str, alias: str, **options: Unpack[RequestOptions]) -> None:
        """The awaitable twin of ``delete_version_alias``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_agents import AsyncBetaAgents

        return await twin(self, AsyncBetaAgents).delete_version_alias(
            agent_id=agent_id,
            alias=alias,
            **options,
        )


# Coroutine twins run on the sync client's async twin (see mistralkit._twin).
from ..._twin import twin  # noqa: E402

if TYPE_CHECKING:
    from ..._pagination import AsyncPage
