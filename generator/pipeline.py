"""One generation: spec -> prepared spec -> openapi-python-client -> extras -> pinned ruff ->
the runtime.

The runtime (``runtime/*.py``: the client, its errors, types and transport) is plain Python
that depends on no spec; it is copied last, byte for byte, over the modules of the same name that
upstream writes from its own templates, so what ``make lint`` and mypy check in ``runtime/`` is
exactly what ships.

Everything happens in a scratch folder; the destination is replaced only when every step has
succeeded, so a failed run never leaves a half-written package behind.
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

from .errors import GenerationError
from .extras import render_extras, spec_facts
from .prepare import prepare

HERE = Path(__file__).resolve().parent
CONFIG = HERE / "config.yaml"
TEMPLATES = HERE / "templates"
RUNTIME = HERE / "runtime"
PACKAGE = "wechatpay_coupons"
RUFF_OPTIONS = ("--isolated", "--line-length", "100", "--target-version", "py311")

__all__ = ["GenerationError", "generate"]


def generate(spec_path: Path, destination: Path) -> None:
    spec = _load(spec_path)
    with tempfile.TemporaryDirectory(prefix="wechatpay-gen-") as scratch_name:
        scratch = Path(scratch_name)
        prepared = scratch / "openapi.json"
        # JSON with sorted keys: the upstream parser sees the same bytes on every run.
        prepared.write_text(json.dumps(prepare(spec), ensure_ascii=False, sort_keys=False))
        facts = spec_facts(spec)
        facts_path = scratch / "facts.json"
        facts_path.write_text(json.dumps(facts, ensure_ascii=False))
        package = scratch / PACKAGE
        _run_upstream(prepared, facts_path, package)
        render_extras(facts, package)
        (package / "py.typed").write_text("")
        _format(package)
        _copy_runtime(package)
        _remove_droppings(package)
        if destination.exists():
            shutil.rmtree(destination)
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(package, destination)


def _load(spec_path: Path) -> dict[str, Any]:
    try:
        loaded = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise GenerationError(f"cannot read {spec_path}: {exc}") from exc
    if not isinstance(loaded, dict) or "openapi" not in loaded:
        raise GenerationError(f"{spec_path} is not an OpenAPI document")
    return loaded


def _run_upstream(prepared: Path, facts: Path, package: Path) -> None:
    command = [
        sys.executable,
        str(HERE / "upstream.py"),
        str(facts),
        "generate",
        "--path",
        str(prepared),
        "--config",
        str(CONFIG),
        "--custom-template-path",
        str(TEMPLATES),
        "--meta",
        "none",
        "--output-path",
        str(package),
        "--fail-on-warning",
    ]
    result = _run(command, cwd=prepared.parent)
    if result.returncode != 0 or not (package / "__init__.py").exists():
        raise GenerationError(
            "openapi-python-client failed or warned (warnings fail the build):\n"
            + result.stdout
            + result.stderr
        )


def _format(package: Path) -> None:
    ruff = [sys.executable, "-m", "ruff"]
    # Unused imports come from upstream's generic import lists; isort keeps the order stable.
    fix = _run(
        [*ruff, "check", *RUFF_OPTIONS, "--select", "F401,I", "--fix-only", "--quiet", PACKAGE],
        cwd=package.parent,
    )
    # Not run inside the package: its types.py would shadow the standard library's.
    fmt = _run([*ruff, "format", *RUFF_OPTIONS, PACKAGE], cwd=package.parent)
    for step, result in (("ruff check --fix", fix), ("ruff format", fmt)):
        if result.returncode != 0:
            raise GenerationError(
                f"{step} failed on the generated code:\n{result.stdout}{result.stderr}"
            )


def _copy_runtime(package: Path) -> None:
    # Only the .py files: the .pyi stubs there stand in, for mypy, for the modules rendered from
    # the spec, which the package has for real.
    for source in sorted(RUNTIME.glob("*.py")):
        shutil.copyfile(source, package / source.name)


def _remove_droppings(package: Path) -> None:
    for pattern in ("__pycache__", ".ruff_cache"):
        for found in package.rglob(pattern):
            shutil.rmtree(found, ignore_errors=True)


def _run(command: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "RUFF_NO_CACHE": "true", "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run(  # noqa: S603 - fixed argument lists, no shell
        command, cwd=cwd, env=environment, capture_output=True, text=True, check=False
    )
