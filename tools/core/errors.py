"""One-line failures and the command-line parser every tool uses."""

from __future__ import annotations

import argparse
from typing import Any, NoReturn


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


def one_line(message: str) -> str:
    line = " ".join(message.split())
    return line if len(line) <= 400 else line[:399] + "…"
