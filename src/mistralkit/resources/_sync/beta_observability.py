# Generated from resources/_async by tools/unasync.py. Do not edit.
# Generated from spec/openapi.yaml and spec/official_sdk.json by tools/generate_resources.py. Do not edit.
"""Observability: traces, spans, judges, datasets, campaigns and evaluations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._base import Resource

if TYPE_CHECKING:
    pass

    from .beta_observability_campaigns import BetaObservabilityCampaigns
    from .beta_observability_chat_completion_events import BetaObservabilityChatCompletionEvents
    from .beta_observability_datasets import BetaObservabilityDatasets
    from .beta_observability_judges import BetaObservabilityJudges
    from .beta_observability_logs import BetaObservabilityLogs
    from .beta_observability_spans import BetaObservabilitySpans
    from .beta_observability_traces import BetaObservabilityTraces

__all__ = ["BetaObservability"]


class BetaObservability(Resource):
    """Observability: traces, spans, judges, datasets, campaigns and evaluations."""

    @cached_property
    def campaigns(self) -> BetaObservabilityCampaigns:
        """(beta) Observability API - campaigns."""
        from .beta_observability_campaigns import BetaObservabilityCampaigns

        return self._sub(BetaObservabilityCampaigns)

    @cached_property
    def chat_completion_events(self) -> BetaObservabilityChatCompletionEvents:
        """(beta) Observability API - chat completion events."""
        from .beta_observability_chat_completion_events import BetaObservabilityChatCompletionEvents

        return self._sub(BetaObservabilityChatCompletionEvents)

    @cached_property
    def datasets(self) -> BetaObservabilityDatasets:
        """(beta) Observability API - datasets."""
        from .beta_observability_datasets import BetaObservabilityDatasets

        return self._sub(BetaObservabilityDatasets)

    @cached_property
    def judges(self) -> BetaObservabilityJudges:
        """(beta) Observability API - judges."""
        from .beta_observability_judges import BetaObservabilityJudges

        return self._sub(BetaObservabilityJudges)

    @cached_property
    def logs(self) -> BetaObservabilityLogs:
        """(beta) Observability API - logs."""
        from .beta_observability_logs import BetaObservabilityLogs

        return self._sub(BetaObservabilityLogs)

    @cached_property
    def spans(self) -> BetaObservabilitySpans:
        """(beta) Observability API - spans."""
        from .beta_observability_spans import BetaObservabilitySpans

        return self._sub(BetaObservabilitySpans)

    @cached_property
    def traces(self) -> BetaObservabilityTraces:
        """(beta) Observability API - traces."""
        from .beta_observability_traces import BetaObservabilityTraces

        return self._sub(BetaObservabilityTraces)
