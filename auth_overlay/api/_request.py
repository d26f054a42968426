"""From a generated operation and its keywords to the request it sends: the first step of a call.

Also the entry point for calls that do not travel over HTTP (Tradovate's sockets mirror the
REST API): :func:`describe` gives the method, path, query and JSON body of a call without
sending anything, through the operation module's own ``_get_kwargs``.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from types import ModuleType
from typing import Any

import attrs

from auth_overlay import errors

#: What a request that cannot be built raises in the generated code or in httpx: a wrong keyword
#: or a half-built body (TypeError, AttributeError, KeyError), NaN/inf in a JSON body (ValueError),
#: a lone surrogate in a body, query or header (UnicodeEncodeError, a ValueError).
BUILD_ERRORS = (TypeError, AttributeError, ValueError, KeyError, RecursionError)


@attrs.frozen
class Outgoing:
    """One call's request, as the operation's ``_get_kwargs`` describes it."""

    operation: ModuleType
    #: ``{"method": "get", "url": "/account/list", "params": …, "json": …, "headers": …}``
    kwargs: dict[str, Any]
    #: ``"GET /account/list"``: how errors, events and drift records name the call
    name: str

    @property
    def method(self) -> str:
        return str(self.kwargs["method"]).upper()

    @property
    def path(self) -> str:
        return str(self.kwargs["url"])


def operation_module(operation: ModuleType | Callable[..., Any]) -> ModuleType:
    """The endpoint module of ``account_list`` or of ``account_list.sync``/``.asyncio``."""
    if isinstance(operation, ModuleType):
        module: ModuleType | None = operation
    else:
        module = sys.modules.get(getattr(operation, "__module__", "") or "")
    if module is None or not _is_endpoint(module):
        raise errors.ConfigurationError(
            f"{getattr(operation, '__qualname__', operation)!r} is not a generated operation "
            "(pass e.g. account_list or account_list.asyncio)"
        )
    return module


@functools.cache
def _is_endpoint(module: ModuleType) -> bool:
    return all(callable(getattr(module, name, None)) for name in ("_get_kwargs", "_parse_response"))


def describe(operation: ModuleType, arguments: dict[str, Any]) -> Outgoing:
    """The request ``operation`` would send for ``arguments`` (its keywords without ``client``).

    A request that cannot be built (a wrong keyword, a half-built body) is a
    ``ConfigurationError`` naming the operation; nothing is sent.
    """
    try:
        kwargs = operation._get_kwargs(**arguments)
    except BUILD_ERRORS as exc:
        raise unbuildable(operation, exc) from None
    return Outgoing(operation, kwargs, f"{str(kwargs['method']).upper()} {kwargs['url']}")


def unbuildable(operation: ModuleType | str, exc: BaseException) -> errors.ConfigurationError:
    """The error for a request that cannot be built; says what is wrong, never the value."""
    name = operation if isinstance(operation, str) else operation.__name__.rpartition(".")[2]
    what = type(exc).__name__
    if isinstance(exc, UnicodeError):
        why = "a string holds a character that cannot be encoded (a lone surrogate?)"
    elif isinstance(exc, ValueError) and "JSON" in str(exc):
        why = "a number in the body is NaN or infinite, which JSON cannot carry"
    elif isinstance(exc, TypeError | AttributeError | KeyError):
        why = " ".join(str(exc).split())[:200]
    else:
        why = "a value cannot be sent as given"
    return errors.ConfigurationError(f"the request for {name} cannot be built ({what}): {why}")
