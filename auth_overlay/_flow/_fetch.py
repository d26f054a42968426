"""One token request, with retries, as a flow (see ``_effects``): no I/O here."""

from __future__ import annotations

import json
import random
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

import attrs
import httpx

from auth_overlay import errors
from auth_overlay._core._clock import SYSTEM_CLOCK, Clock, utcnow
from auth_overlay._core._deadline import Deadline, as_deadline
from auth_overlay._core._durations import MAX_PENALTY_WAIT, penalty_wait
from auth_overlay._core._grants import AuthorizationCodeGrant, Credentials, Grant, RefreshTokenGrant, RenewGrant
from auth_overlay._core._policy import RetryPolicy
from auth_overlay._core._scrub import Scrubber, header_secrets
from auth_overlay._core._token import Token
from auth_overlay._core._urls import check_url
from auth_overlay._flow._effects import Flow, ResponseTooLarge, Send, Sleep
from auth_overlay._flow._outcome import Judge
from auth_overlay.events import EventHook, PenaltyTicketHonoured, RetryScheduled, emit
from auth_overlay.vendors import Penalty, TokenExchange
from auth_overlay.vendors._base import Payload

#: a captcha penalty without a stated time: the vendor suggests waiting about an hour
CAPTCHA_BACKOFF = 3600.0
MAX_PENALTY_TICKETS = 3
_WELL_KNOWN = "/.well-known/oauth-authorization-server"


