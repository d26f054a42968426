"""Shared knowledge about the vendored specs and how clients are generated from them.

Layout, one folder per vendor::

    openapi/<vendor>/upstream.json   the spec as the vendor published it (or as extracted from its page)
    openapi/<vendor>/overlay.yaml    declared repairs, an OpenAPI Overlay 1.0 document
    openapi/<vendor>/openapi.json    upstream + overlay in the stable form: what the generator sees
    openapi/<vendor>/manifest.json   where upstream came from and how, the three sha256s, the date
    openapi/<vendor>/generator-warnings.txt   generator warnings accepted on purpose (optional)
    openapi/<vendor>/generator.yaml  generator settings for this vendor over ../generator.yaml (optional)
    openapi/<vendor>/templates/      custom generator templates for this vendor (optional), over
    openapi/templates/               custom generator templates for every vendor
    generated/<vendor>_client/       openapi-python-client output, never edited by hand
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any, NoReturn

REPO = Path(__file__).resolve().parent.parent
OPENAPI_DIR = REPO / "openapi"
GENERATED_DIR = REPO / "generated"
GENERATOR_CONFIG = OPENAPI_DIR / "generator.yaml"
PINS_FILE = Path(__file__).resolve().parent / "generator-requirements.txt"
UPSTREAM_NAME = "upstream.json"
OVERLAY_NAME = "overlay.yaml"
SPEC_NAME = "openapi.json"
MANIFEST_NAME = "manifest.json"
WARNINGS_NAME = "generator-warnings.txt"
TEMPLATES_NAME = "templates"  # custom generator templates: openapi/templates/, openapi/<vendor>/templates/
# A generator warning: its first line names the level and what was being parsed.
WARNING_HEADER = re.compile(r"^(WARNING|ERROR) ")
# Python reprs in warning details carry memory addresses; a declared warning must not.
OBJECT_REPR = re.compile(r"<[\w.]+ object at 0x[0-9a-f]+>")


class ToolError(Exception):
    """A failure a person can act on; printed as one line, never as a traceback."""


class ArgumentParser(argparse.ArgumentParser):
    """argparse, but a usage error is one line (exit 2, or ``usage_exit``) like every other
    refusal here. The watch tools use 3: their 2 means "a breaking change"."""

    def __init__(self, *, usage_exit: int = 2, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.usage_exit = usage_exit

    def error(self, message: str) -> NoReturn:
        self.exit(self.usage_exit, f"{self.prog}: {message} (see --help)\n")


@dataclass(frozen=True)
class Vendor:
    name: str
    root: Path

    @property
    def folder(self) -> Path:
        return self.root / self.name

    @property
    def upstream_path(self) -> Path:
        return self.folder / UPSTREAM_NAME

    @property
    def overlay_path(self) -> Path:
        return self.folder / OVERLAY_NAME

    @property
    def spec_path(self) -> Path:
        return self.folder / SPEC_NAME

    @property
    def manifest_path(self) -> Path:
        return self.folder / MANIFEST_NAME

    @property
    def warnings_path(self) -> Path:
        return self.folder / WARNINGS_NAME

    @property
    def generator_config(self) -> Path:
        # The config lives beside the specs, so a copy of openapi/ carries its own.
        return self.root / GENERATOR_CONFIG.name

    @property
    def templates_path(self) -> Path:
        """Optional custom generator templates for this vendor (over the shared ones)."""
        return self.folder / TEMPLATES_NAME

    def write_templates(self, folder: Path) -> Path | None:
        """The custom templates the generator reads for this vendor: openapi/templates/, with
        the vendor's own templates/ over them; None when there are none."""
        layers = [d for d in (self.root / TEMPLATES_NAME, self.templates_path) if d.is_dir()]
        if not layers:
            return None
        target = folder / f"{self.name}-{TEMPLATES_NAME}"
        for layer in layers:
            shutil.copytree(layer, target, dirs_exist_ok=True)
        return target

    @property
    def own_generator_config(self) -> Path:
        """Optional settings for this vendor only, merged over the shared config."""
        return self.folder / GENERATOR_CONFIG.name

    def write_generator_config(self, folder: Path) -> Path:
        """The config the generator reads for this vendor: shared, with the vendor's keys over it."""
        if not self.own_generator_config.exists():
            return self.generator_config
        import yaml

        merged: dict[str, object] = {}
        for path in (self.generator_config, self.own_generator_config):
            try:
                loaded = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
            except (OSError, yaml.YAMLError) as exc:
                raise ToolError(f"{self.name}: cannot read {path.name} ({' '.join(str(exc).split())})") from None
            if not isinstance(loaded, dict):
                raise ToolError(f"{self.name}: {path} must hold a mapping")
            merged.update(loaded)
        target = folder / f"{self.name}-{GENERATOR_CONFIG.name}"
        target.write_text(yaml.safe_dump(merged, sort_keys=True), encoding="utf-8")
        return target

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


