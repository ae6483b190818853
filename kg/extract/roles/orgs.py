"""Organisation names: the parent a unit's name shows, a chain's rebuilt units, expanded short forms."""

from __future__ import annotations

from functools import cache

from kg.extract.roles.records import Row
from kg.extract.roles.words import PLACE_LEVELS, body_units, kind_words, title_head
from kg.nlp.components import ORG, place_levels, suffix_kind
from kg.nlp.tokens import SpanRow
from kg.resources import load_groups, load_lexicon, load_mapping


@cache
def _longest_suffix() -> int:
    return max(map(len, load_mapping("org_suffixes.tsv")))


def parent_of(name: str) -> str | None:
    """The organisation a unit belongs to, when the name shows it (小米集团手机部 → 小米集团).

    The longest proper prefix that ends in an organisation suffix, is followed by a unit that ends
    in one too, and is not cut inside a suffix word (美中贸易全国委|员会 is no boundary).
    """
    suffixes = load_mapping("org_suffixes.tsv")
    longest = _longest_suffix()
    for cut in range(len(name) - 2, 1, -1):
        head, rest = name[:cut], name[cut:]
        if suffix_kind(head) != "org" or suffix_kind(rest) is None:
            continue
        spans_cut = any(
            name[a:b] in suffixes
            for a in range(max(0, cut - longest), cut)
            for b in range(cut + 1, min(len(name), a + longest) + 1)
        )
        if not spans_cut:
            return head
    return None


def rebuild(previous: str, unit: str) -> tuple[str, str | None]:
    """A shortened unit in a 、 chain gets the earlier organisation back: (full name, parent).

    Side-by-side bodies replace each other (某园区党工委 + 管委会 → 某园区管委会); any other unit
    replaces the earlier unit (小米集团手机部 + 智能制造部 → 小米集团智能制造部) or is appended to an
    organisation without one (科大讯飞 + 研究院 → 科大讯飞研究院; 某市委 + 政法委 → 某市委政法委).
    """
    bodies = load_lexicon("org_bodies.tsv")
    if unit in bodies:
        for size in range(min(len(previous) - 1, 6), 1, -1):
            if previous[-size:] in bodies:
                return previous[:-size] + unit, None
    root = parent_of(previous) or previous
    return root + unit, root


def expand(name: str) -> tuple[str, str | None]:
    """The full form of a short organisation name (工信部, 国家发改委, 江苏省科技厅): (full, short)."""
    table = load_mapping("abbreviations.tsv")
    if name in table:
        return table[name], name
    for size in range(min(len(name) - 1, 8), 1, -1):
        key = name[-size:]
        if key not in table:
            continue
        place = name[:-size]
        if key[0] in PLACE_LEVELS or place.endswith(kind_words("place_ending")):
            return place + table[key], name
    return name, None


def is_place(name: str) -> bool:
    """A place name (广西壮族自治区, 江西省, 南昌市): it ends with a place level and has more before it."""
    return any(name.endswith(level) and len(name) > len(level) for level in place_levels())


def place_named(unit: str) -> bool:
    """A one-word body of a place written with its level only (省数据资源管理局, 市教育局, 省委)."""
    if not unit or unit[0] not in PLACE_LEVELS:
        return False
    return (len(unit) >= 4 and suffix_kind(unit) == "org") or unit in load_lexicon("org_bodies.tsv")


def past_subunit(row: Row, before: str) -> Row:
    """A title inheriting, in a chain, a body that binds only the title before it (chain_subunits.tsv).

    某集团工会主席、副总经理: 副总经理 belongs to 某集团, the organisation the union sits in; a title
    with the same head as ``before`` (工会主席、常务副主席) and a place's own commission (某市纪委常委、
    秘书长) keep the body.
    """
    org = row.org
    if org is None or row.title.endswith(title_head(before)):
        return row
    units = load_lexicon("chain_subunits.tsv")
    unit = next((u for u in units if org.endswith(u) and len(org) > len(u)), None)
    if unit is None:
        return row
    body = org[: -len(unit)]
    if suffix_kind(body) != "org" or is_place(body):
        return row
    span = row.org_span
    if span is not None and row.short is None and span[1] - span[0] == len(org):
        span = (span[0], span[0] + len(body))
    return Row(row.person, row.title, row.title_span, body, span, parent_of(body))


def to_body(row: Row, previous: Row) -> Row:
    """某大学土木工程学院院长、副校长: a title heading the body (body_units.tsv ``head``) that would
    inherit one of its units belongs to the body itself."""
    parent = previous.parent
    if row.org is None or parent is None or row.org != previous.org:
        return row
    for body_end, word, kind in body_units():
        if kind == "head" and row.title.endswith(word) and parent.endswith(body_end):
            return Row(row.person, row.title, row.title_span, parent, None, parent_of(parent))
    return row


def field_title(unit: str, title: str) -> bool:
    """数字能源业务 + 负责人: a business line before a head that takes it (field_titles.tsv)."""
    words = load_groups("field_titles.tsv")
    return title in words.get("head", ()) and unit.endswith(words.get("unit_end", ()))


def is_named(span: SpanRow, labels: list[str]) -> bool:
    """An organisation worth reporting on its own: a LAC entity or a name ending in a suffix."""
    return suffix_kind(span.text) is not None or (span.end - span.start == 1 and labels[span.start] == ORG)
