"""Stage ``link``: reports of one organisation paired, and each plan tracked into the next report.

The web page and the CLI call `track_org` (from the store) and `track_documents` (two processed
documents); both return a `TrackReport` whose ``rows()`` are JSON-ready dicts. See docs/tracking.md.
"""

from duban.link.track import (
    TrackReport, TrackRow, distinct_documents, pair_documents, pairing_problem, track_documents, track_org,
)

__all__ = [
    "TrackReport", "TrackRow", "distinct_documents", "pair_documents", "pairing_problem", "track_documents",
    "track_org",
]
