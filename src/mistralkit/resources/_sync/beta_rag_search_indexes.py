# Generated from resources/_async by tools/unasync.py. Do not edit.
# Generated from spec/openapi.yaml and spec/official_sdk.json by tools/generate_resources.py. Do not edit.
"""(beta) RAG API - search indexes."""

from __future__ import annotations

from typing import Any, Optional, TYPE_CHECKING

from ...types import (
    GetDeploymentSummariesResponse,
    RegisterDeploymentRequestDeployment,
    RegisterSearchIndexResponseIndex,
)
from ..._request import RequestOptions, path_param
from .._base import Call, Resource
from .._generated import present

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ["BetaRagSearchIndexes"]


class BetaRagSearchIndexes(Resource):
    """(beta) RAG API - search indexes."""

    def get_deployment_summaries(
        self,
        **options: Unpack[RequestOptions],
    ) -> GetDeploymentSummariesResponse:
        """Fetch all indexes available to a user."""
        return self._call(Call(
            "GET",
            "/v1/rag/deployments",
            cast=GetDeploymentSummariesResponse,
            options=options,
        ))

    def register_deployment(
        self,
        *,
        name: str,
        deployment: Any,
        status: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> RegisterSearchIndexResponseIndex:
        """Register (or re-register) a search index."""
        payload = present({"name": name, "status": status, "deployment": deployment})
        return self._call(Call(
            "PUT",
            "/v1/rag/deployments",
            cast=RegisterSearchIndexResponseIndex,
            body=payload,
            body_type=RegisterDeploymentRequestDeployment,
            options=options,
        ))

    def unregister_deployment(
        self,
        *,
        deployment_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete all information about a deployment."""
        return self._call(Call(
            "DELETE",
            f"/v1/rag/deployments/{path_param('deployment_id', deployment_id)}",
            options=options,
        ))

    def update_index_metrics(
        self,
        *,
        deployment_id: str,
        request_body: Any,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Update the metrics for a given index."""
        payload = request_body
        return self._call(Call(
            "PUT",
            f"/v1/rag/deployments/{path_param('deployment_id', deployment_id)}/metrics",
            body=payload,
            options=options,
        ))

    async def get_deployment_summaries_async(
        self,
        **options: Unpack[RequestOptions],
    ) -> GetDeploymentSummariesResponse:
        """The awaitable twin of ``get_deployment_summaries``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_rag_search_indexes import AsyncBetaRagSearchIndexes

        return await twin(self, AsyncBetaRagSearchIndexes).get_deployment_summaries(**options)

    async def register_deployment_async(
        self,
        *,
        name: str,
        deployment: Any,
        status: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> RegisterSearchIndexResponseIndex:
        """The awaitable twin of ``register_deployment``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_rag_search_indexes import AsyncBetaRagSearchIndexes

        return await twin(self, AsyncBetaRagSearchIndexes).register_deployment(
            name=name,
            deployment=deployment,
            status=status,
            **options,
        )

    async def unregister_deployment_async(
        self,
        *,
        deployment_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """The awaitable twin of ``unregister_deployment``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_rag_search_indexes import AsyncBetaRagSearchIndexes

        return await twin(self, AsyncBetaRagSearchIndexes).unregister_deployment(
            deployment_id=deployment_id,
            **options,
        )

    async def update_index_metrics_async(
        self,
        *,
        deployment_id: str,
        request_body: Any,
        **options: Unpack[RequestOptions],
    ) -> None:
        """The awaitable twin of ``update_index_metrics``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_rag_search_indexes import AsyncBetaRagSearchIndexes

        return await twin(self, AsyncBetaRagSearchIndexes).update_index_metrics(
            deployment_id=deployment_id,
            request_body=request_body,
            **options,
        )


# Coroutine twins run on the sync client's async twin (see mistralkit._twin).
from ..._twin import twin  # noqa: E402
