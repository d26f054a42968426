"""From one HTTP answer (or transport failure) to a parsed model or exactly one ``APIError``.

Pure apart from reporting drift. The operation's ``_succeeded`` says which statuses are its
success answer (200 for every Tradovate operation); every other status is mapped to an error
class by status, whatever the spec declares for it. The generated ``_parse_response`` decodes
the success answer; everything it can raise on a body the spec does not allow (``KeyError``,
``ValueError``, ``TypeError``, ``AttributeError``, a JSON decode error) becomes a
``ContractViolationError`` naming the JSON path, never the value. Vendor text, codes, request
ids and drift paths lose every secret the request carried (a vendor may echo its
``Authorization`` header anywhere).

:func:`parse_answer` is the same judgement for an answer that did not come over HTTP (a
Tradovate socket's ``{"s": status, "d": body}``).
"""

from __future__ import annotations

import functools
import json
import ssl
import sys
from collections.abc import Callable
from types import ModuleType
from typing import Any

import httpx

from auth_overlay import errors
from auth_overlay._core._clock import utcnow
from auth_overlay._core._durations import penalty_wait, retry_after
from auth_overlay._core._scrub import Scrubber, header_secrets
from auth_overlay.errors._base import _clean as clean_text

from . import _drift
from ._settings import APISettings

_BY_STATUS: dict[int, type[errors.APIError]] = {
    400: errors.BadRequestError,
    401: errors.APIAuthenticationError,
    403: errors.PermissionDeniedError,
    404: errors.NotFoundError,
    408: errors.APITimeoutError,
    422: errors.BadRequestError,
    429: errors.APIRateLimitedError,
}
#: a 200 is decoded twice only when one of these substrings is in it: ``"errorText"``,
#: ``"failureReason"``, ``"p-ticket"`` (Tradovate's in-band refusals; spelled out in ``parse``)
_REQUEST_ID_HEADERS = ("x-request-id", "x-correlation-id", "request-id", "cf-ray")
_PARSE_ERRORS = (KeyError, ValueError, TypeError, AttributeError, IndexError, RecursionError)


#: the endpoint module of a generated operation, or a parse callable ``(client=, response=)``
Operation = ModuleType | Callable[..., Any]


@functools.cache
def _judged_by(operation: Operation) -> tuple[Callable[[int], bool], Callable[..., Any]]:
    """(which statuses are success, the parse): the module's ``_succeeded``/``_parse_response``;
    for a bare callable, its module's ``_succeeded`` when it is a generated ``_parse_response``,
    else 200 alone."""
    if isinstance(operation, ModuleType):
        return operation._succeeded, operation._parse_response
    module = sys.modules.get(getattr(operation, "__module__", "") or "")
    succeeded = getattr(module, "_succeeded", None)
    return (succeeded if callable(succeeded) else _only_200), operation


def _only_200(status: int) -> bool:
    return status == 200


class Failure(Exception):
    """Carries an APIError out of the mapping together with whether a retry may help."""

    def __init__(self, error: errors.APIError, transient: bool) -> None:
        super().__init__(error.message)
        self.error = error
        self.transient = transient


def _scrubber(response: httpx.Response) -> Scrubber:
    request = response._request  # None for an answer built without one (a socket's)
    return Scrubber(header_secrets(request.headers.items()) if request is not None else ())


def _request_id(response: httpx.Response) -> str | None:
    for name in _REQUEST_ID_HEADERS:
        value: str | None = response.headers.get(name)
        if value:
            return clean_text(_scrubber(response).text(value))
    return None


def _json(content: bytes) -> Any:
    try:
        return json.loads(content)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return None


def _text(payload: Any, *names: str) -> str | None:
    if not isinstance(payload, dict):
        return None
    for name in names:
        value: object = payload.get(name)
        if isinstance(value, str) and value.strip():
            return value
    return None


