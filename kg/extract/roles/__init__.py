"""Person–title–organisation memberships stated by one sentence.

Reads the "titles" and "orgs" span groups of the rule components (kg/nlp/components.py)
and the LAC person entities, and recognises how Chinese news writes who holds which post. Each
way is a row of the constructions table (kg/extract/roles/constructions.py), tried in table order
by the reader (reader.py):

- ORG TITLE NAME, with the title's modifiers and field words (SAP全球副总裁骆才,
  联通数字科技有限公司数字化转型首席专家杨海明);
- chains of ORG TITLE segments joined by 、 or 兼 before one name, where a shortened unit gets the
  organisation of the segment before it back (小米集团手机部副总裁、智能制造部总经理许多 →
  小米集团智能制造部), and a segment without organisation inherits it (创始人兼首席执行官);
- name-first forms (张三，某公司总经理。 / 张三（某大学教授）), ORG NAME lists without a title
  (某研究院张三、某大学李四), bare name lists with a shared title (甲、乙等多位院士), bylines
  (（某日报记者 甲 乙）, 责任编辑：甲).

Precision comes first: a title that no organisation, boundary or name frames yields nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from kg.extract.roles.constructions import CONSTRUCTIONS
from kg.extract.roles.issuer import full_issuer, issuer_of
from kg.extract.roles.names import addressed_by_title, strip_address, strip_honour, withheld
from kg.extract.roles.orgs import expand, is_named, parent_of, rebuild
from kg.extract.roles.reader import Reader
from kg.extract.roles.records import Name, RoleMentions, Row, Time
from kg.extract.roles.short_forms import defined_short_forms
from kg.extract.roles.time import END, START, title_time
from kg.extract.roles.words import appointment, clean, references
from kg.extract.spans import doc_offsets, provenance
from kg.model import AliasMention, Document, Membership, OrgMention, Provenance, Sentence, Status
from kg.nlp.components import ORG, ORGS_KEY, TITLES_KEY, suffix_kind, title_lexicon
from kg.nlp.tokens import Parse

__all__ = [
    "RoleMentions",
    "addressed_by_title",
    "antecedent_of",
    "defined_short_forms",
    "expand",
    "extract_roles",
    "opens_with_pronoun",
    "parent_of",
    "rebuild",
    "strip_address",
    "strip_honour",
    "withheld",
]


def extract_roles(
    parse: Parse, sentence: Sentence, document: Document, antecedent: str | None = None
) -> RoleMentions:
    """Every membership the sentence states, with the organisations and short forms it used.

    ``antecedent`` is the one person the sentence before named, if it named exactly one: a 他/她
    opening this sentence with 历任/曾任 refers to that person (see :func:`antecedent_of`).
    """
    titles, org_spans = parse.group(TITLES_KEY), parse.group(ORGS_KEY)
    if not titles and not org_spans:
        return RoleMentions()  # every pattern starts from a title or an organisation
    labels = parse.table.ents
    # Without a title, only an organisation followed by a PER word states a membership.
    issuer, defined = _issuer_and_short_forms(document)
    reader = Reader(parse, CONSTRUCTIONS, defined, antecedent, issuer)
    rows = list(dict.fromkeys(reader.rows())) if titles or "PER" in labels else []
    if defined:
        rows = [_defined(row, defined) for row in rows]
    rows = [_unaddressed(_unit_in_title(row)) for row in rows]
    where = provenance(sentence)
    seen: set[tuple[str, str, str | None]] = set()
    memberships: list[Membership] = []
    orgs: dict[str, OrgMention] = {}
    aliases: dict[tuple[str, str], AliasMention] = {}
    for row in rows:
        key = (row.person.text, row.title, row.org)
        if key in seen:
            continue
        seen.add(key)
        memberships.append(_dated(_membership(row, sentence, where), row.time, document.date))
        if row.org is not None and row.org_span is not None and row.org not in orgs:
            orgs[row.org] = OrgMention(
                row.org, where, doc_offsets(sentence, *row.org_span), parent=row.parent
            )
        if row.short is not None and row.org is not None:
            aliases[(row.short, row.org)] = AliasMention(row.short, row.org, "org", where)
    for span in org_spans:
        name = clean(span.text)
        if span.label == ORG and name not in orgs and name not in references() and is_named(span, labels):
            full, short = expand(name)
            if full not in orgs:
                span_offsets = doc_offsets(sentence, span.start_char, span.end_char)
                orgs[full] = OrgMention(full, where, span_offsets, parent_of(full))
            if short is not None:
                aliases[(short, full)] = AliasMention(short, full, "org", where)
    return RoleMentions(tuple(memberships), tuple(orgs.values()), tuple(aliases.values()))


def _membership(row: Row, sentence: Sentence, where: Provenance) -> Membership:
    """The row as a membership of the document, its offsets the document's."""
    return Membership(
        person=row.person.text,
        title=row.title,
        org=row.org,
        provenance=where,
        person_span=doc_offsets(sentence, row.person.start, row.person.end),
        title_span=doc_offsets(sentence, *row.title_span) if row.title_span else None,
        org_span=doc_offsets(sentence, *row.org_span) if row.org_span else None,
        org_parent=row.parent,
    )


