"""Every message the mock can stop with at start-up is in the guide's table, with what to do.

The messages are read from the mock's source: each ``raise`` of ``BindingError``,
``SpecError``, ``SeedError``, ``IdShapeError`` or ``WebhookError`` (the last two become
``BindingError``s), and the relation problems ``relations.parse_relations`` returns (a
``SeedError`` names its entry before them). A message is in the table when its longest literal
piece is.
"""

import ast
from pathlib import Path

import wechatpay_mock

PACKAGE = Path(wechatpay_mock.__file__).parent
GUIDE = Path(__file__).resolve().parents[2] / "docs" / "adding-an-operation.md"
ERRORS = {"BindingError", "SpecError", "SeedError", "IdShapeError", "WebhookError"}
HOLE = "\x00"


def text_of(node: ast.expr) -> str:
    """A message expression with a hole where a value goes."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(text_of(v) if isinstance(v, ast.Constant) else HOLE for v in node.values)
    if isinstance(node, ast.BinOp):
        return text_of(node.left) + text_of(node.right)
    return HOLE


def messages() -> dict[str, str]:
    """Each start-up message's longest literal piece, by where it is raised."""
    found: dict[str, str] = {}
    for path in sorted(PACKAGE.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            message = None
            if (
                isinstance(node, ast.Raise)
                and isinstance(node.exc, ast.Call)
                and getattr(node.exc.func, "id", None) in ERRORS
                and node.exc.args
            ):
                message = text_of(node.exc.args[0])
            elif isinstance(node, ast.FunctionDef) and node.name == "parse_relations":
                for inner in ast.walk(node):
                    if isinstance(inner, ast.Return) and isinstance(
                        inner.value, ast.Constant | ast.JoinedStr
                    ):
                        found[f"{path.name}:{inner.lineno}"] = longest(text_of(inner.value))
            if message is not None:
                found[f"{path.name}:{node.lineno}"] = longest(message)
    return {where: piece for where, piece in found.items() if len(piece) >= 4}


def longest(message: str) -> str:
    return max(message.split(HOLE), key=len).strip(" :,(")


def table() -> str:
    text = GUIDE.read_text(encoding="utf-8")
    section = text.split("## What the start-up check says", 1)[1].split("\n## ", 1)[0]
    return "\n".join(line.split(" | ")[0] for line in section.splitlines() if line.startswith("|"))


def test_every_start_up_message_is_in_the_guides_table():
    rows = table()
    missing = {where: piece for where, piece in messages().items() if piece not in rows}
    assert missing == {}


def test_the_check_reads_the_messages_it_guards():
    found = messages()
    assert "has no binding: the default handler serves read (GET) operations only" in "".join(
        found.values()
    )
    assert any(where.startswith("relations.py") for where in found)
    assert any(where.startswith("spec.py") for where in found)
