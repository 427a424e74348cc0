"""Which reports come from the same organisation: names compared after normalising them."""

from __future__ import annotations

from functools import lru_cache

from duban.lang import load_table


@lru_cache(maxsize=1)
def _tails() -> tuple[str, ...]:
    # 人民政府, 政府, 人大 …: words after a place name that are not part of it (org_levels.tsv)
    return tuple(sorted((r["form"] for r in load_table("org_levels") if r["kind"] == "tail"), key=len, reverse=True))


def org_key(name: str) -> str:
    """A comparable form of an organisation name: 花橋鎮人民政府 → 花桥镇."""
    from duban.clean.normalise import half_width, to_simplified

    key = "".join(to_simplified(half_width(name or "")).split())
    changed = True
    while changed:
        changed = False
        for tail in _tails():
            if key.endswith(tail) and len(key) > len(tail):
                key, changed = key[: -len(tail)], True
    return key


def same_org(a: str, b: str) -> bool:
    return bool(org_key(a)) and org_key(a) == org_key(b)
