"""Compares a freshly generated package with the committed one, file by file, byte by byte."""

from pathlib import Path

# Interpreter and tool droppings are not part of the generated package.
_IGNORED_PARTS = frozenset({"__pycache__", ".ruff_cache", ".mypy_cache", ".pytest_cache"})


def _files(root: Path) -> dict[str, bytes]:
    if not root.is_dir():
        return {}
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and not _IGNORED_PARTS.intersection(path.relative_to(root).parts)
    }


def differences(*, expected: Path, actual: Path) -> list[str]:
    """One line per file that is missing, unexpected or different, in path order."""
    want, have = _files(expected), _files(actual)
    lines: list[str] = []
    for name in sorted(want.keys() | have.keys()):
        if name not in have:
            lines.append(f"missing:    {name}")
        elif name not in want:
            lines.append(f"unexpected: {name}")
        elif want[name] != have[name]:
            lines.append(f"differs:    {name}")
    return lines
