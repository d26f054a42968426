"""tools/generate/overlay.py against the Overlay 1.0 specification's own examples.

The overlays below are the examples of https://spec.openapis.org/overlay/v1.0.0 ("Structured",
"Targeted", "Wildcard", "Array Modification", "Traits") and the behaviour of the
specification repository's compliant sets (github.com/OAI/Overlay-Specification,
compliant-sets/: arrays inside an update are appended to, a wildcard updates every match,
a selected primitive can be removed, matches are removed wherever the query finds them).
The target documents are small petstore-like descriptions written for these tests.
"""

from __future__ import annotations

import copy
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml


def petstore() -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "Pets", "version": "1.0.0"},
        "servers": [{"url": "http://petstore.example/v1"}],
        "paths": {
            "/": {"get": {"responses": {"200": {"description": "OK"}}}},
            "/pets": {
                "get": {
                    "summary": "List all pets",
                    "tags": ["pets"],
                    "parameters": [
                        {"name": "limit", "in": "query"},
                        {"name": "dummy", "in": "query"},
                        {"name": "filter", "in": "query"},
                    ],
                    "responses": {"200": {"description": "A list"}, "500": {"description": "oops"}},
                }
            },
            "/pets/{petId}": {
                "get": {
                    "tags": ["pets"],
                    "parameters": [{"name": "petId", "in": "path"}, {"name": "dummy", "in": "query"}],
                    "responses": {"200": {"description": "A pet"}, "default": {"description": "error"}},
                }
            },
        },
        "components": {"schemas": {"Pet": {"type": "object"}}},
    }


def overlay_of(tool: ModuleType, text: str) -> Any:
    return tool.parse_overlay(yaml.safe_load(text), "overlay.yaml")


def apply(tool: ModuleType, text: str, document: dict[str, Any] | None = None) -> dict[str, Any]:
    result: dict[str, Any] = tool.apply_overlay(document or petstore(), overlay_of(tool, text), "overlay.yaml")
    return result


def test_structured_overlay_merges_a_document_shaped_update_at_the_root(overlay_tool: ModuleType) -> None:
    result = apply(
        overlay_tool,
        """
overlay: 1.0.0
info: {title: Structured Overlay, version: 1.0.0}
actions:
  - target: '$'
    update:
      info:
        x-overlay-applied: structured-overlay
      paths:
        '/':
          summary: 'The root resource'
          get:
            summary: 'Retrieve the root resource'
            x-rate-limit: 100
        '/pets':
          get:
            summary: 'Retrieve a list of pets'
            x-rate-limit: 100
""",
    )
    assert result["info"] == {"title": "Pets", "version": "1.0.0", "x-overlay-applied": "structured-overlay"}
    assert result["paths"]["/"]["summary"] == "The root resource"
    assert result["paths"]["/"]["get"]["responses"] == {"200": {"description": "OK"}}  # merged, not replaced
    assert result["paths"]["/pets"]["get"]["summary"] == "Retrieve a list of pets"
    assert result["paths"]["/pets"]["get"]["x-rate-limit"] == 100
    assert result["paths"]["/pets"]["get"]["tags"] == ["pets"]


def test_targeted_overlay_updates_and_creates_child_objects(overlay_tool: ModuleType) -> None:
    result = apply(
        overlay_tool,
        """
overlay: 1.0.0
info: {title: Targeted Overlay, version: 1.0.0}
actions:
  - target: $.paths['/pets'].get
    update:
      description: This is the new description
  - target: $.paths['/pets']
    update:
      post:
        description: This is an updated description of a child object
        x-safe: false
""",
    )
    assert result["paths"]["/pets"]["get"]["description"] == "This is the new description"
    assert result["paths"]["/pets"]["post"] == {
        "description": "This is an updated description of a child object",
        "x-safe": False,
    }


