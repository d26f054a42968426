"""``auth-overlay token``: its three exit paths, run as a real process against the sandbox."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from auth_overlay.testing.sandbox import Sandbox

from .conftest import run_cli


@pytest.fixture
def env(sandbox: Sandbox) -> dict[str, str]:
    creds = sandbox.credentials("alternative_payments")
    return {
        "ALTERNATIVE_PAYMENTS_CLIENT_ID": creds.client_id,
        "ALTERNATIVE_PAYMENTS_CLIENT_SECRET": creds.client_secret,
    }


def test_success_prints_one_json_object_without_the_token(
    sandbox: Sandbox, env: dict[str, str], tmp_path: Path
) -> None:
    result = run_cli(
        ["token", "alternative_payments", "--token-url", sandbox.token_url("alternative_payments")], tmp_path, env
    )
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert set(out) == {"provider", "environment", "token_type", "expires_in", "expires_at", "fingerprint"}
    assert out["provider"] == "alternative_payments"
    assert out["environment"] == "demo"
    assert out["token_type"] == "Bearer"
    assert 3590 <= out["expires_in"] <= 3600


def test_show_token_includes_it(sandbox: Sandbox, env: dict[str, str], tmp_path: Path) -> None:
    args = ["token", "alternative_payments", "--token-url", sandbox.token_url("alternative_payments"), "--show-token"]
    out = json.loads(run_cli(args, tmp_path, env).stdout)
    assert len(out["access_token"]) == 56  # the vendor's opaque 56-hex token


def test_token_error_exits_1_with_json_on_stderr(sandbox: Sandbox, env: dict[str, str], tmp_path: Path) -> None:
    env = {**env, "ALTERNATIVE_PAYMENTS_CLIENT_SECRET": "wrong"}
    result = run_cli(
        ["token", "alternative_payments", "--token-url", sandbox.token_url("alternative_payments")], tmp_path, env
    )
    assert result.returncode == 1
    assert result.stdout == ""
    error = json.loads(result.stderr)
    assert error == {
        "error_code": "invalid_client",
        "error": "InvalidClientError",
        "provider": "alternative_payments",
        "status_code": 403,
        "retryable": False,
        "message": error["message"],
    }


@pytest.mark.parametrize(
    "args",
    [
        ["token", "alternative_payments", "--environment", "staging"],
        ["token", "nope"],
        ["token"],
        ["frobnicate"],
    ],
)
def test_usage_and_configuration_errors_exit_2_with_one_line(
    args: list[str], env: dict[str, str], tmp_path: Path
) -> None:
    result = run_cli(args, tmp_path, env)
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr


def test_missing_credentials_name_the_variables(tmp_path: Path) -> None:
    result = run_cli(["token", "tradevest"], tmp_path, {})
    assert result.returncode == 2
    assert "TRADEVEST_CLIENT_ID" in result.stderr


def test_console_script_is_installed() -> None:
    exe = shutil.which("auth-overlay") or str(Path(sys.executable).parent / "auth-overlay")
    result = subprocess.run([exe, "--version"], capture_output=True, text=True, timeout=30, check=False)
    assert result.returncode == 0
    assert result.stdout.startswith("auth-overlay ")


def test_tradovate_session_login_from_environment(sandbox: Sandbox, tmp_path: Path) -> None:
    creds = sandbox.credentials("tradovate")
    env = {
        "TRADOVATE_CLIENT_ID": creds.client_id,
        "TRADOVATE_CLIENT_SECRET": creds.client_secret,
        "TRADOVATE_USERNAME": creds.username or "",
        "TRADOVATE_PASSWORD": creds.password or "",
        "TRADOVATE_APP_ID": "cli",
        "TRADOVATE_APP_VERSION": "1.0",
    }
    result = run_cli(["token", "tradovate", "--base-url", sandbox.base_url("tradovate")], tmp_path, env)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["provider"] == "tradovate"
    assert sandbox.tradovate_stats().sessions_opened == 1
    assert creds.password not in result.stdout + result.stderr


@pytest.mark.parametrize("command", ["sandbox", "demo", "token"])
def test_every_command_has_help(command: str, tmp_path: Path) -> None:
    result = run_cli([command, "--help"], tmp_path, {})
    assert result.returncode == 0, result.stderr
    assert "usage:" in result.stdout


def test_tradovate_without_a_way_to_start_names_the_variables_not_python_arguments(tmp_path: Path) -> None:
    result = run_cli(["token", "tradovate"], tmp_path, {"TRADOVATE_CLIENT_ID": "1", "TRADOVATE_CLIENT_SECRET": "s"})
    assert result.returncode == 2
    assert "TRADOVATE_USERNAME" in result.stderr
    assert "TRADOVATE_REFRESH_TOKEN" in result.stderr
    assert "code=" not in result.stderr
    assert "refresh_token=" not in result.stderr
