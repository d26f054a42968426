"""Is a document valid OpenAPI? One readable line when not; a valid verdict is remembered."""

from __future__ import annotations

import os
from pathlib import Path

from tools.core.errors import ToolError


def validate_spec(document: object, label: str) -> None:
    """Raise ToolError with one readable line when the document is not valid OpenAPI."""
    from openapi_spec_validator import validate
    from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

    if not isinstance(document, dict) or "openapi" not in document:
        raise ToolError(f"{label}: not an OpenAPI document (no top-level 'openapi' field)")
    try:
        validate(document)
    except OpenAPIValidationError as exc:
        where = "/".join(str(p) for p in getattr(exc, "path", ()) or ()) or "document"
        raise ToolError(f"{label}: invalid OpenAPI at {where}: {exc.message}") from None
    except Exception as exc:  # the validator raises several unrelated types for odd input
        # Some (ValidatorDetectError for an unknown version) carry no message at all.
        reason = str(exc) or f"{type(exc).__name__} (openapi: {document.get('openapi')!r})"
        raise ToolError(f"{label}: invalid OpenAPI: {reason}") from None


def verdict_path(sha256: str) -> Path | None:
    setting = os.environ.get("AUTH_OVERLAY_TOOL_CACHE", "")
    if setting.lower() in {"off", "0", "no"}:
        return None
    from importlib import metadata

    try:
        validator = metadata.version("openapi-spec-validator")
    except metadata.PackageNotFoundError:
        return None
    base = Path(setting) if setting else Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "auth-overlay" / "valid-specs" / f"{sha256}-openapi-spec-validator-{validator}"
