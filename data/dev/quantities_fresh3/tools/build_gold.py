"""Build the gold JSON Lines of both parts from the hand-written fact lists ``gold_src/<part>/NNN.g``.

    python3 tools/build_gold.py          (run from data/dev/quantities_fresh3)

The rules of a ``.g`` list and how offsets are found and checked are those of the one builder
every quantity set of data/dev uses, ``../quantities_heldout/tools/build_gold.py``.
"""
import sys
from pathlib import Path

# one builder for every quantity set of data/dev (the rules of a .g list are the same)
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "quantities_heldout" / "tools"))
from build_gold import build  # noqa: E402

root = Path(__file__).resolve().parent.parent
print("total", sum(build(root / "gold_src" / part, root / part, root / "gold" / part, part)
                   for part in ("dev", "heldout")))
