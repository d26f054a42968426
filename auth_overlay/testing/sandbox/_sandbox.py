"""The :class:`Sandbox` facade: lifecycle, URLs and the knobs tests turn."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping, Sequence
from types import TracebackType
from typing import TYPE_CHECKING, Final, Self

from auth_overlay._core._clock import Clock
from auth_overlay.vendors import alternative_payments, tradevest, tradovate

from . import _alternative_payments, _tradevest, _tradovate, _tradovate_api, _tradovate_oauth
from ._faults import Fault
from ._models import (
    PROVIDERS,
    Provider,
    RecordedRequest,
    TradovateStats,
    VendorCredentials,
    check_provider,
)
from ._routes import Route
from ._server import SandboxServer
from ._socket_feed import SocketFeed
from ._state import (
    Penalty,
    QueuedFault,
    RenewalRejection,
    SandboxState,
    TradovateOptions,
    fingerprint,
)
from ._users import DEFAULT_CREDENTIALS, DEFAULT_REDIRECT_URIS, user_credentials

if TYPE_CHECKING:
    from ._socket_server import SocketServer

ROUTES: Final[tuple[Route, ...]] = (
    *_tradevest.ROUTES,
    *_alternative_payments.ROUTES,
    *_tradovate.ROUTES,
    *_tradovate_api.ROUTES,  # ends with the catch-all that answers the rest of the spec 501
)

# provider → (base path the generated client is given, token path below it)
_PATHS: Final[Mapping[Provider, tuple[str, str]]] = {
    "tradevest": ("/tradevest", tradevest.token_path()),
    "alternative_payments": ("/alternative_payments", alternative_payments.token_path()),
    "tradovate": ("/tradovate" + tradovate.BASE_PATH, tradovate.token_paths()["oauth"]),
}


def _no_socket(provider: str) -> str:
    raise ValueError(f"{provider} has no sockets; only tradovate does")


def _lifetime(seconds: float) -> float:
    if seconds < 0:
        raise ValueError("a token lifetime cannot be negative")
    return float(seconds)


class Sandbox:
    """A local HTTP server that behaves like the three vendors' token endpoints.

    ``token_lifetime`` is one number for every provider or a mapping per provider (others
    keep 3600 s). ``credentials`` replaces a provider's primary client. ``users`` adds named
    users (tenants) beside the primary one, each with its own client at every vendor and its
    own Tradovate login, account, orders and session limit (``credentials(provider, user=…)``).
    ``tradovate_redirect_uris`` are registered for the OAuth authorize step (``authorize_url``).
    The other ``tradovate_*`` options choose between the vendor behaviours its documentation
    leaves open. ``clock`` is what token expiry and penalty waits are measured on: a ``Clock``
    (``FakeClock()``: its monotonic time for expiry, its wall time for the timestamps the
    vendors send, such as Tradovate's ``expirationTime``) or a function of monotonic seconds
    (``FakeClock().monotonic``; timestamps then follow the real wall clock); by default the real one.
    """

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        token_lifetime: float | Mapping[str, float] = 3600.0,
        *,
        credentials: Mapping[str, VendorCredentials] | None = None,
        users: Sequence[str] = (),
        refresh_token_lifetime: float = 30 * 86400.0,
        authorization_code_lifetime: float = 600.0,
        tradovate_session_limit: int = 2,
        tradovate_renewal_rotates_token: bool = True,
        tradovate_rotates_refresh_token: bool = True,
        tradovate_renewal_rejection: RenewalRejection = "http_401",
        tradovate_redirect_uris: Sequence[str] = DEFAULT_REDIRECT_URIS,
        clock: Clock | Callable[[], float] | None = None,
    ) -> None:
        if isinstance(token_lifetime, Mapping):
            lifetimes = dict.fromkeys(PROVIDERS, 3600.0)
            for name, seconds in token_lifetime.items():
                lifetimes[check_provider(name)] = _lifetime(seconds)
        else:
            lifetimes = dict.fromkeys(PROVIDERS, _lifetime(token_lifetime))
        clients: dict[Provider, list[VendorCredentials]] = {p: [DEFAULT_CREDENTIALS[p]] for p in PROVIDERS}
        for name, client in (credentials or {}).items():
            clients[check_provider(name)] = [client]
        if len(set(users)) != len(users) or clients["tradovate"][0].username in users:
            raise ValueError("user names must be unique and differ from the primary user's")
        self._users = {name: user_credentials(name, number) for number, name in enumerate(users, 1)}
        for named in self._users.values():
            for provider, client in named.items():
                clients[provider].append(client)
        if tradovate_session_limit < 1:
            raise ValueError("tradovate_session_limit must be at least 1")
        self._host = host
        self._requested_port = port
        self._initial_lifetimes = dict(lifetimes)
        self._initial_clients = {p: list(c) for p, c in clients.items()}
        self._state = SandboxState(
            lifetimes=lifetimes,
            clients=clients,
            tradovate=TradovateOptions(
                session_limit=tradovate_session_limit,
                renewal_rotates_token=tradovate_renewal_rotates_token,
                rotates_refresh_token=tradovate_rotates_refresh_token,
                renewal_rejection=tradovate_renewal_rejection,
                refresh_token_lifetime=_lifetime(refresh_token_lifetime),
                authorization_code_lifetime=_lifetime(authorization_code_lifetime),
                redirect_uris=tuple(tradovate_redirect_uris),
            ),
            clock=time.monotonic if clock is None else clock if callable(clock) else clock.monotonic,
            wall=time.time if clock is None or callable(clock) else clock.time,
        )
        self._lifecycle = threading.Lock()
        self._server: SandboxServer | None = None
        self._thread: threading.Thread | None = None
        self._stopping = threading.Event()
        self._port: int | None = None
        self._socket_feed = SocketFeed()  # REST changes → props on the sockets (started on first use)
        self._routes = self._socket_feed.observed(ROUTES)
        self._sockets: SocketServer | None = None

    # -- lifecycle ------------------------------------------------------------------------

    def start(self) -> Self:
        """Bind and serve in a daemon thread; returns ``self``. Restartable after ``stop``."""
        with self._lifecycle:
            if self._server is not None:
                raise RuntimeError("sandbox is already running")
            self._stopping = threading.Event()
            server = SandboxServer((self._host, self._requested_port), self._state, self._routes, self._stopping)
            thread = threading.Thread(
                target=server.serve_forever,
                kwargs={"poll_interval": 0.01},  # stop() waits at most one poll
                daemon=True,
                name="auth-overlay-sandbox",
            )
            thread.start()
            self._server, self._thread = server, thread
            self._port = int(server.server_address[1])
        return self

    def stop(self, timeout: float = 5.0) -> None:
        """Stop accepting, close the listening socket and open connections, join threads."""
        with self._lifecycle:
            server, thread = self._server, self._thread
            if server is None or thread is None:
                return
            self._stopping.set()
            server.shutdown()
            thread.join(timeout)
            server.server_close()
            server.close_connections(timeout)
            self._server = self._thread = None
        if self._sockets is not None:
            self._sockets.stop(timeout)

    @property
    def running(self) -> bool:
        return self._server is not None

    def __enter__(self) -> Self:
        if self._server is None:
            self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def __repr__(self) -> str:
        where = self.url if self._port is not None and self.running else "stopped"
        return f"<Sandbox {where}>"

    # -- addresses ------------------------------------------------------------------------

    @property
    def host(self) -> str:
        return self._host

    @property
    def port(self) -> int:
        if self._port is None:
            raise RuntimeError("sandbox has not been started")
        return self._port

    @property
    def url(self) -> str:
        host = f"[{self._host}]" if ":" in self._host else self._host
        return f"http://{host}:{self.port}"

    def base_url(self, provider: str) -> str:
        """What the generated client takes as ``base_url``."""
        return self.url + _PATHS[check_provider(provider)][0]

    def token_url(self, provider: str) -> str:
        """The token endpoint (Tradovate: the OAuth one; sessions are under ``base_url``)."""
        base, token = _PATHS[check_provider(provider)]
        return self.url + base + token

    def authorize_url(self) -> str:
        """Tradovate's OAuth authorize page: ``?response_type=code&client_id=…&redirect_uri=…``."""
        return self.url + "/tradovate/oauth"

    @property
    def redirect_uris(self) -> tuple[str, ...]:
        """The redirect URIs registered for the authorize step (on loopback: any port)."""
        return self._state.tradovate.redirect_uris

    def api_url(self, provider: str) -> str:
        """A protected endpoint: 200 with a live bearer token of that provider, else 401."""
        return f"{self.url}/{check_provider(provider)}/api/whoami"

    # -- Tradovate's sockets (started on first use, stopped with the sandbox) ----------------

    @property
    def sockets(self) -> SocketServer:
        """The socket server: its knobs (faults, ``restart``) and ``stats()``; started on first use."""
        if self._sockets is None:
            from ._socket_server import SocketServer

            self._sockets = SocketServer(self._state, self._routes, self._socket_feed, self._host)
        return self._sockets.start()

    @property
    def sockets_running(self) -> bool:
        return self._sockets is not None and self._sockets.running

    def websocket_url(self, provider: str = "tradovate") -> str:
        """Tradovate's trading socket (``Endpoint(websocket_url=…)``)."""
        return self.sockets.url("trading") if check_provider(provider) == "tradovate" else _no_socket(provider)

    def market_data_url(self, provider: str = "tradovate") -> str:
        return self.sockets.url("market_data") if check_provider(provider) == "tradovate" else _no_socket(provider)

    def replay_url(self, provider: str = "tradovate") -> str:
        return self.sockets.url("replay") if check_provider(provider) == "tradovate" else _no_socket(provider)

    # -- clients and lifetimes ------------------------------------------------------------

    def credentials(self, provider: str, user: str | None = None) -> VendorCredentials:
        """The primary client's credentials, or those of the named ``user``."""
        if user is not None:
            if user not in self._users:
                raise ValueError(f"no user {user!r}; the sandbox has {', '.join(self._users) or 'none'}")
            return self._users[user][check_provider(provider)]
        with self._state.lock:
            return self._state.primary(check_provider(provider))

    @property
    def users(self) -> tuple[str, ...]:
        """The named users (the primary one not included), as given to the constructor."""
        return tuple(self._users)

    def register_client(self, provider: str, credentials: VendorCredentials) -> None:
        """Add another client (or Tradovate user) next to the primary one."""
        with self._state.lock:
            self._state.clients[check_provider(provider)].append(credentials)

    def set_token_lifetime(self, provider: str, seconds: float) -> None:
        """Lifetime of tokens issued from now on (fractions allowed; ``expires_in`` rounds up)."""
        with self._state.lock:
            self._state.lifetimes[check_provider(provider)] = _lifetime(seconds)

    def token_lifetime(self, provider: str) -> float:
        with self._state.lock:
            return self._state.lifetimes[check_provider(provider)]

    # -- faults ---------------------------------------------------------------------------

    def add_fault(self, provider: str, fault: Fault) -> None:
        with self._state.lock:
            self._state.faults[check_provider(provider)].append(QueuedFault(fault=fault, remaining=fault.times))

    def clear_faults(self, provider: str | None = None) -> None:
        """Drop queued faults (of one provider or all); Tradovate's also drops penalties."""
        providers = PROVIDERS if provider is None else (check_provider(provider),)
        with self._state.lock:
            for name in providers:
                self._state.faults[name].clear()
            if "tradovate" in providers:
                self._state.penalties.clear()

    def pending_faults(self, provider: str) -> list[Fault]:
        with self._state.lock:
            return [q.fault for q in self._state.faults[check_provider(provider)]]

    # -- tokens ---------------------------------------------------------------------------

    def revoke_tokens(self, provider: str) -> int:
        """Revoke every access token issued so far for ``provider``; returns how many."""
        with self._state.lock:
            return self._state.revoke(check_provider(provider))

    @staticmethod
    def fingerprint(token: str) -> str:
        """The ``token_fingerprint`` the protected endpoint reports for ``token``."""
        return fingerprint(token)

    # -- observations ---------------------------------------------------------------------

    def token_requests(self, provider: str) -> int:
        """Requests that reached the provider's token endpoints, whatever their outcome."""
        with self._state.lock:
            return self._state.token_request_counts[check_provider(provider)]

    def requests(self, provider: str) -> list[RecordedRequest]:
        """The requests under the provider's prefix, oldest first: the last 1,000, within 32 MiB
        of bodies (a sandbox left running does not grow without end)."""
        with self._state.lock:
            return list(self._state.recorded[check_provider(provider)])

    def reset(self) -> None:
        """Back to the state right after construction: no tokens, sessions, faults, penalties,
        recorded requests or counts; lifetimes and clients as given to the constructor."""
        with self._state.lock:
            self._state.reset(self._initial_lifetimes, self._initial_clients)
        if self._sockets is not None:
            self._sockets.reset()

    def reset_counters(self) -> None:
        """Forget recorded requests, token-request counts and Tradovate stats (not tokens)."""
        with self._state.lock:
            self._state.reset_counters()

    # -- tradovate ------------------------------------------------------------------------

    def issue_authorization_code(self, redirect_uri: str | None = None, *, username: str | None = None) -> str:
        """A single-use code, as the vendor's ``/oauth`` page would hand to the callback
        (over HTTP: ``authorize_url``)."""
        with self._state.lock:
            return _tradovate_oauth.issue_authorization_code(self._state, redirect_uri, username)

    def tradovate_penalty(self, p_time: float, captcha: bool = False, times: int | None = 1) -> None:
        """Queue a penalty: the next ``times`` fresh logins get a p-ticket (captcha: sticky)."""
        if p_time < 0:
            raise ValueError("p_time cannot be negative")
        if times is not None and times < 1:
            raise ValueError("times must be a positive count or None")
        with self._state.lock:
            self._state.penalties.append(Penalty(p_time=p_time, captcha=captcha, remaining=times))

    def clear_tradovate_penalties(self) -> None:
        with self._state.lock:
            self._state.penalties.clear()
            self._state.tickets.clear()

    def tradovate_stats(self) -> TradovateStats:
        with self._state.lock:
            return self._state.counters.snapshot()

    def tradovate_live_sessions(self, username: str | None = None) -> int:
        """Open, unexpired sessions of ``username`` (default: the primary user)."""
        with self._state.lock:
            if username is None:
                primary = self._state.primary("tradovate")
                username = primary.username or primary.client_id
            return self._state.live_sessions(username)