def test_wildcard_overlay_updates_every_match_and_filters_select(overlay_tool: ModuleType) -> None:
    result = apply(
        overlay_tool,
        """
overlay: 1.0.0
info: {title: Update many objects at once, version: 1.0.0}
actions:
  - target: $.paths.*.get
    update:
      x-safe: true
  - target: $.paths.*.get.parameters[?@.name=='filter' && @.in=='query']
    update:
      schema:
        $ref: '/components/schemas/filterSchema'
""",
    )
    assert all(item["get"]["x-safe"] is True for item in result["paths"].values())
    filters = [p for p in result["paths"]["/pets"]["get"]["parameters"] if p["name"] == "filter"]
    assert filters == [{"name": "filter", "in": "query", "schema": {"$ref": "/components/schemas/filterSchema"}}]
    assert "schema" not in result["paths"]["/pets"]["get"]["parameters"][0]


def test_array_modification_appends_an_entry_to_each_selected_array(overlay_tool: ModuleType) -> None:
    result = apply(
        overlay_tool,
        """
overlay: 1.0.0
info: {title: Add an array element, version: 1.0.0}
actions:
  - target: $.paths.*.get.parameters
    update:
      name: newParam
      in: query
""",
    )
    for path in ("/pets", "/pets/{petId}"):
        assert result["paths"][path]["get"]["parameters"][-1] == {"name": "newParam", "in": "query"}
    assert "parameters" not in result["paths"]["/"]["get"]  # nothing selected there: nothing created


def test_array_modification_removes_every_matching_element(overlay_tool: ModuleType) -> None:
    result = apply(
        overlay_tool,
        """
overlay: 1.0.0
info: {title: Remove a array element, version: 1.0.0}
actions:
  - target: $.paths.*.get.parameters[?@.name == 'dummy']
    remove: true
""",
    )
    assert [p["name"] for p in result["paths"]["/pets"]["get"]["parameters"]] == ["limit", "filter"]
    assert [p["name"] for p in result["paths"]["/pets/{petId}"]["get"]["parameters"]] == ["petId"]


def test_removing_several_entries_of_one_array_removes_exactly_those(overlay_tool: ModuleType) -> None:
    result = apply(
        overlay_tool,
        """
overlay: 1.0.0
info: {title: Remove two, version: 1.0.0}
actions:
  - target: $.paths['/pets'].get.parameters[?@.name != 'dummy']
    remove: true
""",
    )
    assert result["paths"]["/pets"]["get"]["parameters"] == [{"name": "dummy", "in": "query"}]


def test_traits_example_updates_only_annotated_operations(overlay_tool: ModuleType) -> None:
    document = petstore()
    document["paths"]["/pets"]["get"]["x-oai-traits"] = {"paged": True}
    # The specification's example writes `$.paths.*.get[?@.x-oai-traits.paged]`, which is not
    # RFC 9535 (a `-` needs bracket notation, and a filter selects children): the same
    # intent, in the query language the specification names.
    result = apply(
        overlay_tool,
        """
overlay: 1.0.0
info: {title: Apply Traits, version: 1.0.0}
actions:
  - target: $.paths[?@.get['x-oai-traits'].paged].get
    update:
      parameters:
        - name: top
          in: query
        - name: skip
          in: query
""",
        document,
    )
    names = [p["name"] for p in result["paths"]["/pets"]["get"]["parameters"]]
    assert names == ["limit", "dummy", "filter", "top", "skip"]  # arrays in an update are appended
    assert [p["name"] for p in result["paths"]["/pets/{petId}"]["get"]["parameters"]] == ["petId", "dummy"]


def test_compliant_set_behaviour_in_order(overlay_tool: ModuleType) -> None:
    """The many-operations and remove-matching-responses compliant sets, on this document."""
    result = apply(
        overlay_tool,
        """
overlay: 1.0.0
info: {title: Structured Overlay, version: 1.0.0}
actions:
- target: $.paths['/pets'].get.summary
  remove: true
- target: $.paths.*.get
  update:
    tags:
      - wildcard-done
- target: $.paths['/pets'].get
  update:
    tags:
      - overlayed
- target: $.paths..responses['500']
  remove: true
- target: $.paths..responses['default']
  remove: true
""",
    )
    get = result["paths"]["/pets"]["get"]
    assert "summary" not in get
    assert get["tags"] == ["pets", "wildcard-done", "overlayed"]
    assert result["paths"]["/pets/{petId}"]["get"]["tags"] == ["pets", "wildcard-done"]
    assert result["paths"]["/"]["get"]["tags"] == ["wildcard-done"]
    assert set(get["responses"]) == {"200"}
    assert set(result["paths"]["/pets/{petId}"]["get"]["responses"]) == {"200"}


