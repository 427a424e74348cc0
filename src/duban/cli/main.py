"""Entry point of the `duban` console script: importing the command modules registers them."""

from __future__ import annotations

from duban.cli import commands_docs, commands_facts  # noqa: F401  (register commands)
from duban.cli.app import app

__all__ = ["app"]

if __name__ == "__main__":  # pragma: no cover
    app()
