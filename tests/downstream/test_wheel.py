"""The wheel a user installs (issue 20, D13): its licence text, its project URLs, and only the
extras a user may want (the project's own tools are dependency groups, never published)."""

import subprocess
import sys
import tomllib
import zipfile
from email.parser import Parser
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> zipfile.ZipFile:
    out = tmp_path_factory.mktemp("wheel")
    command = ["pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out)]
    subprocess.run(
        [sys.executable, "-m", *command, str(REPO)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return zipfile.ZipFile(next(out.glob("wechatpay_coupons-*.whl")))


def metadata(wheel: zipfile.ZipFile):
    name = next(n for n in wheel.namelist() if n.endswith(".dist-info/METADATA"))
    return Parser().parsestr(wheel.read(name).decode())


def test_the_wheel_ships_the_licence_text(wheel):
    licences = [n for n in wheel.namelist() if n.endswith(".dist-info/licenses/LICENSE")]
    assert licences, wheel.namelist()
    text = wheel.read(licences[0]).decode()
    assert text == (REPO / "LICENSE").read_text() and text.startswith("MIT License")
    assert metadata(wheel)["License-Expression"] == "MIT"


def test_only_the_extras_a_user_wants_are_published(wheel):
    extras = set(metadata(wheel).get_all("Provides-Extra") or [])
    assert extras == {"aiohttp", "speedups", "mock"}
    requirements = " ".join(metadata(wheel).get_all("Requires-Dist") or [])
    for tool in ("ruff", "schemathesis", "wechatpayv3", "pyinstrument", "pytest", "mypy"):
        assert tool not in requirements
    groups = tomllib.loads((REPO / "pyproject.toml").read_text())["dependency-groups"]
    assert {"dev", "bench"} <= set(groups)


def test_the_project_urls_are_published(wheel):
    urls = dict(entry.split(", ", 1) for entry in metadata(wheel).get_all("Project-URL") or [])
    assert {"Homepage", "Repository", "Issues", "Documentation"} <= set(urls)
    assert all(url.startswith("https://") for url in urls.values())
