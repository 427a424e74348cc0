"""Scoring who, where and when of documents against structure gold (``data/structure/README.md``).

A gold line names a document (``file``) and some of the fields below; a field the gold leaves
out is not scored. For each scored field the document's value is right or wrong:

- ``org_name``, ``county``, ``prefecture``: the gold gives one name or a list of acceptable
  names; the predicted name must equal one of them after 繁→简 (OpenCC, as the clean stage
  converts) and after spaces are left out.
- ``province``: the same, where a name also matches without its ending (省, 市, 自治区,
  壮族自治区, 特别行政区 …): 浙江 = 浙江省, 广西 = 广西壮族自治区, 香港 = 香港特别行政区.
- ``org_level``, ``review_period``, ``plan_period``, ``published``: equal strings (after 繁→简
  and with spaces left out; periods are ``2024``, ``2024H1``, ``2024H2``, dates ``YYYY-MM-DD``).

A missing predicted value (``None``, empty, or a document that could not be read) is wrong.
Per-field accuracy is right / scored for that field; the total is right / scored over all fields.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from duban.eval.gold import GoldError, json_lines

FIELDS = ("org_name", "org_level", "county", "prefecture", "province", "review_period", "plan_period", "published")

# Endings a province's name may be written with or without, longest first.
PROVINCE_ENDINGS = ("维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "省", "市")

# The repository keeps copies of the shared folders under other names: a gold path
# ``seeds/…`` written against the shared layout is found under ``samples/seeds/…``.
FOLDER_ALIASES = {"seeds": ("samples", "seeds"), "series": ("data", "series")}

_SPACE = re.compile(r"\s+")




def simplified(value: Any) -> str:
    """A value as compared: a string, 繁→简, without spaces ('' for None)."""
    if value is None:
        return ""
    from duban.clean.normalise import to_simplified

    return _SPACE.sub("", to_simplified(str(value)))


def province_stem(name: str) -> str:
    """A province's name without its ending: 浙江省 → 浙江, 广西壮族自治区 → 广西."""
    for ending in PROVINCE_ENDINGS:
        if name.endswith(ending) and len(name) > len(ending) + 1:
            return name[: -len(ending)]
    return name


def field_right(name: str, gold: Any, predicted: Any) -> bool:
    """Whether ``predicted`` is right for a gold value of field ``name`` (a string or a list)."""
    p = simplified(predicted)
    if not p:
        return False
    accepted = [simplified(g) for g in (gold if isinstance(gold, list) else [gold])]
    if name == "province":
        return province_stem(p) in {province_stem(g) for g in accepted}
    return p in accepted


def fields_of_document(doc: Any) -> dict[str, Any]:
    """The scored fields of a processed ``Document``, named as ``duban docs --json`` names them.
    A place (county, prefecture, province) is read from ``doc.org`` or, failing that, from an
    attribute of the document of the same name; the organisation's own ``city`` is not a
    prefecture and is not read."""
    org = getattr(doc, "org", None) or {}
    periods = getattr(doc, "periods", None) or {}

    def place(name: str) -> Any:  # on the organisation, or on the document itself
        return org.get(name) or getattr(doc, name, None) or None

    return {
        "org_name": org.get("name"),
        "org_level": org.get("level"),
        "county": place("county"),
        "prefecture": place("prefecture"),
        "province": place("province"),
        "review_period": periods.get("review"),
        "plan_period": periods.get("plan"),
        "published": getattr(doc, "published", None) or None,
    }


@dataclass
class FieldResult:
    field: str
    gold: Any
    predicted: Any
    right: bool


@dataclass
class DocResult:
    file: str
    results: list[FieldResult] = field(default_factory=list)
    error: str = ""  # why the document has no predicted fields (it could not be read)

    @property
    def right(self) -> int:
        return sum(r.right for r in self.results)

    @property
    def scored(self) -> int:
        return len(self.results)


