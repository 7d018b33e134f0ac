"""The page walk behind every page iterator (operations with ``x-pagination``, page-index style).

The walk starts at the caller's ``offset`` page (0 when not given), asks for one page at a time,
and stops at the page that reaches ``total_count``, at an empty page, or, when the answer has
no total, at a short page.
"""

from ._values import whole_number
from .types import Unset


class PageWalk:
    """Where a walk over page-index pages stands: the next page to ask for, and when to stop.

    ``offset_field`` and ``limit_field`` are the parameters' names on the wire, for the error
    that a value of the wrong type gets before the first page is asked for.
    """

    def __init__(
        self,
        offset: int | Unset | None,
        limit: int | Unset | None,
        *,
        offset_field: str,
        limit_field: str,
    ) -> None:
        self.page_index = (
            0 if offset is None or isinstance(offset, Unset) else whole_number(offset, offset_field)
        )
        self.page_size: int | None = (
            None if limit is None or isinstance(limit, Unset) else whole_number(limit, limit_field)
        )
        self.seen: int | None = None

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
