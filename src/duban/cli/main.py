"""Entry point of the `duban` console script: importing the command modules registers them."""

from __future__ import annotations

from duban.cli import commands_batch, commands_docs, commands_facts, commands_track, commands_web  # noqa: F401  (register commands)
from duban.cli.app import app

__all__ = ["app"]

if __name__ == "__main__":  # pragma: no cover
    app()
