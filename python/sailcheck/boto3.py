"""boto3 / botocore pre-flight: checks ``create_distribution`` parameters before anything is sent.

    import boto3, sailcheck.boto3
    session = boto3.Session()
    sailcheck.boto3.install(session)                 # clients made from it from now on
    session.client("lightsail").create_distribution(**payload)   # raises sailcheck.PayloadError

The hook runs on botocore's ``provide-client-params.lightsail.CreateDistribution`` event, which
botocore emits before its own parameter validation and before any request is built.
"""

from __future__ import annotations

import difflib
import sys
import warnings
from typing import Any, Iterable, List, Optional, Sequence

import botocore.exceptions

from . import Diagnostic, Linter, PayloadWarning, _default_linter

__all__ = ["EVENT", "PayloadError", "install", "uninstall"]

EVENT = "provide-client-params.lightsail.CreateDistribution"
_UNIQUE_ID = "sailcheck-preflight"
_RANK = {"info": 1, "warning": 2, "error": 3}


def _report(diagnostics: Sequence[Diagnostic]) -> str:
    return "\n".join(str(d) for d in diagnostics)


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
        failing = [d for d in found if _RANK[d.severity] >= self.fail_on]
        below = [d for d in found if _RANK[d.severity] < self.fail_on]
        if below:
            warnings.warn(PayloadWarning(_report(below), below), stacklevel=_stacklevel())
        if failing:
            raise PayloadError(failing)
        return None


def _emitter(target: Any) -> Any:
    meta = getattr(target, "meta", None)
    if meta is not None and hasattr(meta, "events") and hasattr(meta, "service_model"):
        service = meta.service_model.service_name
        if service != "lightsail":
            raise ValueError(f"target is a {service!r} client; sailcheck checks Lightsail clients")
        return meta.events  # a client: its own copy of the session's handlers
    # A boto3 Session's `events` is its botocore session's emitter, which clients copy when
    # they are created.
    if hasattr(target, "events") and hasattr(target, "client") and hasattr(target, "resource"):
        return target.events
    if hasattr(target, "register") and hasattr(target, "unregister"):
        return target  # a botocore session
    raise TypeError(
        "target must be a boto3 Session, a botocore session or a Lightsail client, not "
        f"{type(target).__module__}.{type(target).__qualname__}"
    )


def install(target: Any, *, fail_on: str = "error", linter: Optional[Linter] = None) -> None:
    """Checks every CreateDistribution call of ``target`` before botocore validates or sends it.

    ``target``: a boto3 ``Session`` or a botocore session (clients created from it afterwards;
    botocore copies a session's handlers into each client when it creates it), or a Lightsail
    client. Findings at or above ``fail_on`` ("info", "warning" or "error") raise
    ``PayloadError``; the others are emitted as ``PayloadWarning``. ``linter`` chooses the rules
    (default: every rule at its default severity). Installing again replaces the earlier hook.
    """
    rank = _level(fail_on)
    emitter = _emitter(target)
    emitter.unregister(EVENT, unique_id=_UNIQUE_ID)
    emitter.register(EVENT, _Preflight(linter or _default_linter, rank), unique_id=_UNIQUE_ID)


def uninstall(target: Any) -> None:
    """Removes the hook ``install`` put on ``target`` (nothing happens when there is none)."""
    _emitter(target).unregister(EVENT, unique_id=_UNIQUE_ID)
