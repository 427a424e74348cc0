"""Word lists read as the engines read them: a set looked up by position (`Words`), and regular
expressions written from lists of words or from a pattern's first characters.

Every stage that looks for the words of a ``lang/zh`` table uses these; they know nothing of any
one table.
"""

from __future__ import annotations

import re


class Words:
    """A set of words looked up by position: the longest one ending or starting at an offset.

    Indexed by first and by last character, so that a position where no word can start (or
    end), which is most of them, costs one dictionary lookup; elsewhere, one slice and one set
    lookup per length that a word with that character has.
    """

    __slots__ = ("_by_len", "_lengths", "_by_first", "_by_last")

    def __init__(self, words):
        self._by_len: dict[int, set[str]] = {}
        first: dict[str, set[int]] = {}
        last: dict[str, set[int]] = {}
        for w in words:
            if w:
                self._by_len.setdefault(len(w), set()).add(w)
                first.setdefault(w[0], set()).add(len(w))
                last.setdefault(w[-1], set()).add(len(w))
        self._lengths = sorted(self._by_len, reverse=True)
        # for each first (last) character, the lengths of its words, longest first, each with the
        # words of that length
        self._by_first = {ch: [(n, self._by_len[n]) for n in sorted(ns, reverse=True)] for ch, ns in first.items()}
        self._by_last = {ch: [(n, self._by_len[n]) for n in sorted(ns, reverse=True)] for ch, ns in last.items()}

    def ending_at(self, text: str, pos: int) -> str | None:
        lengths = self._by_last.get(text[pos - 1 : pos]) if pos > 0 else None
        if lengths:
            for n, words in lengths:
                if pos >= n:
                    w = text[pos - n : pos]
                    if w in words:
                        return w
        return None

    def starting_at(self, text: str, pos: int) -> str | None:
        lengths = self._by_first.get(text[pos : pos + 1])
        if lengths:
            for n, words in lengths:
                w = text[pos : pos + n]
                if w in words:
                    return w
        return None

    def __contains__(self, word) -> bool:
        # one set lookup (without it, `in` would walk every word through __iter__)
        return word in self._by_len.get(len(word), ())

    def __iter__(self):
        for n in self._lengths:
            yield from self._by_len[n]


CJK_FIRST, CJK_LAST = "\u3400", "\u9fff"  # the Chinese characters of reports: CJK Unified Ideographs and Extension A


def is_cjk(ch: str) -> bool:
    """Is ``ch`` (one character, or "" at a text's edge) a Chinese character?"""
    return CJK_FIRST <= ch <= CJK_LAST


