#!/usr/bin/env python3
"""Regenerates bench/data/large.json and bench/data/mix.ndjson, deterministically.

  python3 bench/make_data.py            # writes both next to the hand-written fixtures

large.json: 50 tags, 100 per-path behaviors, allow lists at the CloudFront quota (10 items).
mix.ndjson: 300 lines, each a fixture (minimal, typical, clean, invalid-many, large) as is or with
one mutation (dropped, renamed and retyped members, boundary lengths, odd Unicode, a duplicate key,
a syntax break). The choice of fixture and mutation is a fixed function of the line number, so the
file is byte-identical on every run and every Python 3.

After regenerating, refresh the expected findings with
  build/bench/sailcheck_bench --print-findings=bench/data/mix.ndjson > bench/data/mix.expected
and review the difference. Stdlib only.
"""
import copy
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")

HEADERS = ["Accept", "Accept-Charset", "Accept-Datetime", "Accept-Encoding", "Accept-Language",
           "CloudFront-Forwarded-Proto", "CloudFront-Is-Mobile-Viewer", "CloudFront-Viewer-Country",
           "Host", "Referer"]
DIRS = ["images", "assets", "static", "media", "uploads", "themes", "plugins", "fonts",
        "downloads", "docs"]
EXTS = ["jpg", "png", "gif", "webp", "svg", "css", "js", "woff2", "html", "json"]
TAG_GROUPS = ["team", "app", "env", "cost", "owner"]


