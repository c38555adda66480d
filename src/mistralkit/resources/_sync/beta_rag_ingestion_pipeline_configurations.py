# Generated from resources/_async by tools/unasync.py. Do not edit.
# Generated from spec/openapi.yaml and spec/official_sdk.json by tools/generate_resources.py. Do not edit.
"""(beta) RAG API - ingestion pipeline configurations."""

from __future__ import annotations

from typing import Any, Optional, TYPE_CHECKING

from ...types import (
    CreateIngestionPipelineConfigurationRequest,
    GetConfigsV1RagIngestionPipelineConfigurationsGetResponse,
    IngestionPipelineConfiguration,
    UpdateRunInfo,
)
from ..._request import RequestOptions, path_param
from .._base import Call, Resource
from .._generated import present

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ["BetaRagIngestionPipelineConfigurations"]


class BetaRagIngestionPipelineConfigurations(Resource):
    """(beta) RAG API - ingestion pipeline configurations."""

    def list(
        self,
        **options: Unpack[RequestOptions],
    ) -> GetConfigsV1RagIngestionPipelineConfigurationsGetResponse:
        """For the current workspace, lists all of the registered ingestion pipeline configurations."""
        return self._call(Call(
            "GET",
            "/v1/rag/ingestion_pipeline_configurations",
            cast=GetConfigsV1RagIngestionPipelineConfigurationsGetResponse,
            options=options,
        ))

    def register(
        self,
        *,
        name: str,
        pipeline_composition: Optional[Any] = None,
        target_indexes: Optional[Any] = None,
        **options: Unpack[RequestOptions],
    ) -> IngestionPipelineConfiguration:
        """Register an ingestion configuration."""
        payload = present({
            "name": name,
            "pipeline_composition": pipeline_composition,
            "target_indexes": target_indexes,
        })
        return self._call(Call(
            "PUT",
            "/v1/rag/ingestion_pipeline_configurations",
            cast=IngestionPipelineConfiguration,
            body=payload,
            body_type=CreateIngestionPipelineConfigurationRequest,
            options=options,
        ))

    def update_run_info(
        self,
        *,
        id: str,
        execution_time: Any,
        chunks_count: int,
        **options: Unpack[RequestOptions],
    ) -> IngestionPipelineConfiguration:
        """Update Run Info."""
        payload = present({"execution_time": execution_time, "chunks_count": chunks_count})
        return self._call(Call(
            "PUT",
            f"/v1/rag/ingestion_pipeline_configurations/{path_param('id', id)}/run_info",
            cast=IngestionPipelineConfiguration,
            body=payload,
            body_type=UpdateRunInfo,
            options=options,
        ))

    async def list_async(
        self,
        **options: Unpack[RequestOptions],
    ) -> GetConfigsV1RagIngestionPipelineConfigurationsGetResponse:
        """The awaitable twin of ``list``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_rag_ingestion_pipeline_configurations import AsyncBetaRagIngestionPipelineConfigurations

        return await twin(self, AsyncBetaRagIngestionPipelineConfigurations).list(**options)

    async def register_async(
        self,
        *,
        name: str,
        pipeline_composition: Optional[Any] = None,
        target_indexes: Optional[Any] = None,
        **options: Unpack[RequestOptions],
    ) -> IngestionPipelineConfiguration:
        """The awaitable twin of ``register``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_rag_ingestion_pipeline_configurations import AsyncBetaRagIngestionPipelineConfigurations

        return await twin(self, AsyncBetaRagIngestionPipelineConfigurations).register(
            name=name,
            pipeline_composition=pipeline_composition,
            target_indexes=target_indexes,
            **options,
        )

    async def update_run_info_async(
        self,
        *,
        id: str,
        execution_time: Any,
        chunks_count: int,
        **options: Unpack[RequestOptions],
    ) -> IngestionPipelineConfiguration:
        """The awaitable twin of ``update_run_info``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_rag_ingestion_pipeline_configurations import AsyncBetaRagIngestionPipelineConfigurations

        return await twin(self, AsyncBetaRagIngestionPipelineConfigurations).update_run_info(
            id=id,
            execution_time=execution_time,
            chunks_count=chunks_count,
            **options,
        )


# Coroutine twins run on the sync client's async twin (see mistralkit._twin).
from ..._twin import twin  # noqa: E402
