# Generated from spec/openapi.yaml and spec/official_sdk.json by tools/generate_resources.py. Do not edit.
"""Generated operations of ``beta``, inherited by the hand-written class."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._base import Resource

if TYPE_CHECKING:
    pass

    from .beta_admin import AsyncBetaAdmin
    from .beta_connectors import AsyncBetaConnectors
    from .beta_observability import AsyncBetaObservability
    from .beta_prompts import AsyncBetaPrompts
    from .beta_rag import AsyncBetaRag
    from .beta_skills import AsyncBetaSkills
    from .beta_users import AsyncBetaUsers

__all__ = ["AsyncBetaOps"]


class AsyncBetaOps(Resource):
    """Operations of ``client.beta`` the hand-written class does not define."""

    @cached_property
    def admin(self) -> AsyncBetaAdmin:
        """Administration of the organization (an admin API key is required)."""
        from .beta_admin import AsyncBetaAdmin

        return self._sub(AsyncBetaAdmin)

    @cached_property
    def connectors(self) -> AsyncBetaConnectors:
        """(beta) Connectors API - manage your connectors"""
        from .beta_connectors import AsyncBetaConnectors

        return self._sub(AsyncBetaConnectors)

    @cached_property
    def observability(self) -> AsyncBetaObservability:
        """Observability: traces, spans, judges, datasets, campaigns and evaluations."""
        from .beta_observability import AsyncBetaObservability

        return self._sub(AsyncBetaObservability)

    @cached_property
    def prompts(self) -> AsyncBetaPrompts:
        """(beta) Prompts API."""
        from .beta_prompts import AsyncBetaPrompts

        return self._sub(AsyncBetaPrompts)

    @cached_property
    def rag(self) -> AsyncBetaRag:
        """Retrieval: search indexes and ingestion pipeline configurations."""
        from .beta_rag import AsyncBetaRag

        return self._sub(AsyncBetaRag)

    @cached_property
    def skills(self) -> AsyncBetaSkills:
        """(beta) Skills API."""
        from .beta_skills import AsyncBetaSkills

        return self._sub(AsyncBetaSkills)

    @cached_property
    def users(self) -> AsyncBetaUsers:
        """(beta) Users API."""
        from .beta_users import AsyncBetaUsers

        return self._sub(AsyncBetaUsers)
