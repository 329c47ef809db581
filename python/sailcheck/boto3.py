"""boto3 / botocore pre-flight: checks ``create_distribution`` parameters before anything is sent.

    import boto3, sailcheck.boto3
    session = boto3.Session()
    sailcheck.boto3.install(session)                 # its clients, made before or after
    session.client("lightsail").create_distribution(**payload)   # raises sailcheck.PayloadError

The hook runs on botocore's ``provide-client-params.lightsail.CreateDistribution`` event, which
botocore emits before its own parameter validation and before any request is built.
"""

from __future__ import annotations

import difflib
import gc
import sys
import warnings
from typing import Any, Iterable, List, Optional, Sequence

import botocore.client
import botocore.exceptions

from . import Diagnostic, Linter, PayloadWarning, _default_linter
from ._sailcheck import _partition

__all__ = ["EVENT", "PayloadError", "install", "uninstall"]

EVENT = "provide-client-params.lightsail.CreateDistribution"
_UNIQUE_ID = "sailcheck-preflight"
_RANK = {"info": 1, "warning": 2, "error": 3}


def _report(diagnostics: Sequence[Diagnostic]) -> str:
    # The concise lines, joined as the hook joins them: every finding is at or above rank 0.
    return _partition(list(diagnostics), 0)[2]


class PayloadError(botocore.exceptions.ParamValidationError):
    """CreateDistribution parameters with findings at or above ``fail_on``; nothing was sent.

    A ``ParamValidationError``, so ``except ParamValidationError`` clauses catch it too. Its
    message lists each finding on a line of its own, in the concise format;
    ``diagnostics`` holds them.
    """

    def __init__(self, diagnostics: Iterable[Diagnostic] = (), **kwargs: Any) -> None:
        self.diagnostics: List[Diagnostic] = list(diagnostics)
        kwargs.setdefault("report", _report(self.diagnostics))
        super().__init__(**kwargs)


def _level(fail_on: str) -> int:
    rank = _RANK.get(fail_on)
    if rank is None:
        near = difflib.get_close_matches(fail_on, list(_RANK), n=1)
        hint = f"; did you mean {near[0]!r}?" if near else ""
        raise ValueError(
            f"fail_on: unknown level {fail_on!r}, expected 'info', 'warning' or 'error'{hint}"
        )
    return rank


def _stacklevel() -> int:
    # Warnings point at the caller's create_distribution line, however deep botocore's own
    # frames go: the first frame outside botocore, boto3 and sailcheck.
    level = 1
    frame = sys._getframe(1)
    while frame is not None:
        name = frame.f_globals.get("__name__", "")
        if not name.startswith(("botocore", "boto3", "sailcheck")):
            return level
        frame = frame.f_back
        level += 1
    return 1


class _Preflight:
    def __init__(self, linter: Linter, fail_on: int) -> None:
        self.linter = linter
        self.fail_on = fail_on

    def __call__(self, params: Any, **kwargs: Any) -> None:
        found = self.linter.check(params)
        if not found:
            return None
        failing, below, failing_text, below_text = _partition(found, self.fail_on)
        if below:
            warnings.warn(PayloadWarning(below_text, below), stacklevel=_stacklevel())
        if failing:
            raise PayloadError(failing, report=failing_text)
        return None


def _lightsail_emitter(client: Any) -> Any:
    service = client.meta.service_model.service_name
    if service != "lightsail":
        raise ValueError(f"target is a {service!r} client; sailcheck checks Lightsail clients")
    return client.meta.events  # a client: its own copy of the session's handlers


def _existing_clients(session: Any) -> List[Any]:
    # botocore copies a session's handlers into each client it makes and keeps no list of them,
    # so a hook on the session alone would miss the clients made before it. They are found on the
    # heap, once per install: a client holds its session's data loader, a per-session object.
    # type(), not isinstance(): isinstance may read `__class__`, which runs the code of proxies
    # (and raises for a dead weakref.proxy) among the heap's objects.
    loader = session.get_component("data_loader")
    return [
        o
        for o in gc.get_objects()
        if issubclass(type(o), botocore.client.BaseClient)
        and getattr(o, "_loader", None) is loader
        and o.meta.service_model.service_name == "lightsail"
    ]


def _emitters(target: Any) -> List[Any]:
    meta = getattr(target, "meta", None)
    if meta is not None and hasattr(meta, "events") and hasattr(meta, "service_model"):
        return [_lightsail_emitter(target)]
    # A boto3 Session wraps a botocore session (`_session`), whose emitter is its `events`.
    if hasattr(target, "events") and hasattr(target, "client") and hasattr(target, "resource"):
        session = getattr(target, "_session", None)
        if session is None:
            return [target.events]
        return [target.events] + [c.meta.events for c in _existing_clients(session)]
    if hasattr(target, "register") and hasattr(target, "unregister"):
        # A botocore session.
        if hasattr(target, "get_component"):
            return [target] + [c.meta.events for c in _existing_clients(target)]
        return [target]
    raise TypeError(
        "target must be a boto3 Session, a botocore session or a Lightsail client, not "
        f"{type(target).__module__}.{type(target).__qualname__}"
    )


def install(target: Any, *, fail_on: str = "error", linter: Optional[Linter] = None) -> None:
    """Checks every CreateDistribution call of ``target`` before botocore validates or sends it.

    ``target``: a boto3 ``Session`` or a botocore session (its Lightsail clients, those made
    before the call and those made after it), or a Lightsail client. Findings at or above
    ``fail_on`` ("info", "warning" or "error") raise ``PayloadError``; the others are emitted as
    ``PayloadWarning``. ``linter`` chooses the rules
    (default: every rule at its default severity). Installing again replaces the earlier hook.
    """
    rank = _level(fail_on)
    hook = _Preflight(linter or _default_linter, rank)
    for emitter in _emitters(target):
        emitter.unregister(EVENT, unique_id=_UNIQUE_ID)
        emitter.register(EVENT, hook, unique_id=_UNIQUE_ID)


def uninstall(target: Any) -> None:
    """Removes the hook ``install`` put on ``target`` (nothing happens when there is none).

    For a session: from the session and from every Lightsail client it has made.
    """
    for emitter in _emitters(target):
        emitter.unregister(EVENT, unique_id=_UNIQUE_ID)
