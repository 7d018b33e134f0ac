"""The spec's version, its changelog and the released copy move together."""

import re

from .conftest import REPO, breaking, load_released, load_spec


def semver(text: str) -> tuple[int, int, int]:
    match = re.fullmatch(r"(\d+)\.(\d+)\.(\d+)", text)
    assert match, f"not a semver: {text!r}"
    major, minor, patch = (int(part) for part in match.groups())
    return major, minor, patch


def test_info_version_is_the_newest_changelog_entry():
    changelog = (REPO / "spec" / "CHANGELOG.md").read_text(encoding="utf-8")
    versions = re.findall(r"^## (\S+)", changelog, flags=re.M)
    assert versions, "spec/CHANGELOG.md has no '## <version>' entry"
    assert versions[0] == load_spec()["info"]["version"]
    assert [semver(v) for v in versions] == sorted((semver(v) for v in versions), reverse=True)


def test_the_released_spec_is_not_newer_than_the_working_one():
    released = load_released()
    assert semver(released["info"]["version"]) <= semver(load_spec()["info"]["version"])


def test_a_changed_api_has_a_new_version():
    """Offline counterpart of `redocly diff --check-version` in `make spec-diff`: once operations,
    parameters, bodies or responses differ from the released spec, info.version (and so the
    changelog, by the test above) must move past the released version."""
    released, working = load_released(), load_spec()
    changes = breaking.compare(released, working)
    if changes:
        assert semver(working["info"]["version"]) > semver(released["info"]["version"]), (
            "the spec changed since its last release; bump info.version and add its "
            "spec/CHANGELOG.md entry:\n" + "\n".join(map(str, changes))
        )
