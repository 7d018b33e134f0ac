"""Lazy iterators over every item of a paged operation (from the spec's ``x-pagination``).

Each iterator takes exactly the arguments of its operation's ``sync`` / ``asyncio`` function;
``limit`` is the page size and ``offset`` the page to start from. Pages are fetched one at a
time as the loop advances, so memory stays flat however many items there are, and the walk
stops at the page that reaches the response's total.

``iter_busifavor_coupons_by_filter`` / ``aiter_busifavor_coupons_by_filter`` walk ``api.busifavor.list_busifavor_coupons_by_filter``
(``offset`` is a zero-based page index, ``limit`` the page size).
"""

from .api.busifavor.list_busifavor_coupons_by_filter import (
    aiter_busifavor_coupons_by_filter,
    iter_busifavor_coupons_by_filter,
)

__all__ = [
    "aiter_busifavor_coupons_by_filter",
    "iter_busifavor_coupons_by_filter",
]
