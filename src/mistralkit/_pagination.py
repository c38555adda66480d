"""Paged list results: one page of items, and iteration over every item of every page.

``Page`` (sync) and ``AsyncPage`` wrap one parsed list response. Attributes not defined here are
read from that response, so ``page.data`` and ``page.total`` work as with the official SDK.
Iterating a page yields every item of this page and the following ones, fetching each next page
only when it is reached; ``iter_pages()`` yields the pages themselves.

Whether a next page exists is decided from what the response says, in this order: a ``has_more``
flag (top level or in ``pagination``), ``pagination.total_pages``, a ``total`` item count, and
finally whether the page was full (``len(items) == page_size``). An empty page is always the last.

Cursor-paged lists (``cursor=``: the response attribute naming the next page's token) continue
while the response names a next cursor; offset-paged lists (``offset=``) ask for the next page at
the offset where this one ended.
"""

from __future__ import annotations

from typing import (
    Any,
    AsyncIterator,
    Awaitable,
    Callable,
    Generic,
    Iterator,
    List,
    Optional,
    TypeVar,
    Union,
)

from ._response import AsyncStreamedResponse, RawResponse, StreamedResponse

__all__ = ["Page", "AsyncPage", "paginate"]

T = TypeVar("T")
P = TypeVar("P", bound="_PageBase[Any]")
R = TypeVar("R")


class _PageBase(Generic[T]):
    """What a sync and an async page share: the response, its items, and the next-page decision."""

    __slots__ = ("_response", "_items", "_fetch", "page_number", "page_size", "_offset", "_cursor", "_by_offset", "_more")

    def __init__(
        self,
        response: Any,
        *,
        fetch: Optional[Callable[[int], Any]] = None,
        page: int = 0,
        page_size: Optional[int] = None,
        items: Optional[str] = "data",
        offset: Optional[int] = None,
        cursor: Optional[str] = None,
        by_offset: bool = False,
        more: Optional[str] = None,
    ) -> None:
        """Wrap one parsed list response.

        - ``fetch(n)`` returns page ``n`` (a page of the same kind; for ``AsyncPage`` an awaitable);
          None: this page is the only one.
        - ``page``: this page's number, as the API numbers it; ``page_size``: the size asked for.
        - ``items``: the response attribute holding the list (``"data"``), or None when the
          response is the list itself.
        - ``offset``: how many items come before this page (default ``page * page_size``).
        - ``cursor``: the response attribute holding the next page's cursor; then ``fetch`` is
          called with that cursor instead of a page number.
        - ``by_offset``: ``fetch`` is called with the offset of the next page's first item.
        - ``more``: the response attribute that is set (a link, a flag) when another page follows.

        ``items``, ``cursor`` and ``more`` may be dotted paths (``"datasets.results"``).
        """
        self._response = response
        if items is None:
            found = response
        else:
            found = _field(response, items)
        self._items: List[T] = list(found) if found is not None else []
        self._fetch = fetch
        self.page_number = page
        self.page_size = page_size
        if offset is None:
            offset = page * (page_size if page_size else len(self._items))
        self._offset = offset
        self._cursor = cursor
        self._by_offset = by_offset
        self._more = more

    @property
    def items(self) -> List[T]:
        """The items of this page."""
        return self._items

    @property
    def response(self) -> Any:
        """The parsed response this page wraps."""
        return self._response

    def has_next_page(self) -> bool:
        """Whether another page follows this one."""
        if self._fetch is None or not self._items:
            return False
        if self._cursor is not None:
            token = _field(self._response, self._cursor)
            return token is not None and token != ""
        if self._more is not None:
            return bool(_field(self._response, self._more))
        more = _field(self._response, "has_more")
        pagination = _field(self._response, "pagination")
        if not isinstance(more, bool) and pagination is not None:
            more = _field(pagination, "has_more")
        if isinstance(more, bool):
            return more
        if pagination is not None:
            pages = _field(pagination, "total_pages")
            if isinstance(pages, int) and not isinstance(pages, bool):
                current = _field(pagination, "current_page")
                if not isinstance(current, int) or isinstance(current, bool):
                    current = self.page_number
                return current + 1 < pages
        total = _field(self._response, "total")
        if total is None and pagination is not None:
            total = _field(pagination, "total_items")
        if isinstance(total, int) and not isinstance(total, bool):
            return self._offset + len(self._items) < total
        if self.page_size:
            return len(self._items) >= self.page_size
        return True  # page size unknown: ask until a page comes back empty

    def _next_args(self) -> tuple[Any, int]:
        end = self._offset + len(self._items)
        if self._cursor is not None:
            return _field(self._response, self._cursor), end
        if self._by_offset:
            return end, end
        return self.page_number + 1, end

    def _adopt(self, page: Any, offset: int) -> Any:
        # The next page counts its items from where this one ended.
        if isinstance(page, _PageBase):
            page._offset = offset
        return page

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name in _PageBase.__slots__:
            raise AttributeError(name)
        return getattr(self._response, name)

    def __len__(self) -> int:
        return len(self._items)

    def __getitem__(self, index: Any) -> Any:
        return self._items[index]

    def __repr__(self) -> str:
        return (
            f"<{type(self).__name__} page={self.page_number} items={len(self._items)} "
            f"has_next_page={self.has_next_page()}>"
        )


