"""sailcheck.check, Linter and rules(): the mapping of Python values to JSON values."""

import datetime
import decimal
import json
import threading

import pytest

import sailcheck

GOOD = {
    "distributionName": "site",
    "bundleId": "small_1_0",
    "origin": {"name": "web", "regionName": "us-east-1", "protocolPolicy": "https-only"},
    "defaultCacheBehavior": {"behavior": "cache"},
}


def payload(**changes):
    p = json.loads(json.dumps(GOOD))
    for pointer, value in changes.items():
        *parents, last = pointer.split("__")
        target = p
        for k in parents:
            target = target.setdefault(k, {})
        target[last] = value
    return p


def found(diagnostics):
    return [(d.code, d.pointer, d.message) for d in diagnostics]


def same_as_text(p):
    """check(dict) against check(json.dumps(dict)): same findings, text order aside."""
    by_dict = found(sailcheck.check(p))
    by_text = found(sailcheck.check(json.dumps(p)))
    assert sorted(by_dict) == sorted(by_text)
    return by_dict


def test_valid_payload_has_no_findings():
    assert sailcheck.check(GOOD) == []
    assert sailcheck.check(json.dumps(GOOD)) == []


def test_diagnostic_fields_str_and_repr():
    text = json.dumps(payload(origin__protocolPolicy="https-onlyy"), indent=2)
    (d,) = sailcheck.check(text)
    assert (d.code, d.name, d.severity, d.pointer) == (
        "LS2001", "enum-value", "error", "/origin/protocolPolicy")
    assert (d.line, d.column, d.end_line, d.end_column) == (7, 23, 7, 36)
    assert d.message == "'https-onlyy' is not one of 'http-only' or 'https-only'; did you mean 'https-only'?"
    assert d.fix is None
    (quoted,) = sailcheck.check(payload(cacheBehaviorSettings__forwardedQueryStrings={"option": "true"}))
    assert quoted.fix == {"op": "replace", "path": "/cacheBehaviorSettings/forwardedQueryStrings/option",
                          "value": True, "description": "replace the string with true"}
    assert d.related == []
    assert str(d) == f"7:23: error: /origin/protocolPolicy: {d.message} [LS2001 enum-value]"
    assert repr(d) == f"<Diagnostic {d}>"
    (from_dict,) = sailcheck.check(payload(origin__protocolPolicy="https-onlyy"))
    assert (from_dict.line, from_dict.column) == (0, 0)
    assert str(from_dict) == f"error: /origin/protocolPolicy: {d.message} [LS2001 enum-value]"


def test_text_as_str_bytes_bytearray_memoryview():
    text = json.dumps(payload(bundleId="tiny"))
    expected = [(d.code, d.pointer, d.line, d.column) for d in sailcheck.check(text)]
    assert expected == [("LS2030", "/bundleId", 1, 42)]
    for form in (text.encode(), bytearray(text.encode()), memoryview(text.encode())):
        assert [(d.code, d.pointer, d.line, d.column) for d in sailcheck.check(form)] == expected


def test_text_findings_match_the_binary_json_output(repo, binary):
    import subprocess

    path = repo / "examples" / "needs-work.json"
    out = subprocess.run([binary, "--format", "json", str(path)], capture_output=True, text=True)
    expected = [(d["code"], d["pointer"], d["line"], d["column"], d["message"])
                for d in json.loads(out.stdout)["diagnostics"]]
    got = [(d.code, d.pointer, d.line, d.column, d.message)
           for d in sailcheck.check(path.read_bytes())]
    assert got == expected


@pytest.mark.parametrize("name", ["shop.json", "needs-work.json", "static-site.json"])
def test_dict_and_text_agree_on_examples(repo, name):
    text = (repo / "examples" / name).read_text()
    p = json.loads(text)
    # needs-work.json writes 86400.0: a float, which the text describes as written.
    if name == "needs-work.json":
        p["cacheBehaviorSettings"]["defaultTTL"] = "86400"
    same_as_text(p)


def test_dict_report_is_sorted_as_the_cpp_report():
    p = payload(bundleId=b"x", extra=1, origin__regionName="mars", tags=[{"key": set()}])
    p[7] = "seven"
    codes = [(d.code, d.pointer) for d in sailcheck.check(p)]
    assert codes == [
        ("LS1002", "/extra"),
        ("LS1003", "/7"),
        ("LS1003", "/bundleId"),
        ("LS1003", "/tags/0/key"),
        ("LS2001", "/origin/regionName"),
        ("LS2011", "/tags/0"),
    ]


