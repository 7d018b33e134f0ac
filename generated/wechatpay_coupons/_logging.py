"""What the client logs: one line per attempt, on the ``wechatpay_coupons`` logger.

Like ``OPENAI_LOG``, ``WECHATPAY_LOG=info`` (or ``debug``) sends those lines, and the auth
plugin's (``wechatpay_auth``: certificate downloads and refreshes), to stderr with a handler of
ours. Those two loggers then stop propagating, so an application that configured logging itself
does not print each line twice. Without the variable the library adds no handler and changes no
level: the lines go wherever the application's logging sends them, as for any library.

Path parameters (an openid, a coupon code) identify a user; a line shows each as its first
characters and a short hash, never whole. Signatures, keys and bodies are never logged.
"""

import hashlib
import json
import logging
import os
import sys
from collections.abc import Mapping
from urllib.parse import unquote

import httpx

logger: logging.Logger = logging.getLogger("wechatpay_coupons")
# The loggers WECHATPAY_LOG switches on: ours and the auth plugin's.
LOGGERS = ("wechatpay_coupons", "wechatpay_auth")
LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}
# Headers that carry a signature: never logged, not even at debug level.
_UNLOGGED_HEADERS = frozenset({"authorization", "wechatpay-signature"})
_SHOWN_CHARACTERS = 4


def setup_from_environment(environ: Mapping[str, str] = os.environ) -> None:
    wanted = environ.get("WECHATPAY_LOG", "").strip().lower()
    if not wanted:
        return
    if wanted not in LEVELS:
        print(
            f"wechatpay_coupons: WECHATPAY_LOG={wanted!r} is ignored; use 'info' or 'debug'",
            file=sys.stderr,
        )
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s"))
    for name in LOGGERS:
        library_logger = logging.getLogger(name)
        library_logger.addHandler(handler)
        library_logger.setLevel(LEVELS[wanted])
        library_logger.propagate = False


def masked(value: str) -> str:
    """A user identifier as its first characters and a short hash: ``oh-3…5f1c2a``.

    The hash tells lines about the same user apart without showing the identifier; the prefix
    helps a person recognise the kind of value.
    """
    digest = hashlib.blake2s(value.encode(), digest_size=3).hexdigest()
    shown = value[:_SHOWN_CHARACTERS] if len(value) > 2 * _SHOWN_CHARACTERS else ""
    return f"{shown}…{digest}"


def loggable_path(route: str, path: str) -> str:
    """``path`` (as sent, without the base URL) with the segments that ``route`` names
    ``{parameter}`` masked. The segments line up: a path parameter is one whole segment."""
    if not route:
        return path
    route_segments, segments = route.split("/"), path.split("/")
    if len(route_segments) != len(segments):
        return route  # cannot line them up: the template alone says enough
    return "/".join(
        masked(unquote(segment)) if template.startswith("{") else segment
        for template, segment in zip(route_segments, segments, strict=True)
    )


def log_attempt(
    method: str,
    path: str,
    response: httpx.Response | None,
    error: BaseException | None,
    milliseconds: float,
    attempt: int,
    request: httpx.Request,
) -> None:
    if response is None:
        logger.info(
            "%s %s -> %s (%.1f ms, attempt %d)",
            method,
            path,
            type(error).__name__,
            milliseconds,
            attempt + 1,
        )
        return
    logger.info(
        "%s %s -> %d %s Request-ID=%s (%.1f ms, attempt %d)",
        method,
        path,
        response.status_code,
        wechat_code(response) or "-",
        response.headers.get("Request-ID", "-"),
        milliseconds,
        attempt + 1,
    )
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug("request headers: %s", _loggable(request.headers))
        logger.debug("response headers: %s", _loggable(response.headers))


def wechat_code(response: httpx.Response) -> str | None:
    """The ``code`` of an error answer's JSON body, if it has one."""
    if response.is_success:
        return None
    try:
        body = json.loads(response.content)
    except ValueError:
        return None
    code = body.get("code") if isinstance(body, dict) else None
    return code if isinstance(code, str) else None


def _loggable(headers: httpx.Headers) -> dict[str, str]:
    return {
        name: ("<redacted>" if name.lower() in _UNLOGGED_HEADERS else value)
        for name, value in headers.items()
    }


__all__ = ["loggable_path", "logger", "masked", "setup_from_environment"]
