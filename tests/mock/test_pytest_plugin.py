"""The pytest11 plugin in a project installed without the ``mock`` extra (issue 20, D1).

The plugin loads in every pytest run of every project that installs the package, so it must
load without starlette and uvicorn, and say how to install them only when its fixture is used.
Each test runs pytest in a subprocess where those cannot be imported, as in such a project.
"""

import subprocess
import sys
import textwrap
from importlib.metadata import entry_points

WITHOUT_THE_EXTRA = textwrap.dedent(
    """
    import importlib.abc, sys

    class WithoutTheMockExtra(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path, target=None):
            if name.split(".")[0] in {"starlette", "uvicorn"}:
                raise ModuleNotFoundError(f"No module named {name!r}", name=name)
            return None

    sys.meta_path.insert(0, WithoutTheMockExtra())
    import pytest
    sys.exit(pytest.main(sys.argv[1:]))
    """
)


def run_pytest(tmp_path, test_source: str) -> subprocess.CompletedProcess[str]:
    (tmp_path / "test_app.py").write_text(textwrap.dedent(test_source), encoding="utf-8")
    return subprocess.run(
        [sys.executable, "-c", WITHOUT_THE_EXTRA, "-q", "-p", "no:cacheprovider", "test_app.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_plugin_is_registered_for_pytest():
    plugins = {e.name: e.value for e in entry_points(group="pytest11")}
    assert plugins.get("wechatpay_mock") == "wechatpay_mock.pytest_plugin"


def test_a_run_that_does_not_use_the_mock_passes_without_the_extra(tmp_path):
    result = run_pytest(tmp_path, "def test_ok():\n    assert True\n")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 passed" in result.stdout


def test_using_the_fixture_without_the_extra_says_how_to_install_it(tmp_path):
    result = run_pytest(
        tmp_path,
        """
        def test_ok():
            assert True

        def test_uses_the_mock(wechatpay_mock):
            pass
        """,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert "1 passed, 1 error" in output
    assert 'pip install "wechatpay-coupons[mock]"' in output
    assert "uvicorn is not installed" in output or "starlette is not installed" in output
