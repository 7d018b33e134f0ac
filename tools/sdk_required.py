"""Compares the spec's `required` lists with the official SDKs' models, field by field.

Usage:
    python -m tools.sdk_required --go DIR --java DIR [--samples DIR] [--spec FILE]

Each DIR is a checkout or a bare git mirror (as `fetch` leaves under /work/.mirror/…/repo) of
wechatpay-apiv3/wechatpay-go, wechatpay-apiv3/wechatpay-java and wechatpay-apiv3/wechatpay-skills
(the brand product-coupon samples). The SDKs are read only while this runs; the project does not
depend on them.

For each operation of the spec, the SDK code that calls the same method and path is found (Go: a
function with that `localVarPath`/`path` and HTTP method; Java: a method with that request path
and `HttpMethod`), and the type it decodes the 200 response into is walked side by side with the
spec's response schema, following nested types by JSON name. Each field of each schema gets:

- `req` / `opt`: Go marks a field optional with `omitempty`; Java has no required marker, only
  comments (`当…时…必填`, `将返回此字段`, `可能返回` mean optional, a plain `必填` required);
- `?`: the field is there but the source states nothing (every Java field without such a comment;
  every field of a Go file that marks no field at all as required, as the product-coupon samples);
- `-`: the source has no such field; blank: the source has no code for the operation.

The document column is the operation's source document (`make check-sources` reads it). The verdict
takes the tolerant choice: a required field stays required only when some official source requires
it and none makes it optional.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from wechatpay_mock.spec_reader import OpenAPI, load_document, ref_name

from .sources import facts, read_document, source_files

REPO = Path(__file__).resolve().parents[1]

# --- reading a checkout or a bare mirror ----------------------------------------------------------


def read_sources(root: Path, suffixes: tuple[str, ...]) -> dict[str, str]:
    """Every file of a checkout or bare git repository with one of the suffixes, by relative path.

    Tests and examples are left out: they hold no model the SDK decodes answers into.
    """

    def wanted(name: str) -> bool:
        lowered = name.lower()
        return name.endswith(suffixes) and not (
            lowered.endswith("_test.go") or "/test/" in lowered or "/src/example/" in lowered
        )

    if (root / "HEAD").is_file() and (root / "objects").is_dir():
        listing = _git(root, "ls-tree", "-r", "-z", "--name-only", "HEAD")
        names = [name for name in listing.split("\0") if name and wanted(name)]
        batch = subprocess.run(  # noqa: S603 - our own arguments, no shell
            ["git", f"--git-dir={root}", "cat-file", "--batch"],  # noqa: S607 - git from PATH
            input="".join(f"HEAD:{name}\n" for name in names).encode(),
            capture_output=True,
            check=True,
        ).stdout
        files: dict[str, str] = {}
        offset = 0
        for name in names:
            header_end = batch.index(b"\n", offset)
            size = int(batch[offset:header_end].split()[2])
            files[name] = batch[header_end + 1 : header_end + 1 + size].decode("utf-8", "replace")
            offset = header_end + 1 + size + 1
        return files
    return {
        path.relative_to(root).as_posix(): path.read_text(encoding="utf-8", errors="replace")
        for path in sorted(root.rglob("*"))
        if path.is_file() and wanted(path.relative_to(root).as_posix())
    }


def _git(root: Path, *arguments: str) -> str:
    return subprocess.run(  # noqa: S603 - our own arguments, no shell
        ["git", f"--git-dir={root}", *arguments],  # noqa: S607 - git from PATH
        capture_output=True,
        text=True,
        check=True,
    ).stdout


# --- models ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SdkField:
    json_name: str
    type_name: str  # the element type's name for lists and pointers: `CouponEntity`, `string`
    required: str  # req, opt or ?


@dataclass
class SdkType:
    name: str
    fields: dict[str, SdkField] = field(default_factory=dict)


@dataclass(frozen=True)
class Root:
    """Where a source decodes an operation's 200 answer: the type and the files defining types."""

    type_name: str
    scope: tuple[str, ...]


