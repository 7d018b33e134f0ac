"""Adapts the spec for openapi-python-client without changing what it says on the wire.

- openapi-python-client reads a parameter's schema but drops the parameter's own
  ``description`` (upstream issue #1411), so generated docstrings would list bare argument
  names. Copying each parameter description into its inline schema keeps it in the docstrings.
- Headers that the auth plugin sets on every request (``Wechatpay-Serial``: the verifier's
  WeChat Pay public key id) stay required on the wire but become optional arguments: the
  caller passes one only to override what the auth would send.
"""

import copy
from typing import Any

from wechatpay_mock.spec_reader import OpenAPI

SET_BY_AUTH = {
    "wechatpay-serial": "Optional: when unset, the auth plugin sends its verifier's WeChat Pay "
    "public key id (the first of ``public_keys``)."
}


def prepare(spec: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``spec``: parameter descriptions on their schemas, auth-set headers optional."""
    prepared = copy.deepcopy(spec)
    reader = OpenAPI(prepared)
    done: set[int] = set()  # a parameter shared by $ref is one object: edit it once
    for operation in reader.operations():
        for parameter in reader.parameters(operation):
            if id(parameter) in done:
                continue
            done.add(id(parameter))
            schema = parameter.get("schema")
            description = parameter.get("description")
            note = SET_BY_AUTH.get(str(parameter.get("name", "")).lower())
            if note and parameter.get("in") == "header":
                parameter["required"] = False
                description = f"{description} {note}" if description else note
            if isinstance(schema, dict) and description and "$ref" not in schema:
                if note:
                    schema["description"] = description
                else:
                    schema.setdefault("description", description)
    return prepared