def _scrubbed(response: httpx.Response, text: str | None) -> str | None:
    """Vendor text without what the request carried (a vendor may echo its Authorization),
    printable and short: it goes into a message as well as into ``description``."""
    if text is None:
        return None
    return clean_text(_scrubber(response).text(text))


def _common(response: httpx.Response, operation: str, settings: APISettings) -> dict[str, Any]:
    """The attributes every error of this answer carries (built only when there is an error)."""
    return {
        "operation": operation,
        "provider": settings.provider,
        "status_code": response.status_code,
        "request_id": _request_id(response),
    }


def parse(response: httpx.Response, module: Operation, client: Any, operation: str, settings: APISettings) -> Any:
    """The parsed model of a successful answer; raises ``Failure`` for everything else.

    The success path is the hot one: one substring scan, the generated parse, one walk.
    """
    succeeded, parse_response = _judged_by(module)
    if not succeeded(response.status_code):
        raise _status_failure(response, operation, settings, _common(response, operation, settings))
    content = response.content
    if b'"errorText"' in content or b'"failureReason"' in content or b'"p-ticket"' in content:
        _in_band(response, _json(content), _common(response, operation, settings))
    try:
        parsed = parse_response(client=client, response=response)
    except _PARSE_ERRORS as exc:
        raw = _json(content)
        finding = ("$", "undecodable_body", "unknown") if raw is None else _drift.diagnose(raw, exc)
        scrubber = _scrubber(response)
        finding = (scrubber.text(finding[0]) or finding[0], finding[1], finding[2])
        _drift.report(settings, operation, [finding])
        raise _violation(finding, _common(response, operation, settings)) from None
    found: list[_drift.Finding] = []
    _drift.walk(parsed, "$", found)
    if found:
        _drift.report(settings, operation, found, lambda: _scrubber(response))
        wrong = [finding for finding in found if finding[1] == "wrong_type"]
        if wrong:
            path, kind, value_type = wrong[0]
            raise _violation(
                (_scrubber(response).text(path) or path, kind, value_type), _common(response, operation, settings)
            )
    return parsed


def _violation(finding: _drift.Finding, common: dict[str, Any]) -> Failure:
    path, kind, value_type = finding
    error = errors.ContractViolationError(
        f"{common['operation']}: the answer breaks the spec ({kind} at {path}, {value_type})",
        vendor_code=kind,
        description=f"{kind} at {path}",
        **common,
    )
    return Failure(error, transient=False)


def _in_band(response: httpx.Response, payload: Any, common: dict[str, Any]) -> None:
    """Tradovate answers refusals and penalty tickets with HTTP 200."""
    if not isinstance(payload, dict):
        return
    operation = common["operation"]
    if payload.get("p-ticket"):
        captcha = payload.get("p-captcha") is True
        wait = payload.get("p-time")
        seconds = None
        if isinstance(wait, int | float) and not isinstance(wait, bool):
            seconds = penalty_wait(float(min(wait, 1e9)))
        cls = errors.APICaptchaRequiredError if captcha else errors.APIRateLimitedError
        penalty = cls(
            f"{operation}: the vendor issued a penalty ticket" + (" demanding a captcha" if captcha else ""),
            vendor_code="p-captcha" if captcha else "p-ticket",
            retry_after=seconds,
            **common,
        )
        raise Failure(penalty, transient=not captcha)
    reason = payload.get("failureReason")
    text = _text(payload, "errorText", "failureText")
    if (isinstance(reason, str) and reason and reason != "Success") or _text(payload, "errorText"):
        raw_code = reason if isinstance(reason, str) and reason != "Success" else "errorText"
        vendor_code = _scrubbed(response, raw_code) or "errorText"
        description = _scrubbed(response, text)
        error = errors.VendorRejectedError(
            f"{operation}: the vendor refused ({vendor_code}): {description or 'no reason given'}",
            vendor_code=vendor_code,
            description=description,
            **common,
        )
        raise Failure(error, transient=False)


