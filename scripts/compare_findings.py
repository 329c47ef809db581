#!/usr/bin/env python3
"""Runs two sailcheck binaries on the same generated payloads and compares every finding.

usage: scripts/compare_findings.py OLD_BINARY NEW_BINARY [--count N] [--seed S] [--keep DIR]
       [-- EXTRA FLAGS FOR BOTH]

Payloads are mutations of tests/corpus/*.json and examples/*.json: dropped, renamed, retyped
and duplicated members, boundary lengths, odd Unicode and escapes, repeated parents, syntax
breaks. Each binary checks the whole folder once (--format json); the script compares (file,
code, pointer, severity, message, line, column) of every finding and prints the differences.
Exit 0 when both agree on every file, 1 otherwise. A refactoring of the engine must keep this
at 0 on at least 10,000 payloads; an intended change of findings is listed in its commit.
"""

import json
import os
import random
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

ODD_STRINGS = [
    "", " ", "a", "a" * 255, "a" * 256, "é", "e\u0301", "\u202e", "\u2066x", "\u0000",
    "\u00ad", "\ud83d\ude00", "\\", "/", "~", "~1", "a.b", "-a", "a-", "_", "GET,HEAD",
    "get, head", "GET,HEAD,OPTIONS", "*", "/*", "**", "images/*", "a?b=c", "#x", "{a,b}",
    "aws:x", "AWS:x", "x" * 128, "x" * 129, "cache", "dont-cache", "allow-list", "all",
    "none", "default", "us-east-1", "us-east-l", "small_1_0", "TLSv1.1_2016", "ipv6",
    "dualstack", "https-only", "http-only", "match-viewer", "Host", "host", "Authorization",
]
ODD_NUMBERS = ["0", "-1", "1", "60", "61", "86400", "86400.0", "1e2", "1e400", "-0",
               "9223372036854775807", "9223372036854775808", "-9223372036854775809",
               "2147483648", "31536000", "true", "null", "[]", "{}", "\"1\""]


def load_bases():
    bases = []
    for folder in ("tests/corpus", "examples"):
        d = os.path.join(ROOT, folder)
        for name in sorted(os.listdir(d)):
            if not name.endswith(".json"):
                continue
            with open(os.path.join(d, name), encoding="utf-8", errors="surrogateescape") as f:
                text = f.read()
            try:
                bases.append(json.loads(text))
            except ValueError:
                pass
    return bases


def paths(value, prefix=()):
    yield prefix, value
    if isinstance(value, dict):
        for k, v in value.items():
            yield from paths(v, prefix + (k,))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from paths(v, prefix + (i,))


def parent_of(doc, path):
    cur = doc
    for p in path[:-1]:
        cur = cur[p]
    return cur


def mutate_value(rng, doc):
    """One structural mutation of the parsed document, in place."""
    all_paths = [p for p, _ in paths(doc) if p]
    if not all_paths:
        return
    path = rng.choice(all_paths)
    parent = parent_of(doc, path)
    key = path[-1]
    op = rng.randrange(6)
    if op == 0:  # drop
        del parent[key]
    elif op == 1 and isinstance(parent, dict):  # rename: case slip, typo, PascalCase
        value = parent.pop(key)
        variants = [key.upper(), key.capitalize(), key[:-1], key + "s", key.replace("TTL", "Ttl"),
                    key[:1].upper() + key[1:], rng.choice(ODD_STRINGS)]
        parent[rng.choice(variants)] = value
    elif op == 2:  # retype to a string
        parent[key] = rng.choice(ODD_STRINGS)
    elif op == 3:  # retype to a number or another JSON type
        parent[key] = json.loads(rng.choice(ODD_NUMBERS).replace("1e400", "1e300"))
    elif op == 4 and isinstance(parent[key], list) and parent[key]:  # repeat an item
        parent[key].append(parent[key][rng.randrange(len(parent[key]))])
    else:  # a string of boundary length or odd content
        parent[key] = rng.choice(ODD_STRINGS) * rng.choice([1, 1, 2, 64])


