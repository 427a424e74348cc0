"""Periods as written by the pipeline (``2024``, ``2024H2``, ``2024Q3``, ``2024-06``) as month ranges."""

from __future__ import annotations

import re

_PERIOD = re.compile(r"^(\d{4})(?:(H[12])|(Q[1-4])|-(\d{1,2}))?$")


def months(period: str) -> tuple[int, int] | None:
    """``(first, last)`` month of a period, counted as ``year * 12 + month - 1``; None if unreadable."""
    m = _PERIOD.match(period.strip()) if period else None
    if m is None:
        return None
    base = int(m.group(1)) * 12
    if m.group(2):
        first = 0 if m.group(2) == "H1" else 6
        return base + first, base + first + 5
    if m.group(3):
        first = (int(m.group(3)[1]) - 1) * 3
        return base + first, base + first + 2
    if m.group(4):
        month = int(m.group(4)) - 1
        return base + month, base + month
    return base, base + 11


def covers(outer: str, inner: str) -> bool:
    """Does ``outer`` contain ``inner`` (a 2024 review covers a 2024H2 plan)?"""
    a, b = months(outer), months(inner)
    return a is not None and b is not None and a[0] <= b[0] and b[1] <= a[1]


def due_by(deadline: str, review: str) -> bool:
    """Is a commitment with ``deadline`` due by the end of ``review``? No deadline: due with its plan."""
    d, r = months(deadline), months(review)
    return d is None or r is None or d[1] <= r[1]
