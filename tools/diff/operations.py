"""Whole documents compared: servers, then every operation (security, parameters, bodies, responses)."""

from __future__ import annotations

from collections.abc import Mapping

from tools.diff.fields import compare_fields
from tools.diff.model import HTTP_METHODS, Change, Field, FieldPath, Side
from tools.diff.names import module_path
from tools.diff.schemas import Document, as_list

Operation = Mapping[str, object]

TOLERATED = "tolerated at runtime: the generated enum keeps it with is_known False (see the runtime-tolerance rules)"


def diff_specs(old: Mapping[str, object], new: Mapping[str, object], *, tolerant_enums: bool = False) -> list[Change]:
    """Every client-visible change from old to new, document-wide changes first.
    ``tolerant_enums``: the client keeps unknown response enum values (see the module doc)."""
    changes = _diff(old, new)
    if not tolerant_enums:
        return changes
    return [
        Change(c.operation, c.where, c.kind, c.subject, f"{c.detail} — {TOLERATED}", False)
        if c.kind == "enum-value-added" and c.where.startswith("response")
        else c
        for c in changes
    ]


def _diff(old: Mapping[str, object], new: Mapping[str, object]) -> list[Change]:
    changes = _diff_servers(old, new)
    old_ops, new_ops = _operations(old), _operations(new)
    for key in [*new_ops, *(k for k in old_ops if k not in new_ops)]:
        label = f"{key[0].upper()} {key[1]}"
        if key not in old_ops:
            changes.append(_change(label, "operation", "operation-added", "operation added"))
        elif key not in new_ops:
            why = "calls to it fail, and the regenerated client no longer has it"
            changes.append(_change(label, "operation", "operation-removed", "operation removed", why))
        else:
            changes += _OperationDiff(key, old, new).run(old_ops[key], new_ops[key])
    return changes


def _change(operation: str, where: str, kind: str, detail: str, why: str = "") -> Change:
    """A record whose subject is its own location; breaking exactly when it has a reason."""
    return Change(operation, where, kind, operation or where, detail, bool(why), why)


def _diff_servers(old: Mapping[str, object], new: Mapping[str, object]) -> list[Change]:
    before, after = _server_urls(old), _server_urls(new)
    why = "clients configured with this base URL lose it"
    changes = [
        Change("", "servers", "server-removed", url, f"server {url} removed", True, why)
        for url in before
        if url not in after
    ]
    changes += [
        Change("", "servers", "server-added", url, f"server {url} added", False) for url in after if url not in before
    ]
    return changes


def _server_urls(document: Mapping[str, object]) -> list[str]:
    servers = document.get("servers")
    if not isinstance(servers, list):
        return []
    return [str(s.get("url")) for s in servers if isinstance(s, Mapping) and "url" in s]


def _operations(document: Mapping[str, object]) -> dict[tuple[str, str], dict[str, object]]:
    """(method, path) → the operation, with path-level parameters folded in."""
    doc = Document(document)
    paths = document.get("paths")
    found: dict[tuple[str, str], dict[str, object]] = {}
    if not isinstance(paths, Mapping):
        return found
    for path, raw_item in paths.items():
        item = doc.deref(raw_item)
        shared = as_list(item.get("parameters"))
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, Mapping):
                own = as_list(operation.get("parameters"))
                found[(method, str(path))] = {**operation, "parameters": [*shared, *own]}
    return found


