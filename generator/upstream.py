"""Runs openapi-python-client's CLI with our spec facts visible to the templates as ``facts``.

Upstream parses the spec into endpoints and models but keeps none of its vendor extensions
(``x-pagination``, ``x-credential`` on the security schemes) nor each operation's ``security``.
The resource-style client needs both at once: upstream's parsed parameters for its method
signatures, and the spec's extensions to pick each operation's credential and page iterator.
So the templates get one more global, ``extras.spec_facts(spec)``, beside upstream's own.

Usage (from pipeline.py): ``python generator/upstream.py FACTS_JSON <upstream CLI args>``.
openapi-python-client is pinned to one exact version (pyproject.toml), so the one attribute this
relies on, ``Project.env``, cannot change under us unnoticed: a missing global fails the
generation with StrictUndefined-like errors in the templates that use it.
"""

import json
import sys
from pathlib import Path
from typing import Any

import openapi_python_client
from openapi_python_client.cli import app


def main() -> None:
    facts = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))

    original_init = openapi_python_client.Project.__init__

    def init_with_spec(self: Any, *args: Any, **kwargs: Any) -> None:
        original_init(self, *args, **kwargs)
        self.env.globals["facts"] = facts

    openapi_python_client.Project.__init__ = init_with_spec  # type: ignore[method-assign]
    app(args=sys.argv[2:], prog_name="openapi-python-client")


if __name__ == "__main__":
    main()
