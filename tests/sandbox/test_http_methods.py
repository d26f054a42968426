"""The HTTP layer: every method answered as RFC 9110 and browsers expect, bodies framed strictly, memory bounded."""

from __future__ import annotations

import socket

import httpx
import pytest

from auth_overlay.testing.sandbox import Sandbox
from auth_overlay.testing.sandbox._models import RecordedRequest
from auth_overlay.testing.sandbox._request_log import RequestLog

from . import one_shot

PREFLIGHT = {
    "Origin": "http://localhost:8080",
    "Access-Control-Request-Method": "POST",
    "Access-Control-Request-Headers": "authorization, content-type",
}


def raw(sandbox: Sandbox, request: bytes) -> bytes:
    """Send bytes as they are (no client library framing them) and read until the server closes."""
    with socket.create_connection((sandbox.host, sandbox.port), timeout=10) as connection:
        connection.sendall(request)
        answer = b""
        while chunk := connection.recv(65536):
            answer += chunk
    return answer


def test_a_cors_preflight_is_answered_so_a_browser_page_may_call(sandbox: Sandbox) -> None:
    url = sandbox.base_url("tradovate") + "/order/placeOrder"
    preflight = one_shot.options(url, headers=PREFLIGHT)
    assert preflight.status_code == 204
    assert preflight.headers["allow"] == "OPTIONS, POST"
    assert preflight.headers["access-control-allow-methods"] == "OPTIONS, POST"
    assert preflight.headers["access-control-allow-headers"] == "authorization, content-type"
    assert preflight.headers["access-control-allow-origin"] == "*"
    actual = one_shot.post(url, json={}, headers={"Origin": "http://localhost:8080"})
    assert actual.status_code == 401  # no token: the answer is still readable by the page
    assert actual.headers["access-control-allow-origin"] == "*"
    assert "Retry-After" in actual.headers["access-control-expose-headers"]
    assert "access-control-allow-origin" not in one_shot.post(url, json={}).headers  # not a browser: no CORS


def test_plain_options_lists_the_methods_of_the_path(sandbox: Sandbox) -> None:
    answer = one_shot.options(sandbox.base_url("tradovate") + "/account/list")
    assert (answer.status_code, answer.headers["allow"], answer.content) == (204, "GET, HEAD, OPTIONS", b"")
    assert "access-control-allow-methods" not in answer.headers
    assert one_shot.options(sandbox.token_url("tradevest")).headers["allow"] == "OPTIONS, POST"


def test_head_is_get_without_the_body(sandbox: Sandbox) -> None:
    url = sandbox.base_url("tradovate") + "/contract/find?name=ESZ6"
    get, head = one_shot.get(url), one_shot.head(url)
    assert head.status_code == get.status_code == 401
    assert head.headers["content-length"] == get.headers["content-length"] != "0"
    assert head.content == b""
    assert [r.method for r in sandbox.requests("tradovate")] == ["GET", "HEAD"]


@pytest.mark.parametrize(
    ("method", "path", "allow"),
    [
        ("TRACE", "/tradovate/v1/account/list", "GET, HEAD, OPTIONS"),
        ("GET", "/tradovate/v1/order/placeorder", "OPTIONS, POST"),
        ("DELETE", "/tradovate/v1/fill/list", "GET, HEAD, OPTIONS"),  # a spec operation not emulated
        ("PUT", "/tradovate/api/whoami", "GET, HEAD, OPTIONS"),
        ("TRACE", "/tradevest/oauth2/token", "OPTIONS, POST"),
        ("PATCH", "/alternative_payments/oauth/token", "OPTIONS, POST"),
    ],
)
def test_a_method_the_path_does_not_have_is_405_with_allow(
    sandbox: Sandbox, method: str, path: str, allow: str
) -> None:
    answer = one_shot.request(method, sandbox.url + path)
    assert answer.status_code == 405
    assert answer.headers["allow"] == allow
    assert answer.headers["content-type"] == "application/json"


def test_404_and_405_under_each_vendor_are_in_that_vendors_error_shape(sandbox: Sandbox) -> None:
    base = sandbox.base_url("tradovate")
    assert one_shot.get(base + "/no/such").json() == {"errorText": "no such path: /tradovate/v1/no/such"}
    assert set(one_shot.get(base + "/order/placeorder").json()) == {"errorText"}
    assert set(one_shot.get(sandbox.url + "/alternative_payments/nowhere").json()) == {"error"}
    assert set(one_shot.get(sandbox.url + "/alternative_payments/nowhere").json()["error"]) == {"message"}
    assert one_shot.get(sandbox.url + "/tradevest/nowhere").json()["error"] == "not_found"
    assert one_shot.get(sandbox.url + "/nowhere").status_code == 404


@pytest.mark.parametrize("method", ["QUERY", "FROBNICATE", "CONNECT"])
def test_a_method_http_server_does_not_know_is_405_with_allow_not_an_html_page(sandbox: Sandbox, method: str) -> None:
    answer = one_shot.request(method, sandbox.base_url("tradovate") + "/account/list")
    assert answer.status_code == 405
    assert answer.headers["allow"] == "GET, HEAD, OPTIONS"
    assert method in answer.json()["errorText"]


