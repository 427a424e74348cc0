"""Build the gold JSON Lines of both parts from hand-written fact lists; offsets found by a program.

    python3 tools/build_gold.py          (run from data/dev/quantities_fresh2)

Each ``gold_src/<part>/NNN.g`` lists one fact a line, in order of appearance:
``text|value|unit|approx|kind|subject``. In ``text``, ``\\n`` stands for a line break of the
original (PDF text breaks lines inside quantities). The offsets of ``text`` are found by
searching ``<part>/NNN.txt`` forward from the end of the fact before, so a text written twice
takes its next occurrence; no offset is counted by hand. A text starting (ending) with a digit
may not start (end) inside a longer number. Every line written is checked:
``original[start:end] == text``.
"""
import sys
from pathlib import Path

# one builder for every quantity set of data/dev (the rules of a .g list are the same)
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "quantities_heldout" / "tools"))
from build_gold import build  # noqa: E402

root = Path(__file__).resolve().parent.parent
print("total", sum(build(root / "gold_src" / part, root / part, root / "gold" / part, part)
                   for part in ("dev", "heldout")))
