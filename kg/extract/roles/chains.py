"""Chains of ORG? TITLE segments joined by 、 or 兼, and the organisation each segment ends up with."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from kg.extract.roles.orgs import expand, field_title, parent_of, past_subunit, place_named, rebuild, to_body
from kg.extract.roles.reader import Reader
from kg.extract.roles.records import BLANK, ISSUER, Chain, Org, Row, Segment
from kg.extract.roles.words import (
    FORMER,
    JOINT,
    LINKS,
    TITLE_JOINS,
    blocks,
    body_units,
    media_endings,
    national_bodies,
    place_starts,
    references,
)
from kg.nlp.components import UNIT, org_prefixes, place_levels, suffix_kind


def chains(r: Reader, segments: list[Segment]) -> Iterator[Chain]:
    """Segments joined by 、 or 兼, each with the link that precedes it ("" for the first)."""
    chain: Chain = []
    for segment in segments:
        if chain:
            between = r.text[chain[-1][1].title_end : segment.start].strip()
            if (between in TITLE_JOINS or not between) and segment.start == segment.title_start:
                between = "、"  # 创始人及总经理, 党委书记校长: two titles, no organisation between
            if _gloss(r, between, segment):
                # 董事局主席兼CEO（首席执行官）某某: a bracketed title glosses the one before it; the
                # chain reads on past the bracket, and the gloss is no post of its own.
                link, glossed = chain[-1]
                chain[-1] = (link, replace(glossed, title_end=segment.title_end + 1))
                continue
            if between in LINKS and segment.start >= chain[-1][1].title_end:
                chain.append((LINKS[between], segment))
                continue
            yield chain
        chain = [("", segment)]
    if chain:
        yield chain


def _gloss(r: Reader, between: str, segment: Segment) -> bool:
    """A title alone in brackets right after another title: （首席执行官）, （CEO）."""
    closed = r.text.startswith(("）", ")"), segment.title_end)
    return between in {"（", "("} and segment.start == segment.title_start and closed


def listed_org(r: Reader, chain: Chain, listed: tuple[int, Row] | None) -> Row | None:
    """某集团董事长甲、总裁乙: a title without organisation (or at a unit) right after "甲、" shares 甲's."""
    first = chain[0][1]
    # 某大学副校长甲、经济系主任乙: a unit (by its suffix) after "甲、" is a unit of 甲's organisation too.
    unit = first.org is not None and first.org.label == UNIT and suffix_kind(first.org.text) == "unit"
    if listed is None or (first.org is not None and not unit) or first.kind != "office":
        return None
    end, row = listed
    return row if r.text[end : first.start].strip() == "、" else None


def resolve(r: Reader, chain: Chain, listed: Row | None = None) -> list[tuple[Segment, Row]]:
    """Each segment's organisation, rebuilt or inherited along the chain (person left blank).

    ``listed`` is the row of the person listed just before ("某集团董事长甲、总裁乙"): the first
    segment inherits from it as from a segment before it in the chain.
    """
    out: list[tuple[Segment, Row]] = []
    previous: Row | None = listed
    if listed is not None:
        chain = [("、", chain[0][1]), *chain[1:]]
    lost = False  # an earlier segment's organisation was not understood
    # 原市委常委兼秘书长: a former post heading a 兼 chain dates the posts joined to it by 兼.
    head = chain[0][1]
    former = next((w for w in FORMER if head.title.startswith(w) and head.kind == "office"), "")
    for link, segment in chain:
        if link and link != JOINT:
            former = ""
        if former and link == JOINT and not segment.lead and not segment.title.startswith(former):
            segment = replace(segment, title=former + segment.title)
        row = _row(r, link, segment, previous, lost)
        if row is None and segment.org is not None:
            lost = True
        if row is not None:
            out.append((segment, row))
            if row.org is not None or segment.kind != "award":
                previous = row
    return out


def _row(r: Reader, link: str, segment: Segment, previous: Row | None, lost: bool) -> Row | None:
    """One segment's row, given the row before it in the chain."""
    title_span = (segment.title_start, segment.title_end)
    org = segment.org
    if segment.kind == "award":
        return Row(BLANK, segment.title, title_span, None, None)
    if org is not None and org.label == ISSUER:
        # 聘任某某为公司副总裁: the issuer, written as 公司, so no span of the sentence names it.
        return Row(BLANK, segment.title, title_span, org.text, None, parent_of(org.text))
    if org is not None and org.text in references():
        # 学校原校长, 该局副局长: the body is only implied, never rebuilt from the chain.
        return Row(BLANK, segment.title, title_span, None, None)
    if org is None and lost and link:
        return None  # it would inherit an organisation that was not understood
    if org is None:
        return _inherited(link, segment, previous)
    return _org_row(r, link, segment, org, previous)