def _dated(membership: Membership, time: Time | None, date: dt.date | None) -> Membership:
    """The membership with its time: the title's own time word (原社长: former, role 社长), unless the
    verb its construction read says more than "holds" (辞去…职务: ended); the article's date is its
    start or end where the verb makes it one (聘任, 辞去), and no date is guessed where it has none."""
    word, status = title_time(membership.title)
    start = end = None
    if time is not None and (time.status is not Status.CURRENT or time.dated):
        status = time.status
        start = date if time.dated == START else None
        end = date if time.dated == END else None
    if not word and status is Status.CURRENT and start is None:
        return membership
    return replace(membership, status=status, time_word=word, start=start, end=end)


def _issuer_and_short_forms(document: Document) -> tuple[str | None, dict[str, str]]:
    """The issuer's full name and the short forms the article defines; the issuer's short name
    stands for its full name wherever it is written (普滤得财务负责人: kg/extract/roles/issuer.py)."""
    defined = defined_short_forms(document.text)
    written = issuer_of(document)
    if written is None:
        return None, defined
    issuer = full_issuer(written, document.text)
    return issuer, {written: issuer, **defined}


def _defined(row: Row, defined: dict[str, str]) -> Row:
    """A membership at a short form the article defined is one at the full name."""
    written = row.short or row.org
    if written is None or written not in defined or defined[written] == written:
        return row
    full = defined[written]
    return Row(row.person, row.title, row.title_span, full, row.org_span, parent_of(full), written)


def _unit_in_title(row: Row) -> Row:
    """某学院钢琴系主任: the model's title 系主任 starts with the unit the organisation before it
    ends in (钢琴 + 系), so the unit goes to the organisation (某学院钢琴系) and the title is 主任."""
    if (
        row.org is None
        or row.org_span is None
        or row.title_span is None
        or row.org_span[1] != row.title_span[0]
    ):
        return row
    unit, rest = row.title[:1], row.title[1:]
    if suffix_kind(unit) != "unit" or row.org.endswith(unit) or rest not in title_lexicon().heads:
        return row
    org = row.org + unit
    title_span = (row.title_span[0] + 1, row.title_span[1])
    return Row(
        row.person, rest, title_span, org, (row.org_span[0], row.org_span[1] + 1), parent_of(org), row.short
    )


def _unaddressed(row: Row) -> Row:
    """周建林先生/PER: the model kept the form of address on the name; the person is 周建林."""
    text = row.person.text
    for word in appointment().get("address", ()):
        if text.endswith(word) and len(text) - len(word) >= 2:
            person = Name(text[: -len(word)], row.person.start, row.person.end - len(word))
            return replace(row, person=person)
    return row


def opens_with_pronoun(parse: Parse) -> bool:
    """Whether the sentence opens with a pronoun that may stand for the one person named before."""
    texts = parse.table.texts
    # 现任某公司董事长。 after a résumé's sentence: no subject at all, the same person
    verbs = appointment()
    return bool(texts) and texts[0] in (*verbs.get("pronoun", ()), *verbs.get("career_open", ()))


def antecedent_of(parse: Parse, memberships: Sequence[Membership]) -> str | None:
    """The one person a sentence names (its PER words and membership persons, forms of address
    stripped), or None when it names none or several: what 他/她 opening the next sentence refers to."""
    names = {strip_address(clean(row.text)) for row in parse.ents() if row.label == "PER"}
    names |= {m.person for m in memberships}
    names = {n for n in names if len(n) >= 2}
    return next(iter(names)) if len(names) == 1 else None
