"""The README's Python blocks as modules that ``mypy --strict`` checks (``nox -s typecheck``).

Each block is a module of its own; one that uses ``auth`` without building it is checked with
``auth`` declared as the Tradovate auth of the blocks above it. ``tests/sandbox/test_readme_examples.py``
runs the same blocks against the sandbox.

    python tests/typing/readme_blocks.py OUT_DIR    # writes OUT_DIR/readme_block_<n>.py
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

README = Path(__file__).parents[2] / "README.md"
DECLARED_AUTH = (
    "import tradovate_client\n"
    "from auth_overlay import TokenAuth\n"
    "auth: TokenAuth[tradovate_client.AuthenticatedClient]\n"
)


def python_blocks() -> list[str]:
    blocks: list[str] = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.DOTALL)
    if len(blocks) < 7:
        raise SystemExit("the README's Python examples went missing")
    return blocks


def auth_call(node: ast.stmt) -> ast.Call | None:
    """``auth = TokenAuth.for_provider(...)`` at a block's top level, or None."""
    if isinstance(node, ast.Assign) and [ast.unparse(t) for t in node.targets] == ["auth"]:
        call = node.value
        if isinstance(call, ast.Call) and ast.unparse(call.func).endswith("for_provider"):
            return call
    return None


def uses_auth_without_building_it(source: str) -> bool:
    tree = ast.parse(source)
    built = any(auth_call(node) is not None for node in tree.body)
    used = any(isinstance(n, ast.Name) and n.id == "auth" for n in ast.walk(tree))
    return used and not built


def write(out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("readme_block_*.py"):
        old.unlink()
    files = []
    for number, block in enumerate(python_blocks(), start=1):
        path = out / f"readme_block_{number}.py"
        path.write_text((DECLARED_AUTH if uses_auth_without_building_it(block) else "") + block, encoding="utf-8")
        files.append(path)
    return files


if __name__ == "__main__":
    for written in write(Path(sys.argv[1])):
        print(written)