def test_actions_apply_to_the_result_of_the_previous_one(overlay_tool: ModuleType) -> None:
    result = apply(
        overlay_tool,
        """
overlay: 1.0.0
info: {title: Replace servers, version: 1.0.0}
actions:
  - target: $.servers
    remove: true
  - target: $
    update:
      servers:
        - url: https://petstore.example/v1
""",
    )
    assert result["servers"] == [{"url": "https://petstore.example/v1"}]


def test_remove_wins_over_update_and_the_input_is_left_untouched(overlay_tool: ModuleType) -> None:
    document = petstore()
    before = copy.deepcopy(document)
    result = apply(
        overlay_tool,
        """
overlay: 1.0.0
info: {title: t, version: '1'}
actions:
  - target: $.components.schemas.Pet
    update: {title: never}
    remove: true
""",
        document,
    )
    assert result["components"]["schemas"] == {}
    assert document == before


def test_a_target_that_matches_nothing_is_an_error_naming_the_action(overlay_tool: ModuleType) -> None:
    text = """
overlay: 1.0.0
info: {title: t, version: '1'}
actions:
  - target: $.info
    update: {x-fine: 1}
  - target: $.paths['/gone'].get
    description: Why this repair exists
    update: {x-y: 1}
"""
    with pytest.raises(overlay_tool.OverlayError) as caught:
        apply(overlay_tool, text)
    assert str(caught.value) == (
        "overlay.yaml: action 2 (Why this repair exists): target $.paths['/gone'].get matches nothing"
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("overlay: 1.1.0\ninfo: {title: t, version: '1'}\nactions: [{target: $, remove: true}]", "1.0.x version"),
        ("overlay: 1.0.0\ninfo: {title: t}\nactions: [{target: $.info, update: {}}]", "'info'"),
        ("overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions: []", "at least one action"),
        ("overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions: [{target: $.info}]", "neither"),
        ("overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions: [{target: '$.a[?@.b', remove: true}]", "RFC 9535"),
        ("overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions: [{target: $.info, remove: 'yes'}]", "true or false"),
        ("overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions: [{target: $.info, updat: {}}]", "unknown field"),
    ],
)
def test_malformed_overlays_are_refused_with_one_line(overlay_tool: ModuleType, text: str, message: str) -> None:
    with pytest.raises(overlay_tool.OverlayError) as caught:
        overlay_of(overlay_tool, text)
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_updating_a_primitive_or_removing_the_root_is_refused(overlay_tool: ModuleType) -> None:
    head = "overlay: 1.0.0\ninfo: {title: t, version: '1'}\n"
    with pytest.raises(overlay_tool.OverlayError, match="selects a str; select the object that holds it"):
        apply(overlay_tool, head + "actions: [{target: $.info.title, update: 1}]")
    with pytest.raises(overlay_tool.OverlayError, match="cannot remove the document root"):
        apply(overlay_tool, head + "actions: [{target: $, remove: true}]")


def test_load_overlay_reports_bad_yaml_and_hashes_the_bytes(overlay_tool: ModuleType, tmp_path: Path) -> None:
    broken = tmp_path / "overlay.yaml"
    broken.write_text("overlay: [1.0.0\n")
    with pytest.raises(overlay_tool.OverlayError, match="not valid YAML"):
        overlay_tool.load_overlay(broken, "openapi/x/overlay.yaml")
    good = tmp_path / "good.yaml"
    good.write_text("overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions: [{target: $.info, update: {}}]\n")
    import hashlib

    assert overlay_tool.load_overlay(good).sha256 == hashlib.sha256(good.read_bytes()).hexdigest()
