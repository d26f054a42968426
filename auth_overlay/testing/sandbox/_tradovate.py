"""Tradovate: OAuth code exchange plus the session endpoints, all answering errors in-band.

OAuth ``POST /v1/auth/oauthtoken`` (JSON) always answers HTTP 200; errors are
``{"error": ..., "error_description": ...}``:

* ``invalid_request``: body not a JSON object; ``grant_type`` missing or over 64 chars;
  ``code`` (authorization_code) or ``refresh_token`` (refresh_token) missing.
* ``unsupported_grant_type``: a grant other than ``authorization_code``/``refresh_token``.
* ``invalid_client``: ``client_id``/``client_secret`` missing or wrong (both grants).
* ``invalid_grant``: unknown, expired or already used code; ``redirect_uri`` differing
  from the one the code was issued for; code or refresh token of another client;
  unknown, expired or spent refresh token (with rotation, every refresh spends the old one).

Sessions ``POST /v1/auth/accesstokenrequest`` (JSON) also always answer HTTP 200:

* ``{"errorText": "Incorrect username or password. Please try again."}`` for an unknown
  ``name`` or a wrong ``password``; ``{"errorText": "The API key (cid/sec) is not valid."}``
  for a wrong or missing ``cid``/``sec`` (``cid`` may be a number or a string);
  ``{"errorText": "Invalid request body."}`` for a body that is not a JSON object.
* ``{"p-ticket", "p-time", "p-captcha"}`` while a penalty is queued; the identical body
  plus ``p-ticket`` is let through once ``p-time`` has passed (earlier: another ticket
  for the remaining time; a changed body: another ticket for the full penalty); a captcha
  penalty, once reached, tickets every login until cleared.

``GET /v1/auth/renewaccesstoken`` and ``GET /v1/auth/me`` need ``Authorization: Bearer``
with a live token. A dead one (expired, revoked, its session closed by the two-session
limit, or not a session token at all for renewal) gets HTTP 401 ``{"errorText": "Access
is denied"}``, as the vendor's conformance guide says for expired tokens; the option
``tradovate_renewal_rejection="in_band"`` turns a refused renewal into HTTP 200 with the
same ``errorText`` instead.
"""

from __future__ import annotations

import json
import secrets
import zlib
from datetime import UTC, datetime, timedelta
from typing import Any

from auth_overlay.vendors import tradovate

from ._models import CannedResponse, RecordedRequest, VendorCredentials
from ._routes import (
    BadRequestError,
    Route,
    bearer_token,
    parse_json_object,
    whoami_payload,
)
from ._state import (
    IssuedToken,
    SandboxState,
    Ticket,
    TradovateSession,
    same_secret,
    whole_seconds,
)
from ._tradovate_oauth import authorize, in_band, oauth_token, username_of

INCORRECT_LOGIN = "Incorrect username or password. Please try again."
INVALID_API_KEY = "The API key (cid/sec) is not valid."
ACCESS_DENIED = "Access is denied"
_PASSWORD_LIFETIME = timedelta(days=90)


def _denied() -> CannedResponse:
    return CannedResponse.json(401, {"errorText": ACCESS_DENIED})


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def user_id(username: str) -> int:
    """A stable id per user name, so tests can predict it."""
    return zlib.crc32(username.encode("utf-8")) % 9_000_000 + 1_000_000


def _user(state: SandboxState, username: str) -> VendorCredentials:
    for client in state.clients["tradovate"]:
        if username_of(client) == username:
            return client
    return state.primary("tradovate")


# -- sessions ---------------------------------------------------------------------------


def _session_payload(state: SandboxState, token: IssuedToken, session: TradovateSession) -> dict[str, Any]:
    wall = datetime.fromtimestamp(state.wall(), UTC)
    expires = wall + timedelta(seconds=token.expires_at - state.clock())
    return {
        "accessToken": token.value,
        "mdAccessToken": session.md_access_token,
        "expirationTime": _iso(expires),
        "passwordExpirationTime": _iso(wall + _PASSWORD_LIFETIME),
        "userStatus": "Active",
        "userId": user_id(session.username),
        "name": session.username,
        "hasLive": False,
    }


def _ticket(state: SandboxState, body_key: str, not_before: float, p_time: float, captcha: bool) -> CannedResponse:
    ticket = Ticket(
        value=secrets.token_urlsafe(24),
        body_key=body_key,
        not_before=not_before,
        p_time=p_time,
        captcha=captcha,
    )
    state.tickets[ticket.value] = ticket
    state.counters.penalty_tickets_issued += 1
    return in_band(
        {
            "p-ticket": ticket.value,
            "p-time": whole_seconds(not_before - state.clock()),
            "p-captcha": captcha,
        }
    )


