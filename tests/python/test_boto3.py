"""sailcheck.boto3: the pre-flight on botocore's provide-client-params event, with Stubber."""

import warnings

import pytest

boto3 = pytest.importorskip("boto3", reason="Debian's python3-boto3 is not installed")
import botocore.exceptions  # noqa: E402
import botocore.session  # noqa: E402
from botocore.stub import Stubber  # noqa: E402

import sailcheck  # noqa: E402
import sailcheck.boto3  # noqa: E402

# Members botocore 1.29 knows (its model predates certificateName and responseTimeout).
GOOD = {
    "distributionName": "site",
    "bundleId": "small_1_0",
    "origin": {"name": "web", "regionName": "us-east-1", "protocolPolicy": "https-only"},
    "defaultCacheBehavior": {"behavior": "cache"},
}
BAD = dict(GOOD, distributionName="my site", origin=dict(GOOD["origin"], protocolPolicy="https-onlyy"))
WARNED = dict(GOOD, cacheBehaviorSettings={"allowedHTTPMethods": "GET,HEAD,OPTIONS,PUT,PATCH,POST,DELETE"})
RESPONSE = {"distribution": {"name": "site"}}


def session():
    return boto3.Session(region_name="us-east-1", aws_access_key_id="AKIDEXAMPLE",
                         aws_secret_access_key="secret")


class Sent:
    """Counts what got past the parameters: the stub's before-parameter-build and any send."""

    def __init__(self, client):
        self.count = 0
        client.meta.events.register("before-parameter-build.lightsail.CreateDistribution", self)
        client.meta.events.register("before-send", self)

    def __call__(self, **kwargs):
        self.count += 1


def expected_lines(payload):
    return [str(d) for d in sailcheck.check(payload) if d.severity == "error"]


def test_bad_payload_raises_before_anything_is_sent():
    client = session().client("lightsail")
    sailcheck.boto3.install(client)
    sent = Sent(client)
    with Stubber(client) as stub:
        stub.add_response("create_distribution", RESPONSE)
        with pytest.raises(sailcheck.PayloadError) as e:
            client.create_distribution(**BAD)
        assert sent.count == 0
        assert len(stub._queue) == 1  # the response was never asked for
    assert isinstance(e.value, botocore.exceptions.ParamValidationError)
    assert sailcheck.PayloadError is sailcheck.boto3.PayloadError
    assert [(d.code, d.pointer) for d in e.value.diagnostics] == [
        ("LS2001", "/origin/protocolPolicy"), ("LS2002", "/distributionName")]
    assert str(e.value) == "Parameter validation failed:\n" + "\n".join(expected_lines(BAD))
    assert str(e.value).splitlines()[1] == (
        "error: /origin/protocolPolicy: 'https-onlyy' is not one of 'http-only' or "
        "'https-only'; did you mean 'https-only'? [LS2001 enum-value]")


def test_caught_by_existing_param_validation_error_clauses():
    client = session().client("lightsail")
    sailcheck.boto3.install(client)
    with Stubber(client):
        with pytest.raises(botocore.exceptions.ParamValidationError):
            client.create_distribution(**BAD)


def test_good_payload_reaches_the_stub_unchanged():
    client = session().client("lightsail")
    sailcheck.boto3.install(client)
    with Stubber(client) as stub:
        stub.add_response("create_distribution", RESPONSE, expected_params=GOOD)
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            assert client.create_distribution(**GOOD)["distribution"] == {"name": "site"}
        stub.assert_no_pending_responses()


def test_findings_below_fail_on_are_warnings():
    client = session().client("lightsail")
    sailcheck.boto3.install(client)
    with Stubber(client) as stub:
        stub.add_response("create_distribution", RESPONSE, expected_params=WARNED)
        with pytest.warns(sailcheck.PayloadWarning) as caught:
            client.create_distribution(**WARNED)
        stub.assert_no_pending_responses()
    (w,) = caught
    assert [(d.code, d.severity) for d in w.message.diagnostics] == [("LS4004", "warning")]
    assert str(w.message) == str(w.message.diagnostics[0])
    assert w.filename == __file__  # the caller's line, not botocore's


