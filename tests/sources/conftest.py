"""Edited copies of the source documents, the spec and the errata, for drilling the check."""

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from tools.sources import Result, check

REPO = Path(__file__).resolve().parents[2]
SOURCES = REPO / "spec" / "sources"
SPEC = REPO / "spec" / "wechatpay-coupons.yaml"
ERRATA = REPO / "spec" / "ERRATA.md"


@dataclass
class Copies:
    """spec/sources, the spec and ERRATA.md copied to a temporary directory, to be edited."""

    root: Path

    @property
    def sources(self) -> Path:
        return self.root / "sources"

    @property
    def spec(self) -> Path:
        return self.root / "wechatpay-coupons.yaml"

    @property
    def errata(self) -> Path:
        return self.root / "ERRATA.md"

    def document(self, number: str) -> Path:
        (path,) = self.sources.glob(f"{number}_*.txt")
        return path

    def replace(self, path: Path, old: str, new: str) -> None:
        text = path.read_text(encoding="utf-8")
        assert text.count(old) == 1, f"{old!r} is not once in {path.name}"
        path.write_text(text.replace(old, new), encoding="utf-8")

    def insert(self, path: Path, anchor: str, lines: str, before: bool = False) -> None:
        """Inserts lines after (or before) the one line that contains anchor."""
        text = path.read_text(encoding="utf-8").split("\n")
        found = [index for index, line in enumerate(text) if anchor in line]
        assert len(found) == 1, f"{anchor!r} is on {len(found)} lines of {path.name}"
        at = found[0] if before else found[0] + 1
        text[at:at] = lines.split("\n")
        path.write_text("\n".join(text), encoding="utf-8")

    def edit_spec(self, edit) -> None:
        spec = yaml.safe_load(self.spec.read_text(encoding="utf-8"))
        edit(spec)
        self.spec.write_text(
            yaml.safe_dump(spec, allow_unicode=True, sort_keys=False), encoding="utf-8"
        )

    def check(self) -> Result:
        return check(self.sources, self.spec, self.errata)


@pytest.fixture
def copies(tmp_path: Path) -> Copies:
    shutil.copytree(SOURCES, tmp_path / "sources")
    shutil.copy(SPEC, tmp_path / "wechatpay-coupons.yaml")
    shutil.copy(ERRATA, tmp_path / "ERRATA.md")
    return Copies(tmp_path)


def missing_ids(result: Result) -> list[str]:
    return [verdict.fact.id for verdict in result.missing]


def facts_through(component: str, kind: str, attribute: str) -> list[str]:
    """The ids of the facts (of every document, in document order) whose place in the spec is a
    property of the component schema, or an example of the component response, `component`:
    what an edit of that component touches. Read from the spec, so that a new document sharing
    the component needs no edit here."""
    from tools.sources import facts, read_document, source_files
    from wechatpay_mock.spec_reader import OpenAPI, load_document, ref_name

    reader = OpenAPI(load_document(SPEC))
    found = []
    for path in source_files(SOURCES):
        document = read_document(path)
        operation = reader.operation(document.method or "", document.url_path or "")
        if operation is None:
            continue
        for fact in facts(document):
            if fact.kind != kind or fact.attribute != attribute:
                continue
            if kind == "error":
                response = operation.raw.get("responses", {}).get(fact.detail.status)
                if ref_name(response) == component:
                    found.append(fact.id)
                continue
            node, owner = (
                reader.response_schema(operation),
                ref_name(reader.response_schema(operation)),
            )
            segments = fact.subject.replace("[]", ".[]").split(".")
            for segment in segments[:-1]:
                schema = reader.mapping(node)
                node = (
                    schema.get("items")
                    if segment == "[]"
                    else schema.get("properties", {}).get(segment)
                )
                owner = ref_name(node) or owner
            if owner == component:
                found.append(fact.id)
    return found
