# Generated from resources/_async by tools/unasync.py. Do not edit.
# Generated from spec/openapi.yaml and spec/official_sdk.json by tools/generate_resources.py. Do not edit.
"""Retrieval: search indexes and ingestion pipeline configurations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._base import Resource

if TYPE_CHECKING:
    pass

    from .beta_rag_ingestion_pipeline_configurations import BetaRagIngestionPipelineConfigurations
    from .beta_rag_search_indexes import BetaRagSearchIndexes

__all__ = ["BetaRag"]


class BetaRag(Resource):
    """Retrieval: search indexes and ingestion pipeline configurations."""

    @cached_property
    def ingestion_pipeline_configurations(self) -> BetaRagIngestionPipelineConfigurations:
        """(beta) RAG API - ingestion pipeline configurations."""
        from .beta_rag_ingestion_pipeline_configurations import BetaRagIngestionPipelineConfigurations

        return self._sub(BetaRagIngestionPipelineConfigurations)

    @cached_property
    def search_indexes(self) -> BetaRagSearchIndexes:
        """(beta) RAG API - search indexes."""
        from .beta_rag_search_indexes import BetaRagSearchIndexes

        return self._sub(BetaRagSearchIndexes)
