"""The ``segment`` constructions of a bare head's title read from what stands around it: the
organisation that opens the sentence (topic-title: 某大学举行典礼，校长某某致辞), the one a word pointing
back names (ref-antecedent: 交通银行……该行董事长某某) and a name right before the title (named-title:
某公司某某董事长亲临)."""

from __future__ import annotations

from kg.extract.roles.names import addressed_name
from kg.extract.roles.reader import Reader, Slot
from kg.extract.roles.records import Org, Segment
from kg.extract.roles.segments import bare_parts, bare_title
from kg.extract.roles.words import LINKS, clean, kind_word, reference_kinds, topic_titles
from kg.nlp.components import ORG, suffix_kind
from kg.nlp.tokens import SpanRow


def topic_title(r: Reader, slot: Slot) -> Segment | None:
    """某大学举行开学典礼，校长某某致辞 / 某集团在董事长某某的带领下: a bare head's title in a sentence
    that the organisation it heads opens, with no other organisation named before the title
    (topic_titles.tsv); the organisation is never guessed beyond that."""
    found = bare_title(r, slot)
    if found is None or slot.kind != "office":
        return None
    # a unit word heading no title (地处/UNIT: 处 read as an office) names no other organisation,
    # and the topic written again is still the topic
    before = [o for o in r.orgs if o.end_char <= found.title_start and _names_body(r, o)]
    if not before or before[0].label != ORG:
        return None
    if any(clean(o.text) != clean(before[0].text) for o in before[1:]):
        return None
    topic = before[0]
    if any(r.slot(t).org_span == topic for t in r.titles):
        return None  # 某集团总经理一职由副总经理某某担任: the organisation is a title's, not the topic
    opening = r.by_start.get(topic.start_char)
    if opening is None or not all(r.punct(k) or r.space(k) or r.tags[k] == "TIME" for k in range(opening)):
        return None  # only time words and punctuation before the organisation
    name = clean(topic.text)
    if not any(found.title.endswith(t) and name.endswith(o) for t, o in topic_titles()):
        return None
    org = Org(name, topic.start_char, topic.end_char, ORG)
    return Segment(found.title, slot.kind, found.title_start, found.title_end, org, found.start)


def _names_body(r: Reader, org: SpanRow) -> bool:
    """An organisation span that names a body: an ORG, or a unit heading a title."""
    return org.label == ORG or org.end_char in r.title_starts


def ref_antecedent(r: Reader, slot: Slot) -> Segment | None:
    """交通银行……，该行党委书记、董事长某某 / 某公司成立于2016年，公司创始人某某: a word pointing back, then
    a title, is a post at the one organisation of its kind the sentence names before the word
    (reference_kinds.tsv), when no other word of that kind stands between them (加入了一家新公司，公司总裁
    points to the new one, which is unnamed); otherwise ref-title leaves it without organisation."""
    i, title, title_start, dated = bare_parts(r, slot)
    endings = reference_kinds().get(r.words[i]) if i >= 0 else None
    if not endings or dated:
        return None
    named = [
        o for o in r.orgs if o.label == ORG and o.end_char <= r.starts[i] and clean(o.text).endswith(endings)
    ]
    if not named or any(clean(o.text) != clean(named[-1].text) for o in named):
        return None
    last = named[-1]
    between = r.text[last.end_char : r.starts[i]]
    if any(ending[-2:] in between for ending in endings):
        return None
    org = Org(clean(last.text), last.start_char, last.end_char, ORG)
    return Segment(title, slot.kind, title_start, slot.span.end_char, org, r.starts[i])


def named_title(r: Reader, slot: Slot) -> Segment | None:
    """某某校长为核心 / 某公司某某董事长亲临现场 / 傅某总裁应邀出席: a name right before an office's title,
    with no name after it, is the holder addressed by the title; an organisation span right before
    the name is the title's (holders.name_before reads the name)."""
    i, title, title_start, dated = bare_parts(r, slot)
    if i < 0 or slot.kind != "office" or dated or r.ents[i] != "PER" or r.ends[i] != title_start:
        return None
    if title.endswith(kind_word("found_title")):
        return None  # 商汤/PER 联合创始人: a brand the model took for a name founds nothing
    if any(t.end_char == r.starts[i] for t in r.titles):
        return None  # 某网董事长张炎大使对…: the name holds the title before it (holders.after_title)
    name = addressed_name(r, i)
    pos = r.skip_spaces(slot.span.end_char)
    after = r.by_start.get(pos)
    if name is None or (after is not None and r.ents[after] == "PER") or r.text.startswith(tuple(LINKS), pos):
        return None  # a name after the title holds it; a chain goes on after a 、
    org_span = next((o for o in r.orgs if o.end_char == name.start and o.label == ORG), None)
    if org_span is None:
        return Segment(title, slot.kind, title_start, slot.span.end_char, None, title_start)
    if suffix_kind(org_span.text) != "org" and len(org_span.text) < 4:
        return None  # 别克/ORG 穆拉托夫/PER 大使: a short word the model took for a brand may be the name's
    org = Org(org_span.text, org_span.start_char, org_span.end_char, ORG)
    return Segment(title, slot.kind, title_start, slot.span.end_char, org, org.start)


def stacked_title(r: Reader, slot: Slot) -> Segment | None:
    """某中学党委书记校长 / 某公司董事总经理: a title written right after another, with nothing between,
    is a post of its own; chains.chains joins it to the one before as after a 、."""
    i, title, title_start, dated = bare_parts(r, slot)
    if i < 0 or dated or r.ends[i] != title_start or r.ends[i] not in {s.end_char for s in r.titles}:
        return None
    return Segment(title, slot.kind, title_start, slot.span.end_char, None, title_start)
