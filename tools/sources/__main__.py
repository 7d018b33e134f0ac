"""`python -m tools.sources [--report]`: the check behind `make check-sources`.

`python -m tools.sources draft SOURCE`: the drafting step behind `make draft-operation` (see
`draft`): writes a new document's operation into the spec (and its rows in the two tables of
`readme`), or prints the diff that brings an existing operation up to its document.

`python -m tools.sources readme`: writes spec/sources/README.md's table of documents.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from wechatpay_mock.spec_reader import load_document

from .check import check, rate
from .draft import draft_into, dump, load, update
from .inventory import read_document, source_files
from .readme import README_HEADER, entries, table_at, write_readme
from .report import report, summary

REPO = Path(__file__).resolve().parents[2]
SPEC = REPO / "spec" / "wechatpay-coupons.yaml"
SOURCES = REPO / "spec" / "sources"
ERRATA = REPO / "spec" / "ERRATA.md"


def main(argv: list[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else argv
    if arguments[:1] == ["draft"]:
        return draft(arguments[1:])
    if arguments[:1] == ["readme"]:
        return readme(arguments[1:])
    parser = argparse.ArgumentParser(
        prog="python -m tools.sources",
        description="Check that the spec states every fact of the documents in spec/sources/, "
        "or that spec/ERRATA.md names the deviation. `draft SOURCE` drafts a document's "
        "operation into the spec.",
    )
    parser.add_argument("--report", action="store_true", help="print every fact per document")
    parser.add_argument("--sources", type=Path, default=SOURCES)
    parser.add_argument("--spec", type=Path, default=SPEC)
    parser.add_argument("--errata", type=Path, default=ERRATA)
    options = parser.parse_args(arguments)
    result = check(options.sources, options.spec, options.errata)
    if options.report:
        print(report(result))
    for line in result.failures():
        print(line, file=sys.stderr)
    print(f"check-sources: {summary(result)}", file=sys.stderr if not result.ok else sys.stdout)
    return 0 if result.ok else 1


def draft(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tools.sources draft",
        description="Draft a source document's operation into the spec (a new operation), or "
        "print the diff that brings the spec's operation up to the document.",
    )
    parser.add_argument("source", type=Path, help="spec/sources/NNN_name.txt")
    parser.add_argument("--spec", type=Path, default=SPEC)
    parser.add_argument("--errata", type=Path, default=ERRATA)
    options = parser.parse_args(argv)
    document = read_document(options.source)
    if not (document.method and document.url_path):
        print(f"draft: {options.source} names no method and path", file=sys.stderr)
        return 2
    readme = options.source.parent / "README.md"
    spec = load(options.spec)
    item = spec["paths"].get(document.url_path, {})
    if document.method.lower() in item:
        found = update(document, options.spec, options.errata, readme)
        if found.diff:
            print(found.diff, end="")
        print(
            f"draft: {document.method} {document.url_path} is in the spec; "
            f"{len(found.applied)} fact(s) of the document as a diff above (apply with "
            f"`git apply`), {len(found.to_decide)} to decide by hand"
            + "".join(f"\n  to decide: `{fact}`" for fact in found.to_decide),
            file=sys.stderr,
        )
        return 0
    drafted = draft_into(document, spec)
    options.spec.write_text(dump(spec), encoding="utf-8")
    if readme.exists() and table_at(readme.read_text(encoding="utf-8").splitlines(), README_HEADER):
        documents = [read_document(path) for path in source_files(options.source.parent)]
        write_readme(readme, entries(documents, load_document(options.spec)))
    result = rate([document], load_document(options.spec), options.errata, readme)
    print(
        f"draft: wrote {drafted.operation_id} ({document.method} {document.url_path}) into "
        f"{options.spec.name}"
    )
    for line in drafted.review:
        print(f"  review: {line}")
    for line in drafted.not_carried:
        print(f"  for an erratum: {line}")
    for line in result.failures():
        print(f"  check-sources: {line}")
    print(f"  check-sources for {options.source.name}: {summary(result)}")
    return 0


def readme(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tools.sources readme",
        description="Write the table of documents in spec/sources/README.md from spec/sources/ "
        "and the spec.",
    )
    parser.add_argument("--sources", type=Path, default=SOURCES)
    parser.add_argument("--spec", type=Path, default=SPEC)
    options = parser.parse_args(argv)
    documents = [read_document(path) for path in source_files(options.sources)]
    write_readme(options.sources / "README.md", entries(documents, load_document(options.spec)))
    print(f"readme: {len(documents)} documents in {options.sources / 'README.md'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