def words_pattern(words) -> str:
    """A regular expression matching any of ``words``, the longest where several match, written
    as a trie (共计|共建 → 共(?:计|建)): the engine reads each character once instead of trying
    every word in turn, which matters for lists of hundreds of cue words."""
    trie: dict = {}
    for word in words:
        if word:
            node = trie
            for ch in word:
                node = node.setdefault(ch, {})
            node[""] = {}  # a word ends here

    def build(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and len(branches[0]) == 1 else "(?:" + "|".join(branches) + ")"
        return body + "?" if ends else body  # greedy: the longer word is tried first

    first = sorted(ch for ch in trie if ch)
    if len(first) < GROUP_FROM:
        return build(trie)
    # Many first characters: at each position the engine tries the branches one after another, so
    # they are put in groups of neighbouring first characters. A group reads its first character
    # with one character class (a group that cannot start at a position is passed over in one
    # test) and then, behind a look-behind on that character, the rest of its own words. Only one
    # branch follows a given first character: the words matched, and which of them is preferred,
    # stay the same.
    groups = []
    for i in range(0, len(first), GROUP_SIZE):
        chars = first[i : i + GROUP_SIZE]
        rests = "|".join(f"(?<={re.escape(ch)}){build(trie[ch])}" for ch in chars)
        groups.append(f"[{''.join(map(re.escape, chars))}](?:{rests})")
    return "(?:" + "|".join(groups) + ")"


# words_pattern groups the branches of a list of words with at least GROUP_FROM first characters
# by GROUP_SIZE (fewer are as fast without groups, and a group costs its class's compiling).
GROUP_FROM = 128
GROUP_SIZE = 16


def with_first_chars(pattern: str, first: str | None = None) -> re.Pattern:
    """``pattern`` behind a look-ahead on the characters its matches can start with, when
    they can be told; the engine then skips every other position at once (a pattern that
    starts with a look-behind is otherwise tried, branch by branch, at every character).
    ``first``: those characters as a class's contents, when the caller knows them (`words_first`),
    which spares reading the pattern twice."""
    first = first or first_chars(pattern)
    return re.compile(f"(?=[{first}])(?:{pattern})" if first else pattern)


def words_regex(words) -> re.Pattern:
    """`words_pattern` compiled behind a look-ahead on the first two characters of the words (the
    one character of a word of one): the engine passes over every position where no word can
    start, and over most of those where only its first character could."""
    words = [w for w in words if w]
    one = sorted({w for w in words if len(w) == 1})
    longer = [w for w in words if len(w) > 1]
    ahead = ([f"[{''.join(map(re.escape, one))}]"] if one else []) + (
        [f"[{words_first(longer)}][{''.join(map(re.escape, sorted({w[1] for w in longer})))}]"] if longer else [])
    pattern = words_pattern(words)
    return re.compile(f"(?={'|'.join(ahead)})(?:{pattern})" if ahead else pattern)


def words_first(words) -> str:
    """The first characters of ``words``, escaped for a character class: those of `words_pattern`'s matches."""
    return "".join(map(re.escape, sorted({w[0] for w in words if w})))


def first_chars(pattern: str) -> str | None:
    """A character class (without brackets) holding every first character of a match of
    ``pattern``, or None where the pattern's shape is not one this understands."""
    from re import _constants as c, _parser  # the standard parser: the same reading as re.compile

    def items(seq) -> str | None:
        optional = []  # first characters of optional items passed over (【?\s*打印: 【, spaces, 打)
        for op, arg in seq:
            if op in (c.ASSERT, c.ASSERT_NOT) and arg[0] < 0:
                continue  # a look-behind consumes nothing
            if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and arg[0] == 0:
                inner = items(arg[2])
                if inner is None:
                    return None
                optional.append(inner)
                continue
            first = item(op, arg)
            return None if first is None else "".join(optional) + first
        return None  # the pattern may match nothing at all

    def item(op, arg) -> str | None:
        if op is c.LITERAL:
            return re.escape(chr(arg))
        if op is c.IN:
            out = []
            for kind, value in arg:
                if kind is c.LITERAL:
                    out.append(re.escape(chr(value)))
                elif kind is c.RANGE:
                    out.append(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
                elif kind is c.CATEGORY and value is c.CATEGORY_DIGIT:
                    out.append(r"\d")
                elif kind is c.CATEGORY and value is c.CATEGORY_SPACE:
                    out.append(r"\s")
                else:
                    return None
            return "".join(out)
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and arg[0] >= 1:
            return items(arg[2])
        if op is c.SUBPATTERN and not arg[1] & re.IGNORECASE:
            return items(arg[-1])
        if op is c.ATOMIC_GROUP:
            return items(arg)
        if op is c.BRANCH:
            branches = [items(b) for b in arg[1]]
            return None if any(b is None for b in branches) else "".join(branches)
        return None

    try:
        parsed = _parser.parse(pattern)
        return None if parsed.state.flags & re.IGNORECASE else items(parsed)
    except Exception:  # a parser of another Python version: go without the look-ahead
        return None


BRACKET_REACH = 40  # characters back to the bracket a short bracketed list opens with


def open_bracket_before(text: str, start: int, reach: int = BRACKET_REACH) -> int:
    """Where the bracket ``start`` stands in opens (…16.8%(全国7.1%、全省14.8%: the ``(``), or -1 where no
    bracket opens within ``reach`` characters before it without closing again."""
    lo = max(0, start - reach)
    opening = max(text.rfind("(", lo, start), text.rfind("（", lo, start))
    if opening < 0 or any(ch in text[opening:start] for ch in ")）"):
        return -1
    return opening
