"""``serve``: run a sandbox in the foreground until SIGINT/SIGTERM."""

from __future__ import annotations

import argparse
import ipaddress
import math
import signal
import sys
import threading
from collections.abc import Callable
from types import FrameType
from typing import Any

from ._faults import Fault
from ._models import PROVIDERS, Provider, check_provider
from ._sandbox import Sandbox
from ._tradovate_api import EMULATED

_FAULT_HELP = """\
--fault PROVIDER:KIND[:ARG][@TIMES], repeatable. KIND is one of
  latency:SECONDS   status:CODE   rate_limited[:RETRY_AFTER]   drop   reset
  html[:CODE]   malformed   slow:SECONDS   truncated   oversized[:BYTES]
TIMES is how many token requests it hits (default 1; "inf" until the server stops).
"""


def _float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value) or value < 0:
        raise ValueError(f"not a non-negative number: {text!r}")
    return value


def _fault_builders() -> dict[str, Callable[[str | None, int | None], Fault]]:
    def need(arg: str | None, kind: str) -> str:
        if not arg:
            raise ValueError(f"fault {kind!r} needs an argument")
        return arg

    return {
        "latency": lambda a, t: Fault.latency(_float(need(a, "latency")), times=t),
        "status": lambda a, t: Fault.status(int(need(a, "status")), times=t),
        "rate_limited": lambda a, t: Fault.rate_limited(a, times=t),
        "drop": lambda _a, t: Fault.drop_connection(times=t),
        "reset": lambda _a, t: Fault.drop_connection(reset=True, times=t),
        "html": lambda a, t: Fault.html(int(a) if a else 502, times=t),
        "malformed": lambda _a, t: Fault.malformed(times=t),
        "slow": lambda a, t: Fault.slow_body(_float(need(a, "slow")), times=t),
        "truncated": lambda _a, t: Fault.truncated(times=t),
        "oversized": lambda a, t: Fault.oversized(int(a) if a else 5 * 1024 * 1024, times=t),
    }


def parse_fault(spec: str) -> tuple[Provider, Fault]:
    """``"tradevest:status:503@2"`` → (``"tradevest"``, ``Fault.status(503, times=2)``)."""
    body, _, times_text = spec.partition("@")
    times: int | None = 1
    if times_text:
        times = None if times_text.lower() == "inf" else int(times_text)
    provider, _, rest = body.partition(":")
    kind, _, arg = rest.partition(":")
    builders = _fault_builders()
    if kind not in builders:
        raise ValueError(f"unknown fault kind {kind!r} in {spec!r}")
    return check_provider(provider), builders[kind](arg or None, times)


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _users(text: str) -> list[str]:
    names = [name.strip() for name in text.split(",")]
    if not all(names):
        raise argparse.ArgumentTypeError(f"not a comma-separated list of names: {text!r}")
    return names


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # one line, like every other auth-overlay usage error
        self.exit(2, f"auth-overlay: {message} (see {self.prog} --help)\n")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="auth-overlay sandbox",
        description="Local emulation of the Tradevest, Alternative Payments and Tradovate token endpoints.",
        epilog=_FAULT_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (loopback only)")
    parser.add_argument("--port", type=int, default=0, help="port (0: any free port)")
    parser.add_argument("--allow-remote", action="store_true", help="allow binding a non-loopback address")
    parser.add_argument("--token-lifetime", type=_float, default=3600.0, metavar="S", help="seconds (default 3600)")
    parser.add_argument("--fault", action="append", default=[], metavar="SPEC", help="see below; repeatable")
    parser.add_argument(
        "--users",
        type=_users,
        default=[],
        metavar="NAMES",
        help="named users beside the primary one, e.g. alice,bob: each its own clients, Tradovate login, "
        "account, orders and session limit (every credential is printed at start)",
    )
    parser.add_argument(
        "--redirect-uri",
        action="append",
        default=[],
        metavar="URI",
        help="register a redirect URI for Tradovate's OAuth authorize step; repeatable "
        "(default: http://127.0.0.1/callback and http://localhost/callback, any port)",
    )
    return parser


