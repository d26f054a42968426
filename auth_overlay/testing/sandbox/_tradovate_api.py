"""Tradovate's trading API in the sandbox: a stateful slice behind the session auth.

Emulated (paths in any case, as the real service takes them: ``/order/placeOrder``):

=====================================  ==================================================
``GET  /account/list``                 the user's one demo account (``DEMO<userId>``)
``GET  /contract/find?name=ESZ6``      ESZ6, MESZ6, NQZ6, MNQZ6; unknown name: 404
``GET  /contract/suggest?t=ES&l=5``    contracts whose name contains ``t``, at most ``l``
``POST /order/placeorder``             Market orders fill at once (order ``Filled``, the
                                       position moves); others rest ``Working``
``GET  /order/list``                   the user's orders, oldest first
``POST /order/cancelorder``            a ``Working`` order becomes ``Canceled``
``GET  /position/list``                one position per contract traded
``POST /cashBalance/getcashbalancesnapshot``  50,000 USD, margin of the open positions
``GET  /auth/me``                      (in ``_tradovate``)
=====================================  ==================================================

Every request needs ``Authorization: Bearer`` with a live token the sandbox issued (session
or OAuth), else HTTP 401 ``{"errorText": "Access is denied"}``. JSON bodies are read whatever
their ``Content-Type`` (the vendor's own ``fetch`` examples send none). Business refusals come
back in-band with HTTP 200, in the fields the spec declares for them: ``failureReason`` +
``failureText`` for orders (unknown symbol ``InvalidContract``, an account that is not the
user's ``Unauthorized``, no account ``UnknownReason``, a missing limit/stop price
``InvalidPrice``; cancelling an unknown order ``UnknownReason``, a filled or cancelled one
``TooLate``) and ``errorText`` for the cash balance of an account that is not the user's.
A body that is not strict JSON (``NaN`` refused), lacks a field the spec requires or holds a field
of another type than the spec's (``_tradovate_fields``) gets HTTP 400 ``{"errorText"}``; an
empty query value is a value (``?t=``), and an unknown symbol, ``""`` too, is ``InvalidContract``.
Every other operation of the spec answers HTTP 501 ``{"errorText": "not emulated by the
sandbox: GET /fill/list"}`` (after the same auth check); a path the spec does not have is 404
and a method it does not have there 405 with ``Allow`` (the server decides both, from the spec).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, Final, Literal, cast
from urllib.parse import parse_qs, urlsplit

from auth_overlay.vendors import tradovate

from . import _tradovate_book as book
from . import _tradovate_catalog as catalog
from . import _tradovate_fields as checks
from . import _tradovate_wire as wire
from ._models import CannedResponse, RecordedRequest
from ._routes import BadRequestError, Handler, Route, bearer_token, parse_json_object
from ._state import SandboxState
from ._tradovate import ACCESS_DENIED, user_id

Action = Literal["Buy", "Sell"]
_INTEGER_TEXT = re.compile(r"[+-]?[0-9]{1,4000}(?:\.0*)?")  # 5, -1, 5.0: integers, as JSON Schema counts them


class _Refused(Exception):
    """Stop handling and send this answer (auth failures, unreadable requests)."""

    def __init__(self, response: CannedResponse) -> None:
        super().__init__(response.status)
        self.response = response


def _bad_request(message: str) -> _Refused:
    return _Refused(CannedResponse.json(400, {"errorText": message}))


def _caller(state: SandboxState, request: RecordedRequest) -> tuple[book.DemoAccount, str]:
    """The demo account and user name behind the request's live bearer token, else a 401."""
    value = bearer_token(request)
    issued = state.valid_token("tradovate", value) if value is not None else None
    if issued is None:
        raise _Refused(CannedResponse.json(401, {"errorText": ACCESS_DENIED}))
    return state.book.account_of(user_id(issued.subject)), issued.subject


def _account(state: SandboxState, request: RecordedRequest) -> book.DemoAccount:
    return _caller(state, request)[0]


def _body(request: RecordedRequest, fields: Mapping[str, checks.Check], required: tuple[str, ...]) -> dict[str, Any]:
    """The JSON body's spec fields, checked as the spec types them; else a 400 naming the field."""
    try:
        return checks.checked(parse_json_object(request.body), fields, required)
    except BadRequestError as exc:
        raise _bad_request(f"Invalid request body: {exc}") from exc
    except checks.FieldError as exc:
        raise _bad_request(str(exc)) from exc


def _query(request: RecordedRequest, name: str) -> str:
    """A required query parameter; an empty value is a value (``?t=``), as the spec's string allows."""
    values = parse_qs(urlsplit(request.path).query, keep_blank_values=True).get(name)
    if not values:
        raise _bad_request(f"query parameter {name!r} is required")
    return values[-1]


def _query_count(request: RecordedRequest, name: str) -> int:
    """A count in the query (``l``): any integer the spec's ``integer`` allows, ``5.0`` too; a
    negative one means none, one beyond int64 as many as there are."""
    text = _query(request, name).strip()
    if not _INTEGER_TEXT.fullmatch(text):
        raise _bad_request(f"query parameter {name!r} must be an integer")
    return max(-1, min(int(text.partition(".")[0]), checks.INT64[1]))  # 4,000 digits: below int()'s limit


def _failure(rejection: book.Rejection) -> CannedResponse:
    return CannedResponse.json(200, {"failureReason": rejection.reason, "failureText": rejection.text})


# -- handlers -----------------------------------------------------------------------------


def account_list(state: SandboxState, request: RecordedRequest) -> CannedResponse:
    return CannedResponse.json(200, [wire.account(_account(state, request))])


