# Generated from spec/openapi.yaml by tools/generate.py. Do not edit.
"""Types used only by the workflows.metrics operations."""

from typing import Any

from .._models import BaseModel

__all__ = [
    "ScalarMetric", "TimeSeriesMetric", "WorkflowMetrics",
]


class ScalarMetric(BaseModel):
    """Scalar metric with a single value."""

    value: int | float


class TimeSeriesMetric(BaseModel):
    """Time-series metric with timestamp-value pairs."""

    value: list[list[Any]]


class WorkflowMetrics(BaseModel):
    """Complete metrics for a specific workflow."""

    execution_count: ScalarMetric
    success_count: ScalarMetric
    error_count: ScalarMetric
    average_latency_ms: ScalarMetric
    latency_over_time: TimeSeriesMetric
    retry_rate: ScalarMetric
