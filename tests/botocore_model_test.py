#!/usr/bin/python3
"""Debian's real botocore 1.29 against `sailcheck --target-model botocore-1.29`.

usage: botocore_model_test.py SAILCHECK_BINARY SOURCE_DIR

botocore's client-side parameter validation (botocore.validate, with lightsail's
CreateDistribution input shape from botocore's own loader) runs on the corpus payloads
(tests/corpus/*.json, examples/*.json) and on variants of them that add what botocore 1.29's
model lacks. Both directions are checked, member by member:
  - every "Unknown parameter" botocore reports is an LS1002 or LS5001 finding at that member;
  - every LS1002 finding is such a botocore error, and every LS5001 finding is either one
    too or (for enum values, which botocore does not check) a string that botocore's model
    does not list in that member's enum.
Exit 77 (skipped) when /usr/bin/python3 has no botocore 1.29; run from ctest.
"""

import copy
import json
import os
import re
import subprocess
import sys
import tempfile

SKIP = 77


def load_input_shape():
    try:
        import botocore
        import botocore.loaders
        import botocore.model
        import botocore.validate
    except ImportError:
        print("skipped: botocore is not importable (install python3-botocore)")
        sys.exit(SKIP)
    if not botocore.__version__.startswith("1.29."):
        print("skipped: botocore %s is not 1.29" % botocore.__version__)
        sys.exit(SKIP)
    data = botocore.loaders.create_loader().load_service_model("lightsail", "service-2")
    model = botocore.model.ServiceModel(data, "lightsail")
    return botocore.validate.ParamValidator(), model.operation_model("CreateDistribution").input_shape


def escape(token):
    return token.replace("~", "~0").replace("/", "~1")


def pointer_of(name):
    """botocore's error name ('.cacheBehaviors[0]') as an RFC 6901 pointer."""
    out = ""
    for member, index in re.findall(r"\.([^.\[]+)|\[(\d+)\]", name):
        out += "/" + (escape(member) if member else index)
    return out


def resolve(document, shape, pointer):
    """The value and the botocore shape at `pointer` (tokens of known members only)."""
    value = document
    for token in pointer.split("/")[1:]:
        token = token.replace("~1", "/").replace("~0", "~")
        if shape.type_name == "list":
            value, shape = value[int(token)], shape.member
        else:
            value, shape = value[token], shape.members[token]
    return value, shape


def variants(name, payload):
    """The payload, and copies with what botocore 1.29 lacks (deterministic)."""
    yield name, payload
    if not isinstance(payload, dict):
        return
    additions = [
        ("certificateName", lambda p: p.__setitem__("certificateName", "shop-cert")),
        ("tls", lambda p: p.__setitem__("viewerMinimumTlsProtocolVersion", "TLSv1.2_2021")),
        ("ipv6", lambda p: p.__setitem__("ipAddressType", "ipv6")),
        ("typo", lambda p: p.__setitem__("bundleID", "small_1_0")),
    ]
    if isinstance(payload.get("origin"), dict):
        additions += [
            ("timeout", lambda p: p["origin"].__setitem__("responseTimeout", 30)),
            ("origin-ip", lambda p: p["origin"].__setitem__("ipAddressType", "ipv4")),
            ("region", lambda p: p["origin"].__setitem__("regionName", "ap-southeast-5")),
            ("timeout-type", lambda p: p["origin"].__setitem__("responseTimeout", "30")),
        ]
    for suffix, change in additions:
        p = copy.deepcopy(payload)
        change(p)
        yield "%s+%s" % (name, suffix), p


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    binary, source = sys.argv[1:]
    validator, shape = load_input_shape()
    payloads = []
    for folder in ("tests/corpus", "examples"):
        directory = os.path.join(source, folder)
        for f in sorted(os.listdir(directory)):
            if not f.endswith(".json"):
                continue
            try:
                with open(os.path.join(directory, f), encoding="utf-8") as fh:
                    payload = json.load(fh)
            except ValueError:
                continue  # not JSON (examples/broken.json): nothing for botocore to validate
            payloads.extend(variants("%s/%s" % (folder, f), payload))

    with tempfile.TemporaryDirectory() as tmp:
        files = {}
        for i, (name, payload) in enumerate(payloads):
            path = os.path.join(tmp, "%03d.json" % i)
            with open(path, "w", encoding="utf-8") as fh:
                json.dump(payload, fh)
            files[path] = (name, payload)
        run = subprocess.run([binary, "--no-config", "--format", "json", "--target-model",
                              "botocore-1.29", "--max-findings-per-rule", "0", "--max-findings",
                              "0"] + sorted(files), capture_output=True, text=True)
        if run.returncode not in (0, 1):
            sys.exit("sailcheck failed (%d): %s" % (run.returncode, run.stderr))
        findings = {path: {} for path in files}
        for d in json.loads(run.stdout)["diagnostics"]:
            findings[d["file"]].setdefault(d["code"], set()).add(d["pointer"])

    failures = []
    checked = rejected = 0
    for path, (name, payload) in sorted(files.items()):
        found = findings[path]
        if "LS1005" in found or "LS0003" in found or not isinstance(payload, dict):
            continue  # another kind of document, or over a limit: no member-level verdict
        checked += 1
        errors = validator.validate(payload, shape)._errors
        unknown = {pointer_of(n) + "/" + escape(kw["unknown_param"])
                   for reason, n, kw in errors if reason == "unknown field"}
        rejected += bool(unknown)
        unknown_members = found.get("LS1002", set())
        newer = found.get("LS5001", set())
        for p in sorted(unknown - unknown_members - newer):
            failures.append("%s: botocore rejects %s, sailcheck reports neither LS1002 nor LS5001"
                            % (name, p))
        for p in sorted(unknown_members - unknown):
            failures.append("%s: LS1002 at %s, but botocore knows that member" % (name, p))
        for p in sorted(newer - unknown):
            value, value_shape = resolve(payload, shape, p)
            if not isinstance(value, str) or value in (value_shape.enum or []):
                failures.append("%s: LS5001 at %s, but botocore 1.29 has it (%r)"
                                % (name, p, value))
    for f in failures:
        print("FAIL " + f)
    print("%d payloads checked, %d rejected by botocore 1.29, %d disagreements"
          % (checked, rejected, len(failures)))
    return 1 if failures or checked == 0 or rejected == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
