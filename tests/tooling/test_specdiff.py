"""tools/diff/: what changed between two OpenAPI documents, judged for a client."""

from __future__ import annotations

import copy
from types import ModuleType
from typing import Any

Doc = dict[str, Any]


def spec(
    *,
    request: Doc | None = None,
    response: Doc | None = None,
    parameters: list[Doc] | None = None,
    schemas: Doc | None = None,
    version: str = "3.0.3",
) -> Doc:
    """A one-operation document: POST /token with the given body and 200 response schemas."""
    operation: Doc = {
        "operationId": "token",
        "responses": {
            "200": {
                "description": "OK",
                "content": {"application/json": {"schema": response or {"type": "object"}}},
            }
        },
    }
    if request is not None:
        operation["requestBody"] = {"content": {"application/json": {"schema": request}}}
    if parameters is not None:
        operation["parameters"] = parameters
    return {
        "openapi": version,
        "info": {"title": "t", "version": "1"},
        "servers": [{"url": "https://api.example.test"}],
        "paths": {"/token": {"post": operation}},
        "components": {"schemas": schemas or {}},
    }


def obj(required: list[str] | None = None, **properties: Doc) -> Doc:
    schema: Doc = {"type": "object", "properties": properties}
    if required:
        schema["required"] = required
    return schema


STRING: Doc = {"type": "string"}
INTEGER: Doc = {"type": "integer"}


def only(specdiff: ModuleType, old: Doc, new: Doc) -> Any:
    changes = specdiff.diff_specs(old, new)
    assert len(changes) == 1, specdiff.render(changes)
    return changes[0]


def test_identical_documents_have_no_changes(specdiff: ModuleType) -> None:
    doc = spec(request=obj(["a"], a=STRING), response=obj(b=INTEGER))

    assert specdiff.diff_specs(doc, copy.deepcopy(doc)) == []


# ------------------------------------------------------------------ operations


def test_a_removed_operation_is_breaking(specdiff: ModuleType) -> None:
    old, new = spec(), spec()
    new["paths"] = {}

    change = only(specdiff, old, new)

    assert (change.kind, change.operation, change.breaking) == ("operation-removed", "POST /token", True)


def test_an_added_operation_is_not_breaking(specdiff: ModuleType) -> None:
    old, new = spec(), spec()
    new["paths"]["/token"]["get"] = {"responses": {"204": {"description": "none"}}}

    change = only(specdiff, old, new)

    assert (change.kind, change.operation, change.breaking) == ("operation-added", "GET /token", False)


def test_a_renamed_operation_id_is_breaking_for_generated_clients(specdiff: ModuleType) -> None:
    old, new = spec(), spec()
    new["paths"]["/token"]["post"]["operationId"] = "getToken"

    change = only(specdiff, old, new)

    assert (change.kind, change.breaking) == ("operation-id-changed", True)


# ------------------------------------------------------------------ response fields


def test_a_removed_response_field_behind_a_ref_is_breaking(specdiff: ModuleType) -> None:
    ref = {"$ref": "#/components/schemas/Token"}
    old = spec(response=ref, schemas={"Token": obj(["a", "b"], a=STRING, b=INTEGER)})
    new = spec(response=ref, schemas={"Token": obj(["a"], a=STRING)})

    change = only(specdiff, old, new)

    assert (change.kind, change.subject, change.breaking) == ("field-removed", "b", True)
    assert change.where == "response 200 application/json"


def test_an_added_response_field_is_not_breaking(specdiff: ModuleType) -> None:
    change = only(specdiff, spec(response=obj(a=STRING)), spec(response=obj(a=STRING, b=STRING)))

    assert (change.kind, change.subject, change.breaking) == ("field-added", "b", False)


def test_a_new_enum_value_in_a_response_is_breaking(specdiff: ModuleType) -> None:
    old = spec(response=obj(error={"type": "string", "enum": ["invalid_client"]}))
    new = spec(response=obj(error={"type": "string", "enum": ["invalid_client", "invalid_scope"]}))

    change = only(specdiff, old, new)

    assert (change.kind, change.subject, change.breaking) == ("enum-value-added", "error", True)
    assert "raise" in change.why


