"""Lazy iterators over every item of a paged operation (from the spec's ``x-pagination``).

Each iterator takes exactly the arguments of its operation's ``sync`` / ``asyncio`` function;
what moves the walk on (a page index, or a page token) is the page to start from. Pages are
fetched one at a time as the loop advances, so memory stays flat however many items there are;
the walk stops at the page that reaches the response's total (page index) or at the page that
names no next token (page token), and a token that comes round again is an error, not a loop.

``iter_user_product_coupons`` / ``aiter_user_product_coupons`` walk
``api.brand_product_coupon.list_user_product_coupons`` (``page_token`` resumes a walk where a
page's ``next_page_token`` left it, ``page_size`` is the page size; the walk ends at the page
without a ``next_page_token``).

``iter_busifavor_coupons_by_filter`` / ``aiter_busifavor_coupons_by_filter`` walk
``api.busifavor.list_busifavor_coupons_by_filter`` (``offset`` is the zero-based page to start
from, ``limit`` the page size; the walk ends at the page that reaches ``total_count``).
"""

from .api.brand_product_coupon.list_user_product_coupons import (
    aiter_user_product_coupons,
    iter_user_product_coupons,
)
from .api.busifavor.list_busifavor_coupons_by_filter import (
    aiter_busifavor_coupons_by_filter,
    iter_busifavor_coupons_by_filter,
)

__all__ = [
    "aiter_user_product_coupons",
    "iter_user_product_coupons",
    "aiter_busifavor_coupons_by_filter",
    "iter_busifavor_coupons_by_filter",
]
