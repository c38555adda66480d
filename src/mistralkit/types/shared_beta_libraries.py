# Generated from spec/openapi.yaml by tools/generate.py. Do not edit.
"""Types used by several tags of the beta_libraries operations."""


from .._models import BaseModel

__all__ = [
    "PaginationInfo",
]


class PaginationInfo(BaseModel):
    """PaginationInfo"""

    total_items: int
    total_pages: int
    current_page: int
    page_size: int
    has_more: bool
