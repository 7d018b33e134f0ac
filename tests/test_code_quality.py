"""Hand-written code stays ruff-clean, formatted and mypy --strict clean (pyproject settings)."""

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
HAND_WRITTEN = ["auth_plugin", "mock", "generator", "tests", "examples", "bench", "tools"]


def run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *command],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


def test_ruff_check():
    result = run("ruff", "check", "--no-cache", *HAND_WRITTEN)
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format():
    result = run("ruff", "format", "--check", "--no-cache", *HAND_WRITTEN)
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict(tmp_path):
    result = run("mypy", "--cache-dir", str(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
