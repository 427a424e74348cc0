"""Language knowledge as data: the tables under ``lang/zh/`` and one loader for them.

Each table is a UTF-8 TSV file with one header row; lines starting with ``#`` are
comments. Code reads tables through `load_table` and never spells out a unit, a
qualifier or a marker itself. See ``lang/README.md`` for what each table holds.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

LANG_DIR = Path(__file__).parent


def table_path(name: str, lang: str = "zh") -> Path:
    return LANG_DIR / lang / f"{name}.tsv"


@lru_cache(maxsize=None)
def _load(name: str, lang: str) -> tuple[dict[str, str], ...]:
    path = table_path(name, lang)
    rows: list[dict[str, str]] = []
    header: list[str] | None = None
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.rstrip("\n")
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
