"""One module per vendor: its profile (the differences, as data), its token exchange with the
generated package, and the generated ``Client`` class its API is called with.

Adding a vendor is one module here (registered in ``PROFILES``), a vendored spec and test rows.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping

from auth_overlay import errors
from auth_overlay.vendors._base import Environment, Penalty, ProviderProfile, TokenExchange

__all__ = ["PROFILES", "Environment", "Penalty", "ProviderProfile", "TokenExchange", "get_profile"]

#: provider name → its module in this package
_MODULES = {
    "tradevest": "tradevest",
    "alternative_payments": "alternative_payments",
    "tradovate": "tradovate",
    "oauth2": "oauth2",
}


class _Profiles(Mapping[str, ProviderProfile]):
    """The registry, importing a vendor's module the first time its profile is asked for: a
    process that talks to one vendor does not pay for the others' modules at import time."""

    def __getitem__(self, name: str) -> ProviderProfile:
        if name not in _MODULES:
            raise KeyError(name)
        profile: ProviderProfile = importlib.import_module(f"{__name__}.{_MODULES[name]}").PROFILE
        return profile

    def __iter__(self) -> Iterator[str]:
        return iter(_MODULES)

    def __len__(self) -> int:
        return len(_MODULES)


PROFILES: Mapping[str, ProviderProfile] = _Profiles()


def get_profile(name: str) -> ProviderProfile:
    try:
        return PROFILES[name]
    except KeyError:
        known = ", ".join(sorted(PROFILES))
        raise errors.ConfigurationError(f"unknown provider {name!r}; known providers: {known}") from None
