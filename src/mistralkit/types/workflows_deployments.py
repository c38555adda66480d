# Generated from spec/openapi.yaml by tools/generate.py. Do not edit.
"""Types used only by the workflows.deployments operations."""

from datetime import datetime
from typing import Literal

from .._models import BaseModel
from .shared_workflows import StreamError

__all__ = [
    "CreateDeploymentRequest", "DeploymentBuildState", "DeploymentDetailResponse",
    "DeploymentListResponse", "DeploymentLocation", "DeploymentLogRecord",
    "DeploymentLogSearchResponse", "DeploymentObservedState", "DeploymentResourceConfig",
    "DeploymentResourceConfigUpdate", "DeploymentResponse", "DeploymentWorkerListResponse",
    "DeploymentWorkerResponse", "DeploymentWorkerSpecInput", "DeploymentWorkerSpecResponse",
    "GitCommitAuthor", "GitCommitMetadata", "LocationType", "ManagedDeploymentResponse",
    "StreamDeploymentLogsEvent", "UpdateDeploymentRequest", "WorkflowsWorkerSpecUpdate",
]


class DeploymentResourceConfig(BaseModel):
    """DeploymentResourceConfig"""

    replicas: int | None = None
    cpu_request: str | None = None
    cpu_limit: str | None = None
    memory_request: str | None = None
    memory_limit: str | None = None


class DeploymentWorkerSpecInput(BaseModel):
    """DeploymentWorkerSpecInput"""

    github_url: str
    revision: str | None = "main"
    entrypoint: str | None = "worker:main"
    working_dir: str | None = None


class CreateDeploymentRequest(BaseModel):
    """Request body of POST /v1/workflows/deployments."""

    name: str
    spec: DeploymentWorkerSpecInput
    resources: DeploymentResourceConfig | None = None
    hardened: bool = False


class DeploymentBuildState(BaseModel):
    """DeploymentBuildState"""

    phase: str | None = None
    commit_sha: str | None = None
    image: str | None = None
    message: str | None = None
    started_at: datetime | None = None
    finished_at: datetime | None = None


LocationType = Literal["local", "k8s", "managed"]


class DeploymentLocation(BaseModel):
    """DeploymentLocation"""

    location_type: LocationType | str
    """Where the deployment runs: 'local', 'k8s', or 'managed'"""
    k8s_cluster: str | None = None
    """K8s cluster name, if applicable"""
    k8s_namespace: str | None = None
    """K8s namespace, if applicable"""


class DeploymentWorkerResponse(BaseModel):
    """DeploymentWorkerResponse"""

    name: str
    """Worker name"""
    created_at: datetime
    """When the worker first registered"""
    updated_at: datetime
    """When the worker last registered"""
    is_active: bool
    """Whether this worker's liveness key is currently alive"""
    location: DeploymentLocation | None = None
    """Where the worker is running; null if the worker did not report a location"""


class DeploymentObservedState(BaseModel):
    """DeploymentObservedState"""

    phase: str | None = None
    available_replicas: int = 0
    ready_replicas: int = 0
    endpoint: str | None = None
    message: str | None = None
    last_seen: datetime | None = None
    deployed_revision: str | None = None
    generation: int | None = None
    build_state: DeploymentBuildState | None = None


class GitCommitAuthor(BaseModel):
    """GitCommitAuthor"""

    name: str | None = None
    username: str | None = None
    html_url: str | None = None


class GitCommitMetadata(BaseModel):
    """GitCommitMetadata"""

    sha: str
    message: str | None = None
    author: GitCommitAuthor | None = None
    html_url: str | None = None


class DeploymentWorkerSpecResponse(BaseModel):
    """DeploymentWorkerSpecResponse"""

    github_url: str
    type: str = "workflows_worker"
    revision: str | None = None
    entrypoint: str | None = None
    working_dir: str | None = None
    restarted_at: str | None = None
    commit_sha: str | None = None
    commit: GitCommitMetadata | None = None


class ManagedDeploymentResponse(BaseModel):
    """Response of POST /v1/workflows/deployments, DELETE /v1/workflows/deployments/{name}, PATCH
    /v1/workflows/deployments/{name}, ....
    """

    service_id: str
    name: str
    spec: DeploymentWorkerSpecResponse
    resources: DeploymentResourceConfig
    status: DeploymentObservedState
    created_at: datetime
    updated_at: datetime
    stopped: bool = False
    rollout_status: str | None = None
    created_by: str | None = None
    updated_by: str | None = None
    deployed_by: str | None = None
    deployed_at: datetime | None = None
    is_hardened: bool = False