class Source:
    """One language's code in one repository: its types by scope, and its operations' roots."""

    def __init__(self, label: str, files: dict[str, str]) -> None:
        self.label = label
        self.files = files
        self._types: dict[tuple[str, ...], dict[str, SdkType]] = {}

    def root(self, method: str, path: str) -> Root | None:
        raise NotImplementedError

    def parse_types(self, text: str) -> list[SdkType]:
        raise NotImplementedError

    def types(self, scope: tuple[str, ...]) -> dict[str, SdkType]:
        if scope not in self._types:
            found: dict[str, SdkType] = {}
            for name in scope:
                for sdk_type in self.parse_types(self.files[name]):
                    found.setdefault(sdk_type.name, sdk_type)
            self._types[scope] = found
        return self._types[scope]


_GO_STRUCT = re.compile(r"^type (\w+) struct \{\n(.*?)^\}", re.DOTALL | re.MULTILINE)
_GO_FIELD = re.compile(r'^\s+\w+\s+(\S+)\s+`json:"([^",]+)((?:,[^"]*)?)"', re.MULTILINE)
_GO_FUNC = re.compile(r"^func ", re.MULTILINE)
_GO_RESULT = re.compile(r"\)\s*\(\s*\w+\s+\*(\w+)")
_GO_METHOD = re.compile(r'(?:http\.Method|nethttp\.Method)(\w+)|method\s*=\s*"([A-Z]+)"')
_GO_PATH = re.compile(r'"(/(?:v3|brand)/[^"?]*)"')


class GoSource(Source):
    def root(self, method: str, path: str) -> Root | None:
        for name, text in self.files.items():
            if not name.endswith(".go") or path not in text:
                continue
            for chunk in _GO_FUNC.split(text)[1:]:
                paths = _GO_PATH.findall(chunk)
                methods = [(a or b).upper() for a, b in _GO_METHOD.findall(chunk)]
                result = _GO_RESULT.search(chunk.split("\n", 1)[0])
                if path in paths and method in methods and result:
                    folder = str(PurePosixPath(name).parent)
                    scope = tuple(
                        sorted(
                            other
                            for other in self.files
                            if other.endswith(".go") and str(PurePosixPath(other).parent) == folder
                        )
                    )
                    # A sample is a program of one file: its own types only.
                    if "package main" in text:
                        scope = (name,)
                    return Root(result.group(1), scope)
        return None

    def parse_types(self, text: str) -> list[SdkType]:
        types = []
        structs = list(_GO_STRUCT.finditer(text))
        any_required = any(
            "omitempty" not in match.group(3)
            for struct in structs
            for match in _GO_FIELD.finditer(struct.group(2))
        )
        for struct in structs:
            sdk_type = SdkType(struct.group(1))
            for match in _GO_FIELD.finditer(struct.group(2)):
                type_name = re.sub(r"^[\[\]*]+", "", match.group(1)).split(".")[-1]
                if not any_required:
                    required = "?"
                else:
                    required = "opt" if "omitempty" in match.group(3) else "req"
                sdk_type.fields[match.group(2)] = SdkField(match.group(2), type_name, required)
            types.append(sdk_type)
        return types


_JAVA_CLASS = re.compile(r"\bclass (\w+)[^{]*\{")
_JAVA_FIELD = re.compile(
    r"(?:/\*\*(?P<doc>(?:(?!\*/).)*)\*/\s*)?"
    r'@SerializedName\("(?P<name>[^"]+)"\)\s*(?:@\w+(?:\([^)]*\))?\s*)*'
    r"(?:(?:private|public|protected|final|static)\s+)+(?P<type>[\w.<>, ]+?)\s+\w+\s*(?:=[^;]*)?;",
    re.DOTALL,
)
_JAVA_METHOD = re.compile(r"^\s*public\s+(?:static\s+)?(\w+)\s+\w+\(", re.MULTILINE)
_JAVA_HTTP = re.compile(r'HttpMethod\.(\w+)|METHOD\s*=\s*"([A-Z]+)"')
_JAVA_PATH = re.compile(r'"(?:https://api\.mch\.weixin\.qq\.com)?(/(?:v3|brand)/[^"?]*)"')
# Comments that say a field is only sometimes there (or only required under a condition).
_JAVA_OPTIONAL = re.compile(r"时[^。；;]{0,40}必填|将返回此字段|可能返回|选填|可选|非必填")