def test_a_removed_enum_value_in_a_response_is_not_breaking(specdiff: ModuleType) -> None:
    old = spec(response=obj(kind={"enum": ["a", "b"]}))
    new = spec(response=obj(kind={"enum": ["a"]}))

    change = only(specdiff, old, new)

    assert (change.kind, change.breaking) == ("enum-value-removed", False)


def test_a_response_field_made_optional_is_breaking(specdiff: ModuleType) -> None:
    change = only(specdiff, spec(response=obj(["a"], a=STRING)), spec(response=obj(a=STRING)))

    assert (change.kind, change.breaking) == ("field-optional", True)


def test_a_response_field_made_nullable_in_3_1_is_breaking(specdiff: ModuleType) -> None:
    old = spec(response=obj(a=STRING), version="3.1.0")
    new = spec(response=obj(a={"type": ["string", "null"]}), version="3.1.0")

    change = only(specdiff, old, new)

    assert (change.kind, change.breaking) == ("field-nullable", True)


def test_a_changed_type_is_breaking(specdiff: ModuleType) -> None:
    change = only(specdiff, spec(response=obj(expires_in=INTEGER)), spec(response=obj(expires_in=STRING)))

    assert (change.kind, change.breaking) == ("field-type-changed", True)
    assert "integer → string" in change.detail


# ------------------------------------------------------------------ request fields


def test_an_added_optional_request_field_is_not_breaking(specdiff: ModuleType) -> None:
    change = only(specdiff, spec(request=obj(a=STRING)), spec(request=obj(a=STRING, scope=STRING)))

    assert (change.kind, change.subject, change.breaking) == ("field-added", "scope", False)


def test_an_added_required_request_field_is_breaking(specdiff: ModuleType) -> None:
    change = only(specdiff, spec(request=obj(a=STRING)), spec(request=obj(["b"], a=STRING, b=STRING)))

    assert (change.kind, change.breaking) == ("field-added", True)


def test_a_request_field_made_required_is_breaking(specdiff: ModuleType) -> None:
    change = only(specdiff, spec(request=obj(a=STRING)), spec(request=obj(["a"], a=STRING)))

    assert (change.kind, change.breaking) == ("field-required", True)


def test_a_removed_enum_value_in_a_request_is_breaking(specdiff: ModuleType) -> None:
    old = spec(request=obj(grant={"type": "string", "enum": ["client_credentials", "password"]}))
    new = spec(request=obj(grant={"type": "string", "enum": ["client_credentials"]}))

    change = only(specdiff, old, new)

    assert (change.kind, change.breaking) == ("enum-value-removed", True)


def test_a_new_enum_value_in_a_request_is_not_breaking(specdiff: ModuleType) -> None:
    old = spec(request=obj(grant={"type": "string", "enum": ["client_credentials"]}))
    new = spec(request=obj(grant={"type": "string", "enum": ["client_credentials", "password"]}))

    change = only(specdiff, old, new)

    assert (change.kind, change.breaking) == ("enum-value-added", False)


# ------------------------------------------------------------------ parameters, statuses, servers


def test_parameter_changes_are_judged_as_request_changes(specdiff: ModuleType) -> None:
    page = {"name": "page", "in": "query", "schema": INTEGER}
    old = spec(parameters=[page, {"name": "X-Old", "in": "header", "schema": STRING}])
    new = spec(
        parameters=[
            {**page, "schema": STRING},
            {"name": "limit", "in": "query", "schema": INTEGER},
            {"name": "Requestor-ID", "in": "header", "required": True, "schema": STRING},
        ]
    )

    found = {(c.kind, c.subject, c.breaking) for c in specdiff.diff_specs(old, new)}

    assert found == {
        ("parameter-type-changed", "query page", True),
        ("parameter-added", "query limit", False),
        ("parameter-added", "header requestor-id", True),
        ("parameter-removed", "header x-old", True),
    }


def test_header_parameter_names_are_case_insensitive(specdiff: ModuleType) -> None:
    old = spec(parameters=[{"name": "Content-Type", "in": "header", "schema": STRING}])
    new = spec(parameters=[{"name": "content-type", "in": "header", "schema": STRING}])

    assert specdiff.diff_specs(old, new) == []


