# Generated from spec/openapi.yaml and spec/official_sdk.json by tools/generate_resources.py. Do not edit.
"""Retrieval: search indexes and ingestion pipeline configurations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._base import Resource

if TYPE_CHECKING:
    pass

    from .beta_rag_ingestion_pipeline_configurations import AsyncBetaRagIngestionPipelineConfigurations
    from .beta_rag_search_indexes import AsyncBetaRagSearchIndexes

__all__ = ["AsyncBetaRag"]


class AsyncBetaRag(Resource):
    """Retrieval: search indexes and ingestion pipeline configurations."""

    @cached_property
    def ingestion_pipeline_configurations(self) -> AsyncBetaRagIngestionPipelineConfigurations:
        """(beta) RAG API - ingestion pipeline configurations."""
        from .beta_rag_ingestion_pipeline_configurations import AsyncBetaRagIngestionPipelineConfigurations

        return self._sub(AsyncBetaRagIngestionPipelineConfigurations)

    @cached_property
    def search_indexes(self) -> AsyncBetaRagSearchIndexes:
        """(beta) RAG API - search indexes."""
        from .beta_rag_search_indexes import AsyncBetaRagSearchIndexes

        return self._sub(AsyncBetaRagSearchIndexes)
