"""``wechatpay-mock``: serve the mock with uvicorn."""

import argparse
import os
import sys
from pathlib import Path

import uvicorn

from .app import MockApp, create_app
from .world import CONFIG_NAME, ConfigError, ensure_demo_world, load_settings

_CONFIG_ENV = "WECHATPAY_MOCK_CONFIG"
_DATABASE_ENV = "WECHATPAY_MOCK_DATABASE"


def app_from_environment() -> MockApp:
    """The app for uvicorn's workers (they import it by name, so settings travel by env)."""
    database = os.environ.get(_DATABASE_ENV) or None
    return create_app(load_settings(Path(os.environ[_CONFIG_ENV]), database=database))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="wechatpay-mock",
        description="A stateful WeChat Pay coupon API mock that verifies and signs like WeChat.",
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8079)
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=Path("wechatpay-mock-data"),
        help="where the demo world lives (created on first start)",
    )
    parser.add_argument("--config", type=Path, help="your own mock.toml instead of the demo's")
    parser.add_argument(
        "--database",
        help="SQLite file for state shared by --workers "
        "(default: the config's, normally in memory)",
    )
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args(argv)

    if args.config is None:
        credentials = ensure_demo_world(args.data_dir)
        config = credentials.data_dir / CONFIG_NAME
    else:
        credentials = None
        config = args.config
    database = args.database
    if args.workers > 1 and not database:
        database = str(args.data_dir / "state.sqlite3")
    try:
        load_settings(config, database=database)
    except (ConfigError, ValueError) as exc:
        print(f"wechatpay-mock: {exc}", file=sys.stderr)
        return 2

    base_url = f"http://{args.host}:{args.port}"
    print(f"wechatpay-mock serving on {base_url} (config {config})")
    if credentials is not None:
        c = credentials
        print(
            "Point a client at it (TEST-ONLY demo keys):\n"
            f'  Client("{base_url}", auth=MerchantAuth("{c.mchid}", "{c.merchant_serial_no}",\n'
            f'      "{c.merchant_private_key}",\n'
            f'      WechatPayVerifier(public_keys={{"{c.public_key_id}": '
            f'"{c.platform_public_key}"}})))\n'
            f'  brand: BrandAuth("{c.brand_id}", "{c.brand_serial_no}", '
            f'"{c.brand_private_key}", …)\n'
            f"  demo user: openid={c.openid} appid={c.appid}; control API: {base_url}/_mock/health"
        )
    os.environ[_CONFIG_ENV] = str(config.resolve())
    if database:
        os.environ[_DATABASE_ENV] = database
    uvicorn.run(
        "wechatpay_mock.cli:app_from_environment",
        factory=True,
        host=args.host,
        port=args.port,
        workers=args.workers,
        log_level="warning",
        access_log=False,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
