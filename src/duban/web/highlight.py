"""The document view's text: the original, escaped, with a ``<mark>`` over every fact
(`render`); the tracking page's two texts with a mark over each commitment and its
evidence (`track_text`). Both go through `marked`.

The characters inside a fact's marks are exactly ``original[start:end]``: the page is
where a reader checks the extractor, so nothing is trimmed, merged or re-flowed. Where
spans overlap (two facts, or a fact and a search hit), the text is cut at every span
boundary and each piece is wrapped in the marks of all the spans that cover it, so a
span may be drawn as several adjacent fragments (all carrying its ``data-fact``, or
``data-row`` on the tracking page).

Text is escaped here and never goes through the browser as HTML. A carriage return is
written as ``&#13;``: the HTML parser turns a literal CR (and CR LF) into LF, which would
shift every later offset, while a character reference keeps it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from markupsafe import Markup

from duban.web import fmt


def _escape(s: str) -> str:
    """What markupsafe's ``escape`` gives, as a plain ``str`` (a page has thousands of these)."""
    return (s.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;").replace("'", "&#39;")
            .replace('"', "&#34;"))


def _text(s: str) -> str:
    return _escape(s).replace("\r", "&#13;")


def _attr(value: Any) -> str:
    return _escape("" if value is None else str(value))


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
    spans: list[tuple[int, int, str, str]] = []
    for f in facts:
        classes = f"fact k-{_attr(f['kind'] or 'none')}"
        fid = int(f["id"])
        spans.append((f["start"], f["end"],
                      f'<mark class="{classes}" id="f-{fid}" data-fact="{fid}" tabindex="0" {fact_attributes(f)}>',
                      f'<mark class="{classes} cont" data-fact="{fid}">'))
    n = len(original)
    ranges = sorted(((max(0, int(a)), min(n, int(b))) for a, b in hits), key=lambda h: (h[0], -h[1]))
    for i, (start, end) in enumerate(r for r in ranges if r[0] < r[1]):  # the first gets id="hit" (scrolled to)
        spans.append((start, end, '<mark class="hit" id="hit">' if i == 0 else '<mark class="hit">',
                      '<mark class="hit">'))
    return marked(original, spans, anchors)


def marked(original: str, spans: Iterable[tuple[int, int, str, str]], anchors: Iterable[int] = ()) -> Markup:
    """``original`` escaped, with each span's characters inside its own ``<mark>``.

    A span is ``(start, end, first, rest)``: the opening tag of its first fragment (the one
    that carries its id and data) and of any later fragment. The text is cut at every span
    boundary and each piece is wrapped in the marks of all the spans that cover it,
    outermost first (spans starting together: the longer outside, else in the order given).
    ``anchors`` are offsets that get an empty ``<span class="anchor" id="o-OFFSET">``.
    """
    n = len(original)
    cut: list[tuple[int, int, str, str]] = []
    for start, end, first, rest in spans:
        start, end = max(0, int(start)), min(n, int(end))
        if start < end:
            cut.append((start, end, first, rest))
    cut.sort(key=lambda s: (s[0], -s[1]))  # stable: equal spans keep the order given
    anchor_set = {a for a in anchors if 0 <= a <= n}
    bounds = sorted({0, n, *anchor_set, *(s[0] for s in cut), *(s[1] for s in cut)})

    out: list[str] = []
    started: set[int] = set()  # spans whose first fragment is out
    active: list[int] = []
    k = 0
    for a, b in zip(bounds, bounds[1:] + [None]):
        if a in anchor_set:
            out.append(f'<span class="anchor" id="o-{a}"></span>')
        if b is None:
            break
        while k < len(cut) and cut[k][0] <= a:
            active.append(k)
            k += 1
        active = [i for i in active if cut[i][1] > a]
        covering = [i for i in active if cut[i][1] >= b]  # boundaries cut at every start and end
        for i in covering:
            out.append(cut[i][3] if i in started else cut[i][2])
            started.add(i)
        out.append(_text(original[a:b]))
        out.append("</mark>" * len(covering))
    return Markup("".join(out))


def track_text(original: str, rows: list[dict[str, Any]], side: str) -> Markup:
    """One text of a tracked pair with a mark per commitment, in the colour of its status.

    ``side="plan"``: each row's clause ``original[start:end]`` (``id="c-N"``) and, when a growth
    was computed from it, the base figure (``id="b-N"``); ``side="review"``: each row's evidence
    ``original[result_start:result_end]`` (``id="e-N"``). N is the row's number, from 1, which
    every fragment carries as ``data-row``.
    """
    spans: list[tuple[int, int, str, str]] = []
    for n, r in enumerate(rows, 1):
        status = _attr(r["status"])
        title = _attr(" · ".join(x for x in (fmt.label(fmt.STATUS, r["status"]), r["indicator"],
                                              r["target"] and f"目标 {r['target']}") if x))
        if side == "plan":
            spans.append((r["start"], r["end"],
                          f'<mark class="cm s-{status}" id="c-{n}" data-row="{n}" title="{title}">',
                          f'<mark class="cm s-{status} cont" data-row="{n}">'))
            if r.get("base_start") is not None:
                spans.append((r["base_start"], r["base_end"],
                              f'<mark class="base" id="b-{n}" data-row="{n}" title="基数：增长按此计算">',
                              f'<mark class="base cont" data-row="{n}">'))
        elif r.get("result_start") is not None:
            spans.append((r["result_start"], r["result_end"],
                          f'<mark class="ev s-{status}" id="e-{n}" data-row="{n}" title="{title}">',
                          f'<mark class="ev s-{status} cont" data-row="{n}">'))
    return marked(original, spans)
