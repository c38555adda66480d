# Generated from resources/_async by tools/unasync.py. Do not edit.
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
from ..._pagination import Page, paginate, unraw
from ..._request import RequestOptions, path_param
from ..._streaming import Stream
from .._base import Call, Resource
from .._generated import present, typed_events, with_headers

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ["WorkflowsDeployments"]


class WorkflowsDeployments(Resource):
    """Workflows API - deployments."""

    def create_deployment(
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
        return self._call(Call(
            "POST",
            "/v1/workflows/deployments",
            cast=ManagedDeploymentResponse,
            body=payload,
            body_type=CreateDeploymentRequest,
            options=options,
        ))

    def delete_deployment(
        self,
        *,
        name: str,
        **options: Unpack[RequestOptions],
    ) -> ManagedDeploymentResponse:
        """Delete Deployment."""
        return self._call(Call(
            "DELETE",
            f"/v1/workflows/deployments/{path_param('name', name)}",
            cast=ManagedDeploymentResponse,
            options=options,
        ))

    def get_deployment(
        self,
        *,
        name: str,
        workflow_name: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> DeploymentDetailResponse:
        """Get Deployment."""
        query = {"workflow_name": workflow_name}
        return self._call(Call(
            "GET",
            f"/v1/workflows/deployments/{path_param('name', name)}",
            cast=DeploymentDetailResponse,
            query=query,
            options=options,
        ))

    def get_deployment_logs(
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
    ) -> Page[Any]:
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
        result = self._call(Call(
            "GET",
            f"/v1/workflows/deployments/{path_param('name', name)}/logs",
            cast=DeploymentLogSearchResponse,
            query=query,
            options=options,
        ))
        return paginate(
            Page,
            result,
            fetch=lambda value: unraw(self).get_deployment_logs(**{**args, "cursor": value}, **options),
            page_size=limit,
            items="results",
            cursor="next_cursor",
        )

    def list_deployment_workers(
        self,
        *,
        name: str,
        worker_status: Optional[str] = None,
        limit: Optional[int] = None,
        cursor: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> Page[Any]:
        """List Deployment Workers."""
        query = {"worker_status": worker_status, "limit": limit, "cursor": cursor}
        args = {"name": name, "worker_status": worker_status, "limit": limit, "cursor": cursor}
        result = self._call(Call(
            "GET",
            f"/v1/workflows/deployments/{path_param('name', name)}/workers",
            cast=DeploymentWorkerListResponse,
            query=query,
            options=options,
        ))
        return paginate(
            Page,
            result,
            fetch=lambda value: unraw(self).list_deployment_workers(**{**args, "cursor": value}, **options),
            page_size=limit,
            items="workers",
            cursor="next_cursor",
        )

    def list_deployments(
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
    ) -> Page[Any]:
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
        result = self._call(Call(
            "GET",
            "/v1/workflows/deployments",
            cast=DeploymentListResponse,
            query=query,
            options=options,
        ))
        return paginate(
            Page,
            result,
            fetch=lambda value: unraw(self).list_deployments(**{**args, "cursor": value}, **options),
            page_size=limit,
            items="deployments",
            cursor="next_cursor",
        )

    def restart_deployment(
        self,
        *,
        name: str,
        **options: Unpack[RequestOptions],
    ) -> ManagedDeploymentResponse:
        """Restart Deployment."""
        return self._call(Call(
            "POST",
            f"/v1/workflows/deployments/{path_param('name', name)}/restart",
            cast=ManagedDeploymentResponse,
            options=options,
        ))

    def start_deployment(
        self,
        *,
        name: str,
        **options: Unpack[RequestOptions],
    ) -> ManagedDeploymentResponse:
        """Start Deployment."""
        return self._call(Call(
            "POST",
            f"/v1/workflows/deployments/{path_param('name', name)}/start",
            cast=ManagedDeploymentResponse,
            options=options,
        ))

    def stop_deployment(
        self,
        *,
        name: str,
        **options: Unpack[RequestOptions],
    ) -> ManagedDeploymentResponse:
        """Stop Deployment."""
        return self._call(Call(
            "POST",
            f"/v1/workflows/deployments/{path_param('name', name)}/stop",
            cast=ManagedDeploymentResponse,
            options=options,
        ))

    def stream_deployment_logs(
        self,
        *,
        name: str,
        worker_name: Optional[str] = None,
        workflow_name: Optional[str] = None,
        after: Optional[Any] = None,
        last_event_id: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> Stream[Any]:
        """Stream logs for a deployment (all of its workers) via SSE."""
        query = {
            "worker_name": worker_name,
            "workflow_name": workflow_name,
            "after": after,
            "last_event_id": last_event_id,
        }
        options = with_headers(options, {"Last-Event-ID": last_event_id})
        return self._call(Call(
            "GET",
            f"/v1/workflows/deployments/{path_param('name', name)}/logs/stream",
            query=query,
            stream=typed_events("StreamDeploymentLogsEvent"),
            options=options,
        ))

    def update_deployment(
        self,
        *,
        name: str,
        spec: Optional[Any] = None,
        resources: Optional[Any] = None,
        **options: Unpack[RequestOptions],
    ) -> ManagedDeploymentResponse:
        """Update Deployment."""
        payload = present({"spec": spec, "resources": resources})
        return self._call(Call(
            "PATCH",
            f"/v1/workflows/deployments/{path_param('name', name)}",
            cast=ManagedDeploymentResponse,
            body=payload,
            body_type=UpdateDeploymentRequest,
            options=options,
        ))

    async def create_deployment_async(
        self,
        *,
        name: str,
        spec: Any,
        resources: Optional[Any] = None,
        hardened: Optional[bool] = None,
        **options: Unpack[RequestOptions],
    ) -> ManagedDeploymentResponse:
        """The awaitable twin of ``create_deployment``: same arguments and result, for ``await`` in async code."""
        from .._async.workflows_deployments import AsyncWorkflowsDeployments

        return await twin(self, AsyncWorkflowsDeployments).create_deployment(
            name=name,
            spec=spec,
            resources=resources,
            hardened=hardened,
            **options,
        )

    async def delete_deployment_async(
        self,
        *,
        name: str,
        **options: Unpack[RequestOptions],
    ) -> ManagedDeploymentResponse:
        """The awaitable twin of ``delete_deployment``: same arguments and result, for ``await`` in async code."""
        from .._async.workflows_deployments import AsyncWorkflowsDeployments

        return await twin(self, AsyncWorkflowsDeployments).delete_deployment(name=name, **options)

    async def get_deployment_async(
        self,
        *,
        name: str,
        workflow_name: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> DeploymentDetailResponse:
        """The awaitable twin of ``get_deployment``: same arguments and result, for ``await`` in async code."""
        from .._async.workflows_deployments import AsyncWorkflowsDeployments

        return await twin(self, AsyncWorkflowsDeployments).get_deployment(
            name=name,
            workflow_name=workflow_name,
            **options,
        )

    async def get_deployment_logs_async(
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
        """The awaitable twin of ``get_deployment_logs``: same arguments and result, for ``await`` in async code."""
        from .._async.workflows_deployments import AsyncWorkflowsDeployments

        return await twin(self, AsyncWorkflowsDeployments).get_deployment_logs(
            name=name,
            worker_name=worker_name,
            workflow_name=workflow_name,
            after=after,
            before=before,
            order=order,
            cursor=cursor,
            limit=limit,
            log_type=log_type,
            **options,
        )

    async def list_deployment_workers_async(
        self,
        *,
        name: str,
        worker_status: Optional[str] = None,
        limit: Optional[int] = None,
        cursor: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPage[Any]:
        """The awaitable twin of ``list_deployment_workers``: same arguments and result, for ``await`` in async code."""
        from .._async.workflows_deployments import AsyncWorkflowsDeployments

        return await twin(self, AsyncWorkflowsDeployments).list_deployment_workers(
            name=name,
            worker_status=worker_status,
            limit=limit,
            cursor=cursor,
            **options,
        )

    async def list_deployments_async(
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
        """The awaitable twin of ``list_deployments``: same arguments and result, for ``await`` in async code."""
        from .._async.workflows_deployments import AsyncWorkflowsDeployments

        return await twin(self, AsyncWorkflowsDeployments).list_deployments(
            active_only=active_only,
            is_hardened=is_hardened,
            workflow_name=workflow_name,
            search=search,
            order_by=order_by,
            order=order,
            limit=limit,
            cursor=cursor,
            workspace_id=workspace_id,
            created_by=created_by,
            owner=owner,
            location_types=location_types,
            repository_url=repository_url,
            dockerfile_path=dockerfile_path,
            **options,
        )

    async def restart_deployment_async(
        self,
        *,
        name: str,
        **options: Unpack[RequestOptions],
    ) -> ManagedDeploymentResponse:
        """The awaitable twin of ``restart_deployment``: same arguments and result, for ``await`` in async code."""
        from .._async.workflows_deployments import AsyncWorkflowsDeployments

        return await twin(self, AsyncWorkflowsDeployments).restart_deployment(name=name, **options)

    async def start_deployment_async(
        self,
        *,
        name: str,
        **options: Unpack[RequestOptions],
    ) -> ManagedDeploymentResponse:
        """The awaitable twin of ``start_deployment``: same arguments and result, for ``await`` in async code."""
        from .._async.workflows_deployments import AsyncWorkflowsDeployments

        return await twin(self, AsyncWorkflowsDeployments).start_deployment(name=name, **options)

    async def stop_deployment_async(
        self,
        *,
        name: str,
        **options: Unpack[RequestOptions],
    ) -> ManagedDeploymentResponse:
        """The awaitable twin of ``stop_deployment``: same arguments and result, for ``await`` in async code."""
        from .._async.workflows_deployments import AsyncWorkflowsDeployments

        return await twin(self, AsyncWorkflowsDeployments).stop_deployment(name=name, **options)

    async def stream_deployment_logs_async(
        self,
        *,
        name: str,
        worker_name: Optional[str] = None,
        workflow_name: Optional[str] = None,
        after: Optional[Any] = None,
        last_event_id: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncStream[Any]:
        """The awaitable twin of ``stream_deployment_logs``: same arguments and result, for ``await`` in async code."""
        from .._async.workflows_deployments import AsyncWorkflowsDeployments

        return await twin(self, AsyncWorkflowsDeployments).stream_deployment_logs(
            name=name,
            worker_name=worker_name,
            workflow_name=workflow_name,
            after=after,
            last_event_id=last_event_id,
            **options,
        )

    async def update_deployment_async(
        self,
        *,
        name: str,
        spec: Optional[Any] = None,
        resources: Optional[Any] = None,
        **options: Unpack[RequestOptions],
    ) -> ManagedDeploymentResponse:
        """The awaitable twin of ``update_deployment``: same arguments and result, for ``await`` in async code."""
        from .._async.workflows_deployments import AsyncWorkflowsDeployments

        return await twin(self, AsyncWorkflowsDeployments).update_deployment(
            name=name,
            spec=spec,
            resources=resources,
            **options,
        )


# Coroutine twins run on the sync client's async twin (see mistralkit._twin).
from ..._twin import twin  # noqa: E402

if TYPE_CHECKING:
    from ..._pagination import AsyncPage
    from ..._streaming import AsyncStream