@pytest.mark.parametrize("value, message", [
    (True, "expected an integer, got the boolean true"),
    (3600.0, "expected an integer, got '3600'; boto3 sends a fraction or exponent as a float, "
             "which botocore rejects"),
    (None, "expected an integer, got null; botocore rejects None: remove the member or give it "
           "a value"),
    ("60", "expected an integer, got the string '60'; write 60 without quotes"),
])
def test_python_values_map_to_json_values(value, message):
    (d,) = sailcheck.check(payload(cacheBehaviorSettings__defaultTTL=value))
    assert (d.code, d.pointer, d.message) == ("LS1003", "/cacheBehaviorSettings/defaultTTL", message)


def test_int_is_not_a_boolean_and_tuple_is_a_list():
    p = payload(cacheBehaviorSettings__forwardedQueryStrings={"option": 1})
    assert found(sailcheck.check(p)) == [(
        "LS1003", "/cacheBehaviorSettings/forwardedQueryStrings/option",
        "expected a boolean, got the integer 1")]
    assert sailcheck.check(payload(tags=({"key": "a", "value": "b"},))) == []


@pytest.mark.parametrize("value, pointer, message", [
    # inside objects, by the type the member expects
    (payload(bundleId=b"small_1_0"), "/bundleId", "expected a string, got Python bytes"),
    (payload(distributionName=datetime.datetime(2024, 1, 2)), "/distributionName",
     "expected a string, got Python datetime.datetime"),
    (payload(cacheBehaviorSettings__defaultTTL=decimal.Decimal("60")),
     "/cacheBehaviorSettings/defaultTTL", "expected an integer, got Python decimal.Decimal"),
    (payload(origin={"web"}), "/origin", "expected an object, got Python set"),
    # inside lists
    (payload(tags=[object()]), "/tags/0", "expected an object, got Python object"),
    (payload(cacheBehaviors=[{"path": b"/x", "behavior": "dont-cache"}]), "/cacheBehaviors/0/path",
     "expected a string, got Python bytes"),
    # a str Python holds but UTF-8 cannot
    (payload(bundleId="small\udc80"), "/bundleId",
     "expected a string, got a Python str with a lone surrogate (not Unicode)"),
])
def test_other_python_types_are_ls1003_naming_the_type(value, pointer, message):
    assert found(sailcheck.check(value)) == [("LS1003", pointer, message)]


def test_other_python_types_at_the_top_level():
    assert found(sailcheck.check(frozenset())) == [(
        "LS1003", "", "the payload must be a JSON object (the CreateDistribution request), not "
                      "Python frozenset")]
    # JSON values at the top level are the engine's own findings
    assert found(sailcheck.check([GOOD])) == [(
        "LS1003", "", "the payload must be a JSON object (the CreateDistribution request), not "
                      "an array")]


def test_other_python_types_inside_unknown_members():
    p = payload(extra=b"x", origin__more={"deep": [1, {"x": datetime.date(2024, 1, 1)}]})
    assert found(sailcheck.check(p))[:2] == [
        ("LS1002", "/extra", found(sailcheck.check(payload(extra=1)))[0][2]),
        ("LS1002", "/origin/more", found(sailcheck.check(payload(origin__more=1)))[0][2]),
    ]
    assert found(sailcheck.check(p))[2:] == [
        ("LS1003", "/extra", "expected a JSON value, got Python bytes"),
        ("LS1003", "/origin/more/deep/1/x", "expected a JSON value, got Python datetime.date"),
    ]


def test_type_names_from_the_caller_are_escaped():
    odd = type("bad\x1bname\u202e", (), {})
    (d,) = sailcheck.check(payload(bundleId=odd()))
    assert d.message == "expected a string, got Python test_check.bad\\u001Bname\\u202E"


def test_non_string_keys():
    p = payload()
    p[1] = "one"
    p["origin"][("a", 2)] = "pair"
    p["origin"]["bad\udc80"] = 3
    assert found(sailcheck.check(p)) == [
        ("LS1003", "/1", "expected a string member name, got Python int"),
        ("LS1003", "/origin/('a', 2)", "expected a string member name, got Python tuple"),
        ("LS1003", "/origin/bad\\udc80",
         "expected a string member name, got a Python str with a lone surrogate (not Unicode)"),
    ]


def test_ls1003_off_reports_no_python_types():
    linter = sailcheck.Linter(ignore=["LS1003"])
    assert linter.check(payload(bundleId=b"x")) == []


@pytest.mark.parametrize("p", [
    payload(cacheBehaviorSettings__defaultTTL=2**63),        # uint64: the engine's own
    payload(cacheBehaviorSettings__defaultTTL=2**64),
    payload(cacheBehaviorSettings__defaultTTL=-(2**63) - 1),
    payload(cacheBehaviorSettings__defaultTTL=10**400),      # beyond a double
    payload(origin__responseTimeout=2**70),                  # int32 member
    payload(distributionName=2**80),                         # a string member
    payload(tags=[{"key": 2**65, "value": "x"}]),            # inside a list
    payload(extra={"n": 2**90}),                             # inside an unknown member
    2**100,                                                  # the top level
], ids=["uint64", "2**64", "below int64", "10**400", "int32", "string", "list", "unknown", "top"])
def test_big_ints_match_the_text(p):
    assert same_as_text(p)


