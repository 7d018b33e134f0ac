"""examples/quickstart.py, what `make demo` runs: as a user runs it, and its certificate section
against the test mock (whose APIv3 key the test knows, to check that it is never printed)."""

import importlib.util
import re
import subprocess
import sys
from pathlib import Path

import pytest

QUICKSTART = Path(__file__).resolve().parents[2] / "examples" / "quickstart.py"
SERIAL = r"[0-9A-F]{8,40}"


@pytest.fixture(scope="module")
def quickstart():
    spec = importlib.util.spec_from_file_location("quickstart", QUICKSTART)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_demo_runs_every_step_as_documented():
    result = subprocess.run(
        [sys.executable, str(QUICKSTART)], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.rstrip().endswith("all steps behaved as documented")
    assert "A merchant in certificate mode" in result.stdout


def test_the_certificate_section_downloads_verifies_and_follows_a_rotation(
    quickstart, wechatpay_mock, capsys
):
    report = quickstart.Report()
    quickstart.run_certificate_merchant(wechatpay_mock.base_url, wechatpay_mock.credentials, report)
    out = capsys.readouterr().out
    assert report.failed == [], out
    first = re.search(
        rf"favor coupon \(first call\) +\S+ · verified with certificate ({SERIAL})", out
    )
    rotation = re.search(rf"rotation \(mock control API\) +({SERIAL}) -> ({SERIAL})", out)
    after = re.search(rf"after the rotation\) +\S+ · verified with certificate ({SERIAL})", out)
    assert first and rotation and after, out
    assert rotation.groups() == (first[1], after[1]) and first[1] != after[1]
    # Serials and validity of the downloaded certificates: once before, both after the rotation.
    shown = re.findall(rf"platform certificate +({SERIAL}) valid \d{{4}}-\d\d-\d\d to ", out)
    assert shown == [first[1], first[1], after[1]]
    # What the mock saw: two downloads, none asked for by the demo.
    operations = [entry["operation"] for entry in wechatpay_mock.journal()]
    assert operations.count("downloadCertificates") == 2
    assert wechatpay_mock.credentials.apiv3_key not in out
