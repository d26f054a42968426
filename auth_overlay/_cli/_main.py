"""The ``auth-overlay`` command.

Exit codes: 0 success; 1 the vendor refused or failed (a ``TokenError``, JSON on stderr);
2 usage or configuration error (one line on stderr); 130 interrupted.
Credentials come only from environment variables, never from arguments, so they stay
out of shell history and process listings.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from typing import Any

from auth_overlay import errors
from auth_overlay.__about__ import __version__
from auth_overlay._front._auth import TokenAuth
from auth_overlay.vendors import PROFILES

EXIT_OK, EXIT_TOKEN_ERROR, EXIT_USAGE = 0, 1, 2

_EPILOG = """\
credentials (environment variables, never arguments):
  <PROVIDER>_CLIENT_ID, <PROVIDER>_CLIENT_SECRET   e.g. TRADEVEST_CLIENT_ID, OAUTH2_CLIENT_SECRET
  TRADOVATE_REFRESH_TOKEN                          start Tradovate from a stored refresh token
  TRADOVATE_USERNAME, TRADOVATE_PASSWORD           log in to a Tradovate trading session, with
  TRADOVATE_APP_ID, TRADOVATE_APP_VERSION          the API key as TRADOVATE_CLIENT_ID/_CLIENT_SECRET
  TRADOVATE_DEVICE_ID                              (optional)
  AUTH_OVERLAY_CACHE                               cache URL: memory://, file:///dir, redis://host:port/db

