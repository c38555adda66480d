# Generated from resources/_async by tools/unasync.py. Do not edit.
from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._base import Resource
from .beta_ops import BetaOps

if TYPE_CHECKING:
    from .beta_agents import BetaAgents
    from .conversations import Conversations
    from .libraries import Libraries


__all__ = ["Beta"]


class Beta(BetaOps):
    """The beta APIs: agents, conversations and document libraries."""

    @cached_property
    def agents(self) -> BetaAgents:
        """Create, version and manage agents."""
        from .beta_agents import BetaAgents

        return self._sub(BetaAgents)

    @cached_property
    def conversations(self) -> Conversations:
        """Stateful conversations with a model or an agent."""
        from .conversations import Conversations

        return self._sub(Conversations)

    @cached_property
    def libraries(self) -> Libraries:
        """Document libraries, their documents and who may access them."""
        from .libraries import Libraries

        return self._sub(Libraries)
