"""Building the parts behind one ``TokenAuth`` from settled options: config, fetcher, cache, manager."""

from __future__ import annotations

from auth_overlay._caches._base import MemoryTokenCache, TokenCache, cache_key
from auth_overlay._core._clock import SYSTEM_CLOCK
from auth_overlay._core._policy import RefreshPolicy, RetryPolicy
from auth_overlay._flow._fetch import Fetcher
from auth_overlay._flow._grant_sources import GrantSource, OAuthGrants, SessionGrants
from auth_overlay._flow._manager import TokenManager
from auth_overlay._flow._outcome import Judge
from auth_overlay._front._config import ResolvedConfig, cache_url_from_env, resolve
from auth_overlay._front._options import CacheOption, Settings
from auth_overlay.events import logger


def assemble(provider: str, settings: Settings) -> tuple[ResolvedConfig, TokenManager]:
    config = resolve(provider, settings)
    profile = config.profile
    clock = settings.clock or SYSTEM_CLOCK
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
        retry=settings.retry or RetryPolicy(),
        on_event=settings.on_event,
        clock=clock,
    )
    credentials = config.credentials
    key = cache_key(
        profile.name,
        config.environment,
        config.token_url or config.discovery_url or "",
        credentials.client_id,
        credentials.scope,
        credentials.user.username if credentials.user else None,
    )
    cache = open_cache(settings.cache)
    grants: GrantSource
    if profile.logs_in:
        grants = SessionGrants()
        if not cache.shared:
            _warn_session_per_process(profile.name)
    else:
        grants = OAuthGrants(initial=config.initial_grant, client_credentials=profile.client_credentials)
    manager = TokenManager(
        fetcher=fetcher,
        cache=cache,
        key=key,
        grants=grants,
        refresh=settings.refresh or RefreshPolicy(),
        default_margin=profile.refresh_margin,
        on_event=settings.on_event,
        http=settings.http,
        clock=clock,
    )
    return config, manager


def open_cache(cache: CacheOption) -> TokenCache:
    """A cache from an instance, a URL, a redis-py client, or ``AUTH_OVERLAY_CACHE``; memory by default."""
    if cache is None:
        cache = cache_url_from_env()
    if cache is None:
        return MemoryTokenCache()
    from auth_overlay._caches._urls import cache_from

    return cache_from(cache)


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
