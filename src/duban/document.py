"""The data model every stage shares: a `Document` and spans over its original text.

Every span in duban is a half-open pair of character offsets ``[start, end)`` into
``Document.original`` — the file decoded to ``str``, never altered. Stages that need a
cleaner text work on ``Document.norm`` (the normalised view) and map what they find back
through ``Document.norm_map``.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range ``[start, end)`` in a document's original text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span [{self.start}, {self.end})")

    def __len__(self) -> int:
        return self.end - self.start

    def text_of(self, original: str) -> str:
        return original[self.start : self.end]

    def contains(self, other: "Span") -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end


class OffsetMap:
    """Maps offsets in a derived text back to offsets in the original text.

    Stored as a piecewise-linear function: a sorted list of breakpoints
    ``(derived_start, original_start)``; within a piece, both texts advance together.
    Deleted characters simply fall between pieces, so the map stays small (one entry per
    edit, not per character) even for 50 MB documents.
    """

    __slots__ = ("_derived", "_original", "_derived_len", "_original_len", "_identity")

    def __init__(self, pieces: list[tuple[int, int]], derived_len: int, original_len: int):
        self._derived = [d for d, _ in pieces]
        self._original = [o for _, o in pieces]
        self._derived_len = derived_len
        self._original_len = original_len
        self._identity = pieces == [(0, 0)] and derived_len == original_len  # nothing was edited

    @property
    def is_identity(self) -> bool:
        """True when the derived text is the original itself (nothing was edited)."""
        return self._identity

    @classmethod
    def identity(cls, length: int) -> "OffsetMap":
        return cls([(0, 0)], length, length)

    def to_original(self, i: int) -> int:
        """The original offset of the derived character at ``i`` (``i == len`` maps to the end)."""
        if i >= self._derived_len:
            return self._original_len if self._derived_len == 0 else self.to_original(self._derived_len - 1) + 1
        k = bisect.bisect_right(self._derived, i) - 1
        return self._original[k] + (i - self._derived[k])

    def to_derived(self, original_offset: int) -> int:
        """The first derived character whose original offset is at or after ``original_offset``
        (the derived length when there is none): `to_original` is monotone, so a bisection."""
        if self._identity:
            return min(max(original_offset, 0), self._derived_len)
        return bisect.bisect_left(range(self._derived_len), original_offset, key=self.to_original)

    def bounds(self, start: int, end: int) -> tuple[int, int]:
        """``span(start, end)`` as a pair ``(start, end)``, for a caller that maps many spans."""
        n = self._derived_len
        if self._identity and 0 <= start <= end <= n:
            return start, end
        if end <= start or start < 0 or end > n:
            s = self.span(start, end)
            return s.start, s.end
        derived, original = self._derived, self._original
        k = bisect.bisect_right(derived, start) - 1
        a = original[k] + (start - derived[k])
        k = bisect.bisect_right(derived, end - 1) - 1
        return a, original[k] + (end - 1 - derived[k]) + 1

    def span(self, start: int, end: int) -> Span:
        """The original span covering derived characters ``[start, end)``."""
        if self._identity and 0 <= start <= end <= self._derived_len:
            return Span(start, end)
        if end <= start:
            o = self.to_original(start)
            return Span(o, o)
        return Span(self.to_original(start), self.to_original(end - 1) + 1)


class TextBuilder:
    """Builds a derived text piece by piece while recording its `OffsetMap`.

    ``keep(orig_start, text)`` appends characters that stand one-for-one for original
    characters starting at ``orig_start``; ``insert(text, at)`` appends characters with no
    original counterpart (they map to the original position ``at``).
    """

    def __init__(self, original_len: int):
        self._parts: list[str] = []
        self._pieces: list[tuple[int, int]] = []
        self._len = 0
        self._original_len = original_len
        self._next_orig: int | None = None  # original offset that would continue the last piece

    def keep(self, orig_start: int, text: str) -> None:
        if not text:
            return
        if self._next_orig != orig_start:
            self._pieces.append((self._len, orig_start))
        self._parts.append(text)
        self._len += len(text)
        self._next_orig = orig_start + len(text)

    def insert(self, text: str, at: int) -> None:
        for ch in text:  # each inserted char maps to `at`, so each is its own piece
            self._pieces.append((self._len, at))
            self._parts.append(ch)
            self._len += 1
        self._next_orig = None

    def last_char(self) -> str:
        """The last character of the text so far ("" before any)."""
        return self._parts[-1][-1] if self._parts else ""

    def build(self, strip: str = "") -> tuple[str, OffsetMap]:
        """The text and its map; trailing pieces made only of ``strip`` characters are left
        out of the text (not copied and then stripped: a 50 MB view is not held twice).
        The builder is spent afterwards."""
        pieces = self._pieces or [(0, 0)]
        parts, self._parts = self._parts, []
        while parts and strip and not parts[-1].strip(strip):
            parts.pop()
        return "".join(parts), OffsetMap(pieces, self._len, self._original_len)


@dataclass(slots=True)
class MetaField:
    """A metadata field found in the document (索引号, 发布机构, 发布时间 …) or its file."""

    name: str  # canonical field name, e.g. "index_no", "publisher", "published"
    value: str
    span: Span | None = None  # where it stands in the original text, when it does
    label: str = ""  # the label as written, e.g. "索 引 号"


@dataclass(slots=True)
class Section:
    """A heading and the stretch of text it governs, with its children."""

    title: str
    marker: str  # the numbering as written: "一、", "（一）", "一是", "1.", "①", "" for a part heading
    level: int  # 1 = top (一、), 2 = （一）, 3 = 一是/1. …
    span: Span  # the whole section, heading included
    heading: Span  # the heading line (or inline heading phrase)
    children: list["Section"] = field(default_factory=list)

    def walk(self) -> Iterable["Section"]:
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass(slots=True)
class Part:
    """A functional part of a report: review, problems or plan."""

    kind: str  # "review" | "problems" | "plan"
    span: Span
    heading: Span | None = None
    period: str = ""  # e.g. "2024", "2024H2"


@dataclass(slots=True)
class Document:
    """One report as it flows through the pipeline.

    ``original`` is the decoded text that every span points into. ``norm`` and
    ``norm_map`` are the normalised view (chrome removed, 繁→简, full-width → half-width,
    whitespace folded) and its map back to ``original``.
    """

    source: str
    original: str
    format: str = "txt"
    encoding: str = ""
    content_hash: str = ""
    metadata: list[MetaField] = field(default_factory=list)
    chrome: list[Span] = field(default_factory=list)  # page chrome and trailers, not body
    norm: str = ""
    norm_map: OffsetMap | None = None
    script: str = "simplified"  # or "traditional"
    title: str = ""
    org: dict[str, Any] = field(default_factory=dict)  # name, level, county, province
    periods: dict[str, str] = field(default_factory=dict)  # {"review": "2024", "plan": "2025"}
    doc_type: str = ""
    published: str = ""
    parts: list[Part] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    facts: list[Any] = field(default_factory=list)  # duban.extract.quantities.Fact
    commitments: list[Any] = field(default_factory=list)
    # Why a stage gave less than it might (a file's odd bytes, numbers left out for want of a unit).
    # A very long report's facts are a stream: its warning of numbers left out is added when the
    # facts are first read through, so read them before its warnings (the store and batch do).
    warnings: list[str] = field(default_factory=list)
    # The quantities the extract stage found in ``norm`` (duban.extract.quantities.Quantity, offsets
    # into ``norm``, in text order), kept for the stages after it so that none scans again; None
    # when they were not kept (a very long report's are made a stretch at a time: its FactStream).
    quantities: list[Any] | None = None

    # -- helpers ---------------------------------------------------------------------
    def meta(self, name: str, default: str = "") -> str:
        for f in self.metadata:
            if f.name == name:
                return f.value
        return default

    def norm_span(self, start: int, end: int) -> Span:
        """Map a span of the normalised view back to the original text."""
        if self.norm_map is None:
            return Span(start, end)
        return self.norm_map.span(start, end)

    def part_at(self, offset: int) -> Part | None:
        for part in self.parts:
            if part.span.start <= offset < part.span.end:
                return part
        return None

    def section_bounds(self) -> set[int]:
        """Every offset where a section of the tree starts or ends: the chain of sections around
        an offset changes only there."""
        bounds: set[int] = set()
        stack = list(self.sections)
        while stack:
            sec = stack.pop()
            bounds.update((sec.span.start, sec.span.end))
            stack.extend(sec.children)
        return bounds

    def part_finder(self) -> Callable[[int], Part | None]:
        """`part_at` for many offsets while the parts stay as they are: a bisection when the parts
        come in order without overlapping (a report's parts do), so a report of many parts costs
        no scan of them all for each fact; the scan otherwise."""
        parts = list(self.parts)
        if any(a.span.end > b.span.start for a, b in zip(parts, parts[1:])):
            return lambda offset: next((p for p in parts if p.span.start <= offset < p.span.end), None)
        starts = [p.span.start for p in parts]

        def at(offset: int) -> Part | None:
            i = bisect.bisect_right(starts, offset) - 1
            return parts[i] if i >= 0 and offset < parts[i].span.end else None

        return at

    def section_path(self, offset: int) -> list[Section]:
        """The chain of sections (outermost first) that contains ``offset``."""
        path: list[Section] = []
        level = self.sections
        while True:
            hit = next((s for s in level if s.span.start <= offset < s.span.end), None)
            if hit is None:
                return path
            path.append(hit)
            level = hit.children

    @property
    def body_chars(self) -> int:
        return len(self.norm)


@dataclass(slots=True)
class Fact:
    """One quantity as it stands in the report (see ``docs/spec/quantities.md``).

    ``start``/``end`` are offsets into the original text: ``original[start:end] == text``.
    """

    text: str
    start: int
    end: int
    value: float
    unit: str  # base unit as written, magnitude removed: 万元 → 元, ％ → %
    approx: str  # exact | over | under | about
    kind: str  # amount | change | share | rank | duration
    subject: str = ""
    part: str = ""  # review | problems | plan | "" (preamble)
    section: list[str] = field(default_factory=list)  # section titles, outermost first
    sentence: Span | None = None
    domain: str = ""
    domain_cues: list[str] = field(default_factory=list)
    year: str = ""
    indicator: str = ""  # the normalised indicator of subject (duban.extract.indicators)

    def as_dict(self) -> dict[str, Any]:
        value = int(self.value) if float(self.value).is_integer() else self.value
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "value": value,
            "unit": self.unit,
            "approx": self.approx,
            "kind": self.kind,
            "subject": self.subject,
            "part": self.part,
            "section": list(self.section),
            "sentence_start": self.sentence.start if self.sentence else None,
            "sentence_end": self.sentence.end if self.sentence else None,
            "domain": self.domain,
            "domain_cues": list(self.domain_cues),
            "year": self.year,
            "indicator": self.indicator,
        }
