"""`fold` goes through a per-character table; it must give exactly what decomposing the whole string gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.text import _fold_by_decomposing, fold

# Vietnamese letters precomposed and decomposed, combining marks alone and in odd orders, spacing marks
# of class > 0 (the musical symbols U+1D165-1D169), ligatures, Hangul, and anything else Unicode holds.
VIETNAMESE = "aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵĐ "
MARKS = "\u0300\u0301\u0303\u0309\u0323\u0306\u0302\u031b\u0308"
ODD = "\U0001d165\U0001d166\U0001d16d\u0f39\u0e49ǄǅﬁḀ가각\u200b\t\n"


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet=st.sampled_from(VIETNAMESE + VIETNAMESE.upper() + MARKS + ODD), max_size=40) | st.text(max_size=40))
def test_fold_equals_folding_the_whole_string(text: str) -> None:
    assert fold(text) == _fold_by_decomposing(text)


def test_a_kept_mark_of_class_above_zero_folds_the_whole_string() -> None:
    # U+1D16D (class 226) then U+1D165 (class 216), both spacing marks (Mc) that stay after the Mn are dropped:
    # NFD puts them in class order, which a character-at-a-time table would not.
    text = "x\U0001d16d\u0301\U0001d165y"
    assert _fold_by_decomposing(text) == "x\U0001d165\U0001d16dy"
    assert fold(text) == _fold_by_decomposing(text)
    assert fold("Xã Xuân Lũng, ĐỒNG  hoà") == "xa xuan lung, dong hoa"
