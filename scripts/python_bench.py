#!/usr/bin/python3
"""Speed of the Python module beside botocore's own validation, measured in one run.

    PYTHONPATH=build/python/package /usr/bin/python3 scripts/python_bench.py [--rounds 7]

Rows, per payload of ../shared/peers/payloads (typical-valid, large-valid):
  sailcheck.check(dict)        the dict boto3 receives, converted without JSON text
  Linter.check(str)            the JSON text (positions filled in)
  botocore validate_parameters the same dict against CreateDistribution's input shape
and, on typical-valid, a stubbed client.create_distribution(**payload) with and without
sailcheck.boto3.install (botocore's Stubber: no network). Methods run interleaved, in batches,
for several rounds; each figure is the median of the rounds' per-call times. Every method's
result is checked once before it is timed.
"""

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

import botocore.session
from botocore.stub import Stubber
from botocore.validate import validate_parameters

import sailcheck
import sailcheck.boto3

ROOT = Path(__file__).resolve().parent.parent


def per_call(fn, number):
    start = time.perf_counter()
    for _ in range(number):
        fn()
    return (time.perf_counter() - start) / number


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--payloads", type=Path, default=ROOT.parent / "shared" / "peers" / "payloads")
    ap.add_argument("--rounds", type=int, default=15)
    ap.add_argument("--target-ms", type=float, default=20.0, help="time per batch")
    args = ap.parse_args()

    session = botocore.session.get_session()
    shape = session.get_service_model("lightsail").operation_model("CreateDistribution").input_shape
    linter = sailcheck.Linter()
    methods = {}
    for name in ("typical-valid", "large-valid"):
        text = (args.payloads / f"{name}.json").read_text(encoding="utf-8")
        payload = json.loads(text)
        # Verified before timing: the same findings either way, and botocore accepts the dict.
        by_dict = [(d.code, d.pointer) for d in sailcheck.check(payload)]
        by_text = [(d.code, d.pointer) for d in linter.check(text)]
        assert sorted(by_dict) == sorted(by_text), name
        validate_parameters(payload, shape)
        methods[(name, "sailcheck.check(dict)")] = lambda p=payload: sailcheck.check(p)
        methods[(name, "Linter.check(str)")] = lambda t=text: linter.check(t)
        methods[(name, "botocore validate_parameters")] = (
            lambda p=payload: validate_parameters(p, shape))

    typical = json.loads((args.payloads / "typical-valid.json").read_text(encoding="utf-8"))
    response = {"distribution": {"name": typical["distributionName"]}}

    def stubbed_client(hooked):
        client = session.create_client("lightsail", region_name="us-east-1",
                                       aws_access_key_id="AKIDEXAMPLE", aws_secret_access_key="x")
        if hooked:
            sailcheck.boto3.install(client)
        stubber = Stubber(client)
        stubber.activate()

        def call():
            stubber.add_response("create_distribution", response)
            client.create_distribution(**typical)

        return call

    import warnings

    warnings.simplefilter("ignore", sailcheck.PayloadWarning)  # typical-valid has warnings
    methods[("typical-valid", "stubbed create_distribution")] = stubbed_client(False)
    methods[("typical-valid", "stubbed create_distribution + hook")] = stubbed_client(True)

    numbers = {}
    for key, fn in methods.items():
        fn()
        once = per_call(fn, 20)
        numbers[key] = max(1, int(args.target_ms / 1000 / once))
    samples = {key: [] for key in methods}
    for _ in range(args.rounds):
        for key, fn in methods.items():
            samples[key].append(per_call(fn, numbers[key]))
    med = {key: statistics.median(v) * 1e6 for key, v in samples.items()}

    print(f"| payload | method | µs per call |")
    print(f"|---|---|---:|")
    for (payload, method), us in med.items():
        print(f"| {payload} | {method} | {us:,.1f} |")
    for name in ("typical-valid", "large-valid"):
        boto = med[(name, "botocore validate_parameters")]
        print(f"{name}: check(dict) is {boto / med[(name, 'sailcheck.check(dict)')]:.1f}x faster "
              f"than botocore, Linter.check(str) {boto / med[(name, 'Linter.check(str)')]:.1f}x")
    plain = med[("typical-valid", "stubbed create_distribution")]
    hooked = med[("typical-valid", "stubbed create_distribution + hook")]
    print(f"the boto3 hook adds {100 * (hooked - plain) / plain:.1f}% to a stubbed "
          f"create_distribution ({plain:,.1f} -> {hooked:,.1f} µs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
