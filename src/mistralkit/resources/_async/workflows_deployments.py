# Generated from spec/openapi.yaml and spec/official_sdk.json by tools/generate_resources.py. Do not edit.
"""Workflows API - deployments."""

from __future__ import annotations

from typing import Any, Optional, TYPE_CHECKING

from ...types import (
    CreateDeploymentRequest,
    DeploymentDetailResponse,
    DeploymentListResponse,
    DeploymentLogSearchResponse,
    DeploymentWorkerListResponse,
    ManagedDeploymentResponse,
    StreamDeploymentLogsEvent,
    UpdateDeploymentRequest,
)
from ..._pagination import AsyncPage, paginate, unraw
from ..._request import RequestOptions, path_param
from ..._streaming import AsyncStream
from .._base import Call, Resource
from .._generated import present, typed_events, with_headers

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ["AsyncWorkflowsDeployments"]


class AsyncWorkflowsDeployments(Resource):
    """Workflows API - deployments."""

    async def create_deployment(
        self,
        *,
        name: str,
        spec: Any,
        resources: Optional[Any] = None,
        hardened: Optional[bool] = None,
        **options: Unpack[RequestOptions],
    ) -> ManagedDeploymentResponse:
        """Create Deployment."""
        payload = present({"name": name, "spec": spec, "resources": resources, "hardened": hardened})
        return await self._call(Call(
            "POST",
            "/v1/workflows/deployments",
            cast=ManagedDeploymentResponse,
            body=payload,
            body_type=CreateDeploymentRequest,
            options=options,
        ))

    async def delete_deployment(
        self,
        *,
        name: str,
        **options: Unpack[RequestOptions],
    ) -> ManagedDeploymentResponse:
        """Delete Deployment."""
        return await self._call(Call(
            "DELETE",
            f"/v1/workflows/deployments/{path_param('name', name)}",
            cast=ManagedDeploymentResponse,
            options=options,
        ))

    async def get_deployment(
        self,
        *,
        name: str,
        workflow_name: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> DeploymentDetailResponse:
        """Get Deployment."""
        query = {"workflow_name": workflow_name}
        return await self._call(Call(
            "GET",
            f"/v1/workflows/deployments/{path_param('name', name)}",
            cast=DeploymentDetailResponse,
            query=query,
            options=options,
        ))

    async def get_deployment_logs(
        self,
        *,
        name: str,
        worker_name: Optional[str] = None,
        workflow_name: Optional[str] = None,
        after: Optional[Any] = None,
        before: Optional[Any] = None,
        order: Optional[str] = None,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        log_type: Optional[Any] = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPage[Any]:
        """Retrieve logs for a deployment (across all of its workers)."""
        query = {
            "worker_name": worker_name,
            "workflow_name": workflow_name,
            "after": after,
            "before": before,
            "order": order,
            "cursor": cursor,
            "limit": limit,
            "log_type": log_type,
        }
        args = {
            "name": name,
            "worker_name": worker_name,
            "workflow_name": workflow_name,
            "after": after,
            "before": before,
            "order": order,
            "cursor": cursor,
            "limit": limit,
            "log_type": log_type,
        }
        result = await self._call(Call(
            "GET",
            f"/v1/workflows/deployments/{path_param('name', name)}/logs",
            cast=DeploymentLogSearchResponse,
            query=query,
            options=options,
        ))
        return paginate(
            AsyncPage,
            result,
            fetch=lambda value: unraw(self).get_deployment_logs(**{**args, "cursor": value}, **options),
            page_size=limit,
            items="results",
            cursor="next_cursor",
        )

    async def list_deployment_workers(
        self,
        *,
        name: str,
        worker_status: Optional[str] = None,
        limit: Optional[int] = None,
        cursor: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPage[Any]:
        """List Deployment Workers."""
        query = {"worker_status": worker_status, "limit": limit, "cursor": cursor}
        args = {"name": name, "worker_status": worker_status, "limit": limit, "cursor": cursor}
        result = await self._call(Call(
            "GET",
            f"/v1/workflows/deployments/{path_param('name', name)}/workers",
            cast=DeploymentWorkerListResponse,
            query=query,
            options=options,
        ))
        return paginate(
            AsyncPage,
            result,
            fetch=lambda value: unraw(self).list_deployment_workers(**{**args, "cursor": value}, **options),
            page_size=limit,
            items="workers",
            cursor="next_cursor",
        )

    async def list_deployments(
        self,
        *,
        active_only: Optional[bool] = None,
        is_hardened: Optional[bool] = None,
        workflow_name: Optional[str] = None,
        search: Optional[str] = None,
        order_by: Optional[str] = None,
        order: Optional[str] = None,
        limit: Optional[int] = None,
        cursor: Optional[str] = None,
        workspace_id: Optional[str] = None,
        created_by: Optional[Any] = None,
        owner: Optional[Any] = None,
        location_types: Optional[Any] = None,
        repository_url: Optional[Any] = None,
        dockerfile_path: Optional[Any] = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPage[Any]:
        """List Deployments."""
        query = {
            "active_only": active_only,
            "is_hardened": is_hardened,
            "workflow_name": workflow_name,
            "search": search,
            "order_by": order_by,
            "order": order,
            "limit": limit,
            "cursor": cursor,
            "workspace_id": workspace_id,
            "created_by": created_by,
            "owner": owner,
            "location_types": location_types,
            "repository_url": repository_url,
            "dockerfile_path": dockerfile_path,
        }
        args = {
            "active_only": active_only,
            "is_hardened": is_hardened,
            "workflow_name": workflow_name,
            "search": search,
            "order_by": order_by,
            "order": order,
            "limit": limit,
            "cursor": cursor,
            "workspace_id": workspace_id,
            "created_by": created_by,
            "owner": owner,
            "location_types": location_types,
            "repository_url": repository_url,
            "dockerfile_path": dockerfile_path,
        }
        result = await self._call(Call(
            "GET",
            "/v1/workflows/deployments",
            cast=DeploymentListResponse,
            query=query,
            options=options,
        ))
        return paginate(
            AsyncPage,
            result,
            fetch=lambda value: unraw(self).list_deployments(**{**args, "cursor": value}, **options),
            page_size=limit,
            items="deployments",
            cursor="next_cursor",
        )

    async def restart_deployment(
        self,
        *,
        name: str,
        **options: Unpack[RequestOptions],
    ) -> ManagedDeploymentResponse:
        """Restart Deployment."""
        return await self._call(Call(
            "POST",
            f"/v1/workflows/deployments/{path_param('name', name)}/restart",
            cast=ManagedDeploymentResponse,
            options=options,
        ))

    async def start_deployment(
        self,
        *,
        name: str,
        **options: Unpack[RequestOptions],
    ) -> ManagedDeploymentResponse:
        """Start Deployment."""
        return await self._call(Call(
            "POST",
            f"/v1/workflows/deployments/{path_param('name', name)}/start",
            cast=ManagedDeploymentResponse,
            options=options,
        ))

    async def stop_deployment(
        self,
        *,
        name: str,
        **options: Unpack[RequestOptions],
    ) -> ManagedDeploymentResponse:
        """Stop Deployment."""
        return await self._call(Call(
            "POST",
            f"/v1/workflows/deployments/{path_param('name', name)}/stop",
            cast=ManagedDeploymentResponse,
            options=options,
        ))

    async def stream_deployment_logs(
        self,
        *,
        name: str,
        worker_name: Optional[str] = None,
        workflow_name: Optional[str] = None,
        after: Optional[Any] = None,
        last_event_id: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncStream[Any]:
        """Stream logs for a deployment (all of its workers) via SSE."""
        query = {
            "worker_name": worker_name,
            "workflow_name": workflow_name,
            "after": after,
            "last_event_id": last_event_id,
        }
        options = with_headers(options, {"Last-Event-ID": last_event_id})
        return await self._call(Call(
            "GET",
            f"/v1/workflows/deployments/{path_param('name', name)}/logs/stream",
            query=query,
            stream=typed_events("StreamDeploymentLogsEvent"),
            options=options,
        ))

    async def update_deployment(
        self,
        *,
        name: str,
        spec: Optional[Any] = None,
        resources: Optional[Any] = None,
        **options: Unpack[RequestOptions],
    ) -> ManagedDeploymentResponse:
        """Update Deployment."""
        payload = present({"spec": spec, "resources": resources})
        return await self._call(Call(
            "PATCH",
            f"/v1/workflows/deployments/{path_param('name', name)}",
            cast=ManagedDeploymentResponse,
            body=payload,
            body_type=UpdateDeploymentRequest,
            options=options,
        ))