class Page(_PageBase[T]):
    """One page of a list; iterating it yields every item of this page and the next ones."""

    __slots__ = ()

    def next_page(self) -> Optional["Page[T]"]:
        """The following page (one request), or None if this is the last one."""
        if not self.has_next_page():
            return None
        number, offset = self._next_args()
        assert self._fetch is not None
        following: Optional[Page[T]] = self._adopt(self._fetch(number), offset)
        return following

    def iter_pages(self) -> Iterator["Page[T]"]:
        """This page, then each following page, fetched as it is reached."""
        page: Optional[Page[T]] = self
        while page is not None:
            yield page
            page = page.next_page()

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page._items


class AsyncPage(_PageBase[T]):
    """One page of a list (async); ``async for`` yields every item of this page and the next ones."""

    __slots__ = ()

    async def next_page(self) -> Optional["AsyncPage[T]"]:
        """The following page (one request), or None if this is the last one."""
        if not self.has_next_page():
            return None
        number, offset = self._next_args()
        assert self._fetch is not None
        following: Optional[AsyncPage[T]] = self._adopt(await self._fetch(number), offset)
        return following

    async def iter_pages(self) -> AsyncIterator["AsyncPage[T]"]:
        """This page, then each following page, fetched as it is reached."""
        page: Optional[AsyncPage[T]] = self
        while page is not None:
            yield page
            page = await page.next_page()

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page._items:
                yield item

    def __iter__(self) -> Iterator[T]:
        # Without this, ``for`` would fall back to __getitem__ and silently stop after this page.
        raise TypeError("Use `async for` to iterate every item of every page, or `.items` for this page's")


def paginate(
    cls: type[P],
    result: Any,
    *,
    fetch: Optional[Callable[[Any], Union[Any, Awaitable[Any]]]],
    page: Optional[int] = None,
    page_size: Optional[int] = None,
    items: Optional[str] = "data",
    first_page: int = 0,
    cursor: Optional[str] = None,
    offset: Optional[int] = None,
    more: Optional[str] = None,
) -> R:  # type: ignore[type-var]
    """``result`` (a parsed response, or a ``RawResponse`` of one) as a ``cls`` page.

    Typed as what the calling method declares (a page; in raw mode the ``RawResponse`` of one).

    ``page``/``page_size`` are the values the caller asked for (None: the API's defaults,
    ``first_page`` and an unknown size). A raw response stays raw; its ``parse()`` gives the page.
    ``cursor`` names the response attribute holding the next cursor (cursor paging); ``offset``
    (given, even as 0) switches to offset paging from that offset; ``more`` names the response
    attribute set when another page follows.
    """
    number = first_page if page is None else page

    def make(parsed: Any) -> P:
        if offset is not None:
            return cls(
                parsed, fetch=fetch, page=0, page_size=page_size, items=items, offset=offset, by_offset=True, more=more
            )
        return cls(parsed, fetch=fetch, page=number, page_size=page_size, items=items, cursor=cursor, more=more)

    out: Any
    if isinstance(result, (StreamedResponse, AsyncStreamedResponse)):
        # with_streaming_response: the same response (its body still unread), whose parse() gives the
        # page once the body has been read.
        parse_body = result._parser
        result._parser = lambda: make(parse_body())
        out = result
    elif isinstance(result, RawResponse):
        out = RawResponse(result.http_response, result.retries, lambda: make(result.parse()))
    else:
        out = make(result)
    return out  # type: ignore[no-any-return]


def unraw(resource: Any) -> Any:
    """The same resource without raw-response mode (next pages are plain pages)."""
    return type(resource)(resource._client) if getattr(resource, "_mode", 0) else resource


def _field(obj: Any, name: str) -> Any:
    for part in name.split("."):
        if obj is None:
            return None
        obj = obj.get(part) if isinstance(obj, dict) else getattr(obj, part, None)
    return obj
