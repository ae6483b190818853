"""Short forms an article defines for an organisation: 某集团股份有限公司（以下简称“某集团”）."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from kg.extract.roles.words import PLACE_LEVELS, kind_words, pattern
from kg.nlp.components import suffix_kind
from kg.resources import load_lexicon
from kg.text import alternation, short_form_definition

# The definitions the role extractor reads: quotes optional (某集团股份有限公司（以下简称某集团）创始人
# gives the full name to the title after the bracket), at most 12 characters. Reading unquoted ones too
# moved only ../shared/data/genres/duie (lenient R 0.443 → 0.450) of the guarded sets.
SHORT_DEF = short_form_definition(longest=12)
# Where the full name before a definition cannot start: punctuation and the words that open a
# phrase (由江西省发展和改革委员会（以下简称“省发改委”）承办).
_PUNCT = re.compile(r"[，,、。；;：:“”\s（）()]")
_BEFORE_NAME = re.compile("|".join((_PUNCT.pattern, *kind_words("before_name"))))


@cache
def _place_names() -> re.Pattern[str]:
    return pattern("place_name_end", places=alternation(load_lexicon("place_names.tsv")))


def _place_before(text: str, start: int) -> int:
    """How many characters of a place (北京, 深圳市) open the company name ending at ``start``.

    The place must itself start a phrase, so that the name does not swallow a word before it.
    """
    match = _place_names().search(text, max(0, start - 6), start)
    if match is None or match.end() != start:
        return 0
    before = match.start()
    # 某镇和安徽某公司: a conjunction before the place also opens the name (not in _BEFORE_NAME, which
    # walks inside names such as 发展和改革委员会).
    opens = (
        before == 0
        or _BEFORE_NAME.match(text, before - 1) is not None
        or text[before - 1] in kind_words("place_join")
    )
    return start - before if opens else 0


@lru_cache(maxsize=4)  # asked once per sentence of the document being read; keeps no old texts
def defined_short_forms(text: str) -> dict[str, str]:
    """Short forms an article defines: 海信集团控股股份有限公司（以下简称“海信集团”） → {海信集团: …}.

    The full name is the shortest text before the bracket that holds the short form's characters
    in order and ends like an organisation; a short form that opens with a place level
    (省发改委, 市教育局) also takes the place written before that level (江西省发展和改革委员会).
    """
    found: dict[str, str] = {}
    for match in SHORT_DEF.finditer(text):
        short, end = match["short"], match.start()
        position = end
        for char in reversed(short):
            position = text.rfind(char, max(0, end - 40), position)
            if position < 0:
                break
        if position < 0:
            continue
        start = position
        if short[0] in PLACE_LEVELS:
            while start > 0 and end - start < 30 and not _BEFORE_NAME.match(text, start - 1):
                start -= 1
        else:
            # 中国科学院自动化研究所（以下简称“自动化所”）: a parent organisation glued to the front.
            outer = start
            while outer > 0 and start - outer < 20 and not _BEFORE_NAME.match(text, outer - 1):
                outer -= 1
            if outer < start and suffix_kind(text[outer:start]) == "org":
                start = outer
            else:
                start -= _place_before(text, start)
        full = text[start:end]
        if full != short and not _PUNCT.search(full) and suffix_kind(full) == "org":
            found.setdefault(short, full)
    return found