def tolerant_enums(vendor: Vendor) -> bool:
    """Whether the vendor's generated enums keep an unknown value (``is_known`` False) instead
    of raising ValueError: then a new response enum value is compatible at runtime."""
    for layer in (vendor.root / TEMPLATES_NAME, vendor.templates_path):
        template = layer / "str_enum.py.jinja"
        if template.is_file() and "is_known" in template.read_text(encoding="utf-8"):
            return True
    return False


def vendors(openapi_dir: Path = OPENAPI_DIR) -> list[Vendor]:
    """Every vendor is a folder of openapi/ that holds an upstream spec."""
    return sorted(
        (Vendor(p.parent.name, openapi_dir) for p in openapi_dir.glob(f"*/{UPSTREAM_NAME}")),
        key=lambda v: v.name,
    )


def recorded_sha256(manifest: dict[str, object], entry: str) -> str | None:
    """The sha256 a manifest records for one of its files ("upstream", "overlay", "spec")."""
    value = manifest.get(entry)
    sha = value.get("sha256") if isinstance(value, dict) else None
    return sha if isinstance(sha, str) else None


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


def generate_one(vendor: Vendor, out_dir: Path, spec_path: Path | None = None) -> Path:
    """Generate vendor's client package into out_dir/<vendor>_client and return that path.

    ``spec_path`` is the spec to read (default: the vendor's openapi.json). Every warning of
    the generator must be declared in the vendor's generator-warnings.txt, and every declared
    one must still occur: anything else is an error, so no warning is ignored silently."""
    target = out_dir / vendor.package
    config_dir = out_dir / ".config"
    config_dir.mkdir(exist_ok=True)
    cmd = [
        str(Path(sys.executable).parent / "openapi-python-client"),
        "generate",
        "--path",
        str(spec_path or vendor.spec_path),
        "--meta",
        "none",
        "--output-path",
        str(target),
        "--config",
        str(vendor.write_generator_config(config_dir)),
        "--overwrite",
    ]
    templates = vendor.write_templates(config_dir)
    if templates is not None:
        cmd += ["--custom-template-path", str(templates)]
    proc = subprocess.run(cmd, capture_output=True, text=True, env=_tool_env(), check=False)
    if proc.returncode != 0:
        detail = (proc.stderr.strip() or proc.stdout.strip()).splitlines()
        raise ToolError(f"{vendor.name}: openapi-python-client failed: {' | '.join(detail[-6:])}")
    check_warnings(vendor, generator_warnings(proc.stdout + "\n" + proc.stderr))
    return target


def generator_warnings(output: str) -> list[str]:
    """Each warning the generator printed, as one line: its header, then its first detail line."""
    lines = [line.strip() for line in output.splitlines()]
    found: list[str] = []
    for index, line in enumerate(lines):
        if WARNING_HEADER.match(line):
            detail = next((rest for rest in lines[index + 1 :] if rest), "")
            found.append(f"{line} {OBJECT_REPR.sub('<…>', detail)}".strip())
    if not found and "Warning(s) encountered" in output:
        found.append("Warning(s) encountered (the generator printed no detail)")
    return found


def declared_warnings(vendor: Vendor) -> list[str]:
    if not vendor.warnings_path.exists():
        return []
    lines = vendor.warnings_path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def check_warnings(vendor: Vendor, warnings: list[str]) -> None:
    """A warning is accepted when a declared line starts it; a declared line nothing matches is stale."""
    declared = declared_warnings(vendor)
    where = f"openapi/{vendor.name}/{WARNINGS_NAME}"
    for warning in warnings:
        if not any(warning.startswith(line) for line in declared):
            why = f"repair the spec, or declare it in {where}"
            raise ToolError(f"{vendor.name}: undeclared generator warning ({why}): {warning}")
    for line in declared:
        if not any(warning.startswith(line) for warning in warnings):
            raise ToolError(f"{vendor.name}: {where} declares a warning the generator no longer gives: {line}")


def show_progress(done: int, total: int, what: str) -> None:
    """One line per finished step on stderr, so long runs over many specs show they are moving."""
    print(f"  [{done}/{total}] {what}", file=sys.stderr, flush=True)
