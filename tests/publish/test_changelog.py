"""The spec's version, its changelog and the released copy move together."""

import re

import yaml

from .conftest import REPO, load_spec


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
    released = yaml.safe_load(
        (REPO / "spec" / "released" / "wechatpay-coupons.yaml").read_text(encoding="utf-8")
    )
    assert semver(released["info"]["version"]) <= semver(load_spec()["info"]["version"])