def mutate_text(rng, text):
    """Mutations only text can express: duplicate keys, repeated parents, syntax breaks."""
    op = rng.randrange(7)
    if op == 0 and '"' in text:  # duplicate a member right after itself
        i = text.find('"', rng.randrange(len(text)))
        if i < 0:
            return text
        j = text.find(",", i)
        k = text.find(":", i)
        if 0 <= k < j:
            return text[:j + 1] + text[i:j] + "," + text[j + 1:]
        return text
    if op == 1:  # repeat a whole top-level member (a repeated parent)
        for name in ("origin", "defaultCacheBehavior", "cacheBehaviorSettings", "tags"):
            i = text.find('"%s"' % name)
            if i >= 0:
                doc = json.loads(text)
                extra = json.dumps({name: doc[name]})[1:-1]
                return text[:i] + extra + "," + text[i:]
        return text
    if op == 2:  # truncate
        return text[:rng.randrange(len(text) + 1)]
    if op == 3:  # a stray character
        i = rng.randrange(len(text) + 1)
        return text[:i] + rng.choice([",", "]", "}", "/", "\x00", "\x1b", "\ufeff", "'"]) + text[i:]
    if op == 4:  # CRLF line ends
        return text.replace("\n", "\r\n")
    if op == 5:  # escape every non-ASCII and some ASCII
        return json.dumps(json.loads(text), indent=rng.choice([None, 1, 2]), ensure_ascii=True)
    return text


def generate(rng, bases, count, folder):
    for n in range(count):
        doc = json.loads(json.dumps(rng.choice(bases)))
        for _ in range(rng.choice([0, 1, 1, 2, 3])):
            try:
                mutate_value(rng, doc)
            except (KeyError, IndexError, TypeError):
                pass
        text = json.dumps(doc, indent=rng.choice([None, 2, 4]), ensure_ascii=rng.random() < 0.5)
        if rng.random() < 0.4:
            try:
                text = mutate_text(rng, text)
            except ValueError:
                pass
        with open(os.path.join(folder, "p%05d.json" % n), "w", encoding="utf-8",
                  errors="surrogatepass", newline="") as f:
            f.write(text)


def findings(binary, folder, extra):
    out = subprocess.run([binary, "--no-config", "--format", "json", *extra, folder],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    if out.returncode not in (0, 1):
        sys.exit("%s failed (%d): %s" % (binary, out.returncode, out.stderr.decode()[:500]))
    result = {}
    for d in json.loads(out.stdout)["diagnostics"]:
        result.setdefault(os.path.basename(d["file"]), []).append(
            (d["code"], d["pointer"], d["severity"], d["message"], d["line"], d["column"],
             json.dumps(d.get("related", []), sort_keys=True)))
    return {name: sorted(found) for name, found in result.items()}


def main():
    args = sys.argv[1:]
    extra = []
    if "--" in args:
        extra = args[args.index("--") + 1:]
        args = args[:args.index("--")]
    if len(args) < 2:
        sys.exit(__doc__)
    old, new = args[0], args[1]
    count, seed, keep = 10000, 1, None
    rest = args[2:]
    while rest:
        flag, value = rest[0], rest[1]
        rest = rest[2:]
        if flag == "--count":
            count = int(value)
        elif flag == "--seed":
            seed = int(value)
        elif flag == "--keep":
            keep = value
        else:
            sys.exit("unknown flag " + flag)
    rng = random.Random(seed)
    folder = keep or tempfile.mkdtemp(prefix="sailcheck_compare_")
    os.makedirs(folder, exist_ok=True)
    generate(rng, load_bases(), count, folder)
    a, b = findings(old, folder, extra), findings(new, folder, extra)
    differing = [name for name in sorted(set(a) | set(b)) if a.get(name) != b.get(name)]
    total = sum(len(v) for v in a.values())
    for name in differing[:20]:
        old_only = [d for d in a.get(name, []) if d not in b.get(name, [])]
        new_only = [d for d in b.get(name, []) if d not in a.get(name, [])]
        print("%s:\n  old only: %s\n  new only: %s" % (os.path.join(folder, name), old_only,
                                                        new_only))
    print("%d payloads, %d findings, %d files differ" % (count, total, len(differing)))
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