def test_big_int_message():
    assert found(sailcheck.check(payload(cacheBehaviorSettings__maximumTTL=2**64))) == [(
        "LS1003", "/cacheBehaviorSettings/maximumTTL",
        "integer '18446744073709551616' is outside the int64 range "
        "-9223372036854775808..9223372036854775807")]


def nested(depth):
    v = 0
    for _ in range(depth):
        v = [v]
    return v


@pytest.mark.parametrize("depth", [31, 32])
def test_depth_as_for_text(depth):
    # the payload object is one level: 31 lists inside it are 32 levels, 32 are 33
    found_by_dict = same_as_text(payload(extra=nested(depth)))
    assert [c for c, _, _ in found_by_dict] == (["LS1002"] if depth == 31 else ["LS0003"])
    if depth == 32:
        assert found_by_dict[0][2] == "nesting is deeper than the limit of 32 levels"
        assert found_by_dict[0][1] == "/extra" + "/0" * 31


def test_self_reference_is_a_finding():
    a = payload()
    a["origin"]["loop"] = a
    (d,) = sailcheck.check(a)
    assert (d.code, d.pointer, d.message) == (
        "LS0003", "/origin/loop",
        "circular reference: this container holds itself, so it nests deeper than any limit")
    assert [(r.pointer, r.message) for r in d.related] == [("", "the container it repeats")]
    l = []
    l.append(l)
    assert found(sailcheck.check({"tags": l}))[0][:2] == ("LS0003", "/tags/0")


def test_shared_sublists_are_bounded_by_the_size_limit():
    v = []
    for _ in range(25):
        v = [v] * 10  # 10**25 items as a tree, 26 levels
    assert found(sailcheck.check({"extra": v})) == [
        ("LS0003", "", "the input is larger than the limit of 4194304 bytes (4 MiB)")]


def test_linter_options():
    linter = sailcheck.Linter(select=["LS2"], ignore="LS2030", severity={"LS2001": "warning"})
    p = payload(bundleId="tiny", origin__protocolPolicy="x", extra=1)
    assert [(d.code, d.severity) for d in linter.check(p)] == [("LS2001", "warning")]
    assert linter.severity_of("enum-value") == "warning"
    assert linter.severity_of("LS1002") == "off"
    assert repr(linter) == ("Linter(select=['LS2'], ignore=['LS2030'], "
                            "severity={'LS2001': 'warning'})")


@pytest.mark.parametrize("kwargs, message", [
    ({"select": ["enum-vlaue"]}, "select: unknown rule 'enum-vlaue'; did you mean 'enum-value' (LS2001)?"),
    ({"ignore": ["LS0001"]}, "ignore: rule LS0001 (json-syntax) cannot be ignored: without it an "
                             "unreadable payload would pass"),
    ({"severity": {"forward-all-header": "error"}},
     "severity: unknown rule 'forward-all-header'; did you mean 'forward-all-headers' (LS4005)?"),
    ({"severity": {"LS4005": "erorr"}}, "severity: unknown level 'erorr' for 'LS4005'; did you mean 'error'?"),
])
def test_invalid_options_raise_value_error_naming_the_option(kwargs, message):
    with pytest.raises(ValueError) as e:
        sailcheck.Linter(**kwargs)
    assert str(e.value) == message


def test_option_types():
    with pytest.raises(TypeError):
        sailcheck.Linter(select=[1])
    with pytest.raises(TypeError):
        sailcheck.Linter(severity=["LS4005"])
    with pytest.raises(TypeError):
        sailcheck.Linter(["LS1"])  # keyword-only


def test_rules(binary):
    import subprocess

    listed = json.loads(subprocess.run([binary, "--list-rules", "--format", "json"],
                                       capture_output=True, text=True, check=True).stdout)
    rules = sailcheck.rules()
    codes = [r["code"] for r in (listed["rules"] if isinstance(listed, dict) else listed)]
    assert [r.code for r in rules] == codes
    first = rules[0]
    assert (first.code, first.name, first.default_severity, first.category) == (
        "LS0001", "json-syntax", "error", "input")
    assert first.help_uri.endswith("#ls0001-json-syntax")
    assert all(r.summary and r.rationale for r in rules)


def test_a_linter_shared_between_threads():
    linter = sailcheck.Linter()
    inputs = [payload(bundleId="tiny"), json.dumps(payload(origin__protocolPolicy="x")),
              payload(extra=b"x"), GOOD]
    expected = [found(linter.check(p)) for p in inputs]
    results = [[] for _ in range(4)]

    def work(i):
        for _ in range(200):
            results[i].append([found(linter.check(p)) for p in inputs])

    threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(r == [expected] * 200 for r in results)
