from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._base import Resource
from .beta_ops import AsyncBetaOps

if TYPE_CHECKING:
    from .beta_agents import AsyncBetaAgents
    from .conversations import AsyncConversations
    from .libraries import AsyncLibraries


__all__ = ["AsyncBeta"]


class AsyncBeta(AsyncBetaOps):
    """The beta APIs: agents, conversations and document libraries."""

    @cached_property
    def agents(self) -> AsyncBetaAgents:
        """Create, version and manage agents."""
        from .beta_agents import AsyncBetaAgents

        return self._sub(AsyncBetaAgents)

    @cached_property
    def conversations(self) -> AsyncConversations:
        """Stateful conversations with a model or an agent."""
        from .conversations import AsyncConversations

        return self._sub(AsyncConversations)

    @cached_property
    def libraries(self) -> AsyncLibraries:
        """Document libraries, their documents and who may access them."""
        from .libraries import AsyncLibraries

        return self._sub(AsyncLibraries)
