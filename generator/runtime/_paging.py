"""The page walks behind every page iterator (operations with ``x-pagination``).

Page-index style (``PageWalk``): the walk starts at the caller's ``offset`` page (0 when not
given), asks for one page at a time, and stops at the page that reaches ``total_count``, at an
empty page, or, when the answer has no total, at a short page.

Page-token style (``TokenWalk``): the first page is asked for without a token (or with the
caller's, to resume a walk); each answer's next token asks for the next page, and an answer
without one, or with an empty one, is the last.
"""

import httpx

from ._values import text, whole_number
from .errors import ApiResponseValidationError
from .types import UNSET, Unset


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


class TokenWalk:
    """Where a walk over page-token pages stands: the token to send for the next page.

    A server that hands out a token it handed out before would send the walk round for ever.
    Remembering every token would make memory grow with the walk, so two are kept instead
    (Brent's cycle detection): the token just sent, which catches at once a server that answers
    the token it was given, and an anchor moved on at every power of two pages, which catches a
    loop of any length within twice its length. Either raises ``ApiResponseValidationError``.

    ``token_field`` is the token parameter's name on the wire, for the error a caller's resume
    token of the wrong type gets, and ``next_field`` the answer's field, for the loop's error.
    """

    def __init__(self, token: str | Unset | None, *, token_field: str, next_field: str) -> None:
        self.token: str | Unset = (
            UNSET if token is None or isinstance(token, Unset) else text(token, token_field)
        )
        self.next_field = next_field
        self.pages = 0
        self._anchor: str | Unset = self.token
        self._since_anchor = 0
        self._anchor_span = 1

    def advance(self, next_token: str | Unset | None, response: httpx.Response) -> bool:
        """Record a page whose answer (``response``) names ``next_token``; True when there is a
        next page, which ``token`` then asks for."""
        self.pages += 1
        if not isinstance(next_token, str) or not next_token:
            return False
        if next_token == self.token or next_token == self._anchor:
            raise ApiResponseValidationError(
                response,
                f"page {self.pages} names the {self.next_field} {next_token[:64]!r} that an "
                "earlier page of this walk named: the pages loop, so the walk stops here "
                "instead of going round for ever",
            )
        self.token = next_token
        self._since_anchor += 1
        if self._since_anchor == self._anchor_span:
            self._anchor, self._since_anchor = next_token, 0
            self._anchor_span *= 2
        return True