@attrs.frozen
class Fetcher:
    provider: str
    environment: str | None
    token_url: str | None
    credentials: Credentials
    exchange: TokenExchange
    judge: Judge
    retry: RetryPolicy
    on_event: EventHook | None = None
    discovery_url: str | None = None
    rng: random.Random = attrs.field(factory=random.Random)
    #: the issuer configured (RFC 8414); by default read back from ``discovery_url``
    issuer: str | None = None
    #: the clock every deadline, wait and "now" of this fetcher reads
    clock: Clock = SYSTEM_CLOCK
    _discovered: list[str] = attrs.field(factory=list)

    def now(self) -> datetime:
        return utcnow(self.clock)

    def fetch(self, grant: Grant, deadline: Deadline | float | None = None) -> Flow[Token]:
        """Ask the token endpoint for a token; retry what is worth retrying; raise one typed error.

        ``deadline`` is shared when one flight makes several fetches (a bare float is an
        instant on ``clock``); by default one starts now, ``retry.deadline`` long. Every
        connect and read of every attempt honours it.
        """
        deadline = as_deadline(deadline, self.retry.deadline, self.clock.monotonic)
        attempt = 0
        penalty: Penalty | None = None
        penalties = 0
        while True:
            attempt += 1
            try:
                url = yield from self._endpoint(deadline)
                request = self.exchange.build_request(url, self.credentials, grant)
                if penalty is not None:
                    request = self._ticketed(request, penalty)
                response = yield Send(request, deadline)
                payload = self.exchange.decode(response)
                penalty = self._penalty(payload)
                if penalty is None:
                    scrubber = self._scrubber(grant, request)
                    return self.judge.token_or_error(response, payload, self.now(), scrubber)
                penalties += 1
                wait = self._penalty_wait(penalty, penalties, deadline)
                yield Sleep(wait)
                attempt -= 1  # a honoured ticket is not a failed attempt
                continue
            except errors.TokenError as exc:
                failure = exc
            except ResponseTooLarge:
                raise self._error(
                    errors.MalformedTokenResponseError, "the token endpoint's answer is too large"
                ) from None
            except httpx.DecodingError:
                raise self._error(
                    errors.MalformedTokenResponseError, "the token endpoint's body does not match its Content-Encoding"
                ) from None
            except httpx.TimeoutException:
                failure = self._error(errors.TokenEndpointUnavailableError, "the token endpoint timed out")
            except httpx.TransportError as exc:
                # The exception text can name the URL but never carries a body or header.
                failure = self._error(
                    errors.TokenEndpointUnavailableError,
                    f"cannot reach {self.token_url or self.discovery_url} ({type(exc).__name__})",
                )
            penalty = None
            delay = self._retry_delay(failure, attempt, deadline)
            if delay is None:
                raise failure
            emit(
                self.on_event,
                RetryScheduled(
                    self.provider, self.environment, attempt, delay, failure.error_code, failure.status_code
                ),
            )
            yield Sleep(delay)

    def _scrubber(self, grant: Grant, request: httpx.Request) -> Scrubber:
        """Every secret this request carried: a vendor may echo any of them in its error text."""
        credentials = self.credentials
        secrets: list[str | None] = [credentials.client_secret.reveal()]
        if credentials.user is not None:
            secrets.append(credentials.user.password.reveal())
        if isinstance(grant, AuthorizationCodeGrant):
            secrets.append(grant.code.reveal())
        elif isinstance(grant, RefreshTokenGrant):
            secrets.append(grant.refresh_token.reveal())
        elif isinstance(grant, RenewGrant):
            secrets.append(grant.access_token.reveal())
        secrets.extend(header_secrets(request.headers.items()))
        return Scrubber(secrets)

    def _penalty(self, payload: Payload | None) -> Penalty | None:
        """The vendor's penalty ticket, its wait held to [0, MAX_PENALTY_WAIT]."""
        try:
            penalty = self.exchange.penalty(payload)
        except OverflowError:  # an integer p-time too big for a float: an absurdly long wait
            penalty = Penalty(
                str((payload or {}).get("p-ticket")), MAX_PENALTY_WAIT, (payload or {}).get("p-captcha") is True
            )
        if penalty is None:
            return None
        wait = penalty_wait(penalty.wait)
        if wait is None:
            raise self._error(errors.MalformedTokenResponseError, "the penalty ticket's p-time is not a finite number")
        return attrs.evolve(penalty, wait=wait)

    def _ticketed(self, request: httpx.Request, penalty: Penalty) -> httpx.Request:
        """The request again, with the ticket; a ticket for a request that cannot carry one is malformed."""
        try:
            return self.exchange.with_ticket(request, penalty)
        except (ValueError, TypeError, NotImplementedError):  # e.g. a ticket answering a body-less renewal
            raise self._error(
                errors.MalformedTokenResponseError, "the vendor sent a penalty ticket this request cannot carry"
            ) from None

    def _penalty_wait(self, penalty: Penalty, count: int, deadline: Deadline) -> float:
        """How long to honour a penalty ticket, or the typed error that ends the attempt."""
        if penalty.captcha:
            # A server-side client cannot solve a captcha: stop, and stay stopped for a while.
            raise errors.CaptchaRequiredError(
                "the vendor demands a captcha before more logins; waiting is the only remedy",
                provider=self.provider,
                status_code=200,
                retry_after=penalty.wait if penalty.wait > 0 else CAPTCHA_BACKOFF,
            )
        if count > MAX_PENALTY_TICKETS or not deadline.allows(penalty.wait):
            raise errors.RateLimitedError(
                "the vendor's penalty ticket asks for a longer wait than this request may take",
                provider=self.provider,
                status_code=200,
                retry_after=penalty.wait,
                retryable=False,
            )
        emit(self.on_event, PenaltyTicketHonoured(self.provider, self.environment, penalty.wait, count))
        return penalty.wait

    def _endpoint(self, deadline: Deadline) -> Flow[str]:
        """The token URL; with an issuer, discovered once from its RFC 8414 metadata."""
        if self.token_url is not None:
            return self.token_url
        if self._discovered:
            return self._discovered[0]
        assert self.discovery_url is not None
        response = yield Send(
            httpx.Request("GET", self.discovery_url, headers={"Accept": "application/json"}), deadline
        )
        if response.status_code >= 500 or response.status_code in (408, 429):
            raise self._error(
                errors.TokenEndpointUnavailableError, f"authorization server metadata answered {response.status_code}"
            )
        metadata = _json_object(response.content) if response.status_code == 200 else None
        if metadata is None:
            raise self._error(errors.MalformedTokenResponseError, "authorization server metadata is not a JSON object")
        self._check_issuer(metadata)
        endpoint = metadata.get("token_endpoint")
        if not isinstance(endpoint, str) or not endpoint:
            raise self._error(
                errors.MalformedTokenResponseError, "authorization server metadata names no token_endpoint"
            )
        try:
            check_url(str(endpoint), "the discovered token_endpoint", self.provider)
        except errors.ConfigurationError as exc:
            raise self._error(errors.MalformedTokenResponseError, exc.message) from None
        self._discovered.append(str(endpoint))
        return str(endpoint)

    def _check_issuer(self, metadata: dict[str, Any]) -> None:
        """RFC 8414 §3.3: metadata naming another issuer MUST NOT be used (a mix-up attack).

        Compared exactly, up to a trailing '/'. Metadata without ``issuer`` (which §2 requires)
        is tolerated for servers that omit it; one that names a different issuer is refused
        before any credentials are sent.
        """
        expected = self.issuer or _issuer_of(self.discovery_url)
        named = metadata.get("issuer")
        if named is None:
            return
        if not isinstance(named, str) or expected is None or named.rstrip("/") != expected.rstrip("/"):
            raise self._error(
                errors.MalformedTokenResponseError,
                "authorization server metadata names a different issuer than the one configured (RFC 8414 §3.3)",
            )

    def _retry_delay(self, failure: errors.TokenError, attempt: int, deadline: Deadline) -> float | None:
        if not failure.retryable or attempt >= self.retry.max_attempts:
            return None
        delay = self.retry.delay(attempt, failure.retry_after, self.rng)
        if delay is None or not deadline.allows(delay):
            return None
        return delay

    def _error(self, cls: type[errors.TokenError], message: str) -> errors.TokenError:
        return cls(message, provider=self.provider)


def _json_object(content: bytes) -> dict[str, Any] | None:
    """A JSON object, or None: junk, a non-object, or nesting too deep to parse (RecursionError)."""
    try:
        value = json.loads(content)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return None
    return value if isinstance(value, dict) else None


def _issuer_of(discovery_url: str | None) -> str | None:
    """The issuer a metadata URL was built from (RFC 8414 §3.1, the inverse of ``_metadata_url``)."""
    if discovery_url is None:
        return None
    parts = urlsplit(discovery_url)
    if not parts.path.startswith(_WELL_KNOWN):
        return None
    return f"{parts.scheme}://{parts.netloc}{parts.path[len(_WELL_KNOWN) :]}"
