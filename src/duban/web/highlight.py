"""The document view's text: the original, escaped, with a ``<mark>`` over every fact.

The characters inside a fact's marks are exactly ``original[start:end]``: the page is
where a reader checks the extractor, so nothing is trimmed, merged or re-flowed. Where
spans overlap (two facts, or a fact and a search hit), the text is cut at every span
boundary and each piece is wrapped in the marks of all the spans that cover it, so a
span may be drawn as several adjacent fragments (all carrying its ``data-fact``).

Text is escaped here and never goes through the browser as HTML. A carriage return is
written as ``&#13;``: the HTML parser turns a literal CR (and CR LF) into LF, which would
shift every later offset, while a character reference keeps it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from markupsafe import Markup, escape

from duban.web import fmt


def _text(s: str) -> str:
    return str(escape(s)).replace("\r", "&#13;")


def _attr(value: Any) -> str:
    return str(escape("" if value is None else str(value)))


def fact_attributes(fact: dict[str, Any]) -> str:
    """The data-* attributes the page's script shows in the tooltip and the fact panel."""
    attrs = {
        "data-text": fact["text"],
        "data-value": fmt.quantity(fact["value"], fact["unit"], fact["kind"]),
        "data-raw": "" if fact["value"] is None else fact["value"],
        "data-unit": fact["unit"],
        "data-approx": fmt.label(fmt.APPROX, fact["approx"]),
        "data-kind": fmt.label(fmt.KIND, fact["kind"]),
        "data-subject": fact["subject"],
        "data-domain": fact["domain"],
        "data-cues": "、".join(fact.get("domain_cues") or []),
        "data-part": fmt.label(fmt.PART, fact["part"]),
        "data-section": fact.get("section_path") or "",
        "data-year": fact["year"],
        "data-start": fact["start"],
        "data-end": fact["end"],
    }
    return " ".join(f'{k}="{_attr(v)}"' for k, v in attrs.items())


def render(original: str, facts: list[dict[str, Any]], anchors: Iterable[int] = (),
           hits: Iterable[tuple[int, int]] = ()) -> Markup:
    """``original`` as HTML with fact marks, search-hit marks and empty jump anchors.

    ``anchors`` are offsets that get an empty ``<span id="o-OFFSET">`` (outline links
    jump to them); ``hits`` are ``(start, end)`` ranges drawn as ``<mark class="hit">``.
    """
    n = len(original)
    spans: list[tuple[int, int, str, Any]] = []
    for f in facts:
        start, end = max(0, int(f["start"])), min(n, int(f["end"]))
        if start < end:
            spans.append((start, end, "fact", f))
    for start, end in hits:
        start, end = max(0, int(start)), min(n, int(end))
        if start < end:
            spans.append((start, end, "hit", None))
    spans.sort(key=lambda s: (s[0], -s[1], s[2]))
    anchor_set = {a for a in anchors if 0 <= a <= n}
    bounds = sorted({0, n, *anchor_set, *(s[0] for s in spans), *(s[1] for s in spans)})

    out: list[str] = []
    started: set[int] = set()  # spans whose first fragment (the one carrying the id) is out
    hit_id = False  # the first search hit gets id="hit", for the page to scroll to
    active: list[int] = []
    k = 0
    for a, b in zip(bounds, bounds[1:] + [None]):
        if a in anchor_set:
            out.append(f'<span class="anchor" id="o-{a}"></span>')
        if b is None:
            break
        while k < len(spans) and spans[k][0] <= a:
            active.append(k)
            k += 1
        active = [i for i in active if spans[i][1] > a]
        covering = [i for i in active if spans[i][1] >= b]  # boundaries cut at every start and end
        for i in covering:
            start, end, kind, f = spans[i]
            first = i not in started
            started.add(i)
            if kind == "fact":
                classes = f"fact k-{_attr(f['kind'] or 'none')}"
                if first:
                    out.append(f'<mark class="{classes}" id="f-{int(f["id"])}" data-fact="{int(f["id"])}" '
                               f'tabindex="0" {fact_attributes(f)}>')
                else:
                    out.append(f'<mark class="{classes} cont" data-fact="{int(f["id"])}">')
            elif not hit_id:
                out.append('<mark class="hit" id="hit">')
                hit_id = True
            else:
                out.append('<mark class="hit">')
        out.append(_text(original[a:b]))
        out.append("</mark>" * len(covering))
    return Markup("".join(out))
