# Generated from resources/_async by tools/unasync.py. Do not edit.
# Generated from spec/openapi.yaml and spec/official_sdk.json by tools/generate_resources.py. Do not edit.
"""Generated operations of ``beta``, inherited by the hand-written class."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._base import Resource

if TYPE_CHECKING:
    pass

    from .beta_admin import BetaAdmin
    from .beta_connectors import BetaConnectors
    from .beta_observability import BetaObservability
    from .beta_prompts import BetaPrompts
    from .beta_rag import BetaRag
    from .beta_skills import BetaSkills
    from .beta_users import BetaUsers

__all__ = ["BetaOps"]


class BetaOps(Resource):
    """Operations of ``client.beta`` the hand-written class does not define."""

    @cached_property
    def admin(self) -> BetaAdmin:
        """Administration of the organization (an admin API key is required)."""
        from .beta_admin import BetaAdmin

        return self._sub(BetaAdmin)

    @cached_property
    def connectors(self) -> BetaConnectors:
        """(beta) Connectors API - manage your connectors"""
        from .beta_connectors import BetaConnectors

        return self._sub(BetaConnectors)

    @cached_property
    def observability(self) -> BetaObservability:
        """Observability: traces, spans, judges, datasets, campaigns and evaluations."""
        from .beta_observability import BetaObservability

        return self._sub(BetaObservability)

    @cached_property
    def prompts(self) -> BetaPrompts:
        """(beta) Prompts API."""
        from .beta_prompts import BetaPrompts

        return self._sub(BetaPrompts)

    @cached_property
    def rag(self) -> BetaRag:
        """Retrieval: search indexes and ingestion pipeline configurations."""
        from .beta_rag import BetaRag

        return self._sub(BetaRag)

    @cached_property
    def skills(self) -> BetaSkills:
        """(beta) Skills API."""
        from .beta_skills import BetaSkills

        return self._sub(BetaSkills)

    @cached_property
    def users(self) -> BetaUsers:
        """(beta) Users API."""
        from .beta_users import BetaUsers

        return self._sub(BetaUsers)