def test_response_status_codes_added_and_removed(specdiff: ModuleType) -> None:
    old, new = spec(), spec()
    responses = new["paths"]["/token"]["post"]["responses"]
    responses["429"] = {"description": "slow down"}
    old["paths"]["/token"]["post"]["responses"]["400"] = {"description": "bad"}

    found = {(c.kind, c.subject, c.breaking) for c in specdiff.diff_specs(old, new)}

    assert found == {("status-added", "429", False), ("status-removed", "400", True)}


def test_server_changes(specdiff: ModuleType) -> None:
    old, new = spec(), spec()
    new["servers"] = [{"url": "https://api2.example.test"}]

    found = {(c.kind, c.subject, c.breaking) for c in specdiff.diff_specs(old, new)}

    assert found == {
        ("server-removed", "https://api.example.test", True),
        ("server-added", "https://api2.example.test", False),
    }


# ------------------------------------------------------------------ schema resolution


def test_nested_refs_are_followed_to_the_field_that_changed(specdiff: ModuleType) -> None:
    outer = {"$ref": "#/components/schemas/Outer"}
    schemas_old = {
        "Outer": obj(user={"$ref": "#/components/schemas/User"}),
        "User": obj(["id"], id=STRING, roles={"type": "array", "items": {"enum": ["admin"]}}),
    }
    schemas_new = copy.deepcopy(schemas_old)
    schemas_new["User"]["properties"]["roles"]["items"]["enum"].append("owner")
    del schemas_new["User"]["properties"]["id"]

    found = {(c.kind, c.subject) for c in specdiff.diff_specs(spec(response=outer, schemas=schemas_old),
                                                              spec(response=outer, schemas=schemas_new))}  # fmt: skip

    assert found == {("field-removed", "user.id"), ("enum-value-added", "user.roles[]")}


def test_all_of_members_are_merged(specdiff: ModuleType) -> None:
    base = {"$ref": "#/components/schemas/Base"}
    old = spec(response={"allOf": [base, obj(b=STRING)]}, schemas={"Base": obj(["a"], a=STRING)})
    new = spec(response={"allOf": [base, obj(b=STRING)]}, schemas={"Base": obj(a=STRING)})

    change = only(specdiff, old, new)

    assert (change.kind, change.subject) == ("field-optional", "a")


def test_one_of_variants_are_united(specdiff: ModuleType) -> None:
    old = spec(response={"oneOf": [obj(a=STRING), obj(b=STRING)]})
    new = spec(response={"oneOf": [obj(a=STRING), obj(c=STRING)]})

    found = {(c.kind, c.subject) for c in specdiff.diff_specs(old, new)}

    assert found == {("field-removed", "b"), ("field-added", "c")}


def test_a_recursive_schema_terminates(specdiff: ModuleType) -> None:
    node = {"$ref": "#/components/schemas/Node"}
    schemas = {"Node": obj(name=STRING, children={"type": "array", "items": node})}
    changed = copy.deepcopy(schemas)
    changed["Node"]["properties"]["size"] = INTEGER

    found = {(c.kind, c.subject) for c in specdiff.diff_specs(spec(response=node, schemas=schemas),
                                                              spec(response=node, schemas=changed))}  # fmt: skip

    assert ("field-added", "size") in found


def test_children_of_a_removed_field_fold_into_one_change(specdiff: ModuleType) -> None:
    old = spec(response=obj(address=obj(street=STRING, city=STRING)))
    new = spec(response=obj())

    change = only(specdiff, old, new)

    assert (change.kind, change.subject) == ("field-removed", "address")


# ------------------------------------------------------------------ rendering


def test_render_groups_by_operation_with_markers_and_a_count(specdiff: ModuleType) -> None:
    old = spec(response=obj(a=STRING, b=STRING))
    new = spec(response=obj(a=STRING, c=STRING))
    new["servers"].append({"url": "https://eu.example.test"})

    lines = specdiff.render(specdiff.diff_specs(old, new)).splitlines()

    assert lines[0] == "whole document"
    assert lines[1].split()[0] == "ok"
    assert "POST /token" in lines
    body = lines[lines.index("POST /token") + 1 :]
    assert body[0].split()[0] == "BREAKING"
    assert "'b' removed" in body[0]
    assert body[1].split()[0] == "ok"
    assert lines[-1] == "3 changes: 1 breaking, 2 ok"


def test_render_says_when_nothing_changed(specdiff: ModuleType) -> None:
    assert specdiff.render([]).splitlines() == ["no changes a client would notice", "0 changes"]
