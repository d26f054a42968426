"""The root of the error tree and what every error shares (drawn in ``auth_overlay.errors``)."""

from __future__ import annotations

import math
from typing import ClassVar, TypedDict, Unpack

_MAX_DESCRIPTION = 300
#: the longest wait an error may ask for: a day (vendor-given waits are clamped into this range)
MAX_RETRY_AFTER = 24 * 3600.0


def _clean(text: str | None) -> str | None:
    """Vendor text is untrusted: keep it printable and short."""
    if text is None:
        return None
    printable = "".join(ch if ch.isprintable() else " " for ch in str(text)).strip()
    if len(printable) > _MAX_DESCRIPTION:
        printable = printable[: _MAX_DESCRIPTION - 1] + "…"
    return printable or None


def _seconds(value: float | None) -> float | None:
    """A wait in [0, MAX_RETRY_AFTER]: never infinite (which is not JSON), never NaN, never negative."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return max(float(min(value, MAX_RETRY_AFTER)), 0.0)  # min first: an int too big for a float


class ErrorAttributes(TypedDict, total=False):
    """What every error may be given besides its message (the keywords of ``AuthOverlayError``)."""

    provider: str | None
    status_code: int | None
    error_code: str | None
    vendor_code: str | None
    description: str | None
    retryable: bool | None
    retry_after: float | None
    request_id: str | None


class AuthOverlayError(Exception):
    """Root of every error the overlay raises."""

    default_error_code: ClassVar[str] = "error"
    default_retryable: ClassVar[bool] = False

    provider: str | None
    status_code: int | None
    error_code: str
    vendor_code: str | None
    description: str | None
    retryable: bool
    retry_after: float | None
    request_id: str | None

    def __init__(self, message: str, **attributes: Unpack[ErrorAttributes]) -> None:
        super().__init__(message)
        self.provider = attributes.get("provider")
        self.status_code = attributes.get("status_code")
        self.error_code = attributes.get("error_code") or self.default_error_code
        self.vendor_code = _clean(attributes.get("vendor_code"))
        self.description = _clean(attributes.get("description"))
        retryable = attributes.get("retryable")
        self.retryable = self.default_retryable if retryable is None else retryable
        self.retry_after = _seconds(attributes.get("retry_after"))
        self.request_id = _clean(attributes.get("request_id"))

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else ""

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}({self.message!r}, provider={self.provider!r}, "
            f"status_code={self.status_code!r}, error_code={self.error_code!r})"
        )

    def to_dict(self) -> dict[str, object]:
        """The JSON-able view used by the CLI and by logs."""
        return {
            "error": type(self).__name__,
            "error_code": self.error_code,
            "vendor_code": self.vendor_code,
            "provider": self.provider,
            "status_code": self.status_code,
            "retryable": self.retryable,
            "retry_after": self.retry_after,
            "request_id": self.request_id,
            "message": self.message,
        }

    def copy(self) -> AuthOverlayError:
        """A fresh instance with the same attributes (re-raised from the failure memory)."""
        clone = type(self).__new__(type(self))
        clone.__dict__.update(self.__dict__)
        clone.args = self.args
        return clone


class ConfigurationError(AuthOverlayError):
    """The configuration cannot work; raised before any I/O."""

    default_error_code = "configuration_error"