class DeploymentDetailResponse(BaseModel):
    """Response of GET /v1/workflows/deployments/{name}."""

    id: str
    """Unique identifier of the deployment"""
    name: str
    """Deployment name"""
    is_active: bool
    """Whether at least one worker is currently live"""
    is_hardened: bool = False
    """Whether the deployment has at least one authorized credential"""
    created_at: datetime
    """When the deployment was first registered"""
    updated_at: datetime
    """When the deployment was last updated"""
    location: DeploymentLocation | None = None
    """Where the deployment is running"""
    worker_count: int = 0
    """Number of workers registered to the deployment"""
    active_worker_count: int = 0
    """Number of workers currently live within the liveness cutoff"""
    locations: list[LocationType | str] | None = None
    """Distinct location types reported by the deployment's workers"""
    managed: ManagedDeploymentResponse | None = None
    """Live managed service state for managed deployments; null for self-hosted deployments or when
    managed services are unavailable
    """
    workers: list[DeploymentWorkerResponse]
    """Workers registered for the deployment"""


class DeploymentResponse(BaseModel):
    """DeploymentResponse"""

    id: str
    """Unique identifier of the deployment"""
    name: str
    """Deployment name"""
    is_active: bool
    """Whether at least one worker is currently live"""
    is_hardened: bool = False
    """Whether the deployment has at least one authorized credential"""
    created_at: datetime
    """When the deployment was first registered"""
    updated_at: datetime
    """When the deployment was last updated"""
    location: DeploymentLocation | None = None
    """Where the deployment is running"""
    worker_count: int = 0
    """Number of workers registered to the deployment"""
    active_worker_count: int = 0
    """Number of workers currently live within the liveness cutoff"""
    locations: list[LocationType | str] | None = None
    """Distinct location types reported by the deployment's workers"""
    managed: ManagedDeploymentResponse | None = None
    """Live managed service state for managed deployments; null for self-hosted deployments or when
    managed services are unavailable
    """


class DeploymentListResponse(BaseModel):
    """Response of GET /v1/workflows/deployments."""

    deployments: list[DeploymentResponse]
    """List of deployments"""
    next_cursor: str | None
    """Cursor for the next page of results"""
    workspace_id: str
    """Workspace ID the results are scoped to"""


class DeploymentLogRecord(BaseModel):
    """DeploymentLogRecord"""

    timestamp: datetime
    trace_id: str
    span_id: str
    severity_text: str
    body: str
    log_attributes: dict[str, str]


class DeploymentLogSearchResponse(BaseModel):
    """Response of GET /v1/workflows/deployments/{name}/logs."""

    results: list[DeploymentLogRecord]
    next_cursor: str | None = None


class DeploymentResourceConfigUpdate(BaseModel):
    """DeploymentResourceConfigUpdate"""

    replicas: int | None = None
    cpu_request: str | None = None
    cpu_limit: str | None = None
    memory_request: str | None = None
    memory_limit: str | None = None


class DeploymentWorkerListResponse(BaseModel):
    """Response of GET /v1/workflows/deployments/{name}/workers."""

    workers: list[DeploymentWorkerResponse]
    """Workers registered for the deployment"""
    next_cursor: str | None
    """Cursor for the next page of results"""


class StreamDeploymentLogsEvent(BaseModel):
    """Response of GET /v1/workflows/deployments/{name}/logs/stream."""

    event: Literal["log", "error"] | str | None = None
    id: str | None = None
    data: DeploymentLogRecord | StreamError | None = None


class WorkflowsWorkerSpecUpdate(BaseModel):
    """WorkflowsWorkerSpecUpdate"""

    github_url: str | None = None
    revision: str | None = None
    entrypoint: str | None = None
    working_dir: str | None = None


class UpdateDeploymentRequest(BaseModel):
    """Request body of PATCH /v1/workflows/deployments/{name}."""

    spec: WorkflowsWorkerSpecUpdate | None = None
    resources: DeploymentResourceConfigUpdate | None = None
