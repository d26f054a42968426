"""``TokenAuth``: an ``httpx.Auth`` that gets, caches, refreshes and replays for any vendor."""

from __future__ import annotations

import importlib
from collections.abc import AsyncGenerator, Generator
from types import ModuleType
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar, Unpack, overload

import httpx

from auth_overlay import errors

# Only what the class statement needs is imported with it; the token flow (options, config,
# manager, events) is loaded by for_provider, the first call that needs it.
if TYPE_CHECKING:
    from datetime import datetime

    import alternative_payments_client
    import tradevest_client
    import tradovate_client

    from auth_overlay._core._policy import RetryPolicy
    from auth_overlay._core._token import Token
    from auth_overlay._flow._manager import TokenManager
    from auth_overlay._front._config import ResolvedConfig
    from auth_overlay._front._options import Options
    from auth_overlay.api._settings import APISettings
    from auth_overlay.events import EventHook
    from auth_overlay.realtime import MarketDataSocket, ReplaySocket, SocketOptions, TradingSocket
    from auth_overlay.realtime._urls import SocketPlace

ClientT = TypeVar("ClientT")
#: the generated clients' httpx timeout when ``auth.client()`` is given none (per socket operation;
#: the call's deadline bounds the whole call)
DEFAULT_API_TIMEOUT = httpx.Timeout(10.0, connect=5.0)


