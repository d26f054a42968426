"""Shared knowledge about the vendored specs and how clients are generated from them.

Layout, one folder per vendor::

    openapi/<vendor>/openapi.json    the spec as the vendor published it
    openapi/<vendor>/manifest.json   where it came from, how, its sha256, the date
    generated/<vendor>_client/       openapi-python-client output, never edited by hand
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import NoReturn

REPO = Path(__file__).resolve().parent.parent
OPENAPI_DIR = REPO / "openapi"
GENERATED_DIR = REPO / "generated"
GENERATOR_CONFIG = OPENAPI_DIR / "generator.yaml"
PINS_FILE = Path(__file__).resolve().parent / "generator-requirements.txt"
SPEC_NAME = "openapi.json"
MANIFEST_NAME = "manifest.json"


class ToolError(Exception):
    """A failure a person can act on; printed as one line, never as a traceback."""


class ArgumentParser(argparse.ArgumentParser):
    """argparse, but a usage error is one line (exit 2) like every other refusal here."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} (see --help)\n")


@dataclass(frozen=True)
class Vendor:
    name: str
    root: Path

    @property
    def spec_path(self) -> Path:
        return self.root / self.name / SPEC_NAME

    @property
    def manifest_path(self) -> Path:
        return self.root / self.name / MANIFEST_NAME

    @property
    def generator_config(self) -> Path:
        # The config lives beside the specs, so a copy of openapi/ carries its own.
        return self.root / GENERATOR_CONFIG.name

    @property
    def package(self) -> str:
        return f"{self.name}_client"

    def manifest(self) -> dict[str, object]:
        try:
            data = json.loads(self.manifest_path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ToolError(f"{self.name}: no manifest at {self.manifest_path}") from None
        except json.JSONDecodeError as exc:
            raise ToolError(f"{self.name}: manifest is not valid JSON ({exc})") from None
        if not isinstance(data, dict):
            raise ToolError(f"{self.name}: manifest must be a JSON object")
        return data


def vendors(openapi_dir: Path = OPENAPI_DIR) -> list[Vendor]:
    """Every vendor is a folder of openapi/ that holds a spec."""
    return sorted(
        (Vendor(p.parent.name, openapi_dir) for p in openapi_dir.glob(f"*/{SPEC_NAME}")),
        key=lambda v: v.name,
    )


def sha256_file(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def dump_spec(document: object) -> bytes:
    """The stable, diff-friendly form: the vendor's key order, two-space indent, final newline."""
    return (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def dump_manifest(manifest: dict[str, object]) -> bytes:
    return (json.dumps(manifest, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def write_atomic(path: Path, data: bytes) -> None:
    """Write data to path so a reader sees the old bytes or the new ones, never half of each."""
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        # mkstemp creates 0600; keep the mode the file had, or the usual one for a new file.
        mode = path.stat().st_mode & 0o777 if path.exists() else 0o644
        tmp.chmod(mode)
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


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


def pinned_versions(pins_file: Path = PINS_FILE) -> dict[str, str]:
    pins: dict[str, str] = {}
    for raw in pins_file.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if line:
            name, _, version = line.partition("==")
            pins[name.strip()] = version.strip()
    return pins


def check_pinned_versions(pins_file: Path = PINS_FILE) -> list[str]:
    """Problems with the installed generator toolchain, one line each (empty when exact)."""
    problems = []
    for name, wanted in pinned_versions(pins_file).items():
        try:
            have = metadata.version(name)
        except metadata.PackageNotFoundError:
            problems.append(f"{name} is not installed (pinned {wanted})")
            continue
        if have != wanted:
            problems.append(f"{name} {have} is installed, but {wanted} is pinned")
    return problems


def _tool_env() -> dict[str, str]:
    # The generator's post hooks call `ruff` and `python` by name: make them the ones
    # installed beside this interpreter, whatever the caller's PATH says.
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    return env


def generate_one(vendor: Vendor, out_dir: Path) -> Path:
    """Generate vendor's client package into out_dir/<vendor>_client and return that path."""
    target = out_dir / vendor.package
    cmd = [
        str(Path(sys.executable).parent / "openapi-python-client"),
        "generate",
        "--path",
        str(vendor.spec_path),
        "--meta",
        "none",
        "--output-path",
        str(target),
        "--config",
        str(vendor.generator_config),
        "--fail-on-warning",
        "--overwrite",
    ]
    proc = subprocess.run(cmd, capture_output=True, text=True, env=_tool_env(), check=False)
    if proc.returncode != 0:
        detail = (proc.stderr.strip() or proc.stdout.strip()).splitlines()
        raise ToolError(f"{vendor.name}: openapi-python-client failed: {' | '.join(detail[-6:])}")
    return target


def generate_all(
    out_dir: Path, selected: Iterable[Vendor] | None = None, openapi_dir: Path = OPENAPI_DIR
) -> list[Path]:
    """Generate every vendor's client into out_dir, in parallel (each is its own process)."""
    chosen = list(selected) if selected is not None else vendors(openapi_dir)
    with ThreadPoolExecutor(max_workers=max(1, len(chosen))) as pool:
        jobs = {pool.submit(generate_one, vendor, out_dir): vendor for vendor in chosen}
        for done, job in enumerate(as_completed(jobs), 1):
            job.result()  # the first failure ends the run
            show_progress(done, len(chosen), jobs[job].package)
    return [out_dir / vendor.package for vendor in chosen]


def show_progress(done: int, total: int, what: str) -> None:
    """One line per finished step on stderr, so long runs over many specs show they are moving."""
    print(f"  [{done}/{total}] {what}", file=sys.stderr, flush=True)


def regenerate_in_place(generated_dir: Path = GENERATED_DIR, openapi_dir: Path = OPENAPI_DIR) -> list[str]:
    """Regenerate into a scratch folder first, then swap, so a failure leaves generated/ intact."""
    generated_dir.mkdir(parents=True, exist_ok=True)
    chosen = vendors(openapi_dir)
    with tempfile.TemporaryDirectory(prefix="regen-", dir=generated_dir.parent) as tmp:
        generate_all(Path(tmp), chosen)
        for vendor in chosen:
            final = generated_dir / vendor.package
            if final.exists():
                shutil.rmtree(final)
            (Path(tmp) / vendor.package).rename(final)
    return [v.package for v in chosen]