class JavaSource(Source):
    def root(self, method: str, path: str) -> Root | None:
        for name, text in self.files.items():
            if not name.endswith(".java") or path not in text:
                continue
            class_level = _JAVA_PATH.findall(text), _JAVA_HTTP.findall(text)
            chunks = _JAVA_METHOD.split(text)
            # split() alternates: text, return type, text, return type, …
            for index in range(1, len(chunks) - 1, 2):
                result, body = chunks[index], chunks[index + 1]
                paths = _JAVA_PATH.findall(body)
                methods = [(a or b).upper() for a, b in _JAVA_HTTP.findall(body)]
                if not paths and len(class_level[0]) == 1:
                    # A sample: one operation per class, its PATH and METHOD are constants.
                    paths = class_level[0]
                    methods = [(a or b).upper() for a, b in class_level[1]]
                if path in paths and method in methods and result[0].isupper():
                    folder = PurePosixPath(name).parent
                    scope = tuple(
                        sorted(
                            other
                            for other in self.files
                            if other == name or PurePosixPath(other).parent == folder / "model"
                        )
                    )
                    return Root(result, scope)
        return None

    def parse_types(self, text: str) -> list[SdkType]:
        types = []
        for match in _JAVA_CLASS.finditer(text):
            body = _braced(text, match.end() - 1)
            # Nested classes are types of their own; their fields are not this class's.
            own = body
            for nested in _JAVA_CLASS.finditer(body):
                own = own.replace(_braced(body, nested.end() - 1), "")
            sdk_type = SdkType(match.group(1))
            for found in _JAVA_FIELD.finditer(own):
                doc = " ".join((found.group("doc") or "").replace("*", " ").split())
                if _JAVA_OPTIONAL.search(doc):
                    required = "opt"
                elif "必填" in doc:
                    required = "req"
                else:
                    required = "?"
                element = re.sub(r"^(?:java\.util\.)?List<(.+)>$", r"\1", found.group("type"))
                sdk_type.fields[found.group("name")] = SdkField(
                    found.group("name"), element.split(".")[-1].strip(), required
                )
            types.append(sdk_type)
        return types


def _braced(text: str, start: int) -> str:
    """The text from the `{` at start to its matching `}`."""
    depth = 0
    for index in range(start, len(text)):
        if text[index] == "{":
            depth += 1
        elif text[index] == "}":
            depth -= 1
            if depth == 0:
                return text[start : index + 1]
    return text[start:]


# --- the walk -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Row:
    schema: str
    field: str
    path: str
    spec: str
    cells: tuple[str, ...]
    verdict: str


def verdict(spec_required: bool, cells: dict[str, str]) -> str:
    """The tolerant choice: required only where a source requires it and none makes it optional."""
    requiring = [label for label, cell in cells.items() if cell == "req"]
    relaxing = [label for label, cell in cells.items() if cell == "opt"]
    if spec_required and relaxing:
        return f"make optional ({', '.join(relaxing)} optional)"
    if spec_required and not requiring:
        return "make optional (no source requires it)"
    if not spec_required and requiring and not relaxing:
        return f"keep optional ({', '.join(requiring)} required; tolerant)"
    return "keep"