def contract_find(state: SandboxState, request: RecordedRequest) -> CannedResponse:
    _account(state, request)
    name = _query(request, "name")
    contract = book.find_contract(name)
    if contract is None:  # the spec declares no answer for this; a 200 would lack required fields
        return CannedResponse.json(404, {"errorText": f"Contract {name!r} was not found"})
    return CannedResponse.json(200, wire.contract(contract))


def contract_suggest(state: SandboxState, request: RecordedRequest) -> CannedResponse:
    _account(state, request)
    text, limit = _query(request, "t"), _query_count(request, "l")  # a negative limit: nothing
    return CannedResponse.json(200, [wire.contract(c) for c in book.suggest_contracts(text, limit)])


def _order_account(account: book.DemoAccount, body: dict[str, Any], username: str) -> book.Rejection | None:
    account_id, spec = body.get("accountId"), body.get("accountSpec")
    if account_id is None and spec is None:
        return book.Rejection("UnknownReason", "accountId or accountSpec is required")
    # The vendor's examples send the account's name or the user's name as accountSpec.
    if (account_id is not None and account_id != account.id) or spec not in (None, account.name, username):
        return book.Rejection("Unauthorized", "The account is not accessible to this user")
    return None


def place_order(state: SandboxState, request: RecordedRequest) -> CannedResponse:
    account, username = _caller(state, request)
    body = _body(request, checks.PLACE_ORDER, checks.PLACE_ORDER_REQUIRED)
    order = book.OrderRequest(  # an unknown symbol, "" included, is the in-band InvalidContract
        action=cast(Action, body["action"]),
        symbol=body["symbol"],
        quantity=body["orderQty"],
        order_type=body["orderType"],
        price=body.get("price"),
        stop_price=body.get("stopPrice"),
    )
    refused = _order_account(account, body, username)
    if refused is not None:
        return _failure(refused)
    placed = state.book.place(account, order)
    if isinstance(placed, book.Rejection):
        return _failure(placed)
    return CannedResponse.json(200, {"orderId": placed.id})


def order_list(state: SandboxState, request: RecordedRequest) -> CannedResponse:
    account = _account(state, request)
    return CannedResponse.json(200, [wire.order(o) for o in state.book.orders_of(account)])


def cancel_order(state: SandboxState, request: RecordedRequest) -> CannedResponse:
    account = _account(state, request)
    order_id = _body(request, checks.CANCEL_ORDER, checks.CANCEL_ORDER_REQUIRED)["orderId"]
    cancelled = state.book.cancel(account, order_id)
    if isinstance(cancelled, book.Rejection):
        return _failure(cancelled)
    return CannedResponse.json(200, {"commandId": cancelled.id})


def position_list(state: SandboxState, request: RecordedRequest) -> CannedResponse:
    account = _account(state, request)
    return CannedResponse.json(200, [wire.position(p) for p in state.book.positions_of(account)])


def cash_balance_snapshot(state: SandboxState, request: RecordedRequest) -> CannedResponse:
    account = _account(state, request)
    body = _body(request, checks.CASH_BALANCE_SNAPSHOT, checks.CASH_BALANCE_SNAPSHOT_REQUIRED)
    if body["accountId"] != account.id:
        return CannedResponse.json(200, {"errorText": ACCESS_DENIED})
    return CannedResponse.json(200, wire.cash_balance(book.STARTING_CASH, state.book.initial_margin(account)))


def unemulated(state: SandboxState, request: RecordedRequest) -> CannedResponse:
    """Any other operation of the spec below ``/v1`` (the server answered 404/405 already): 401 or 501."""
    path = "/" + urlsplit(request.path).path.lstrip("/").partition("/")[2]  # drop the provider prefix
    method = "GET" if request.method == "HEAD" else request.method
    operation = next(op for op in catalog.lookup(path[len(tradovate.BASE_PATH) :]) if op.method == method)
    _account(state, request)
    text = f"not emulated by the sandbox: {operation.method} {operation.path}"
    return CannedResponse.json(501, {"errorText": text})


def spec_methods(path: str) -> frozenset[str]:
    """The methods the spec has at ``path`` (below the provider prefix, ``/v1/...``), any case."""
    return frozenset(op.method for op in catalog.lookup(path[len(tradovate.BASE_PATH) :]))


def _refusing(handler: Handler) -> Handler:
    """A handler whose ``_Refused`` (401, 400) becomes its answer."""

    def handle(state: SandboxState, request: RecordedRequest) -> CannedResponse:
        try:
            return handler(state, request)
        except _Refused as refused:
            return refused.response

    handle.__name__ = handler.__name__
    return handle


_V1 = tradovate.BASE_PATH
EMULATED: Final[tuple[tuple[str, str, Handler], ...]] = (
    ("GET", "/account/list", account_list),
    ("GET", "/contract/find", contract_find),
    ("GET", "/contract/suggest", contract_suggest),
    ("POST", "/order/placeorder", place_order),
    ("GET", "/order/list", order_list),
    ("POST", "/order/cancelorder", cancel_order),
    ("GET", "/position/list", position_list),
    ("POST", "/cashBalance/getcashbalancesnapshot", cash_balance_snapshot),
)

ROUTES: Final[tuple[Route, ...]] = (
    *(Route("tradovate", method, _V1 + path, _refusing(handler), False, True) for method, path, handler in EMULATED),
    # Last, so every route above wins: the rest of the spec, answered by ``unemulated``.
    *(
        Route("tradovate", method, _V1 + "/*", _refusing(unemulated), False, True, spec_methods)
        for method in ("GET", "POST", "PUT", "PATCH", "DELETE")
    ),
)
