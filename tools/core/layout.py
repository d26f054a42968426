"""Where each vendor's files live, one folder per vendor::

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

import json
import shutil
from dataclasses import dataclass
from pathlib import Path

from tools.core.errors import ToolError

REPO = Path(__file__).resolve().parents[2]
OPENAPI_DIR = REPO / "openapi"
GENERATED_DIR = REPO / "generated"
GENERATOR_CONFIG = OPENAPI_DIR / "generator.yaml"
UPSTREAM_NAME = "upstream.json"
OVERLAY_NAME = "overlay.yaml"
SPEC_NAME = "openapi.json"
MANIFEST_NAME = "manifest.json"
WARNINGS_NAME = "generator-warnings.txt"
TEMPLATES_NAME = "templates"  # custom generator templates: openapi/templates/, openapi/<vendor>/templates/


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