def _inherited(link: str, segment: Segment, previous: Row | None) -> Row:
    """创始人兼首席执行官: a segment without organisation inherits the one before it in the chain."""
    title_span = (segment.title_start, segment.title_end)
    row = Row(BLANK, segment.title, title_span, None, None)
    if previous is not None and previous.org is not None and link:
        blocked = any(segment.title.endswith(t) and previous.org.endswith(o) for t, o in blocks())
        if link == JOINT or not blocked:
            row = Row(
                BLANK,
                segment.title,
                title_span,
                previous.org,
                previous.org_span,
                previous.parent,
                previous.short,
            )
            row = past_subunit(row, previous.title)
            row = to_body(row, previous)
    return row


def _org_row(r: Reader, link: str, segment: Segment, org: Org, previous: Row | None) -> Row | None:
    """The row of a segment with a written organisation: named, rebuilt onto the chain's, or none."""
    title_span = (segment.title_start, segment.title_end)
    if org.label == UNIT and org.text in place_levels():
        # 某自治区党委副书记、自治区主席: the place's government, left without organisation as 省长.
        return Row(BLANK, segment.title, title_span, None, None)
    if org.label == UNIT and segment.kind == "byline" and org.text.endswith(media_endings()):
        return named(segment, org)  # （证券时报/nw 记者 某某）: an outlet left untagged
    if org.label == UNIT and org.text in r.defined:
        return named(segment, org)  # 院士、自动化所所长: a defined short form is no unit
    if org.label == UNIT and previous is None and org.text in national_bodies():
        return named(segment, org)  # 农业农村部总农艺师: a ministry is no unit of a chain
    chained = previous is not None and previous.org is not None and bool(link)
    if previous is not None and previous.org is not None and link and field_title(org.text, segment.title):
        # 某公司副总裁、数字能源业务负责人: the business line belongs to the title.
        title = org.text + segment.title
        return Row(
            BLANK,
            title,
            (org.start, segment.title_end),
            previous.org,
            previous.org_span,
            previous.parent,
            previous.short,
        )
    if org.label == UNIT or (previous is not None and link and _field_unit(r, org)):
        if (
            previous is not None
            and previous.org is not None
            and (suffix_kind(org.text) == "unit" or len(org.text) <= 5)
        ):
            name, parent = rebuild(previous.org, org.text)
            return Row(BLANK, segment.title, title_span, name, (org.start, org.end), parent)
        if _size(r.table.token_range(org.start, org.end)) >= 2 or place_named(org.text):
            return named(segment, org)
        return None
    if chained and link == "、" and previous is not None and (body := _body_of(r, previous, org)) is not None:
        # 某大学桥梁工程系主任、土木工程学院院长: a unit of the body the chain is about.
        return Row(BLANK, segment.title, title_span, body + org.text, (org.start, org.end), body)
    return named(segment, org)


def _size(tokens: tuple[int, int] | None) -> int:
    """How many tokens a range has (0 when the characters are not whole tokens)."""
    return 0 if tokens is None else tokens[1] - tokens[0]


def _body_of(r: Reader, previous: Row, org: Org) -> str | None:
    """The body (某大学) whose unit ``org`` is (土木工程学院), when the chain's previous title is at
    one of its units and ``org`` names no body or place of its own (body_units.tsv)."""
    if previous.org is None:
        return None
    tokens = r.table.token_range(org.start, org.end)
    if tokens is None or any(r.ents[k] == "LOC" for k in range(*tokens)):
        return None
    if org.text.startswith((*place_starts(), *org_prefixes())):
        return None
    for body_end, word, kind in body_units():
        if kind != "unit" or not org.text.endswith(word) or len(org.text) <= len(word):
            continue
        if body_end in org.text:
            continue
        # Only after a unit of the body (某大学某系主任、某学院院长): after the body itself
        # (某大学教授、某学院院长) the college may be another institution.
        parent = previous.parent
        # 海川大学…、海川职业技术学院: a name opening like the body's own names a place of its own.
        if parent is not None and parent.endswith(body_end) and not org.text.startswith(parent[:2]):
            return parent
    return None


def _field_unit(r: Reader, org: Org) -> bool:
    """云计算/nz 业务: a field word the model took for a name, before a unit suffix, is a unit of the
    chain's body (某集团副总裁、云计算业务总裁), not an organisation of its own."""
    tokens = r.table.token_range(org.start, org.end)
    if tokens is None or suffix_kind(org.text) != "unit":
        return False
    return all(r.ents[k] not in {"ORG", "LOC", "PER"} for k in range(*tokens))


def named(segment: Segment, org: Org) -> Row:
    """The row of a segment at an organisation named in full (a short form expanded)."""
    full, short = expand(org.text)
    return Row(
        BLANK,
        segment.title,
        (segment.title_start, segment.title_end),
        full,
        (org.start, org.end),
        parent_of(full),
        short,
    )
