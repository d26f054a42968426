"""What a vendor endpoint is to the server: a path, a method and a pure handler."""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl

from ._models import CannedResponse, Provider, RecordedRequest
from ._state import SandboxState, fingerprint, whole_seconds

Handler = Callable[[SandboxState, RecordedRequest], CannedResponse]

# RFC 6749 section 5.1: token answers must not be cached.
NO_STORE: tuple[tuple[str, str], ...] = (("Cache-Control", "no-store"), ("Pragma", "no-cache"))


@dataclass(frozen=True, slots=True)
class Route:
    provider: Provider
    method: str
    path: str  # below the provider prefix, e.g. "/oauth2/token"
    handler: Handler
    token_endpoint: bool
    case_insensitive: bool = False  # Tradovate's examples spell paths in camelCase
    # For a ``/*`` route: the methods the path below it really has (``Allow``, 404 vs 405);
    # ``None``: just this route's method.
    methods_at: Callable[[str], frozenset[str]] | None = None

    def methods(self, path: str) -> frozenset[str]:
        return self.methods_at(path) if self.methods_at is not None else frozenset({self.method})

    def path_matches(self, path: str) -> bool:
        """Exact, or every path below a prefix when the route's path ends in ``/*``."""
        mine, theirs = (self.path.lower(), path.lower()) if self.case_insensitive else (self.path, path)
        if mine.endswith("/*"):
            return theirs.startswith(mine[:-1])
        return theirs == mine


class BadRequestError(ValueError):
    """The request body cannot be read the way the endpoint expects."""


def media_type(request: RecordedRequest) -> str:
    return request.headers.get("content-type", "").split(";", 1)[0].strip().lower()


def parse_form(body: bytes) -> dict[str, str]:
    """A form body as a dict; RFC 6749 forbids repeating a parameter, so that is an error."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BadRequestError("form body is not UTF-8") from exc
    fields: dict[str, str] = {}
    for name, value in parse_qsl(text, keep_blank_values=True):
        if name in fields:
            raise BadRequestError(f"parameter {name!r} is repeated")
        fields[name] = value
    return fields


def _not_json(constant: str) -> float:
    raise ValueError(f"{constant} is not JSON")


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):  # 1e400: no double holds it
        raise ValueError(f"number {text} is out of range")
    return value


def parse_json_object(body: bytes) -> dict[str, Any]:
    """Strict RFC 8259: ``NaN``/``Infinity`` (which Python's parser takes) and overflowing numbers refused."""
    try:
        payload = json.loads(body, parse_constant=_not_json, parse_float=_finite)
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        raise BadRequestError("body is not JSON") from exc
    if not isinstance(payload, dict):
        raise BadRequestError("body is not a JSON object")
    return payload


def error_answer(
    provider: Provider | None, status: int, text: str, headers: Mapping[str, str] | None = None
) -> CannedResponse:
    """An error the sandbox itself answers (404, 405, unreadable request) in the vendor's own shape."""
    payload: dict[str, Any]
    if provider == "tradovate":
        payload = {"errorText": text}
    elif provider == "alternative_payments":
        payload = {"error": {"message": text}}
    else:  # Tradevest and paths outside every vendor: the OAuth error shape
        payload = {"error": _ERROR_CODES.get(status, "invalid_request"), "error_description": text}
    return CannedResponse.json(status, payload, headers=headers)


_ERROR_CODES = {404: "not_found", 405: "method_not_allowed", 413: "request_too_large", 501: "not_implemented"}


def bearer_token(request: RecordedRequest) -> str | None:
    scheme, _, token = request.headers.get("authorization", "").strip().partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return token.strip()


def whoami_payload(state: SandboxState, provider: Provider, token: str) -> dict[str, object]:
    issued = state.tokens[token]
    return {
        "provider": provider,
        "token_fingerprint": fingerprint(token),
        "subject": issued.subject,
        "expires_in": max(0.0, round(issued.expires_at - state.clock(), 3)),
    }


def client_credentials_answer(
    state: SandboxState, provider: Provider, access_token: str, token_type: str
) -> CannedResponse:
    """The RFC 6749 success body Tradevest and Alternative Payments send (each its own token_type)."""
    return CannedResponse.json(
        200,
        {
            "access_token": access_token,
            "expires_in": whole_seconds(state.lifetimes[provider]),
            "token_type": token_type,
        },
        headers=dict(NO_STORE),
    )