def large():
    # One broad cached path per folder, cached sub-paths, and every fifth a dont-cache
    # sub-path inside a broad cached one: nothing is redundant (LS4003), only the count of
    # per-path behaviors is over the CloudFront quota of 25 (LS4012).
    behaviors = [{"path": f"site/{d}/*", "behavior": "cache"} for d in DIRS]
    for i in range(90):
        d, e = DIRS[i % 10], EXTS[(i // 10) % 10]
        if i % 5 == 0:
            behaviors.append({"path": f"site/{d}/private-{i:03d}/*", "behavior": "dont-cache"})
        else:
            behaviors.append({"path": f"site/{d}/v{i // 10}/*.{e}", "behavior": "cache"})
    tags = [{"key": f"org:{TAG_GROUPS[i % 5]}/attribute-{i:02d}",
             "value": f"value {i:02d} for group_{i % 7} = ok.{i}@example.com"} for i in range(50)]
    return {
        "distributionName": "media-cdn-global-prod-01",
        "origin": {"name": "media-lb-frankfurt", "regionName": "eu-central-1",
                   "protocolPolicy": "https-only", "responseTimeout": 45},
        "defaultCacheBehavior": {"behavior": "dont-cache"},
        "cacheBehaviorSettings": {
            "defaultTTL": 86400, "minimumTTL": 60, "maximumTTL": 31536000,
            "allowedHTTPMethods": "GET,HEAD,OPTIONS",
            "cachedHTTPMethods": "GET,HEAD,OPTIONS",
            "forwardedCookies": {"option": "allow-list",
                                 "cookiesAllowList": [f"media_session_{i}" for i in range(10)]},
            "forwardedHeaders": {"option": "allow-list", "headersAllowList": HEADERS},
            "forwardedQueryStrings": {
                "option": True,
                "queryStringsAllowList": [f"q{i}" for i in range(8)] + ["utm_source", "utm_campaign"]},
        },
        "cacheBehaviors": behaviors,
        "bundleId": "large_1_0",
        "ipAddressType": "ipv4",
        "certificateName": "media-example-com",
        "viewerMinimumTlsProtocolVersion": "TLSv1.2_2021",
        "tags": tags,
    }


def load(name):
    with open(os.path.join(DATA, name), encoding="utf-8") as f:
        return json.load(f)


def dumps(doc):
    return json.dumps(doc, ensure_ascii=False)


def settings(doc):
    return doc.setdefault("cacheBehaviorSettings", {})


# Each mutation takes a copy of a document and returns its NDJSON line (text, so that mutations
# below the JSON level, duplicate keys and syntax breaks, are possible).
def m_none(d, i):
    return dumps(d)


def m_drop_required(d, i):
    d.pop(["bundleId", "origin", "defaultCacheBehavior", "distributionName"][i % 4], None)
    return dumps(d)


def m_rename_near_miss(d, i):
    old, new = [("distributionName", "DistributionName"), ("bundleId", "bundleID"),
                ("ipAddressType", "ip_address_type")][i % 3]
    if old in d:
        d = {new if k == old else k: v for k, v in d.items()}
    return dumps(d)


def m_retype(d, i):
    s = settings(d)
    k = i % 4
    if k == 0:
        s["defaultTTL"] = "3600"
    elif k == 1:
        s["minimumTTL"] = 60.0
    elif k == 2:
        s["forwardedQueryStrings"] = {"option": "true"}
    else:
        d["origin"]["responseTimeout"] = None
    return dumps(d)


def m_boundary_length(d, i):
    # 255 is the longest valid name, 256 one too many; tag keys allow 128 code points.
    k = i % 3
    if k == 0:
        d["distributionName"] = "n" * 255
    elif k == 1:
        d["distributionName"] = "n" * 256
    else:
        d.setdefault("tags", []).append({"key": "k" * 129, "value": "v"})
    return dumps(d)


def m_odd_unicode(d, i):
    tags = d.setdefault("tags", [])
    k = i % 4
    if k == 0:
        tags.append({"key": "Größe", "value": "\u00e9t\u00e9 \u3000 ok"})  # letters and an ideographic space
    elif k == 1:
        tags.append({"key": "cafe\u0301", "value": "combining acute accent"})  # a mark: not allowed
    elif k == 2:
        tags.append({"key": "note", "value": "bidi \u202e override"})
    else:
        tags.append({"key": "emoji", "value": "launch \U0001f680"})
    return dumps(d)


def m_enum_typo(d, i):
    k = i % 3
    if k == 0:
        d["origin"]["regionName"] = "us-east-7"
    elif k == 1:
        d["defaultCacheBehavior"]["behavior"] = "Cache"
    else:
        d["ipAddressType"] = "dual-stack"
    return dumps(d)


def m_duplicate_key(d, i):
    text = dumps(d)
    return '{"bundleId": "small_1_0", ' + text[1:]


def m_syntax_break(d, i):
    text = dumps(d)
    k = i % 3
    if k == 0:
        return text[: len(text) // 2]  # truncated
    if k == 1:
        return text[:-1] + ", }"  # trailing comma
    return text.replace('"cache"', "'cache'", 1) if '"cache"' in text else text + "x"


MUTATIONS = [m_none, m_none, m_none, m_drop_required, m_rename_near_miss, m_retype,
             m_boundary_length, m_odd_unicode, m_enum_typo, m_duplicate_key, m_syntax_break]
# Weighted towards the everyday payloads; large.json is one line in twenty.
BASES = ["typical.json", "typical.json", "typical.json", "clean.json", "clean.json",
         "minimal.json", "minimal.json", "invalid-many.json", "minimal.json", "typical.json",
         "typical.json", "typical.json", "clean.json", "clean.json", "minimal.json",
         "minimal.json", "invalid-many.json", "minimal.json", "clean.json", "large.json"]
LINES = 300


def main():
    with open(os.path.join(DATA, "large.json"), "w", encoding="utf-8") as f:
        f.write(json.dumps(large(), indent=2) + "\n")
    docs = {name: load(name) for name in sorted(set(BASES))}
    out = []
    for i in range(LINES):
        base = docs[BASES[i % len(BASES)]]
        mutate = MUTATIONS[(i * 7 + i // len(BASES)) % len(MUTATIONS)]
        line = mutate(copy.deepcopy(base), i // len(MUTATIONS))
        assert "\n" not in line
        out.append(line)
    with open(os.path.join(DATA, "mix.ndjson"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
