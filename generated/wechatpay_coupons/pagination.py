"""Lazy iterators over every item of a paged operation (from the spec's ``x-pagination``).

Each iterator takes exactly the arguments of the operation's ``sync`` / ``asyncio`` function;
``limit`` is the page size and ``offset`` the page to start from. Pages are fetched one at a
time as the loop advances, so memory stays flat however many items there are, and the walk
stops at the page that reaches the response's ``total_count``.

``iter_busifavor_coupons_by_filter`` / ``aiter_busifavor_coupons_by_filter`` walk ``api.busifavor.list_busifavor_coupons_by_filter``
(``offset`` is a zero-based page index, ``limit`` the page size).
"""

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any, ParamSpec, TypeVar

from .api.busifavor import list_busifavor_coupons_by_filter
from .models.busifavor_coupon_entity import BusifavorCouponEntity
from .models.busifavor_coupon_list_response import BusifavorCouponListResponse
from .types import Unset

P = ParamSpec("P")
PageT = TypeVar("PageT")
ItemT = TypeVar("ItemT")


class _Walk:
    """Where a walk over page-index pages stands: the next page to ask for, and when to stop."""

    def __init__(self, kwargs: dict[str, Any], offset_param: str, limit_param: str) -> None:
        start = kwargs.get(offset_param)
        limit = kwargs.get(limit_param)
        self.offset_param = offset_param
        self.page_index = 0 if start is None or isinstance(start, Unset) else int(start)
        self.page_size: int | None = (
            None if limit is None or isinstance(limit, Unset) else int(limit)
        )
        self.seen: int | None = None

    def request(self, kwargs: dict[str, Any]) -> dict[str, Any]:
        return {**kwargs, self.offset_param: self.page_index}

    def advance(self, count: int, total: int | Unset | None) -> bool:
        """Record a page of ``count`` items; True when another page should be fetched."""
        if self.page_size is None:
            # No limit given: the server's default page size is what the first page holds.
            self.page_size = count
        if self.seen is None:
            # Pages before the one the walk started at count toward total_count.
            self.seen = self.page_index * self.page_size
        self.seen += count
        self.page_index += 1
        if count == 0:
            return False
        if isinstance(total, int):
            return self.seen < total
        # No total: a short page is the last one.
        return count >= self.page_size


def _describe(iterator: Any, fetch: Callable[..., Any], name: str, doc: str) -> None:
    # help() and IDEs show the operation's own signature (through __wrapped__) under the
    # iterator's name, with the iterator's docstring followed by the operation's.
    iterator.__name__ = iterator.__qualname__ = name
    iterator.__module__ = __name__
    iterator.__doc__ = doc + "\n\nThe operation, called for each page:\n\n" + (fetch.__doc__ or "")
    iterator.__wrapped__ = fetch


def _pager(
    fetch: Callable[P, PageT],
    items: Callable[[PageT], list[ItemT]],
    total: Callable[[PageT], int | Unset | None],
    *,
    offset_param: str,
    limit_param: str,
    name: str,
    doc: str,
) -> Callable[P, Iterator[ItemT]]:
    def iterate(*args: P.args, **kwargs: P.kwargs) -> Iterator[ItemT]:
        walk = _Walk(kwargs, offset_param, limit_param)
        while True:
            page = fetch(*args, **walk.request(kwargs))
            batch = items(page)
            yield from batch
            if not walk.advance(len(batch), total(page)):
                return

    _describe(iterate, fetch, name, doc)
    return iterate


def _async_pager(
    fetch: Callable[P, Awaitable[PageT]],
    items: Callable[[PageT], list[ItemT]],
    total: Callable[[PageT], int | Unset | None],
    *,
    offset_param: str,
    limit_param: str,
    name: str,
    doc: str,
) -> Callable[P, AsyncIterator[ItemT]]:
    async def iterate(*args: P.args, **kwargs: P.kwargs) -> AsyncIterator[ItemT]:
        walk = _Walk(kwargs, offset_param, limit_param)
        while True:
            page = await fetch(*args, **walk.request(kwargs))
            batch = items(page)
            for item in batch:
                yield item
            if not walk.advance(len(batch), total(page)):
                return

    _describe(iterate, fetch, name, doc)
    return iterate


def _iter_busifavor_coupons_by_filter_items(
    page: BusifavorCouponListResponse,
) -> list[BusifavorCouponEntity]:
    found = page.data
    return [] if isinstance(found, Unset) or found is None else found


def _iter_busifavor_coupons_by_filter_total(
    page: BusifavorCouponListResponse,
) -> int | Unset | None:
    return page.total_count


iter_busifavor_coupons_by_filter = _pager(
    list_busifavor_coupons_by_filter.sync,
    _iter_busifavor_coupons_by_filter_items,
    _iter_busifavor_coupons_by_filter_total,
    offset_param="offset",
    limit_param="limit",
    name="iter_busifavor_coupons_by_filter",
    doc=(
        "Every BusifavorCouponEntity of ``list_busifavor_coupons_by_filter``, page by page, fetched lazily as "
        "the loop advances.\n\nTakes the arguments of ``list_busifavor_coupons_by_filter.sync``; "
        "``offset`` is the page to start from (zero-based), "
        "``limit`` the page size."
    ),
)

aiter_busifavor_coupons_by_filter = _async_pager(
    list_busifavor_coupons_by_filter.asyncio,
    _iter_busifavor_coupons_by_filter_items,
    _iter_busifavor_coupons_by_filter_total,
    offset_param="offset",
    limit_param="limit",
    name="aiter_busifavor_coupons_by_filter",
    doc=(
        "``iter_busifavor_coupons_by_filter`` for async code: "
        "``async for item in aiter_busifavor_coupons_by_filter(...)``.\n\nTakes the arguments of "
        "``list_busifavor_coupons_by_filter.asyncio``; ``offset`` is the page to start from "
        "(zero-based), ``limit`` the page size."
    ),
)

__all__ = [
    "aiter_busifavor_coupons_by_filter",
    "iter_busifavor_coupons_by_filter",
]
