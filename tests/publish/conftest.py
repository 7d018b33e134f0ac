"""Shared by the portal checks: the spec, the repo, and the node tools."""

import os
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
SPEC_PATH = REPO / "spec" / "wechatpay-coupons.yaml"
BIN = REPO / "node_modules" / ".bin"
ENV = {**os.environ, "REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true"}


def load_spec() -> dict:
    return yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def node_tools() -> Path:
    if not (BIN / "redocly").exists() or shutil.which("node") is None:
        pytest.fail(
            "the portal checks need Node 20 and `npm ci`; run them through "
            "`make lint-spec docs spec-diff browser-test`, which installs both"
        )
    return BIN


def run(command: list[str], cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command, capture_output=True, text=True, env=ENV, cwd=cwd, timeout=300, check=False
    )