exit codes: 0 ok, 1 token error (JSON on stderr), 2 usage or configuration error
"""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # one line, not argparse's usage block
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see {self.prog} --help)\n")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="auth-overlay",
        description="Tokens for Tradevest, Alternative Payments, Tradovate and any OAuth2 server.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"auth-overlay {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND", parser_class=_Parser)

    token = commands.add_parser(
        "token",
        help="get a token and print what it is (never the token itself, unless --show-token)",
        description="Get a token from PROVIDER and print one JSON object describing it.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    token.add_argument("provider", choices=sorted(PROFILES), metavar="PROVIDER", help=", ".join(sorted(PROFILES)))
    token.add_argument("--environment", "-e", help="vendor environment (default: its non-production one)")
    token.add_argument("--token-url", help="override the token endpoint (full URL)")
    token.add_argument("--base-url", help="override the vendor's host and base path (e.g. a sandbox)")
    token.add_argument("--issuer", help="oauth2: discover the token endpoint from this issuer (RFC 8414)")
    token.add_argument("--scope", help="scope to request, where the vendor supports one")
    token.add_argument("--cache", help="cache URL (default: $AUTH_OVERLAY_CACHE, else memory)")
    token.add_argument("--show-token", action="store_true", help="include access_token in the output")

    sandbox = commands.add_parser(
        "sandbox",
        help="run the local vendor sandbox (see: auth-overlay sandbox --help)",
        add_help=False,
    )
    sandbox.add_argument("args", nargs=argparse.REMAINDER)

    demo = commands.add_parser(
        "demo",
        help="show every vendor's token flow against an in-process sandbox",
        add_help=False,
    )
    demo.add_argument("args", nargs=argparse.REMAINDER)

    drift = commands.add_parser(
        "drift-report",
        help="summarise the contract drift processes recorded in $AUTH_OVERLAY_DRIFT_LOG",
        description="Summarise the JSON lines API calls append to AUTH_OVERLAY_DRIFT_LOG (one per process "
        "and finding): which vendor answers differ from the spec, how many processes saw each, and when.",
    )
    drift.add_argument("--log", help="the drift log (default: $AUTH_OVERLAY_DRIFT_LOG)")
    drift.add_argument("--json", action="store_true", help="one JSON object instead of a table")
    return parser


def _drift_report_command(args: argparse.Namespace) -> int:
    from auth_overlay.api import _drift_report
    from auth_overlay.api._drift import DRIFT_LOG_ENV

    path = args.log or os.environ.get(DRIFT_LOG_ENV)
    if not path:
        print(f"auth-overlay: no drift log: pass --log or set {DRIFT_LOG_ENV}", file=sys.stderr)
        return EXIT_USAGE
    try:
        with open(path, encoding="utf-8", errors="replace") as log:
            rows, unreadable = _drift_report.summarise(log)
    except OSError as exc:
        print(f"auth-overlay: cannot read the drift log {path}: {exc.strerror}", file=sys.stderr)
        return EXIT_USAGE
    if args.json:
        print(json.dumps({"findings": rows, "unreadable_lines": unreadable}, allow_nan=False))
    else:
        print(_drift_report.as_table(rows, unreadable))
    return EXIT_OK


def _credential(provider: str, name: str) -> str | None:
    return os.environ.get(f"{provider.upper()}_{name}") or None


def _options_from_environment(provider: str, args: argparse.Namespace) -> dict[str, Any]:
    extra: dict[str, Any] = {}
    refresh = _credential(provider, "REFRESH_TOKEN")
    if refresh:
        extra["refresh_token"] = refresh
    if args.issuer:
        extra["issuer"] = args.issuer
    if args.base_url:
        extra["base_url"] = args.base_url
    username = _credential(provider, "USERNAME")
    if username:
        extra["username"] = username
        extra["password"] = _credential(provider, "PASSWORD") or ""
        for option, variable in (("app_id", "APP_ID"), ("app_version", "APP_VERSION"), ("device_id", "DEVICE_ID")):
            value = _credential(provider, variable)
            if value:
                extra[option] = value
    return extra


def _token_command(args: argparse.Namespace) -> int:
    provider: str = args.provider
    extra = _options_from_environment(provider, args)
    try:
        auth = TokenAuth.for_provider(
            provider,
            client_id=_credential(provider, "CLIENT_ID") or "",
            client_secret=_credential(provider, "CLIENT_SECRET") or "",
            environment=args.environment,
            token_url=args.token_url,
            scope=args.scope,
            cache=args.cache,
            **extra,
        )
        token = auth.get_token()
    except errors.ConfigurationError as exc:
        print(f"auth-overlay: {_for_the_command_line(provider, exc.message)}", file=sys.stderr)
        return EXIT_USAGE
    except errors.AuthOverlayError as exc:
        report = {key: exc.to_dict()[key] for key in ("error_code", "error", "provider", "status_code", "retryable")}
        report["message"] = exc.message
        if exc.retry_after is not None:
            report["retry_after"] = exc.retry_after
        print(json.dumps(report), file=sys.stderr)
        return EXIT_TOKEN_ERROR
    out: dict[str, Any] = {
        "provider": auth.provider,
        "environment": auth.environment,
        "token_type": token.token_type,
        "expires_in": int(token.expires_in()),
        "expires_at": token.expires_at.isoformat(),
        "fingerprint": token.fingerprint,
    }
    if token.scope:
        out["scope"] = token.scope
    if args.show_token:
        out["access_token"] = token.access_token
    print(json.dumps(out))
    return EXIT_OK


def _for_the_command_line(provider: str, message: str) -> str:
    """A configuration error in terms of the environment variables that fix it: the CLI has no keywords."""
    prefix = provider.upper()
    if "client_id" in message or "client_secret" in message:
        return f"{message} (set {prefix}_CLIENT_ID and {prefix}_CLIENT_SECRET)"
    if "password" in message:
        return f"{message} (set {prefix}_PASSWORD)"
    if "code=" in message or "refresh_token=" in message:
        return (
            f"{provider} needs a way to start: set {prefix}_USERNAME and {prefix}_PASSWORD for a trading "
            f"session, or {prefix}_REFRESH_TOKEN to start from a stored refresh token"
        )
    return message


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # The sandbox and demo own their options; hand everything after the command over untouched.
    if argv[:1] == ["sandbox"]:
        from auth_overlay.testing.sandbox import serve

        return serve(argv[1:])
    if argv[:1] == ["demo"]:
        from auth_overlay._cli._demo import main as demo_main

        return demo_main(argv[1:])
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    try:
        if args.command == "drift-report":
            return _drift_report_command(args)
        return _token_command(args)
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