def _status_failure(response: httpx.Response, operation: str, settings: APISettings, common: dict[str, Any]) -> Failure:
    status = response.status_code
    payload = _json(response.content)
    description = _scrubbed(response, _text(payload, "errorText", "error_description", "message", "detail", "error"))
    vendor_code = _text(payload, "error", "code", "errorCode")
    wait = retry_after(response.headers.get("retry-after"), utcnow(settings.clock))
    cls = _BY_STATUS.get(status)
    if cls is None and 500 <= status <= 599:
        cls = errors.ServerError
    elif cls is None and 400 <= status <= 499:
        cls = errors.BadRequestError
    if cls is None:  # 1xx, 2xx other than documented, 3xx: the spec does not allow them
        finding = ("$", "undocumented_status", str(status))
        _drift.report(settings, operation, [finding])
        return _violation(finding, common)
    what = "an HTML page" if "html" in response.headers.get("content-type", "") else "no usable body"
    error = cls(
        f"{operation}: HTTP {status}" + (f": {description}" if description else f" with {what}"),
        vendor_code=_scrubbed(response, vendor_code),
        description=description,
        retry_after=wait,
        **common,
    )
    return Failure(error, transient=status in (429, 502, 503, 504))


def transport_failure(exc: Exception, operation: str, settings: APISettings, retriable: bool) -> Failure:
    """An httpx exception. Transient for an operation that may be sent twice (``retriable``);
    for any other only when the request surely never left this process (:func:`never_sent`)."""
    common: dict[str, Any] = {"operation": operation, "provider": settings.provider}
    name = type(exc).__name__
    if isinstance(exc, httpx.TimeoutException):
        error: errors.APIError = errors.APITimeoutError(f"{operation}: timed out ({name})", **common)
    elif (refusal := _certificate_refusal(exc)) is not None:
        # Said outright (a TLS proxy's CA missing from verify= is the usual cause), and not
        # retried: the same certificate is refused again on every attempt.
        message = f"{operation}: the server's TLS certificate was refused ({refusal}); is its CA in verify=?"
        return Failure(errors.APIConnectionError(message, **common), transient=False)
    else:
        error = errors.APIConnectionError(f"{operation}: no answer ({name})", **common)
    return Failure(error, transient=retriable or never_sent(exc))


def _certificate_refusal(exc: BaseException) -> str | None:
    """OpenSSL's reason when ``exc`` comes from a certificate that failed verification (no secret in it)."""
    seen: BaseException | None = exc
    for _ in range(8):  # httpx → httpcore → ssl: a short chain; bounded against a cyclic one
        if seen is None:
            return None
        if isinstance(seen, ssl.SSLCertVerificationError):
            return clean_text(seen.verify_message) or "certificate verify failed"
        seen = seen.__cause__ or seen.__context__
    return None


def too_large(response: httpx.Response, operation: str, settings: APISettings) -> Failure:
    """An answer whose decoded body passed ``max_answer_bytes``: refused, not read further."""
    finding = ("$", "answer_too_large", f"over {settings.max_answer_bytes} bytes")
    return _violation(finding, _common(response, operation, settings))


def parse_answer(
    module: ModuleType,
    client: Any,
    status: int,
    body: bytes,
    settings: APISettings,
    *,
    operation: str | None = None,
    headers: dict[str, str] | None = None,
    request: httpx.Request | None = None,
) -> Any:
    """The model for ``status`` + ``body`` answered to a call of ``module``, or one ``APIError``
    (raised). For answers that did not come over HTTP: a socket's ``{"s": 200, "d": …}`` with
    ``d`` as JSON bytes. ``request`` (optional) lets vendor text lose what it carried."""
    response = httpx.Response(status, headers=headers, content=body, request=request)
    if len(body) > settings.max_answer_bytes:
        raise too_large(response, operation or module.__name__, settings).error
    try:
        return parse(response, module, client, operation or module.__name__.rpartition(".")[2], settings)
    except Failure as failure:
        raise failure.error from None


def never_sent(exc: BaseException) -> bool:
    """True when the request cannot have reached the vendor: no connection was ever made."""
    return isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout)