def _login(state: SandboxState, body: dict[str, Any]) -> CannedResponse:
    name, password = body.get("name"), body.get("password")
    user = None
    if isinstance(name, str) and isinstance(password, str):
        for client in state.clients["tradovate"]:
            if client.username == name and client.password is not None:
                user = client if same_secret(client.password, password) else None
                break
    if user is None:
        return in_band({"errorText": INCORRECT_LOGIN})
    cid, sec = body.get("cid"), body.get("sec")
    if (
        isinstance(cid, bool)
        or not isinstance(cid, int | str)
        or str(cid) != user.client_id
        or not isinstance(sec, str)
        or not same_secret(sec, user.client_secret)
    ):
        return in_band({"errorText": INVALID_API_KEY})
    session = state.open_session(username_of(user))
    token = state.issue_token("tradovate", session.username, session=session)
    return in_band(_session_payload(state, token, session))


def access_token_request(state: SandboxState, request: RecordedRequest) -> CannedResponse:
    state.counters.logins += 1
    try:
        body = parse_json_object(request.body)
    except BadRequestError:
        return in_band({"errorText": "Invalid request body."})
    ticket_value = body.pop("p-ticket", None)
    body_key = json.dumps(body, sort_keys=True, separators=(",", ":"))
    now = state.clock()
    if isinstance(ticket_value, str):
        ticket = state.tickets.get(ticket_value)
        if ticket is not None and not ticket.captcha:
            del state.tickets[ticket_value]
            if ticket.body_key != body_key:  # only the identical body redeems a ticket
                return _ticket(state, body_key, now + ticket.p_time, ticket.p_time, captcha=False)
            if now < ticket.not_before:
                return _ticket(state, body_key, ticket.not_before, ticket.p_time, captcha=False)
            return _login(state, body)
    if state.penalties:
        penalty = state.penalties[0]
        if not penalty.captcha and penalty.remaining is not None:
            penalty.remaining -= 1
            if penalty.remaining <= 0:
                state.penalties.pop(0)
        return _ticket(state, body_key, now + penalty.p_time, penalty.p_time, captcha=penalty.captcha)
    return _login(state, body)


def renew_access_token(state: SandboxState, request: RecordedRequest) -> CannedResponse:
    value = bearer_token(request)
    issued = state.valid_token("tradovate", value) if value is not None else None
    if issued is None or issued.session is None:
        state.counters.renewals_rejected += 1
        if state.tradovate.renewal_rejection == "in_band":
            return in_band({"errorText": ACCESS_DENIED})
        return _denied()
    session = issued.session
    if state.tradovate.renewal_rotates_token:
        renewed = state.issue_token("tradovate", session.username, session=session)
    else:
        issued.expires_at = state.clock() + state.lifetimes["tradovate"]
        renewed = issued
    session.expires_at = max(session.expires_at, renewed.expires_at)
    state.counters.renewals += 1
    return in_band(_session_payload(state, renewed, session))


def me(state: SandboxState, request: RecordedRequest) -> CannedResponse:
    value = bearer_token(request)
    issued = state.valid_token("tradovate", value) if value is not None else None
    if issued is None:
        return _denied()
    user = _user(state, issued.subject)
    name = username_of(user)
    return CannedResponse.json(
        200,
        {
            "userId": user_id(name),
            "name": name,
            "fullName": name.replace("-", " ").title(),
            "email": f"{name}@example.com",
            "emailVerified": True,
            "isTrial": False,
        },
    )


def whoami(state: SandboxState, request: RecordedRequest) -> CannedResponse:
    value = bearer_token(request)
    if value is None or state.valid_token("tradovate", value) is None:
        return _denied()
    return CannedResponse.json(200, whoami_payload(state, "tradovate", value))


_V1 = tradovate.BASE_PATH
_PATHS = tradovate.token_paths()

ROUTES = (
    Route("tradovate", "POST", _V1 + _PATHS["oauth"], oauth_token, True, True),
    Route("tradovate", "POST", _V1 + _PATHS["login"], access_token_request, True, True),
    Route("tradovate", "GET", _V1 + _PATHS["renew"], renew_access_token, True, True),
    Route("tradovate", "GET", _V1 + "/auth/me", me, False, True),
    Route("tradovate", "GET", "/api/whoami", whoami, False, True),
    Route("tradovate", "GET", "/oauth", authorize, False, True),  # the vendor's trader.tradovate.com/oauth
)
