"""``wechatpay-mock``: serve the mock with uvicorn."""

import argparse
import dataclasses
import errno
import importlib
import os
import socket
import sys
from pathlib import Path

import uvicorn

from .app import MockApp, create_app
from .declarations import Rule
from .protocol import SignedErrorsProtocol
from .rules import RULES
from .server import free_port
from .settings import MockSettings, load_settings
from .spec import Spec, SpecError
from .world import CONFIG_NAME, ensure_demo_world

# uvicorn's workers import the app by name, so the settings travel in the environment.
_CONFIG_ENV = "WECHATPAY_MOCK_CONFIG"
_DATABASE_ENV = "WECHATPAY_MOCK_DATABASE"
_JOURNAL_ENV = "WECHATPAY_MOCK_JOURNAL_SIZE"
_LOG_ENV = "WECHATPAY_MOCK_LOG_REQUESTS"
_RETRY_SCALE_ENV = "WECHATPAY_MOCK_NOTIFY_RETRY_SCALE"
_NOTIFY_TIMEOUT_ENV = "WECHATPAY_MOCK_NOTIFY_TIMEOUT"
_SPEC_ENV = "WECHATPAY_MOCK_SPEC"
_RULES_ENV = "WECHATPAY_MOCK_RULES"
EXIT_CONFIG, EXIT_PORT = 2, 3


def app_from_environment() -> MockApp:
    """The app for uvicorn's workers (they import it by name, so settings travel by env)."""
    spec, rules = _spec_and_rules_from_environment()
    return create_app(_settings_from_environment(), spec=spec, rules=rules)


class _UnusableOption(ValueError):
    pass


def _spec_and_rules_from_environment() -> tuple[Spec | None, dict[str, Rule] | None]:
    spec_file, module_name = os.environ.get(_SPEC_ENV), os.environ.get(_RULES_ENV)
    spec = None
    if spec_file:
        try:
            spec = Spec.load(Path(spec_file))
        except SpecError as exc:
            # The reader names the file and the problem; say which option gave it.
            raise _UnusableOption(f"--spec: {exc}") from None
    rules = None
    if module_name:
        try:
            extra = importlib.import_module(module_name).RULES
        except (ImportError, AttributeError) as exc:
            raise _UnusableOption(f"cannot take RULES from {module_name}: {exc}") from None
        rules = {**RULES, **extra}
    return spec, rules


def _settings_from_environment() -> MockSettings:
    settings = load_settings(
        Path(os.environ[_CONFIG_ENV]), database=os.environ.get(_DATABASE_ENV) or None
    )
    journal = os.environ.get(_JOURNAL_ENV)
    scale = os.environ.get(_RETRY_SCALE_ENV)
    timeout = os.environ.get(_NOTIFY_TIMEOUT_ENV)
    return dataclasses.replace(
        settings,
        log_requests=os.environ.get(_LOG_ENV) == "1",
        journal_size=int(journal) if journal else settings.journal_size,
        notify_retry_scale=float(scale) if scale else settings.notify_retry_scale,
        notify_timeout=float(timeout) if timeout else settings.notify_timeout,
    )


def build_parser() -> argparse.ArgumentParser:
    """The command line of ``wechatpay-mock``."""
    parser = argparse.ArgumentParser(
        prog="wechatpay-mock",
        description="A stateful WeChat Pay coupon API mock that verifies and signs like WeChat. "
        "Its control API is described at /_mock/ once it serves.",
    )
    parser.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default: %(default)s)"
    )
    parser.add_argument(
        "--port", type=int, default=8079, help="port to listen on (default: %(default)s)"
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=Path("wechatpay-mock-data"),
        help="where the demo world lives, created with TEST-ONLY keys on first start "
        "(default: %(default)s)",
    )
    parser.add_argument(
        "--config",
        type=Path,
        help="your own mock.toml instead of the demo world's (merchants, brands, platform key)",
    )
    parser.add_argument(
        "--spec",
        type=Path,
        metavar="FILE",
        help="serve this OpenAPI spec instead of the one shipped with the package",
    )
    parser.add_argument(
        "--rules",
        metavar="MODULE",
        help="a Python module whose RULES (operationId to wechatpay_mock.rules.Rule) serve the "
        "state-changing operations of --spec that the package's rules do not",
    )
    parser.add_argument(
        "--database",
        help="SQLite file for state shared by --workers "
        "(default: the config's, normally in memory; DATA_DIR/state.sqlite3 with --workers > 1)",
    )
    parser.add_argument(
        "--workers",
        type=int,
        default=1,
        help="worker processes, sharing state through the SQLite file (default: %(default)s)",
    )
    parser.add_argument(
        "--journal-size",
        type=int,
        metavar="N",
        help="keep the last N requests in the journal (default: the config's, normally 10000)",
    )
    parser.add_argument(
        "--notify-retry-scale",
        type=float,
        metavar="X",
        help="multiply WeChat's retry schedule for notifications (15 s, 15 s, 30 s, 3 min … 6 h) "
        "by X, e.g. 0.001 in tests (default: the config's, normally 1)",
    )
    parser.add_argument(
        "--notify-timeout",
        type=float,
        metavar="S",
        help="seconds a notification waits for a 2xx before the attempt failed "
        "(default: the config's, normally 5)",
    )
    parser.add_argument(
        "-v",
        "--log-requests",
        action="store_true",
        help="print one line per request: time, operation, status, WeChat code, "
        "Request-ID and milliseconds",
    )
    return parser