class _OperationDiff:
    """One operation present on both sides; each method compares one part of it."""

    def __init__(self, key: tuple[str, str], old: Mapping[str, object], new: Mapping[str, object]) -> None:
        self.key = key
        self.label = f"{key[0].upper()} {key[1]}"
        self.old = Document(old)
        self.new = Document(new)

    def run(self, old: Operation, new: Operation) -> list[Change]:
        changes = self.names(old, new)
        before, after = _security(self.old, old), _security(self.new, new)
        if before != after:
            detail = f"security {_show_security(before)} → {_show_security(after)}"
            why = "clients authenticate the old way"
            changes.append(_change(self.label, "security", "security-changed", detail, why))
        changes += self.parameters(old, new)
        changes += self.request_body(old, new)
        changes += self.responses(old, new)
        return changes

    def names(self, old: Operation, new: Operation) -> list[Change]:
        """operationId and tags name the generated module: a restyle that keeps the Python name is
        no change for a Python client; one that changes it breaks every import of the old name."""
        ids = (old.get("operationId"), new.get("operationId"))
        tags = (_first_tag(old), _first_tag(new))
        if ids[0] == ids[1] and tags[0] == tags[1]:
            return []
        what = " and ".join(
            f"{label} {before!r} → {after!r}" for label, (before, after) in (("operationId", ids), ("tag", tags))
            if before != after
        )  # fmt: skip
        before, after = module_path(old, *self.key), module_path(new, *self.key)
        if before is not None and before == after:
            detail = f"{what} (restyled: the generated module stays `{before}`)"
            return [Change(self.label, "operation", "operation-id-restyled", self.label, detail, False)]
        if before is None or after is None:
            why = "generated function and module names derive from it"
        else:
            why = f"the generated module `{before}` becomes `{after}`: imports of the old name fail"
        return [_change(self.label, "operation", "operation-id-changed", what, why)]

    def parameters(self, old: Operation, new: Operation) -> list[Change]:
        old_fields = _parameter_fields(self.old, old)
        new_fields = _parameter_fields(self.new, new)
        changes = compare_fields(old_fields, new_fields, "request", self.label, "parameters")
        return [_as_parameter_change(c) for c in changes]

    def request_body(self, old: Operation, new: Operation) -> list[Change]:
        before = self.old.deref(old["requestBody"]) if "requestBody" in old else None
        after = self.new.deref(new["requestBody"]) if "requestBody" in new else None
        where = "request body"
        if before is None or after is None:
            return _body_presence(self.label, before, after)
        changes: list[Change] = []
        was, now = before.get("required") is True, after.get("required") is True
        if was != now:
            detail = f"request body is now {'required' if now else 'optional'}"
            if now:
                why = "older clients may send no body"
                changes.append(_change(self.label, where, "body-required", detail, why))
            else:
                changes.append(_change(self.label, where, "body-optional", detail))
        return changes + self.content(where, "request", before, after)

    def responses(self, old: Operation, new: Operation) -> list[Change]:
        before, after = _responses(self.old, old), _responses(self.new, new)
        changes: list[Change] = []
        for status in after:
            if status not in before:
                detail = f"response {status} added"
                changes.append(Change(self.label, "responses", "status-added", status, detail, False))
        why = "the regenerated client no longer parses it (UnexpectedStatus if enabled)"
        for status in before:
            if status not in after:
                detail = f"response {status} removed"
                changes.append(Change(self.label, "responses", "status-removed", status, detail, True, why))
        for status in (s for s in after if s in before):
            changes += self.content(f"response {status}", "response", before[status], after[status])
        return changes

    def content(self, where: str, side: Side, old: Operation, new: Operation) -> list[Change]:
        before, after = _content(self.old, old), _content(self.new, new)
        changes: list[Change] = [
            Change(self.label, where, "content-type-added", m, f"content type {m} added", False)
            for m in after
            if m not in before
        ]
        why = "clients sending it are rejected" if side == "request" else "the generated client no longer parses it"
        changes += [
            Change(self.label, where, "content-type-removed", m, f"content type {m} removed",
                   True, why)
            for m in before
            if m not in after
        ]  # fmt: skip
        for media in (m for m in after if m in before):
            old_fields, new_fields = self.old.flatten(before[media]), self.new.flatten(after[media])
            changes += compare_fields(old_fields, new_fields, side, self.label, f"{where} {media}")
        return changes


def _first_tag(operation: Operation) -> object:
    tags = operation.get("tags")
    return tags[0] if isinstance(tags, list) and tags else None


def _body_presence(label: str, before: Mapping[str, object] | None, after: Mapping[str, object] | None) -> list[Change]:
    where = "request body"
    if after is not None:
        required = after.get("required") is True
        detail = f"{'required' if required else 'optional'} request body added"
        why = "older clients send no body" if required else ""
        return [_change(label, where, "body-added", detail, why)]
    if before is not None:
        why = "the regenerated client no longer sends it"
        return [_change(label, where, "body-removed", "request body removed", why)]
    return []


def _security(doc: Document, operation: Operation) -> set[frozenset[str]]:
    declared = operation.get("security", doc.doc.get("security", []))
    return {frozenset(r) for r in as_list(declared) if isinstance(r, Mapping)}


def _show_security(requirements: set[frozenset[str]]) -> str:
    if not requirements:
        return "none"
    return " or ".join(sorted("+".join(sorted(r)) or "anonymous" for r in requirements))


def _parameter_fields(doc: Document, operation: Operation) -> dict[FieldPath, Field]:
    """Parameters as fields named "<in> <name>"; a later declaration overrides an earlier
    one (operation over path level), and header names are case-insensitive."""
    params: dict[str, dict[str, object]] = {}
    for raw in as_list(operation.get("parameters")):
        param = doc.deref(raw)
        where, name = str(param.get("in", "?")), str(param.get("name", "?"))
        params[f"{where} {name.lower() if where == 'header' else name}"] = param
    fields: dict[FieldPath, Field] = {}
    for key, param in params.items():
        flat = doc.flatten(_parameter_schema(param))
        root = flat.pop(())
        required = param.get("required") is True
        fields[(key,)] = Field(root.type, required, root.nullable, root.enum)
        fields.update({(key, *path): f for path, f in flat.items()})
    return fields


def _parameter_schema(param: Mapping[str, object]) -> object:
    if "schema" in param:
        return param["schema"]
    content = param.get("content")  # the rarer form: one media type holding the schema
    if isinstance(content, Mapping):
        for media in content.values():
            if isinstance(media, Mapping):
                return media.get("schema")
    return None


def _as_parameter_change(change: Change) -> Change:
    detail = change.detail.replace("field ", "parameter ", 1)
    kind = change.kind.replace("field-", "parameter-")
    return Change(change.operation, change.where, kind, change.subject, detail, change.breaking, change.why)


def _content(doc: Document, holder: Mapping[str, object]) -> dict[str, object]:
    content = holder.get("content")
    if not isinstance(content, Mapping):
        return {}
    return {str(media): doc.deref(value).get("schema") for media, value in content.items()}


def _responses(doc: Document, operation: Operation) -> dict[str, dict[str, object]]:
    responses = operation.get("responses")
    if not isinstance(responses, Mapping):
        return {}
    return {str(status): doc.deref(value) for status, value in responses.items()}
