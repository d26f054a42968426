"""``TokenAuth``: an ``httpx.Auth`` that gets, caches, refreshes and replays for any vendor."""

from __future__ import annotations

from collections.abc import AsyncGenerator, Generator
from types import ModuleType
from typing import Any

import httpx

from auth_overlay import errors
from auth_overlay._cache import MemoryTokenCache, TokenCache, cache_key
from auth_overlay._config import ResolvedConfig, cache_url_from_env, resolve
from auth_overlay._events import EventHook, UnauthorizedReplay, emit, logger
from auth_overlay._fetch import Fetcher
from auth_overlay._generated import generated_client_class
from auth_overlay._manager import GrantSource, OAuthGrants, SessionGrants, TokenManager
from auth_overlay._outcome import Judge
from auth_overlay._policy import RefreshPolicy, RetryPolicy
from auth_overlay._secret import Secret
from auth_overlay._token import Token


class TokenAuth(httpx.Auth):
    """Bearer authentication for ``httpx.Client``, ``httpx.AsyncClient`` and the generated clients.

    Build one with :meth:`for_provider`. One instance is meant to be shared by a whole
    process: it is safe across threads, asyncio tasks and event loops, and all of them
    together make one token request at a time.
    """

    def __init__(self, config: ResolvedConfig, manager: TokenManager, on_event: EventHook | None = None) -> None:
        self._config = config
        self._manager = manager
        self._on_event = on_event

    @classmethod
    def for_provider(
        cls,
        provider: str,
        *,
        client_id: str,
        client_secret: str | Secret,
        environment: str | None = None,
        token_url: str | None = None,
        scope: str | None = None,
        token_path: str | None = None,
        base_path: str | None = None,
        base_url: str | None = None,
        issuer: str | None = None,
        auth_method: str | None = None,
        code: str | Secret | None = None,
        redirect_uri: str | None = None,
        refresh_token: str | Secret | None = None,
        cache: TokenCache | str | None = None,
        retry: RetryPolicy | None = None,
        refresh: RefreshPolicy | None = None,
        on_event: EventHook | None = None,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
        verify: bool | str = True,
        username: str | None = None,
        password: str | Secret | None = None,
        app_id: str | None = None,
        app_version: str | None = None,
        device_id: str | None = None,
    ) -> TokenAuth:
        """Authentication for ``provider`` (``tradevest``, ``alternative_payments``, ``tradovate``, ``oauth2``).

        Raises ``ConfigurationError`` before any I/O when the arguments cannot work.
        ``environment`` defaults to the vendor's non-production environment; ``token_url``
        overrides the token endpoint (full URL); ``cache`` is a ``TokenCache`` or a URL
        (``memory://``, ``file:///dir``, ``redis://host:port/db``; default: the
        ``AUTH_OVERLAY_CACHE`` environment variable, else memory).

        Tradovate trading sessions: pass ``username=``, ``password=``, ``app_id=``,
        ``app_version=`` (and optionally ``device_id=``) with the API key as
        ``client_id``/``client_secret``; ``base_url=`` overrides host and base path.
        """
        config = resolve(
            provider,
            client_id=client_id,
            client_secret=client_secret,
            environment=environment,
            token_url=token_url,
            token_path=token_path,
            base_path=base_path,
            base_url=base_url,
            scope=scope,
            issuer=issuer,
            auth_method=auth_method,
            code=code,
            redirect_uri=redirect_uri,
            refresh_token=refresh_token,
            username=username,
            password=password,
            app_id=app_id,
            app_version=app_version,
            device_id=device_id,
        )
        profile = config.profile
        retry = retry or RetryPolicy()
        fetcher = Fetcher(
            provider=profile.name,
            environment=config.environment,
            token_url=config.token_url,
            discovery_url=config.discovery_url,
            credentials=config.credentials,
            exchange=config.exchange,
            judge=Judge(
                provider=profile.name,
                shape=profile.shape,
                default_lifetime=profile.default_lifetime,
                max_lifetime=profile.max_lifetime,
                codeless_statuses=profile.codeless_statuses,
            ),
            retry=retry,
            on_event=on_event,
        )
        key = cache_key(
            profile.name,
            config.environment,
            config.token_url or config.discovery_url or "",
            config.credentials.client_id,
            config.credentials.scope,
            config.credentials.user.username if config.credentials.user else None,
        )
        token_cache = open_cache(cache)
        grants: GrantSource
        if profile.logs_in:
            grants = SessionGrants()
            if not token_cache.shared:
                _warn_session_per_process(profile.name)
        else:
            grants = OAuthGrants(initial=config.initial_grant, client_credentials=profile.client_credentials)
        manager = TokenManager(
            fetcher=fetcher,
            cache=token_cache,
            key=key,
            grants=grants,
            retry=retry,
            refresh=refresh or RefreshPolicy(),
            default_margin=profile.refresh_margin,
            on_event=on_event,
            transport=transport,
            async_transport=async_transport,
            verify=verify,
        )
        return cls(config, manager, on_event)

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
        emit(self._on_event, UnauthorizedReplay(self.provider, self.environment, rejected.fingerprint, replay))
        return replay

    # -- generated clients --------------------------------------------------------------------

    def client(self, package: str | ModuleType | None = None, **kwargs: Any) -> Any:
        """A generated package's ``Client`` pointed at this environment's API host, with this auth.

        ``package`` defaults to the vendor's generated package; pass another generated from
        more of the vendor's specs (``"tradevest_users_client"`` or the module itself).
        """
        name = package.__name__ if isinstance(package, ModuleType) else package or self._config.profile.package
        if name is None:
            raise errors.ConfigurationError(
                "this provider has no generated package; pass package=", provider=self.provider
            )
        base_url = kwargs.pop("base_url", None) or self.api_base_url
        if base_url is None:
            raise errors.ConfigurationError(
                "no API base URL is known for this provider; pass base_url=", provider=self.provider
            )
        httpx_args = dict(kwargs.pop("httpx_args", None) or {})
        httpx_args["auth"] = self
        return generated_client_class(name)(base_url=base_url, httpx_args=httpx_args, **kwargs)

    def __repr__(self) -> str:
        return f"TokenAuth(provider={self.provider!r}, environment={self.environment!r}, token_url={self.token_url!r})"


_warned_session_per_process: set[str] = set()


def _warn_session_per_process(provider: str) -> None:
    """Once per process: without a shared cache, every process opens its own vendor session."""
    if provider in _warned_session_per_process:
        return
    _warned_session_per_process.add(provider)
    logger.warning(
        "%s: no shared cache, so each process logs in and opens its own session; the vendor keeps only "
        "two sessions per user and closes the oldest. Share one session across the fleet with "
        "cache='file:///…' or cache='redis://…' (or AUTH_OVERLAY_CACHE).",
        provider,
    )


def open_cache(cache: TokenCache | str | None) -> TokenCache:
    """A cache from an instance, a URL, or ``AUTH_OVERLAY_CACHE``; memory by default."""
    if cache is None:
        cache = cache_url_from_env()
    if cache is None:
        return MemoryTokenCache()
    if isinstance(cache, str):
        from auth_overlay._cache_urls import cache_from_url

        return cache_from_url(cache)
    return cache
