"""Is a document valid OpenAPI? One readable line when not; a valid verdict is remembered."""

from __future__ import annotations

import hashlib
from pathlib import Path

from tools.core.cache_dir import tool_cache_dir
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
    """Where a valid verdict for these exact bytes is remembered (None: caching is off)."""
    folder = tool_cache_dir("valid-specs")
    if folder is None:
        return None
    from importlib import metadata

    try:
        validator = metadata.version("openapi-spec-validator")
    except metadata.PackageNotFoundError:
        return None
    return folder / f"{sha256}-openapi-spec-validator-{validator}"


def validate_remembered(document: object, label: str, data: bytes) -> None:
    """validate_spec, skipped when these exact bytes (what ``document`` was parsed from, or its
    stable form) were found valid before by the same validator version.

    Validating Tradovate's 350 operations takes seconds of CPU (the 3.1 meta-schema's
    $dynamicRef resolution); the same bytes give the same verdict. Only a *valid* verdict is
    remembered: an invalid spec is always checked again, so its error can be reported."""
    marker = verdict_path(hashlib.sha256(data).hexdigest())
    if marker is not None and marker.exists():
        return
    validate_spec(document, label)
    if marker is not None:
        try:
            marker.parent.mkdir(parents=True, exist_ok=True)
            marker.write_text(f"{label}\n", encoding="utf-8")
        except OSError:
            pass  # a cache that cannot be written only costs time