def _usage_error(message: str) -> int:
    print(f"auth-overlay: {message}", file=sys.stderr)
    return 2


def _announce(sandbox: Sandbox) -> None:
    print(f"auth-overlay sandbox listening on {sandbox.url}")
    for provider in PROVIDERS:
        creds = sandbox.credentials(provider)
        print(
            f"  {provider}: token URL {sandbox.token_url(provider)}"
            f"  base URL {sandbox.base_url(provider)}"
            f"  client_id={creds.client_id} client_secret={creds.client_secret}"
            + (f" username={creds.username} password={creds.password}" if creds.username else "")
            + f"  protected endpoint: GET {sandbox.api_url(provider)} (200 with a live token, else 401)"
        )
    for user in sandbox.users:
        named = {provider: sandbox.credentials(provider, user) for provider in PROVIDERS}
        tradovate = named["tradovate"]
        print(
            f"  user {user}:"
            + "".join(
                f" {p} client_id={named[p].client_id} client_secret={named[p].client_secret};"
                for p in ("tradevest", "alternative_payments")
            )
            + f" tradovate client_id={tradovate.client_id} client_secret={tradovate.client_secret}"
            f" username={tradovate.username} password={tradovate.password}"
        )
    primary = sandbox.credentials("tradovate")
    print(
        f"  tradovate OAuth authorize: GET {sandbox.authorize_url()}?response_type=code&client_id={primary.client_id}"
        f"&redirect_uri=URI[&state=S] -> 302 to URI?code=...; registered URIs: {', '.join(sandbox.redirect_uris)}"
        " (loopback: any port)"
    )
    emulated = ", ".join(f"{method} {path}" for method, path, _ in EMULATED)
    print(f"  tradovate API (below its base URL): {emulated}; the rest of the spec answers 501")
    sys.stdout.flush()


def serve(argv: list[str] | None = None) -> int:
    """Run the sandbox until SIGINT or SIGTERM; 0 on a clean stop, 2 (one ``auth-overlay:`` line on
    stderr) on bad arguments or an address it cannot listen on."""
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else 2
    if not _is_loopback(args.host) and not args.allow_remote:
        return _usage_error(
            f"refusing to bind non-loopback host {args.host!r} without --allow-remote: "
            "the sandbox prints its credentials and has no TLS"
        )
    try:
        faults = [parse_fault(spec) for spec in args.fault]
    except ValueError as exc:
        return _usage_error(f"bad --fault: {exc}")
    try:
        sandbox = Sandbox(
            host=args.host,
            port=args.port,
            token_lifetime=args.token_lifetime,
            users=args.users,
            **({"tradovate_redirect_uris": args.redirect_uri} if args.redirect_uri else {}),
        )
    except ValueError as exc:
        return _usage_error(f"bad --users: {exc}")
    for provider, fault in faults:
        sandbox.add_fault(provider, fault)

    stop = threading.Event()
    previous: dict[signal.Signals, Any] = {}
    in_main_thread = threading.current_thread() is threading.main_thread()

    def request_stop(signum: int, frame: FrameType | None) -> None:
        stop.set()

    try:
        sandbox.start()
    except OSError as exc:  # the port is taken, or the address is not this machine's: a usage error
        return _usage_error(f"cannot listen on {args.host}:{args.port}: {exc.strerror or exc}")
    try:
        if in_main_thread:
            for stop_signal in (signal.SIGINT, signal.SIGTERM):
                previous[stop_signal] = signal.signal(stop_signal, request_stop)
        _announce(sandbox)
        while not stop.wait(0.2):
            pass
    finally:
        sandbox.stop()
        for stop_signal, handler in previous.items():
            signal.signal(stop_signal, handler)
    return 0
