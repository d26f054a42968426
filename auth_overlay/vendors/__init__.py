"""One module per vendor: its profile (the differences, as data), its token exchange with the
generated package, and the generated ``Client`` class its API is called with.

Adding a vendor is one module here (registered in ``PROFILES``), a vendored spec and test rows.
"""

from __future__ import annotations

from collections.abc import Mapping

from auth_overlay import errors
from auth_overlay.vendors import alternative_payments, oauth2, tradevest, tradovate
from auth_overlay.vendors._base import Environment, Penalty, ProviderProfile, TokenExchange

__all__ = ["PROFILES", "Environment", "Penalty", "ProviderProfile", "TokenExchange", "get_profile"]

PROFILES: Mapping[str, ProviderProfile] = {
    module.PROFILE.name: module.PROFILE for module in (tradevest, alternative_payments, tradovate, oauth2)
}


def get_profile(name: str) -> ProviderProfile:
    try:
        return PROFILES[name]
    except KeyError:
        known = ", ".join(sorted(PROFILES))
        raise errors.ConfigurationError(f"unknown provider {name!r}; known providers: {known}") from None
