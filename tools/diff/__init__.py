"""What changed between two OpenAPI documents (3.0 or 3.1), as a client sees it.

``diff_specs(old, new)`` (tools/diff/operations.py) is pure: it returns ``Change`` records and touches nothing.
``render(changes)`` (render.py) turns them into text grouped by operation.

"Breaking" is judged for a *client*: code written against the old spec, or a client
generated from it by openapi-python-client, can fail once the server follows the new
spec (or once the client is regenerated). The asymmetric rules that follow from it:

========================  ===================================  ===========================
change                    in a request (what the client sends)  in a response (what it reads)
========================  ===================================  ===========================
field added               breaking only when required           ok (kept as additional_properties)
field removed             breaking (regenerated model drops it)  breaking (code reading it fails)
made required             breaking                              ok
made optional             ok                                    breaking (becomes ``Unset | T``)
type changed              breaking                              breaking
made nullable             ok                                    breaking (``None`` where T expected)
enum value added          ok                                    breaking (generated enums raise
                                                                ``ValueError`` on unknown values)
                                                                — ok with ``tolerant_enums``
enum value removed        breaking (server rejects it)          ok
========================  ===================================  ===========================

The runtime-tolerance rules: with ``diff_specs(old, new, tolerant_enums=True)`` (a vendor
generated with tolerant enum templates, Tradovate's: an unknown value is kept as a pseudo
member with ``is_known`` False) a new response enum value is compatible, and its record says
so; code that matches every known member should still handle the new one.

``$ref`` to the same document is followed (``#/components/...``), cycles stop the descent;
``allOf`` members are merged and ``oneOf``/``anyOf`` variants united one level deep, which is
what a field-level comparison needs without a full JSON Schema model.
"""

from tools.diff.fields import compare_fields
from tools.diff.model import Change, Field
from tools.diff.operations import diff_specs
from tools.diff.render import render
from tools.diff.schemas import flatten, show_path

__all__ = ["Change", "Field", "compare_fields", "diff_specs", "flatten", "render", "show_path"]