@pytest.mark.parametrize(
    ("framing", "status"),
    [
        (b"Transfer-Encoding: chunked\r\n\r\n-1\r\n", 400),  # read to EOF before: RSS without bound
        (b"Transfer-Encoding: chunked\r\n\r\n0x10\r\n", 400),
        (b"Transfer-Encoding: chunked\r\n\r\n4\r\nabcdefgh\r\n0\r\n\r\n", 400),  # longer than its size
        (b"Transfer-Encoding: chunked\r\n\r\n" + b"f" * 2000 + b"\r\n", 400),  # a size line without end
        (b"Transfer-Encoding: chunked\r\n\r\n2000000\r\n", 413),  # 32 MiB in one chunk
        (b"Transfer-Encoding: gzip\r\n\r\n", 400),
        (b"Content-Length: -5\r\n\r\n", 400),
        (b"Content-Length: +5\r\n\r\nabcde", 400),
        (b"Content-Length: 5\r\nContent-Length: 6\r\n\r\nabcdef", 400),
        (b"Content-Length: 99999999999\r\n\r\n", 413),
    ],
)
def test_a_badly_framed_body_is_refused_and_the_connection_closed(
    sandbox: Sandbox, framing: bytes, status: int
) -> None:
    head = b"POST /tradovate/v1/order/placeorder HTTP/1.1\r\nHost: sandbox\r\n"
    # The client keeps its side open: an answer (not a read until EOF) must come from the framing alone.
    with socket.create_connection((sandbox.host, sandbox.port), timeout=5) as connection:
        connection.sendall(head + framing)
        answer = b""
        while chunk := connection.recv(65536):
            answer += chunk
    assert answer.startswith(f"HTTP/1.1 {status} ".encode()), answer[:200]
    assert b"Connection: close" in answer
    assert b'{"errorText": ' in answer


def test_a_body_shorter_than_its_content_length_is_refused(sandbox: Sandbox) -> None:
    with socket.create_connection((sandbox.host, sandbox.port), timeout=5) as connection:
        connection.sendall(b"POST /tradevest/oauth2/token HTTP/1.1\r\nHost: sandbox\r\nContent-Length: 50\r\n\r\nshort")
        connection.shutdown(socket.SHUT_WR)  # the client gives up sending
        answer = connection.recv(65536)
    assert answer.startswith(b"HTTP/1.1 400 ")
    assert sandbox.requests("tradevest") == []  # never taken for a request


def test_endless_trailers_are_cut_off(sandbox: Sandbox) -> None:
    head = b"POST /tradevest/oauth2/token HTTP/1.1\r\nHost: sandbox\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n"
    answer = raw(sandbox, head + b"X-Trailer: x\r\n" * 100 + b"\r\n")
    assert answer.startswith(b"HTTP/1.1 431 ")


def test_well_framed_chunks_with_extensions_and_trailers_are_read(sandbox: Sandbox) -> None:
    creds = sandbox.credentials("tradevest")
    body = f"client_id={creds.client_id}&client_secret={creds.client_secret}&grant_type=client_credentials".encode()
    chunked = b"%x;ext=1\r\n%s\r\n0\r\nX-Checksum: none\r\n\r\n" % (len(body), body)
    head = (
        b"POST /tradevest/oauth2/token HTTP/1.1\r\nHost: sandbox\r\nConnection: close\r\n"
        b"Content-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n"
    )
    assert raw(sandbox, head + chunked).startswith(b"HTTP/1.1 200 ")
    assert sandbox.requests("tradevest")[0].body == body


def _request(body: bytes) -> RecordedRequest:
    return RecordedRequest("tradevest", "POST", "/tradevest/oauth2/token", {}, body, 0.0)


def test_the_request_log_keeps_the_newest_within_its_count_and_bytes() -> None:
    log = RequestLog(limit=3, max_bytes=10)
    for index in range(5):
        log.append(_request(b"%d" % index))
    assert [r.body for r in log] == [b"2", b"3", b"4"]
    log.append(_request(b"x" * 9))  # 1 + 9 bytes fit, 2 + 1 + 9 do not
    assert [r.body for r in log] == [b"4", b"x" * 9]
    log.append(_request(b"y" * 50))  # larger than the budget: kept alone, as the newest
    assert [r.body for r in log] == [b"y" * 50]
    assert log.dropped == 6


def test_the_sandbox_does_not_keep_every_body_it_was_sent(sandbox: Sandbox) -> None:
    big = b"x" * (4 * 1024 * 1024)
    with httpx.Client() as client:
        for _ in range(12):  # 48 MiB sent; 32 MiB is the budget
            client.post(sandbox.token_url("tradevest"), content=big)
    kept = sandbox.requests("tradevest")
    assert 1 <= len(kept) <= 8
    assert sum(len(r.body) for r in kept) <= 32 * 1024 * 1024
