"""Every operation's portal sample (tools/publish/code_samples.py) runs against the mock.

The samples are generated from the spec, so a new operation gets one; running each here, as a
user would (a fresh interpreter, ``WechatPay.from_env()``), means none can rot.
"""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tools.publish.code_samples import LABEL, samples, with_samples
from wechatpay_mock.spec_reader import OpenAPI

REPO = Path(__file__).resolve().parents[2]
SPEC = yaml.safe_load((REPO / "spec" / "wechatpay-coupons.yaml").read_text(encoding="utf-8"))
SAMPLES = samples(SPEC)
READER = OpenAPI(SPEC)
ERROR_LINE = re.compile(r"^\d{3} [A-Z_]+ ", re.M)  # what a sample prints for an ApiError


def test_every_operation_of_the_published_spec_carries_its_sample():
    published = OpenAPI(with_samples(SPEC))
    for operation in published.operations():
        (sample,) = operation.raw["x-codeSamples"]
        assert sample["lang"] == "Python" and sample["label"] == LABEL
        assert sample["source"] == SAMPLES[operation.operation_id]
        compile(sample["source"], operation.operation_id, "exec")
    assert published.problems() == []


@pytest.mark.parametrize("operation_id", sorted(SAMPLES))
def test_the_sample_runs_against_the_mock(wechatpay_mock, operation_id):
    # The certificate download answers merchants in certificate mode (the demo world has one);
    # every other sample runs as the demo world's public-key merchant.
    environment = wechatpay_mock.environment(
        certificate_mode=operation_id == "downloadCertificates"
    )
    # The samples that make the state this one's example needs (x-code-sample after), each
    # held to the same bar.
    operation = READER.by_id()[operation_id]
    for name in [*READER.code_sample_after(operation), operation_id]:
        result = subprocess.run(
            [sys.executable, "-c", SAMPLES[name]],
            env={**os.environ, **environment},
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert result.returncode == 0, f"{name}: {result.stderr}"
        assert result.stdout.strip(), f"the sample of {name} printed nothing"
        assert not ERROR_LINE.search(result.stdout), f"{name}: {result.stdout}"


def test_a_sample_that_needs_another_says_so_in_its_first_line():
    """Shown alone on the portal, a sample whose example needs another's state names it."""
    for operation in READER.operations():
        after = READER.code_sample_after(operation)
        first = SAMPLES[operation.operation_id].splitlines()[0]
        assert (first == f"# Run after the sample of {', then '.join(after)}.") == bool(after)