class Walk:
    def __init__(
        self,
        spec: dict[str, Any],
        sources: list[Source],
        documents: dict[tuple[str, str], dict[str, bool]],
    ) -> None:
        self.spec = OpenAPI(spec)
        self.sources = sources
        self.documents = documents
        self.rows: list[Row] = []
        self.seen: set[str] = set()

    def resolve(self, node: Any) -> tuple[str, dict[str, Any]]:
        """The schema a node names, and its component's name ("" for an inline schema)."""
        return ref_name(node) or "", self.spec.mapping(node)

    def operation(self, method: str, path: str) -> None:
        operation = self.spec.operation(method, path)
        schema = self.spec.response_schema(operation) if operation else None
        if schema is None:
            return
        roots: list[tuple[Source, Root | None]] = [
            (source, source.root(method.upper(), path)) for source in self.sources
        ]
        types = {
            source.label: (root.type_name, root.scope) if root else None for source, root in roots
        }
        document = self.documents.get((method.upper(), path), {})
        self.schema(schema, "", types, document)

    def schema(
        self,
        node: Any,
        path: str,
        types: dict[str, tuple[str, tuple[str, ...]] | None],
        document: dict[str, bool],
    ) -> None:
        name, schema = self.resolve(node)
        if schema.get("type") == "array" or "items" in schema:
            # Fields hold their list's element type already, so the same types walk the items.
            self.schema(schema.get("items", {}), f"{path}[]", types, document)
            return
        if "properties" not in schema or (name and name in self.seen):
            return
        if name:
            self.seen.add(name)
        required = set(schema.get("required", []))
        for prop, sub in schema["properties"].items():
            here = f"{path}.{prop}" if path else prop
            cells: dict[str, str] = {}
            nested: dict[str, tuple[str, tuple[str, ...]] | None] = {}
            for source in self.sources:
                found = types[source.label]
                if found is None:
                    cells[source.label], nested[source.label] = "", None
                    continue
                sdk_type = source.types(found[1]).get(found[0])
                sdk_field = sdk_type.fields.get(prop) if sdk_type else None
                cells[source.label] = sdk_field.required if sdk_field else "-"
                nested[source.label] = (sdk_field.type_name, found[1]) if sdk_field else None
            if here in document:
                cells["doc"] = "req" if document[here] else "opt"
            self.rows.append(
                Row(
                    name or path or "(response)",
                    prop,
                    here,
                    "req" if prop in required else "opt",
                    tuple(cells.get(label, "") for label in self.labels()),
                    verdict(prop in required, cells),
                )
            )
            self.schema(sub, here, nested, document)

    def labels(self) -> list[str]:
        return ["doc", *(source.label for source in self.sources)]


def documented_required(spec_path: Path) -> dict[tuple[str, str], dict[str, bool]]:
    """The required flag of every response field of the source documents, by operation."""
    found: dict[tuple[str, str], dict[str, bool]] = {}
    for path in source_files(spec_path.parent / "sources"):
        document = read_document(path)
        if not (document.method and document.url_path):
            continue
        flags = found.setdefault((document.method, document.url_path), {})
        for fact in facts(document):
            if fact.kind == "field" and fact.attribute == "required":
                flags[fact.subject] = fact.documented == "true"
    return found


def render(rows: list[Row], labels: list[str]) -> str:
    """One table per schema, schemas in the order the walk met them."""
    by_schema: dict[str, list[Row]] = {}
    for row in rows:
        by_schema.setdefault(row.schema, []).append(row)
    out = []
    for schema, schema_rows in by_schema.items():
        out += [
            "",
            f"### {schema}",
            "",
            "| field | spec | " + " | ".join(labels) + " | verdict |",
            "|" + "---|" * (len(labels) + 3),
        ]
        for row in schema_rows:
            flagged = "**" if row.verdict.startswith("make") else ""
            cells = " | ".join(cell or " " for cell in row.cells)
            out.append(
                f"| `{row.field}` | {row.spec} | {cells} | {flagged}{row.verdict}{flagged} |"
            )
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tools.sdk_required", description=__doc__.splitlines()[0] if __doc__ else ""
    )
    parser.add_argument("--go", type=Path, help="wechatpay-go checkout or mirror")
    parser.add_argument("--java", type=Path, help="wechatpay-java checkout or mirror")
    parser.add_argument("--samples", type=Path, help="wechatpay-skills checkout or mirror")
    parser.add_argument("--spec", type=Path, default=REPO / "spec" / "wechatpay-coupons.yaml")
    arguments = parser.parse_args(argv)
    sources: list[Source] = []
    if arguments.go:
        sources.append(GoSource("go", read_sources(arguments.go, (".go",))))
    if arguments.java:
        sources.append(JavaSource("java", read_sources(arguments.java, (".java",))))
    if arguments.samples:
        files = read_sources(arguments.samples, (".go", ".java"))
        sources.append(GoSource("go-sample", files))
        sources.append(JavaSource("java-sample", files))
    if not sources:
        parser.error("name at least one of --go, --java, --samples")
    walk = Walk(load_document(arguments.spec), sources, documented_required(arguments.spec))
    for operation in walk.spec.operations():
        print(f"\n## {operation.label}")
        before = len(walk.rows)
        walk.operation(operation.method, operation.path)
        print(render(walk.rows[before:], walk.labels()))
    changes = [row for row in walk.rows if row.verdict.startswith("make")]
    print(f"\n{len(walk.rows)} fields compared; {len(changes)} to make optional.")
    for row in changes:
        print(f"- {row.schema}.{row.field} ({row.path}): {row.verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
