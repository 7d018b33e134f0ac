"""Makes the built docs page self-contained: the one image it would fetch is inlined.

Usage: python tools/publish/offline_page.py site/index.html

`redocly build-docs --inlineBundle` inlines Redoc itself, but Redoc's sidebar footer ("API docs by
Redocly") still loads its logo from cdn.redoc.ly, and no theme option turns that footer off. The
page must render with no network at all (API portals and readers behind firewalls open it from
disk), so the logo's URL is replaced by an inline SVG of the same wordmark; the link to Redocly
stays. `make browser-test` records every request the page makes and fails on any that leaves it,
so a new remote resource in a later Redoc fails there, not here.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from urllib.parse import quote

REMOTE_LOGO = re.compile(r"https://cdn\.redoc\.ly/redoc/logo-mini(?:-full)?\.svg")
WORDMARK = (
    "<svg xmlns='http://www.w3.org/2000/svg' width='64' height='16' viewBox='0 0 64 16'>"
    "<text x='0' y='12' font-family='sans-serif' font-size='12' font-weight='600' "
    "fill='currentColor'>Redocly</text></svg>"
)
# Percent-encoded so that the URI is inert inside the page's script (no quotes, `<`, `$` or `#`).
INLINE_LOGO = "data:image/svg+xml," + quote(WORDMARK, safe="")


def make_offline(html: str) -> tuple[str, int]:
    """The page with every remote Redoc logo inlined, and how many were replaced."""
    return REMOTE_LOGO.subn(INLINE_LOGO, html)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    page = Path(argv[0])
    html, count = make_offline(page.read_text(encoding="utf-8"))
    page.write_text(html, encoding="utf-8")
    print(f"{page}: {count} remote logo URL(s) inlined")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
