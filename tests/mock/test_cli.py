"""`wechatpay-mock`: creates the demo world once, reuses it, serves it, explains itself."""

import re
import socket
import subprocess
import sys

import httpx
import pytest

from wechatpay_mock.server import free_port, wait_until_serving


def start(tmp_path, *extra):
    port = free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "wechatpay_mock.cli",
            "--data-dir",
            str(tmp_path / "world"),
            "--port",
            str(port),
            *extra,
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        wait_until_serving(f"http://127.0.0.1:{port}", process, timeout=20)
    except RuntimeError:
        process.kill()
        raise AssertionError(process.communicate()) from None
    return process, port


def stop(process):
    process.terminate()
    out, _ = process.communicate(timeout=10)
    return out


def test_first_start_creates_the_world_and_the_second_reuses_it(tmp_path):
    process, port = start(tmp_path)
    out = stop(process)
    world = tmp_path / "world"
    assert {
        "mock.toml",
        "seed.json",
        "README.txt",
        "merchant_private_key.pem",
        "brand_private_key.pem",
        "platform_private_key.pem",
        "platform_certificate.pem",
        "certificate_merchant_apiv3_key.txt",
    } <= {p.name for p in world.iterdir()}
    assert (world / "merchant_private_key.pem").stat().st_mode & 0o077 == 0
    assert "MerchantAuth(" in out and "TEST-ONLY" in out and f"127.0.0.1:{port}" in out
    assert "PRIVATE KEY" not in out
    from wechatpay_mock import ensure_demo_world

    apiv3_key = ensure_demo_world(world).apiv3_key
    assert f"APIv3 key (TEST-ONLY) {apiv3_key}" in out
    brand_api_key = ensure_demo_world(world).brand_api_key
    assert f"brand API key (TEST-ONLY; decrypts the brand's notifications) {brand_api_key}" in out
    assert (world / "brand_api_key.txt").stat().st_mode & 0o077 == 0
    key_before = (world / "platform_private_key.pem").read_bytes()
    process, _ = start(tmp_path)
    stop(process)
    assert (world / "platform_private_key.pem").read_bytes() == key_before