class TokenAuth(httpx.Auth, Generic[ClientT]):
    """Bearer authentication for ``httpx.Client``, ``httpx.AsyncClient`` and the generated clients.

    Build one with :meth:`for_provider`. One instance is meant to be shared by a whole
    process: it is safe across threads, asyncio tasks and event loops, and all of them
    together make one token request at a time. ``ClientT`` is the generated client class
    :meth:`client` returns, so editors and type checkers know the vendor's API.
    """

    def __init__(self, config: ResolvedConfig, manager: TokenManager, on_event: EventHook | None = None) -> None:
        self._config = config
        self._manager = manager
        self._on_event = on_event

    @overload
    @classmethod
    def for_provider(
        cls, provider: Literal["tradevest"], **options: Unpack[Options]
    ) -> TokenAuth[tradevest_client.Client]: ...

    @overload
    @classmethod
    def for_provider(
        cls, provider: Literal["alternative_payments"], **options: Unpack[Options]
    ) -> TokenAuth[alternative_payments_client.Client]: ...

    @overload
    @classmethod
    def for_provider(
        cls, provider: Literal["tradovate"], **options: Unpack[Options]
    ) -> TokenAuth[tradovate_client.AuthenticatedClient]: ...

    @overload
    @classmethod
    def for_provider(cls, provider: str, **options: Unpack[Options]) -> TokenAuth[Any]: ...

    @classmethod
    def for_provider(cls, provider: str, **options: Unpack[Options]) -> TokenAuth[Any]:
        """Authentication for ``provider`` (``tradevest``, ``alternative_payments``, ``tradovate``, ``oauth2``).

        Raises ``ConfigurationError`` before any I/O when the options cannot work. The
        keywords are listed, typed, in ``auth_overlay.Options``: ``client_id`` and
        ``client_secret`` always; ``environment`` (default: the vendor's non-production one);
        ``grant=`` what to start from (``AuthorizationCodeGrant``, ``RefreshTokenGrant``,
        ``UserLogin`` for Tradovate trading sessions); ``endpoint=Endpoint(...)`` to override
        hosts and paths; ``cache`` a ``TokenCache`` or URL (default: ``AUTH_OVERLAY_CACHE``,
        else memory); ``retry``, ``refresh``, ``on_event``, ``http=HttpOptions(...)``, ``clock``.
        Shorthands such as ``code=``, ``username=``/``password=``, ``token_url=``,
        ``base_url=`` or ``transport=`` fill those objects.
        """
        # The token flow is built on first use: importing auth_overlay does not load it.
        from auth_overlay._front._assembly import assemble
        from auth_overlay._front._options import settle

        config, manager = assemble(provider, settle(provider, options))
        return cls(config, manager, options.get("on_event"))

    # -- tokens ---------------------------------------------------------------------------

    @property
    def provider(self) -> str:
        return self._config.profile.name

    @property
    def environment(self) -> str | None:
        return self._config.environment

    @property
    def token_url(self) -> str | None:
        return self._config.token_url

    @property
    def api_base_url(self) -> str | None:
        return self._config.api_base_url

    def get_token(self) -> Token:
        """A valid token: cached, or fetched once for every concurrent caller."""
        return self._manager.get_token()

    async def aget_token(self) -> Token:
        """Like :meth:`get_token`, never blocking the event loop."""
        return await self._manager.aget_token()

    def invalidate(self) -> None:
        """Drop the cached token (here and in a shared cache); the next call fetches a new one."""
        self._manager.invalidate()

    # -- httpx.Auth -------------------------------------------------------------------------

    # The two drivers below are twins by design (as in httpx): every decision they make is in
    # the manager (which token, whether to refresh) or in `_should_replay`.

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        # Decide now: a transport may buffer a streamed body into memory while sending it.
        replayable = isinstance(request.stream, httpx.ByteStream)
        token = self._manager.get_token()
        request.headers["Authorization"] = token.authorization
        response = yield request
        if response.status_code == 401:
            fresh = self._manager.get_token(rejected=token)
            if self._should_replay(token, fresh, replayable):
                request.headers["Authorization"] = fresh.authorization
                yield request

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        replayable = isinstance(request.stream, httpx.ByteStream)
        token = await self._manager.aget_token()
        request.headers["Authorization"] = token.authorization
        response = yield request
        if response.status_code == 401:
            fresh = await self._manager.aget_token(rejected=token)
            if self._should_replay(token, fresh, replayable):
                request.headers["Authorization"] = fresh.authorization
                yield request

    def _should_replay(self, rejected: Token, fresh: Token, replayable: bool) -> bool:
        """After a 401: replay once, with a different token, when the body can be sent again.

        Only 401 gets here: a 403 means "not allowed", not "token expired", and never refreshes.
        Only in-memory bodies can be sent twice; a streamed upload is consumed by sending it.
        """
        replay = replayable and fresh.fingerprint != rejected.fingerprint
        from auth_overlay.events import UnauthorizedReplay, emit

        emit(self._on_event, UnauthorizedReplay(self.provider, self.environment, rejected.fingerprint, replay))
        return replay

    # -- generated clients --------------------------------------------------------------------

    @overload
    def client(self, package: None = None, **kwargs: Any) -> ClientT: ...

    @overload
    def client(self, package: str | ModuleType, **kwargs: Any) -> Any: ...

    def client(self, package: str | ModuleType | None = None, **kwargs: Any) -> Any:
        """The vendor's generated client pointed at this environment's API host, with this auth.

        Its operations' ``sync()``/``asyncio()`` return the model or raise one
        ``AuthOverlayError`` (the client's ``call_hook`` is an ``auth_overlay.api.CallGuard``):
        ``retry=`` (a ``RetryPolicy``, ``False`` for one attempt; default
        ``auth_overlay.api.DEFAULT_API_RETRY``, whose ``deadline`` bounds every call, attempts
        and waits together) and ``max_answer_bytes=`` (default 32 MiB, decoded) configure it.
        ``timeout=`` is httpx's per-operation timeout (default 10 s, 5 s to connect); the
        ``transport=``/``async_transport=`` the auth was built with carry the API calls too.
        ``package`` names another generated package (``"tradevest_users_client"`` or the
        module itself) whose ``Client`` should be used instead.
        """
        from auth_overlay.api import CallGuard

        # A wrong retry= or max_answer_bytes= fails before anything is built.
        settings = self.api_settings(kwargs.pop("retry", None), kwargs.pop("max_answer_bytes", None))
        guard = CallGuard.from_settings(settings)
        kwargs.setdefault("timeout", DEFAULT_API_TIMEOUT)
        kwargs.setdefault("call_hook", guard)
        return self._build_client(package, **kwargs)

    def api_settings(self, retry: RetryPolicy | bool | None = None, max_answer_bytes: int | None = None) -> APISettings:
        """What the call layer needs from this auth: provider, events, clock, retries, the answer cap
        (``auth.client()``'s ``CallGuard`` and the sockets of ``auth_overlay.realtime``)."""
        from auth_overlay.api._settings import APISettings, as_answer_cap, as_retry_policy

        return APISettings(
            provider=self.provider,
            environment=self.environment,
            on_event=self._on_event,
            clock=self._manager._clock,
            retry=as_retry_policy(retry),
            max_answer_bytes=as_answer_cap(max_answer_bytes),
        )

    def _build_client(self, package: str | ModuleType | None, **kwargs: Any) -> Any:
        base_url = kwargs.pop("base_url", None) or self.api_base_url
        if base_url is None:
            raise errors.ConfigurationError(
                "no API base URL is known for this provider; pass base_url=", provider=self.provider
            )
        httpx_args = dict(kwargs.pop("httpx_args", None) or {})
        httpx_args["auth"] = self
        http = self._manager._http  # the HttpOptions the auth was built with
        # The API calls verify TLS as the token requests do (a corporate CA bundle given as
        # verify= serves both), and share the process's one default context: a context of its
        # own costs every client tens of milliseconds of CPU, on the event loop for async calls.
        from auth_overlay._flow._http import tls_verify

        verify = tls_verify(http)
        kwargs.setdefault("verify_ssl", verify)
        if (http.transport is not None or http.async_transport is not None) and "transport" not in httpx_args:
            from auth_overlay._front._transports import DualTransport

            httpx_args["transport"] = DualTransport(http.transport, http.async_transport, verify)
        if package is not None:
            module = package if isinstance(package, ModuleType) else importlib.import_module(package)
            return module.Client(base_url=base_url, httpx_args=httpx_args, **kwargs)
        make_client = self._config.profile.make_client
        if make_client is None:
            raise errors.ConfigurationError(
                "this provider has no generated package; pass package=", provider=self.provider
            )
        return make_client(base_url, httpx_args, **kwargs)

    # -- real time (Tradovate's sockets; auth_overlay.realtime, imported on first use) --------------

    def socket(
        self, *, url: str | None = None, options: SocketOptions | None = None, retry: RetryPolicy | bool | None = None
    ) -> TradingSocket:
        """``async with auth.socket() as ws``: the trading socket of this environment, on this session.

        ``ws.call(account_list.asyncio)``, ``ws.request("…")``, ``await ws.sync(...)``; see
        ``auth_overlay.realtime``. ``url`` overrides ``Endpoint(websocket_url=…)``.
        """
        from auth_overlay.realtime._kinds import TradingSocket

        return TradingSocket(self, self._manager, self._socket_place(), url=url, options=options, retry=retry)

    def market_data(
        self, *, url: str | None = None, options: SocketOptions | None = None, retry: RetryPolicy | bool | None = None
    ) -> MarketDataSocket:
        """``async with auth.market_data() as md``: quotes, DOMs, histograms, charts (``mdAccessToken`` when given)."""
        from auth_overlay.realtime._kinds import MarketDataSocket

        return MarketDataSocket(self, self._manager, self._socket_place(), url=url, options=options, retry=retry)

    def replay(
        self,
        *,
        start: datetime,
        speed: int = 100,
        initial_balance: float | None = None,
        url: str | None = None,
        options: SocketOptions | None = None,
        retry: RetryPolicy | bool | None = None,
    ) -> ReplaySocket:
        """``async with auth.replay(start=…, speed=…) as replay``: trading and market data on a replayed clock."""
        from auth_overlay.realtime._kinds import ReplaySocket

        place = self._socket_place()
        return ReplaySocket(
            self,
            self._manager,
            place,
            start=start,
            speed=speed,
            initial_balance=initial_balance,
            url=url,
            options=options,
            retry=retry,
        )

    def _socket_place(self) -> SocketPlace:
        from auth_overlay.realtime._urls import SocketPlace

        profile = self._config.profile
        environment = profile.environments.get(self.environment or "")
        own_base = environment.api_base + profile.base_path if environment is not None else None
        return SocketPlace(self.provider, self.environment, self.api_base_url, own_base, self._config.socket_urls)

    def __repr__(self) -> str:
        return f"TokenAuth(provider={self.provider!r}, environment={self.environment!r}, token_url={self.token_url!r})"
