# Generated from spec/openapi.yaml by tools/generate.py. Do not edit.
"""Types used only by the beta.admin.vibe-work-analytics operations."""

from datetime import datetime

from .._models import BaseModel

__all__ = [
    "VibeWorkByAgentStat", "VibeWorkByAgentStatsOUT", "VibeWorkByTimeStat",
    "VibeWorkByTimeStatsOUT", "VibeWorkByUserStat", "VibeWorkByUserStatsOUT",
]


class VibeWorkByAgentStat(BaseModel):
    """VibeWorkByAgentStat"""

    messages_count: int
    files_count: int
    images_count: int
    spreadsheets_count: int
    unique_conversations_count: int
    agent_id: str
    last_message_at: datetime
    unique_users_count: int


class VibeWorkByAgentStatsOUT(BaseModel):
    """Response of GET /v1/admin/analytics/vibe/work/usage/by_agent_stats."""

    start_time: int
    """Start of the queried window, as a Unix timestamp in seconds."""
    end_time: int
    """End of the queried window, as a Unix timestamp in seconds."""
    data: list[VibeWorkByAgentStat]


class VibeWorkByTimeStat(BaseModel):
    """VibeWorkByTimeStat"""

    messages_count: int
    files_count: int
    images_count: int
    spreadsheets_count: int
    unique_conversations_count: int
    time_bucket: datetime | None
    unique_users_count: int
    messages_to_agents_count: int
    unique_agents_count: int


class VibeWorkByTimeStatsOUT(BaseModel):
    """Response of GET /v1/admin/analytics/vibe/work/usage/by_time_stats."""

    start_time: int
    """Start of the queried window, as a Unix timestamp in seconds."""
    end_time: int
    """End of the queried window, as a Unix timestamp in seconds."""
    data: list[VibeWorkByTimeStat]


class VibeWorkByUserStat(BaseModel):
    """VibeWorkByUserStat"""

    messages_count: int
    files_count: int
    images_count: int
    spreadsheets_count: int
    unique_conversations_count: int
    user_id: str
    last_message_at: datetime
    unique_agents_count: int
    messages_to_agents_count: int


class VibeWorkByUserStatsOUT(BaseModel):
    """Response of GET /v1/admin/analytics/vibe/work/usage/by_user_stats."""

    start_time: int
    """Start of the queried window, as a Unix timestamp in seconds."""
    end_time: int
    """End of the queried window, as a Unix timestamp in seconds."""
    data: list[VibeWorkByUserStat]
