"""Organisation names in organiser lists: "A、B和C" split into names, each cleaned of what is no part
of it (a pronoun, a defined short form, 中共 before a committee); the organisations a sentence spans."""

from __future__ import annotations

import re
from functools import cache

from kg.extract.events.constructions import (
    COMMITTEE,
    COUNTED,
    DEFINED_END,
    LATIN_BRACKET_END,
    NOT_IN_ORG,
    ORG_JOINERS,
    ORG_LIST_SPLIT,
    PARTY,
)
from kg.extract.events.lexicon import file_order
from kg.extract.events.records import SentenceView
from kg.nlp.components import inside_joined_name, suffix_kind


def org_items(text: str) -> list[str]:
    """ "A、B和C" → [A, B, C], "A联合B" → [A, B]: the joiners split only after a full organisation name."""
    items: list[str] = []
    for part in ORG_LIST_SPLIT.pattern.split(text):
        pieces = [part]
        for joiner in ORG_JOINERS:
            split: list[str] = []
            for piece in pieces:
                while joiner in piece:
                    left, _, right = piece.partition(joiner)
                    # 世界互联网大会（以下简称“WIC”）和某省人民政府: a name the text defines is whole.
                    whole = suffix_kind(strip_bracket(left)) is not None or DEFINED_END.pattern.search(left)
                    if whole and len(right) >= 2 and not inside_joined_name(piece, len(left)):
                        split.append(left)
                        piece = right
                    else:
                        break
                split.append(piece)
            pieces = split
        items.extend(pieces)
    return [cleaned for item in items if (cleaned := _clean_org(item))]


def strip_bracket(name: str) -> str:
    return re.sub(r"[（(][^）)]*[）)]$", "", name)


def _clean_org(item: str) -> str | None:
    item = item.strip().strip('“”"「」')
    item = _leading("org_lead").sub("", item)
    item = _trailing("org_tail").sub("", item)
    # 由我们某研究会主办: a pronoun before the name speaks of the body, it is no part of it.
    item = _leading("pronoun").sub("", item)
    # A Latin acronym in brackets is an alias, not part of the name: 国际科技园及创新区域协会（IASP）;
    # so is a defined short form: 中国田径协会（以下简称“中国田协”）.
    item = LATIN_BRACKET_END.pattern.sub("", item)
    item = DEFINED_END.pattern.sub("", item)
    # 中共黄石市委 → 黄石市委: the party committee is named without the party's name.
    if item.startswith(PARTY) and item.endswith(COMMITTEE) and len(item) > 4:
        item = item[len(PARTY) :]
    if not 2 <= len(item) <= 40 or NOT_IN_ORG.pattern.search(item) or COUNTED.pattern.search(item):
        return None
    return item


@cache
def _leading(kind: str) -> re.Pattern[str]:
    return re.compile(f"^(?:{file_order(kind).pattern})")


@cache
def _trailing(kind: str) -> re.Pattern[str]:
    return re.compile(f"(?:{file_order(kind).pattern})$")


def org_spans(view: SentenceView) -> set[str]:
    """The organisations the model or the org rules found in the sentence."""
    orgs = {view.text[e.start_char : e.end_char] for e in view.parse.ents() if e.label == "ORG"}
    return orgs | {s.text for s in view.parse.group("orgs") if s.label == "ORG"}
