"""tools/publish/offline_page.py: the docs page's remote logo becomes an inline image."""

import importlib.util
from urllib.parse import unquote

from .conftest import REPO

spec = importlib.util.spec_from_file_location(
    "publish_offline_page", REPO / "tools" / "publish" / "offline_page.py"
)
assert spec and spec.loader
offline_page = importlib.util.module_from_spec(spec)
spec.loader.exec_module(offline_page)

BUNDLE = (
    "src:e?`https://cdn.redoc.ly/redoc/logo-mini-full.svg`:`https://cdn.redoc.ly/redoc/logo-mini.svg`"
    "}),href:`https://redocly.com/redoc/`"
)


def test_both_logo_urls_are_inlined_and_the_link_stays():
    html, count = offline_page.make_offline(BUNDLE)
    assert count == 2
    assert "cdn.redoc.ly" not in html
    assert "href:`https://redocly.com/redoc/`" in html
    assert html.count("data:image/svg+xml,") == 2


def test_the_inline_image_is_an_svg_that_cannot_break_the_script_around_it():
    uri = offline_page.INLINE_LOGO
    payload = uri.removeprefix("data:image/svg+xml,")
    for character in "'\"`<>$#{} ":
        assert character not in payload, character
    assert unquote(payload).startswith("<svg xmlns='http://www.w3.org/2000/svg'")


def test_the_command_rewrites_the_page(tmp_path, capsys):
    page = tmp_path / "index.html"
    page.write_text(f"<script>{BUNDLE}</script>", encoding="utf-8")
    assert offline_page.main([str(page)]) == 0
    assert "cdn.redoc.ly" not in page.read_text(encoding="utf-8")
    assert "2 remote logo URL(s) inlined" in capsys.readouterr().out
