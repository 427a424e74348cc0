"""The typer application and the option aliases the commands share."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

def _flags_take_no_value() -> None:
    """Help lists a flag (``--json``) plainly: typer labels every option with its value's type,
    flags too (``--json <bool>``), which reads as if the flag wanted a value."""
    from typer.core import TyperOption

    shown = TyperOption.display_type_rich
    if getattr(shown, "_duban", False):
        return

    def display_type_rich(self, ctx):  # noqa: ANN001, ANN202
        return None if self.is_flag else shown(self, ctx)

    display_type_rich._duban = True  # type: ignore[attr-defined]
    TyperOption.display_type_rich = display_type_rich


_flags_take_no_value()

app = typer.Typer(
    name="duban",
    help="督办 duban: read Chinese local-government work reports into grounded, queryable facts.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode="markdown",
)

# Off a terminal (a pipe, a log, CI) rich would assume 80 columns and cut the listings;
# 120 keeps a document listing whole. $COLUMNS and a real terminal still decide when present.
_OFF_TERMINAL_WIDTH = None if sys.stdout.isatty() or os.environ.get("COLUMNS") else 120
console = Console(width=_OFF_TERMINAL_WIDTH)
err_console = Console(stderr=True)

DEFAULT_DB = "duban.db"


def default_db() -> Path:
    return Path(os.environ.get("DUBAN_DB", DEFAULT_DB))


DbOpt = Annotated[
    Path | None,
    typer.Option("--db", help="SQLite database file (default: $DUBAN_DB or ./duban.db).", show_default=False),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON for scripts instead of a table.")]
FormatOpt = Annotated[str, typer.Option("--format", "-f", help="Output format: table, csv, jsonl or xlsx "
                                        "(a spreadsheet: redirect it to a file).")]


def resolve_db(db: Path | None) -> Path:
    return db if db is not None else default_db()


# Control characters (C0 but tab, DEL, C1) and the bidirectional overrides and isolates,
# which can rewrite what a terminal shows: a file name may hold any of them.
_UNPRINTABLE = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def printable(text: object) -> str:
    """``text`` safe to print on a terminal: each control character written as an escape
    (``\\x1b``, ``\\n``), so that a file name can neither send a terminal sequence nor split
    a line. Everything else, Chinese included, is left as it is."""
    return _UNPRINTABLE.sub(_escape, str(text))


def _escape(m: re.Match[str]) -> str:
    ch = m.group()
    named = {"\n": "\\n", "\r": "\\r", "\x1b": "\\x1b"}
    if ch in named:
        return named[ch]
    return f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}"
