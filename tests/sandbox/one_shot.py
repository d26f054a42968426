"""Plain HTTP requests, sent as a tool nobody here wrote sends them: httpx's one-call API.

Each call is what ``httpx.get(…)`` is — a client and a connection of its own, nothing kept
between requests — except that every call shares one TLS context. httpx's one-call API builds a
context per request, loading the CA bundle even for the sandbox's ``http://`` URLs: measured, a
quarter of the fast loop's CPU.
"""

from __future__ import annotations

from typing import Any

import httpx

TLS = httpx.create_ssl_context()


def request(method: str, url: str, **kwargs: Any) -> httpx.Response:
    kwargs.setdefault("verify", TLS)
    return httpx.request(method, url, **kwargs)


def get(url: str, **kwargs: Any) -> httpx.Response:
    return request("GET", url, **kwargs)


def post(url: str, **kwargs: Any) -> httpx.Response:
    return request("POST", url, **kwargs)


def head(url: str, **kwargs: Any) -> httpx.Response:
    return request("HEAD", url, **kwargs)


def options(url: str, **kwargs: Any) -> httpx.Response:
    return request("OPTIONS", url, **kwargs)


def delete(url: str, **kwargs: Any) -> httpx.Response:
    return request("DELETE", url, **kwargs)
