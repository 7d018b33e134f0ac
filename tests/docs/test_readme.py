"""Every code block of README.md runs here, as a downstream developer would run it."""

import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import wechatpay_coupons
from wechatpay_mock.server import free_port, wait_until_serving

REPO = Path(__file__).resolve().parents[2]
README = (REPO / "README.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"```(\w+)\n(.*?)```", README, flags=re.S)
PYTHON = [code for lang, code in BLOCKS if lang == "python"]
SHELL = [
    line.split("#")[0].strip()
    for lang, code in BLOCKS
    if lang == "sh"
    for line in code.splitlines()
    if line.split("#")[0].strip()
]
MAKE_TARGETS = set(
    re.findall(r"^([a-z][a-z-]*(?: [a-z][a-z-]*)*):", (REPO / "Makefile").read_text(), flags=re.M)
)


def section_blocks(title: str) -> list[str]:
    """The Python blocks of the README's section ``## title``."""
    section = README.split(f"\n## {title}\n", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```python\n(.*?)```", section, flags=re.S)


# The pytest example is run as a downstream suite; the brand campaign with the webhook recipe
# serving its callbacks (test_readme_notifications.py); every other Python block runs in order, in
# one namespace, against the mock, as a reader pasting them would.
PYTEST_EXAMPLE = next(code for code in PYTHON if "def test_" in code)
CAMPAIGN = section_blocks("Run a brand campaign (商品券)")
WALKTHROUGH = [code for code in PYTHON if code is not PYTEST_EXAMPLE and code not in CAMPAIGN]


def test_the_readme_has_the_blocks_these_tests_expect():
    assert len(WALKTHROUGH) == 6
    assert "WechatPay(" in WALKTHROUGH[0] and "AsyncWechatPay" in WALKTHROUGH[2]
    # The webhook recipe (run against the mock in test_readme_notifications.py).
    assert "parse_product_coupon_notification" in WALKTHROUGH[4]
    # The campaign: set the notify URL, create, send; then, confirmed, use and return.
    assert len(CAMPAIGN) == 2
    assert "create_product_coupon" in CAMPAIGN[0] and "return_user_product_coupon" in CAMPAIGN[1]
    assert SHELL[:2] == ["make demo", "make test"]


def test_construct_call_and_handle_errors(in_keys_dir, capsys):
    namespace: dict = {}
    for block in WALKTHROUGH:
        exec(compile(block, "README.md", "exec"), namespace)
    out = capsys.readouterr().out
    assert "8800000000000001" in out and "满100减10 SENDED" in out and "EFFECTIVE" in out
    assert "RESOURCE_NOT_EXISTS" in out
    assert "http://127.0.0.1" in out  # the raw response's URL
    # The certificate merchant downloads and verifies with the mock's platform certificates.
    certificate_merchant = namespace["certificate_merchant"]
    with pytest.raises(wechatpay_coupons.errors.NotFoundError):  # signed, verified, not its coupon
        certificate_merchant.favor.query_favor_coupon("o", "0", appid="wx233544546545989")
    downloader = certificate_merchant.client_for(
        "merchant", ""
    ).auth.verifier.certificate_downloader
    assert downloader.serials


def test_the_pytest_example_passes_as_a_downstream_suite(tmp_path):
    (tmp_path / "test_downstream.py").write_text(PYTEST_EXAMPLE, encoding="utf-8")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            str(tmp_path / "test_downstream.py"),
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "3 passed" in result.stdout


def test_make_targets_exist_and_are_real():
    makefile = (REPO / "Makefile").read_text()
    for line in SHELL:
        if line.startswith("make "):
            for target in line.split()[1:]:
                assert any(target in targets.split() for targets in MAKE_TARGETS), target
    assert "not yet implemented" not in makefile


def test_the_install_lines_build_one_wheel_with_three_packages(tmp_path):
    assert any(line.startswith("pip install ./wechatpay-coupons") for line in SHELL)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(REPO),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    wheel = next(tmp_path.glob("wechatpay_coupons-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    for expected in (
        "wechatpay_coupons/__init__.py",
        "wechatpay_coupons/py.typed",
        "wechatpay_auth/__init__.py",
        "wechatpay_mock/__init__.py",
        "wechatpay_mock/openapi/wechatpay-coupons.yaml",
        "wechatpay_mock/fixtures/demo_seed.json",
    ):
        assert expected in names, expected
    assert not [n for n in names if n.endswith(".pem")]


def test_the_mock_command_line_serves(tmp_path):
    line = next(line for line in SHELL if line.startswith("wechatpay-mock"))
    port = free_port()
    args = line.split()[1:]
    args[args.index("--port") + 1] = str(port)
    process = subprocess.Popen(
        [sys.executable, "-m", "wechatpay_mock.cli", *args],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        wait_until_serving(f"http://127.0.0.1:{port}", process)
        assert (tmp_path / "wechatpay-mock-data" / "mock.toml").exists()
    finally:
        process.terminate()
        process.wait(timeout=10)
