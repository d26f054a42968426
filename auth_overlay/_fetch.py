"""One token request, with retries, as a flow (see ``_effects``): no I/O here."""

from __future__ import annotations

import random
from datetime import datetime

import attrs
import httpx

from auth_overlay import errors
from auth_overlay._clock import SYSTEM_CLOCK, Clock, utcnow
from auth_overlay._effects import Flow, ResponseTooLarge, Send, Sleep
from auth_overlay._events import EventHook, PenaltyTicketHonoured, RetryScheduled, emit
from auth_overlay._grants import Credentials, Grant
from auth_overlay._outcome import Judge
from auth_overlay._policy import RetryPolicy
from auth_overlay._token import Token
from auth_overlay.vendors import Penalty, TokenExchange

#: a captcha penalty without a stated time: the vendor suggests waiting about an hour
CAPTCHA_BACKOFF = 3600.0
MAX_PENALTY_TICKETS = 3


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
    clock: Clock = SYSTEM_CLOCK
    _discovered: list[str] = attrs.field(factory=list)

    def now(self) -> datetime:
        return utcnow(self.clock)

    def fetch(self, grant: Grant, deadline: float | None = None) -> Flow[Token]:
        """Ask the token endpoint for a token; retry what is worth retrying; raise one typed error.

        ``deadline`` (the clock's monotonic time) is shared when one flight makes several fetches.
        """
        if deadline is None:
            deadline = self.clock.monotonic() + self.retry.deadline
        attempt = 0
        penalty: Penalty | None = None
        penalties = 0
        while True:
            attempt += 1
            try:
                url = yield from self._endpoint(deadline)
                request = self.exchange.build_request(url, self.credentials, grant)
                if penalty is not None:
                    request = self.exchange.with_ticket(request, penalty)
                response = yield Send(request, deadline)
                payload = self.exchange.decode(response)
                penalty = self.exchange.penalty(payload)
                if penalty is None:
                    return self.judge.token_or_error(response, payload, self.now())
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

    def _penalty_wait(self, penalty: Penalty, count: int, deadline: float) -> float:
        """How long to honour a penalty ticket, or the typed error that ends the attempt."""
        if penalty.captcha:
            # A server-side client cannot solve a captcha: stop, and stay stopped for a while.
            raise errors.CaptchaRequiredError(
                "the vendor demands a captcha before more logins; waiting is the only remedy",
                provider=self.provider,
                status_code=200,
                retry_after=penalty.wait if penalty.wait > 0 else CAPTCHA_BACKOFF,
            )
        if count > MAX_PENALTY_TICKETS or self.clock.monotonic() + penalty.wait >= deadline:
            raise errors.RateLimitedError(
                "the vendor's penalty ticket asks for a longer wait than this request may take",
                provider=self.provider,
                status_code=200,
                retry_after=penalty.wait,
                retryable=False,
            )
        emit(self.on_event, PenaltyTicketHonoured(self.provider, self.environment, penalty.wait, count))
        return penalty.wait

    def _endpoint(self, deadline: float) -> Flow[str]:
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
        try:
            endpoint = response.json()["token_endpoint"]
        except (ValueError, KeyError, TypeError):
            raise self._error(
                errors.MalformedTokenResponseError, "authorization server metadata names no token_endpoint"
            ) from None
        from auth_overlay._config import check_url

        try:
            check_url(str(endpoint), "the discovered token_endpoint", self.provider)
        except errors.ConfigurationError as exc:
            raise self._error(errors.MalformedTokenResponseError, exc.message) from None
        self._discovered.append(str(endpoint))
        return str(endpoint)

    def _retry_delay(self, failure: errors.TokenError, attempt: int, deadline: float) -> float | None:
        if not failure.retryable or attempt >= self.retry.max_attempts:
            return None
        delay = self.retry.delay(attempt, failure.retry_after, self.rng)
        if delay is None or self.clock.monotonic() + delay >= deadline:
            return None
        return delay

    def _error(self, cls: type[errors.TokenError], message: str) -> errors.TokenError:
        return cls(message, provider=self.provider)
