"""Shared by the portal checks: the spec, the repo, and the node tools."""

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
SPEC_PATH = REPO / "spec" / "wechatpay-coupons.yaml"
BIN = REPO / "node_modules" / ".bin"
RELEASED_PATH = REPO / "spec" / "released" / "wechatpay-coupons.yaml"
ENV = {**os.environ, "REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true"}


def load_spec() -> dict:
    return yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))


def load_released() -> dict:
    return yaml.safe_load(RELEASED_PATH.read_text(encoding="utf-8"))


def _load_breaking():
    """tools/publish/breaking.py is a script, not a package; load it by path."""
    module_spec = importlib.util.spec_from_file_location(
        "publish_breaking", REPO / "tools" / "publish" / "breaking.py"
    )
    assert module_spec and module_spec.loader
    module = importlib.util.module_from_spec(module_spec)
    sys.modules["publish_breaking"] = module  # dataclasses look their module up by name
    module_spec.loader.exec_module(module)
    return module


breaking = _load_breaking()


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
