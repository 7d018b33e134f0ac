"""The public API type-checks the way users check it (issue 12's done-when).

- the downstream sample passes ``mypy --strict`` and ``pyright`` in strict mode;
- ``pyright --verifytypes`` scores 100 % for each of the three packages.

pyright comes from PyPI (``pyright``, pinned in the dev dependency group), which fetches the
matching npm package on first use.
"""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
BIN = Path(sys.executable).parent


def run(*command: str, cwd: Path = HERE) -> subprocess.CompletedProcess[str]:
    # pyright finds the environment's packages through the python on PATH.
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    return subprocess.run(
        command, cwd=cwd, env=env, capture_output=True, text=True, timeout=600, check=False
    )


def test_the_downstream_sample_passes_mypy_strict():
    result = run(sys.executable, "-m", "mypy", "coupon_shop", "test_coupon_shop.py")
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_downstream_sample_passes_pyright_strict():
    result = run(str(BIN / "pyright"), "-p", "pyrightconfig.json")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 errors, 0 warnings" in result.stdout


@pytest.mark.parametrize("package", ["wechatpay_coupons", "wechatpay_auth", "wechatpay_mock"])
def test_every_public_symbol_has_a_known_type(package):
    result = run(str(BIN / "pyright"), "--verifytypes", package, "--ignoreexternal")
    score = re.search(r"Type completeness score: ([\d.]+)%", result.stdout)
    assert score is not None, result.stdout + result.stderr
    problems = [line for line in result.stdout.splitlines() if "error:" in line]
    assert float(score.group(1)) == 100.0, "\n".join(problems[:40])


def refused_lines(output: str, file: str) -> set[int]:
    return {int(line) for line in re.findall(rf"{re.escape(file)}:(\d+)", output)}


def test_a_misspelt_or_mistyped_option_fails_both_type_checkers():
    # D8 (issue 20): with_options(**changes: Any) let `timout=1` through to run time.
    file = "misspelt_options.py"
    marked = {
        number
        for number, line in enumerate((HERE / file).read_text().splitlines(), start=1)
        if "# refused" in line
    }
    assert len(marked) == 4
    mypy = run(sys.executable, "-m", "mypy", file)
    assert mypy.returncode == 1
    assert refused_lines(mypy.stdout, file) == marked, mypy.stdout
    pyright = run(str(BIN / "pyright"), "--project", "pyrightconfig.json", file)
    assert pyright.returncode == 1
    assert refused_lines(pyright.stdout, file) == marked, pyright.stdout
    assert "strict" in (HERE / "pyrightconfig.json").read_text()