@dataclass
class StructureScores:
    docs: list[DocResult]

    def per_field(self) -> dict[str, tuple[int, int]]:
        """``{field: (right, scored)}`` for every field that the gold scores at least once."""
        out: dict[str, tuple[int, int]] = {}
        for name in FIELDS:
            rs = [r for d in self.docs for r in d.results if r.field == name]
            if rs:
                out[name] = (sum(r.right for r in rs), len(rs))
        return out

    def total(self) -> tuple[int, int]:
        return sum(d.right for d in self.docs), sum(d.scored for d in self.docs)

    def accuracy(self) -> float:
        right, scored = self.total()
        return right / scored if scored else 0.0

    def as_dict(self) -> dict[str, Any]:
        right, scored = self.total()
        return {
            "fields": {
                name: {"right": r, "scored": n, "accuracy": round(r / n, 4)} for name, (r, n) in self.per_field().items()
            },
            "total": {"right": right, "scored": scored, "accuracy": round(self.accuracy(), 4)},
            "documents": [
                {
                    "file": d.file,
                    "right": d.right,
                    "scored": d.scored,
                    **({"error": d.error} if d.error else {}),
                    "wrong": {r.field: {"gold": r.gold, "predicted": r.predicted} for r in d.results if not r.right},
                }
                for d in self.docs
            ],
        }


def score_document(gold: Mapping[str, Any], predicted: Mapping[str, Any] | None, error: str = "") -> DocResult:
    """Score one document's fields (``predicted`` None: it could not be read, every field is wrong)."""
    result = DocResult(file=str(gold.get("file", "")), error=error)
    for name in FIELDS:
        if name not in gold or gold[name] in (None, "", []):
            continue  # left open by the gold: not scored
        value = None if predicted is None else predicted.get(name)
        result.results.append(FieldResult(name, gold[name], value, field_right(name, gold[name], value)))
    return result


def score_structure(
    gold: Iterable[Mapping[str, Any]],
    predicted: Mapping[str, Mapping[str, Any]],
    errors: Mapping[str, str] | None = None,
) -> StructureScores:
    """Score gold lines against ``predicted`` fields keyed by the gold's ``file``."""
    errors = errors or {}
    return StructureScores([
        score_document(g, predicted.get(g["file"]), errors.get(g["file"], "")) for g in gold
    ])


def load_structure_gold(path: Path) -> list[dict[str, Any]]:
    """The gold lines of a JSONL file; a bad file raises `GoldError` naming the file and line."""
    lines = []
    for number, row in json_lines(path):
        if not isinstance(row, dict) or not isinstance(row.get("file"), str) or not row["file"]:
            raise GoldError(f"{path}:{number}: a gold line needs a \"file\" naming the document")
        unknown = set(row) - set(FIELDS) - {"file", "source", "note", "shape"}
        if unknown:
            raise GoldError(f"{path}:{number}: unknown field(s) {', '.join(sorted(unknown))}")
        lines.append(row)
    if not lines:
        raise GoldError(f"{path}: no gold lines")
    return lines


def select_part(gold: list[dict[str, Any]], part: str | None) -> list[dict[str, Any]]:
    """The gold lines of the documents under the folder ``part`` (``dev`` for ``dev/001.txt``);
    all of them when ``part`` is None."""
    if part is None:
        return gold
    return [line for line in gold if Path(line["file"]).parts[:1] == (part,)]


def resolve_document(gold_path: Path, name: str, docs_root: Path | None = None) -> Path | None:
    """Where the document a gold line names is: under ``docs_root`` when given; else beside the
    gold file or up to two folders above it, also through `FOLDER_ALIASES`."""
    relative = Path(name)
    bases = [docs_root] if docs_root is not None else list(gold_path.resolve().parents)[:3]
    head, *rest = relative.parts
    for base in bases:
        candidates = [base / relative]
        if head in FOLDER_ALIASES and docs_root is None:
            candidates.append(base.joinpath(*FOLDER_ALIASES[head], *rest))
        for candidate in candidates:
            if candidate.is_file():
                return candidate
    return None
