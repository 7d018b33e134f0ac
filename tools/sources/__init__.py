"""From WeChat Pay's documents to the spec, machine-checked (`make check-sources`).

`inventory` reads every numbered document in spec/sources/ (two formats: `markdown_format`, with
its `pipe_tables`, and `page_format`; a row's description lines through `detail`) into facts with
stable ids; `spec` says what the spec has for each; `check` accepts a fact the spec does not follow
only where spec/ERRATA.md names it (`errata`), or, for an artefact of copying, where the reader
recognises it or spec/sources/README.md names it (`artefacts`); `report` prints the table per
document.
"""

from .check import Result, Verdict, check
from .inventory import Fact, facts, read_document, source_files

__all__ = ["Fact", "Result", "Verdict", "check", "facts", "read_document", "source_files"]