def test_a_broken_config_is_a_clear_error(tmp_path):
    config = tmp_path / "mine.toml"
    config.write_text('[platform]\nprivate_key = "absent.pem"\n')
    result = subprocess.run(
        [sys.executable, "-m", "wechatpay_mock.cli", "--config", str(config)],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 2
    assert "private_key" in result.stderr and "does not exist" in result.stderr


def test_several_workers_share_one_state(tmp_path):
    from wechatpay_mock import ensure_demo_world
    from wechatpay_mock.server import MockServer

    ensure_demo_world(tmp_path / "world")
    process, port = start(tmp_path, "--workers", "2")
    try:
        mock = MockServer.__new__(MockServer)  # borrow the client helpers only
        mock.credentials = ensure_demo_world(tmp_path / "world")
        mock.host, mock.port = "127.0.0.1", port
        with httpx.Client(base_url=mock.base_url, auth=mock.merchant_auth()) as client:
            body = {
                "coupon_code": "8800000000000010",
                "appid": "wx233544546545989",
                "use_time": "2026-03-02T12:30:00+08:00",
            }
            results = [
                client.post(
                    "/v3/marketing/busifavor/coupons/use", json={**body, "use_request_no": f"W{i}"}
                ).status_code
                for i in range(8)
            ]
        assert sorted(results) == [200] + [400] * 7
    finally:
        stop(process)


@pytest.mark.parametrize(
    ("toml", "says"),
    [
        ('[[merchants]]\nserial_no = "X"\npublic_key = "platform_public_key.pem"\n', "mchid"),
        ('[[merchants]]\nmchid = "1"\nserial_no = "X"\npublic_key = "mock.toml"\n', "mine.toml"),
        (
            '[[merchants]]\nmchid = "1"\nserial_no = "X"\npublic_key = "platform_public_key.pem"\n'
            "appids = 5\n",
            "mine.toml",
        ),
        ('[signature]\nmax_skew = "soon"\n', "soon"),
        (
            "[notifications]\nretry_scale = 0\n",
            r"\[notifications\] retry_scale must be a number > 0",
        ),
        ('[notifications]\ntimeout = "5s"\n', r"\[notifications\] timeout must be a number > 0"),
        (
            '[[brands]]\nbrand_id = "1"\nserial_no = "X"\npublic_key = "platform_public_key.pem"\n'
            'api_key_file = "mine.toml"\n',
            "the brand API key in .* must be 32 ASCII characters",
        ),
    ],
)
def test_a_malformed_config_names_the_problem(tmp_path, toml, says):
    from wechatpay_mock import ensure_demo_world, load_settings
    from wechatpay_mock.settings import ConfigError

    world = ensure_demo_world(tmp_path)
    config = world.data_dir / "mine.toml"
    config.write_text('[platform]\nprivate_key = "platform_private_key.pem"\n' + toml)
    with pytest.raises(ConfigError, match=says):
        load_settings(config)


def test_every_flag_has_help():
    from wechatpay_mock.cli import build_parser

    parser = build_parser()
    flags = [action for action in parser._actions if action.option_strings]
    assert len(flags) >= 8
    for action in flags:
        assert action.help and action.help.strip(), action.option_strings


def test_log_requests_prints_one_line_per_request(tmp_path):
    from wechatpay_mock import ensure_demo_world
    from wechatpay_mock.server import MockServer

    process, port = start(tmp_path, "-v")
    try:
        mock = MockServer.__new__(MockServer)  # borrow the client helpers only
        mock.credentials = ensure_demo_world(tmp_path / "world")
        mock.host, mock.port = "127.0.0.1", port
        with httpx.Client(base_url=mock.base_url, auth=mock.merchant_auth()) as client:
            found = client.get(
                "/v3/marketing/favor/users/2323dfsdf342342/coupons/9856888",
                params={"appid": "wx233544546545989"},
            )
            missing = client.get(
                "/v3/marketing/favor/users/2323dfsdf342342/coupons/1",
                params={"appid": "wx233544546545989"},
            )
    finally:
        out = stop(process)
    lines = [line for line in out.splitlines() if " queryFavorCoupon " in line]
    assert len(lines) == 2, out
    pattern = r"^\d{4}-\d\d-\d\dT\S+ queryFavorCoupon (\d{3}) (\S+) (\S+) [\d.]+ms$"
    seen = [re.match(pattern, line).groups() for line in lines]
    assert seen == [
        ("200", "-", found.headers["Request-ID"]),
        ("404", "RESOURCE_NOT_EXISTS", missing.headers["Request-ID"]),
    ]


def test_a_taken_port_is_a_clear_error_before_serving(tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "wechatpay_mock.cli",
                "--data-dir",
                str(tmp_path / "world"),
                "--port",
                str(port),
            ],
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert result.returncode == 3, result.stdout + result.stderr
    assert f"127.0.0.1:{port}" in result.stderr and "already in use" in result.stderr
    assert "serving" not in result.stdout and "Traceback" not in result.stderr


def test_workers_sign_with_a_certificate_another_worker_added(tmp_path):
    from wechatpay_auth import WechatPayVerifier, load_certificate
    from wechatpay_auth.primitives import decrypt_resource
    from wechatpay_mock import ensure_demo_world
    from wechatpay_mock.server import MockServer

    process, port = start(tmp_path, "--workers", "2")
    try:
        base = f"http://127.0.0.1:{port}"
        mock = MockServer.__new__(MockServer)  # borrow the client helpers only
        mock.credentials = ensure_demo_world(tmp_path / "world")
        mock.host, mock.port = "127.0.0.1", port
        added = httpx.post(f"{base}/_mock/certificates").json()["serial_no"]
        # Listed before it signs, so the client downloads it while it trusts the old one.
        with httpx.Client(base_url=base, auth=mock.certificate_merchant_auth()) as client:
            listed = client.get("/v3/certificates").json()["data"]
            certificates = [
                load_certificate(
                    decrypt_resource(
                        mock.credentials.apiv3_key,
                        e["encrypt_certificate"]["nonce"],
                        e["encrypt_certificate"]["ciphertext"],
                        e["encrypt_certificate"]["associated_data"],
                    )
                )
                for e in listed
            ]
        httpx.post(f"{base}/_mock/certificates/{added}/activate").raise_for_status()
        verifier = WechatPayVerifier(certificates=certificates)
        with httpx.Client(base_url=base, auth=mock.certificate_merchant_auth(verifier)) as client:
            # Each on a new connection, until both workers answered (a Request-ID starts with
            # its process's own random prefix).
            serials, workers = set(), set()
            for _ in range(100):
                answer = client.get(
                    "/v3/marketing/favor/users/2323dfsdf342342/coupons/9856888",
                    params={"appid": "wx233544546545989"},
                    headers={"Connection": "close"},
                )
                serials.add(answer.headers["Wechatpay-Serial"])
                workers.add(answer.headers["Request-ID"][:16])
                if len(workers) == 2:
                    break
        assert serials == {added} and len(workers) == 2
    finally:
        stop(process)


def test_port_zero_serves_on_a_free_port_and_says_which(tmp_path):
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "wechatpay_mock.cli",
            "--data-dir",
            str(tmp_path / "w"),
            "--port",
            "0",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        first = process.stdout.readline()
        found = re.search(r"serving on http://127\.0\.0\.1:(\d+) ", first)
        assert found and found.group(1) != "0", first
        wait_until_serving(f"http://127.0.0.1:{found.group(1)}", process, timeout=20)
    finally:
        stop(process)


@pytest.mark.parametrize(
    ("options", "says"),
    [
        (["--notify-retry-scale", "0"], "--notify-retry-scale must be > 0"),
        (["--notify-timeout", "-1"], "--notify-timeout must be > 0"),
        (["--spec", "no-such-spec.yaml"], "--spec: cannot read "),
        (["--rules", "no_such_module_anywhere"], "cannot take RULES from no_such_module_anywhere"),
    ],
)
def test_unusable_notification_spec_and_rules_options_stop_the_command(tmp_path, options, says):
    result = subprocess.run(
        [sys.executable, "-m", "wechatpay_mock.cli", "--data-dir", str(tmp_path), *options],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
    )
    assert result.returncode == 2, result.stdout + result.stderr
    assert says in result.stderr and "serving" not in result.stdout


def test_a_demo_world_from_before_brand_api_keys_gets_one(tmp_path):
    from wechatpay_mock import ensure_demo_world, load_settings

    world = ensure_demo_world(tmp_path)
    config = world.data_dir / "mock.toml"
    config.write_text(
        "\n".join(
            line for line in config.read_text().splitlines() if not line.startswith("api_key_file")
        )
    )
    (world.data_dir / "brand_api_key.txt").unlink()
    upgraded = ensure_demo_world(tmp_path)
    settings = load_settings(config)
    assert settings.brands[upgraded.brand_id].api_key == upgraded.brand_api_key
    assert len(upgraded.brand_api_key) == 32 and "api_key" not in repr(settings.brands)
