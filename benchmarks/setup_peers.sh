#!/usr/bin/env bash
# Build the benchmark's own environment, benchmarks/.venv-peers (git-ignored), holding the
# peer systems that bench_quantities.py compares duban against:
#
#   * Microsoft Recognizers-Text for Python (PyPI `recognizers-text-suite`), which needs
#     `emoji<1.0`: its choice model calls emoji APIs that emoji 1.x/2.x removed. The pin lives
#     here, in this venv only, never in duban's own dependencies.
#   * JioNLP (`jionlp`): its money extraction.
#   * duban itself, installed editable from this repository.
#
# Usage:  bash benchmarks/setup_peers.sh        (from anywhere; re-running is safe)
# Then:   benchmarks/.venv-peers/bin/python benchmarks/bench_quantities.py [--quick] [--json OUT]
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/.." && pwd)"
VENV="$HERE/.venv-peers"
PYTHON="${PYTHON:-python3}"

if ! "$PYTHON" -c 'import sys; sys.exit(0 if sys.version_info[:2] >= (3, 11) else 1)'; then
    echo "setup_peers: $PYTHON is $("$PYTHON" --version 2>&1); duban needs Python >= 3.11 (set PYTHON=...)" >&2
    exit 1
fi

# pip's own warnings about index locations that this machine's pip configuration names but
# does not have are noise here; everything else pip says is kept.
pip_install() {
    "$VENV/bin/python" -m pip install --quiet "$@" 2> >(grep -v "^WARNING: Location '.*' is ignored" >&2)
}

if [ ! -x "$VENV/bin/python" ]; then
    echo "setup_peers: creating $VENV with $("$PYTHON" --version 2>&1)"
    "$PYTHON" -m venv "$VENV"
    pip_install --upgrade pip
fi

echo "setup_peers: installing duban (editable) from $REPO"
pip_install -e "$REPO"

# Each peer is installed on its own, so one failing does not stop the other; the benchmark
# reports a peer that cannot be imported and runs with what is there.
status=0
echo "setup_peers: installing recognizers-text-suite with emoji<1.0"
if ! pip_install "recognizers-text-suite" "emoji<1.0"; then
    echo "setup_peers: WARNING: recognizers-text-suite failed to install (see pip's error above)" >&2
    status=1
fi

echo "setup_peers: installing jionlp"
if ! pip_install "jionlp"; then
    echo "setup_peers: WARNING: jionlp failed to install (see pip's error above)" >&2
    status=1
fi

echo "setup_peers: smoke test"
"$VENV/bin/python" - <<'EOF' || status=1
import importlib.metadata as md
for dist in ("duban", "recognizers-text-suite", "emoji", "jionlp"):
    try:
        print(f"  {dist:24s} {md.version(dist)}")
    except md.PackageNotFoundError:
        print(f"  {dist:24s} NOT INSTALLED")
import contextlib, io
ok = True
try:
    from recognizers_text import Culture
    from recognizers_number import recognize_percentage
    from recognizers_number_with_unit import recognize_currency
    r = recognize_currency("投资600余万元", Culture.Chinese) + recognize_percentage("同比增长31.3%", Culture.Chinese)
    print("  recognizers ok:", [(x.text, x.resolution.get("value")) for x in r])
except Exception as e:  # noqa: BLE001
    ok = False
    print("  recognizers FAILED:", type(e).__name__, e)
try:
    with contextlib.redirect_stdout(io.StringIO()):
        import jionlp  # prints a banner
    r = jionlp.ner.extract_money("投资600余万元", with_parsing=True)
    print("  jionlp ok:", [(x["text"], x["detail"]["num"]) for x in r])
except Exception as e:  # noqa: BLE001
    ok = False
    print("  jionlp FAILED:", type(e).__name__, e)
raise SystemExit(0 if ok else 1)
EOF

echo "setup_peers: done (status $status). Run: $VENV/bin/python $HERE/bench_quantities.py"
exit $status
