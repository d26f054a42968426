"""The README cannot go stale on counts: it says where a number is printed instead of pinning it.

Operation and model counts live in each ``docs/api/<vendor>.md`` header (written from the spec,
checked by ``nox -s drift``), test counts in pytest's own summary line. A documented limit (the
spec watch refuses more than 5,000 operations) is a number the code holds, and is allowed.
"""

from __future__ import annotations

import re
from pathlib import Path

README = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
LIMITS = {"5,000 operations", "100,000 operations"}  # tools/parse/limits.py and its refusal message


def counts(text: str) -> list[str]:
    return re.findall(r"\b\d[\d,]* (?:tests?|test files|operations|models)\b", text)


def test_the_readme_pins_no_count_of_tests_operations_or_models() -> None:
    assert [c for c in counts(README) if c not in LIMITS] == []


def test_the_check_sees_a_pinned_count() -> None:
    assert counts("The suite (926 tests) … all 350 operations, 278 models; 5,000 operations") == [
        "926 tests",
        "350 operations",
        "278 models",
        "5,000 operations",
    ]
