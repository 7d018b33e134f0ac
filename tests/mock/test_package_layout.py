"""The mock's modules import one another in one direction: no cycle, not even for type hints."""

import ast
from pathlib import Path

import wechatpay_mock

PACKAGE = Path(wechatpay_mock.__file__).parent


def imports_of(module: Path) -> set[str]:
    """The package's own modules that ``module`` imports, at run time or for type checking."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            if node.module:
                found.add(node.module.split(".")[0])
            else:
                found.update(alias.name for alias in node.names)
    return found


def test_no_module_imports_one_that_imports_it_back():
    graph = {
        path.stem: imports_of(path) for path in PACKAGE.glob("*.py") if path.stem != "__init__"
    }
    for start in graph:
        stack, seen = [(start, (start,))], set()
        while stack:
            name, trail = stack.pop()
            for imported in graph.get(name, ()):
                assert imported != start, " → ".join((*trail, imported))
                if imported not in seen:
                    seen.add(imported)
                    stack.append((imported, (*trail, imported)))


def test_the_cycle_check_finds_a_cycle(tmp_path):
    (tmp_path / "a.py").write_text("from .b import x\n")
    assert imports_of(tmp_path / "a.py") == {"b"}
