"""The offset map between a derived text (the normalised view) and the original: both directions."""

from __future__ import annotations

import pytest

from duban.document import OffsetMap

# derived 0–4 ← original 0–4, derived 5–8 ← original 8–11 (three characters left out), derived 9–14 ← 20–25
EDITED = OffsetMap([(0, 0), (5, 8), (9, 20)], 15, 30)


@pytest.mark.parametrize("original, derived", [
    (0, 0), (4, 4),
    (5, 5), (7, 5), (8, 5),  # left-out characters: the next kept one
    (11, 8), (12, 9), (20, 9), (25, 14),
    (26, 15), (40, 15),  # past the last kept character: the derived length
])
def test_to_derived_is_the_first_derived_character_at_or_after(original: int, derived: int) -> None:
    assert EDITED.to_derived(original) == derived


def test_to_derived_inverts_to_original_on_every_kept_character() -> None:
    for i in range(15):
        assert EDITED.to_derived(EDITED.to_original(i)) == i


@pytest.mark.parametrize("original, derived", [(-1, 0), (0, 0), (3, 3), (7, 7), (9, 7)])
def test_an_identity_map_gives_the_offset_itself_within_the_text(original: int, derived: int) -> None:
    assert OffsetMap.identity(7).to_derived(original) == derived
