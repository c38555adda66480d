# Generated from spec/openapi.yaml and spec/official_sdk.json by tools/generate_resources.py. Do not edit.
"""Observability: traces, spans, judges, datasets, campaigns and evaluations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._base import Resource

if TYPE_CHECKING:
    pass

    from .beta_observability_campaigns import AsyncBetaObservabilityCampaigns
    from .beta_observability_chat_completion_events import AsyncBetaObservabilityChatCompletionEvents
    from .beta_observability_datasets import AsyncBetaObservabilityDatasets
    from .beta_observability_judges import AsyncBetaObservabilityJudges
    from .beta_observability_logs import AsyncBetaObservabilityLogs
    from .beta_observability_spans import AsyncBetaObservabilitySpans
    from .beta_observability_traces import AsyncBetaObservabilityTraces

__all__ = ["AsyncBetaObservability"]


class AsyncBetaObservability(Resource):
    """Observability: traces, spans, judges, datasets, campaigns and evaluations."""

    @cached_property
    def campaigns(self) -> AsyncBetaObservabilityCampaigns:
        """(beta) Observability API - campaigns."""
        from .beta_observability_campaigns import AsyncBetaObservabilityCampaigns

        return self._sub(AsyncBetaObservabilityCampaigns)

    @cached_property
    def chat_completion_events(self) -> AsyncBetaObservabilityChatCompletionEvents:
        """(beta) Observability API - chat completion events."""
        from .beta_observability_chat_completion_events import AsyncBetaObservabilityChatCompletionEvents

        return self._sub(AsyncBetaObservabilityChatCompletionEvents)

    @cached_property
    def datasets(self) -> AsyncBetaObservabilityDatasets:
        """(beta) Observability API - datasets."""
        from .beta_observability_datasets import AsyncBetaObservabilityDatasets

        return self._sub(AsyncBetaObservabilityDatasets)

    @cached_property
    def judges(self) -> AsyncBetaObservabilityJudges:
        """(beta) Observability API - judges."""
        from .beta_observability_judges import AsyncBetaObservabilityJudges

        return self._sub(AsyncBetaObservabilityJudges)

    @cached_property
    def logs(self) -> AsyncBetaObservabilityLogs:
        """(beta) Observability API - logs."""
        from .beta_observability_logs import AsyncBetaObservabilityLogs

        return self._sub(AsyncBetaObservabilityLogs)

    @cached_property
    def spans(self) -> AsyncBetaObservabilitySpans:
        """(beta) Observability API - spans."""
        from .beta_observability_spans import AsyncBetaObservabilitySpans

        return self._sub(AsyncBetaObservabilitySpans)

    @cached_property
    def traces(self) -> AsyncBetaObservabilityTraces:
        """(beta) Observability API - traces."""
        from .beta_observability_traces import AsyncBetaObservabilityTraces

        return self._sub(AsyncBetaObservabilityTraces)
