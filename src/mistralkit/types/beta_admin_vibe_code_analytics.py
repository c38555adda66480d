# Generated from spec/openapi.yaml by tools/generate.py. Do not edit.
"""Types used only by the beta.admin.vibe-code-analytics operations."""


from .._models import BaseModel

__all__ = [
    "VibeActiveUsersStat", "VibeConsumedTokensStat", "VibeNextEditActiveUsersStat",
    "VibeNextEditModifiedLOCStat", "VibeNextEditSuggestionStat", "VibeOrganizationStatsOUT",
    "VibeSessionDurationStat", "VibeSessionStat", "VibeToolCallsByNameStat", "VibeToolCallsStat",
    "VibeUserPromptsStat", "VibeWorkspaceStatsOUT",
]


class VibeActiveUsersStat(BaseModel):
    """VibeActiveUsersStat"""

    day: str
    nb_active_users_total: int
    nb_active_users_cli: int
    nb_active_users_acp: int
    nb_active_users_programmatic: int


class VibeConsumedTokensStat(BaseModel):
    """VibeConsumedTokensStat"""

    day: str
    model: str
    cached_tokens: int
    input_tokens: int
    output_tokens: int


class VibeNextEditActiveUsersStat(BaseModel):
    """VibeNextEditActiveUsersStat"""

    day: str
    nb_active_users: int


class VibeNextEditModifiedLOCStat(BaseModel):
    """VibeNextEditModifiedLOCStat"""

    day: str
    lines_inserted: int
    lines_deleted: int
    lines_unchanged: int
    lines_total: int


class VibeNextEditSuggestionStat(BaseModel):
    """VibeNextEditSuggestionStat"""

    day: str
    total_suggestions: int
    outcome_accepted: int
    outcome_rejected: int
    outcome_timeout: int
    outcome_aborted: int
    outcome_dismissed: int
    force_generated_true: int
    force_generated_false: int
    surface_widget: int
    surface_ghost_text: int


class VibeOrganizationStatsOUT(BaseModel):
    """Response of GET /v1/admin/analytics/vibe/code/usage/by_organization."""

    start_time: int
    """Start of the queried window, as a Unix timestamp in seconds."""
    end_time: int
    """End of the queried window, as a Unix timestamp in seconds."""
    next_edit_suggestions: list[VibeNextEditSuggestionStat]
    next_edit_active_users: list[VibeNextEditActiveUsersStat]
    next_edit_modified_loc: list[VibeNextEditModifiedLOCStat]


class VibeSessionDurationStat(BaseModel):
    """VibeSessionDurationStat"""

    day: str
    total_duration_hours: float


class VibeSessionStat(BaseModel):
    """VibeSessionStat"""

    day: str
    nb_sessions: int
    nb_sessions_cli: int
    nb_sessions_acp: int
    nb_sessions_programmatic: int


class VibeToolCallsByNameStat(BaseModel):
    """VibeToolCallsByNameStat"""

    day: str
    tool_name: str
    count: int


class VibeToolCallsStat(BaseModel):
    """VibeToolCallsStat"""

    day: str
    total: int
    status_success: int
    status_failure: int
    status_skipped: int
    approval_ask: int
    approval_always: int
    approval_never: int


class VibeUserPromptsStat(BaseModel):
    """VibeUserPromptsStat"""

    day: str
    nb_prompts_total: int
    nb_prompts_cli: int
    nb_prompts_acp: int
    nb_prompts_programmatic: int


class VibeWorkspaceStatsOUT(BaseModel):
    """Response of GET /v1/admin/analytics/vibe/code/usage/by_workspace."""

    start_time: int
    """Start of the queried window, as a Unix timestamp in seconds."""
    end_time: int
    """End of the queried window, as a Unix timestamp in seconds."""
    sessions: list[VibeSessionStat]
    user_prompts: list[VibeUserPromptsStat]
    active_users: list[VibeActiveUsersStat]
    consumed_tokens: list[VibeConsumedTokensStat]
    tool_calls: list[VibeToolCallsStat]
    tool_calls_by_name: list[VibeToolCallsByNameStat]
    session_durations: list[VibeSessionDurationStat]
