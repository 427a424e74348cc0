"""Language knowledge as data: the tables under ``lang/zh/`` and one loader for them.

Each table is a UTF-8 TSV file with one header row; lines starting with ``#`` are
comments. Code reads tables through `load_table` and never spells out a unit, a
qualifier or a marker itself. See ``lang/README.md`` for what each table holds.
"""

from __future__ import annotations

import marshal
import os
import sys
import threading
from functools import lru_cache
from pathlib import Path

LANG_DIR = Path(__file__).parent


def table_path(name: str, lang: str = "zh") -> Path:
    return LANG_DIR / lang / f"{name}.tsv"


@lru_cache(maxsize=None)
def _load(name: str, lang: str) -> tuple[dict[str, str], ...]:
    path = table_path(name, lang)
    raw = path.read_bytes()
    # The rows as last read from these very bytes, kept beside the tables (``__pycache__``, as
    # Python keeps its bytecode) with the bytes they were read from: reading them back is several
    # times faster than parsing the table. The table stays the source: the copy is used only when
    # its bytes are the table's, byte for byte, and never when it cannot be read.
    cache = LANG_DIR / "__pycache__" / f"{lang}-{name}.{sys.implementation.cache_tag}.marshal"
    try:
        source, rows = marshal.loads(cache.read_bytes())
        if source == raw:
            return rows
    except (OSError, ValueError, EOFError, TypeError):
        pass
    rows = _parse(path, raw.decode("utf-8"))
    try:
        cache.parent.mkdir(exist_ok=True)
        partial = cache.with_name(f"{cache.name}.{os.getpid()}.{threading.get_ident()}")
        partial.write_bytes(marshal.dumps((raw, rows)))
        os.replace(partial, cache)  # whole or not at all, whoever reads it meanwhile
    except OSError:
        pass  # (a read-only installation: parsed each time)
    return rows


def _parse(path: Path, content: str) -> tuple[dict[str, str], ...]:
    rows: list[dict[str, str]] = []
    header: list[str] | None = None
    # lines as a file opened as text gives them (\r\n and \r read as \n)
    for lineno, line in enumerate(content.replace("\r\n", "\n").replace("\r", "\n").split("\n"), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = [c.strip() for c in cells]
            continue
        if len(cells) > len(header):
            raise ValueError(f"{path}:{lineno}: {len(cells)} cells, header has {len(header)}")
        cells += [""] * (len(header) - len(cells))
        rows.append(dict(zip(header, (c.strip() for c in cells))))
    return tuple(rows)


def load_table(name: str, lang: str = "zh") -> list[dict[str, str]]:
    """Rows of ``lang/<lang>/<name>.tsv`` as dicts keyed by the header (cached)."""
    return list(_load(name, lang))


def table_names(lang: str = "zh") -> list[str]:
    return sorted(p.stem for p in (LANG_DIR / lang).glob("*.tsv"))