def _port_is_free(host: str, port: int) -> OSError | None:
    """None when ``host:port`` can be listened on, else why not (checked as uvicorn binds)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as exc:
            return exc
    return None


def main(argv: list[str] | None = None) -> int:
    """Run the command; returns its exit status."""
    args = build_parser().parse_args(argv)
    if args.journal_size is not None and args.journal_size < 1:
        print("wechatpay-mock: --journal-size must be >= 1", file=sys.stderr)
        return EXIT_CONFIG
    for option, value in (
        ("--notify-retry-scale", args.notify_retry_scale),
        ("--notify-timeout", args.notify_timeout),
    ):
        if value is not None and not value > 0:
            print(f"wechatpay-mock: {option} must be > 0", file=sys.stderr)
            return EXIT_CONFIG
    if args.config is None:
        credentials = ensure_demo_world(args.data_dir)
        config = credentials.data_dir / CONFIG_NAME
    else:
        credentials = None
        config = args.config
    database = args.database
    if args.workers > 1 and not database:
        database = str(args.data_dir / "state.sqlite3")
    os.environ[_CONFIG_ENV] = str(config.resolve())
    os.environ[_LOG_ENV] = "1" if args.log_requests else "0"
    if database:
        os.environ[_DATABASE_ENV] = database
    if args.journal_size is not None:
        os.environ[_JOURNAL_ENV] = str(args.journal_size)
    if args.notify_retry_scale is not None:
        os.environ[_RETRY_SCALE_ENV] = repr(args.notify_retry_scale)
    if args.notify_timeout is not None:
        os.environ[_NOTIFY_TIMEOUT_ENV] = repr(args.notify_timeout)
    if args.spec is not None:
        os.environ[_SPEC_ENV] = str(args.spec.resolve())
    if args.rules is not None:
        os.environ[_RULES_ENV] = args.rules
    try:
        # Everything the workers will do at start, done once here: a bad config, seed or spec
        # stops the command before it says it serves.
        spec, rules = _spec_and_rules_from_environment()
        settings = dataclasses.replace(_settings_from_environment(), database=":memory:")
        create_app(settings, spec=spec, rules=rules)
    except ValueError as exc:  # ConfigError, SeedError, BindingError, SpecError, KeyLoadError…
        print(f"wechatpay-mock: {exc}", file=sys.stderr)
        return EXIT_CONFIG
    if args.port == 0:
        # Any free port: choose it here, so that what is printed is where the mock listens.
        args.port = free_port(args.host)
    refused = _port_is_free(args.host, args.port)
    if refused is not None:
        why = "it is already in use" if refused.errno == errno.EADDRINUSE else refused.strerror
        print(f"wechatpay-mock: cannot listen on {args.host}:{args.port}: {why}", file=sys.stderr)
        return EXIT_PORT

    base_url = f"http://{args.host}:{args.port}"
    print(f"wechatpay-mock serving on {base_url} (config {config})", flush=True)
    if credentials is not None:
        c = credentials
        print(
            "Point a client at it (TEST-ONLY demo keys):\n"
            f'  WechatPay(base_url="{base_url}", merchant=MerchantAuth("{c.mchid}",\n'
            f'      "{c.merchant_serial_no}", "{c.merchant_private_key}",\n'
            f'      WechatPayVerifier(public_keys={{"{c.public_key_id}": '
            f'"{c.platform_public_key}"}})))\n'
            f'  brand: BrandAuth("{c.brand_id}", "{c.brand_serial_no}", '
            f'"{c.brand_private_key}", …)\n'
            f"  demo user: openid={c.openid} appid={c.appid}\n"
            f"  certificate mode: mchid {c.certificate_mchid} (API certificate serial "
            f"{c.certificate_merchant_serial_no}, key {c.certificate_merchant_private_key}),\n"
            f"      APIv3 key (TEST-ONLY) {c.apiv3_key}; platform certificate "
            f"{c.platform_certificate}\n"
            f"  brand API key (TEST-ONLY; decrypts the brand's notifications) {c.brand_api_key}\n"
            f"  control API: {base_url}/_mock/ (OpenAPI: {base_url}/_mock/openapi.json)",
            flush=True,
        )
    uvicorn.run(
        "wechatpay_mock.cli:app_from_environment",
        factory=True,
        host=args.host,
        port=args.port,
        workers=args.workers,
        http=SignedErrorsProtocol,
        log_level="warning",
        access_log=False,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