def test_fail_on_warning_raises_for_warnings():
    client = session().client("lightsail")
    sailcheck.boto3.install(client, fail_on="warning")
    with Stubber(client):
        with pytest.raises(sailcheck.PayloadError) as e:
            client.create_distribution(**WARNED)
    assert [d.code for d in e.value.diagnostics] == ["LS4004"]


def test_session_install_reaches_clients_made_before_and_after_it():
    s = session()
    before = s.client("lightsail")
    other = session().client("lightsail")  # another session's client: left alone
    sailcheck.boto3.install(s)
    after = s.client("lightsail")
    for client in (before, after):
        with Stubber(client):
            with pytest.raises(sailcheck.PayloadError):
                client.create_distribution(**BAD)
    with Stubber(other) as stub:
        stub.add_response("create_distribution", RESPONSE)
        other.create_distribution(**BAD)
    # Installing again replaces the hook on every client rather than adding a second one.
    sailcheck.boto3.install(s, fail_on="warning")
    with Stubber(before):
        with pytest.raises(sailcheck.PayloadError) as e:
            before.create_distribution(**WARNED)
    assert [d.code for d in e.value.diagnostics] == ["LS4004"]
    sailcheck.boto3.uninstall(s)
    for client in (before, after, s.client("lightsail")):
        with Stubber(client) as stub:
            stub.add_response("create_distribution", RESPONSE)
            client.create_distribution(**BAD)


def test_session_install_survives_odd_objects_on_the_heap():
    # install(session) looks through Python's objects for the session's clients: a dead
    # weakref.proxy raises on any attribute read (isinstance reads __class__), and must not.
    import weakref

    class Gone:
        pass

    target = Gone()
    proxy = weakref.proxy(target)
    del target
    s = session()
    before = s.client("lightsail")
    sailcheck.boto3.install(s)
    with Stubber(before):
        with pytest.raises(sailcheck.PayloadError):
            before.create_distribution(**BAD)
    sailcheck.boto3.uninstall(s)
    assert proxy is not None


def test_a_client_installed_directly():
    s = session()
    client = s.client("lightsail")
    sibling = s.client("lightsail")
    sailcheck.boto3.install(client)
    with Stubber(client):
        with pytest.raises(sailcheck.PayloadError):
            client.create_distribution(**BAD)
    with Stubber(sibling) as stub:
        stub.add_response("create_distribution", RESPONSE)
        sibling.create_distribution(**BAD)


def test_botocore_session_and_uninstall():
    s = botocore.session.get_session()
    sailcheck.boto3.install(s)
    client = s.create_client("lightsail", region_name="us-east-1",
                             aws_access_key_id="AKIDEXAMPLE", aws_secret_access_key="secret")
    with Stubber(client):
        with pytest.raises(sailcheck.PayloadError):
            client.create_distribution(**BAD)
    sailcheck.boto3.uninstall(client)
    sailcheck.boto3.uninstall(client)  # nothing to remove: no error
    with Stubber(client) as stub:
        stub.add_response("create_distribution", RESPONSE)
        client.create_distribution(**BAD)
        stub.assert_no_pending_responses()


def test_linter_option_and_reinstall_replaces():
    client = session().client("lightsail")
    sailcheck.boto3.install(client)
    sailcheck.boto3.install(client, linter=sailcheck.Linter(ignore=["LS2001", "LS2002"]))
    with Stubber(client) as stub:
        stub.add_response("create_distribution", RESPONSE)
        client.create_distribution(**BAD)


def test_invalid_targets_and_levels():
    with pytest.raises(ValueError) as e:
        sailcheck.boto3.install(session(), fail_on="erorr")
    assert str(e.value) == ("fail_on: unknown level 'erorr', expected 'info', 'warning' or "
                            "'error'; did you mean 'error'?")
    with pytest.raises(ValueError) as e:
        sailcheck.boto3.install(session().client("s3"))
    assert str(e.value) == "target is a 's3' client; sailcheck checks Lightsail clients"
    with pytest.raises(TypeError):
        sailcheck.boto3.install(object())
