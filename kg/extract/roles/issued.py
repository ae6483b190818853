"""The ``segment`` constructions of announcements: titles that belong to the issuer (kg/extract/roles/
issuer.py) although no word of the sentence names it (公司副总裁, 董事会委任甲为首席财务官, 某某获委任为…,
公司董事会收到副总裁某某的辞呈). Each returns the segment, or None to let the next construction try.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.roles.holders import names_ending, skip_fillers
from kg.extract.roles.issuer import CODE_NOTE, issuer_words
from kg.extract.roles.names import surname_led
from kg.extract.roles.reader import Reader, Slot
from kg.extract.roles.records import ISSUER, Org, Segment
from kg.extract.roles.segments import bare_parts
from kg.extract.roles.words import appointment, clean, kind_words, region_unit_re
from kg.nlp.components import ORG, brands, is_latin, suffix_kind, title_lexicon
from kg.resources import load_lexicon


def issuer_title(r: Reader, slot: Slot) -> Segment | None:
    """聘任某某为公司副总裁: 公司 / 本行 in an announcement is its issuer, when it names exactly one."""
    i = slot.i
    if r.issuer is None:
        return None
    span = slot.span
    heads = title_lexicon().heads
    ref = next(
        (w for w in issuer_words()["ref"] if span.text.startswith(w) and span.text[len(w) :] in heads), None
    )
    if ref is not None:
        # 委任某某为公司秘书: the company secretary (公司秘书, titles.tsv) is the issuer's 秘书.
        start = span.start_char + len(ref)
        # 辞任公司的公司秘书职务: a 公司 before it is the same company, and opens the segment.
        opening = r.starts[i] if i >= 0 and r.words[i] in issuer_words()["ref"] else span.start_char
        org = Org(r.issuer, opening, start, ISSUER)
        return Segment(clean(span.text[len(ref) :]), slot.kind, start, span.end_char, org, org.start)
    if i < 0 or r.words[i] not in issuer_words()["ref"]:
        return None
    return _at_issuer(r, slot, Org(r.issuer, r.starts[i], r.ends[i], ISSUER))


def glued_issuer(r: Reader, slot: Slot) -> Segment | None:
    """聘任庄华为公司/ORG 总经理: the model read the appointee, 为 and 公司 as one organisation; the
    organisation is the 公司 at its end (the issuer, or none), the name the glued-subject row's."""
    o = slot.org_span
    if o is None or o.end - o.start != 1 or slot.scope_start != slot.span.start:
        return None
    ref = next((w for w in issuer_words()["ref"] if o.text.endswith(appointment()["named"][0] + w)), None)
    if ref is None or not r.text.endswith(appointment().get("trigger", ()), 0, o.start_char):
        return None
    name = o.text[: -len(ref) - 1]
    if not (2 <= len(name) <= 3 and surname_led(name)):
        return None
    start = o.end_char - len(ref)
    org = Org(r.issuer, start, o.end_char, ISSUER) if r.issuer is not None else None
    title = clean(r.text[r.starts[slot.span.start] : slot.span.end_char])
    return Segment(title, slot.kind, r.starts[slot.span.start], slot.span.end_char, org, start)


def appointer_title(r: Reader, slot: Slot) -> Segment | None:
    """某某（600123）聘任甲为副总经理 / 董事会委任甲、乙为首席财务官 / 某某：甲出任副总裁: the issuer
    or its board appoints, so the bare title is the issuer's (only where the document names exactly one)."""
    if r.issuer is None:
        return None
    i, title, title_start, _ = bare_parts(r, slot)
    passive = next((v for v in appointment().get("passive", ()) if r.text.endswith(v, 0, title_start)), None)
    if passive is not None:
        # 某某获委任为首席财务官 in an announcement: the issuer appoints, the sentence does not say so.
        names = names_ending(r, skip_fillers(r, title_start - len(passive)))
        if not names:
            return None
        org = Org(r.issuer, title_start, title_start, ISSUER)
        return Segment(title, slot.kind, title_start, slot.span.end_char, org, org.start)
    if i >= 1 and r.words[i] in appointment().get("take", ()):
        # 某某：甲出任副总裁 (a headline): the person the issuer's headline names takes the post.
        names = names_ending(r, r.starts[i])
        if not names or not _headline_of(r, r.text[: names[0].start]):
            return None
        org = Org(r.issuer, r.ends[i], r.ends[i], ISSUER)
        return Segment(title, slot.kind, title_start, slot.span.end_char, org, org.start)
    i = slot.i
    if i < 1 or r.words[i] not in appointment().get("named", ()):
        return None
    names = names_ending(r, r.starts[i])
    if not names:
        return None
    before = r.text[: names[0].start]
    trigger = next((t for t in appointment().get("trigger", ()) if before.endswith(t)), None)
    if trigger is None:
        return None
    appointer = re.split(r"[，。；;,！？!?]", before[: -len(trigger)])[-1]
    for consent in issuer_words()["consent"]:
        appointer = appointer.removesuffix(consent)
    appointer = appointer.rstrip("：: ")  # 某银行：委任某某为财务总监 (a headline)
    if not CODE_NOTE.sub("", appointer).strip().endswith((*issuer_names(r), *issuer_words()["board"])):
        return None
    # No word of the sentence names the issuer here: the organisation is empty, right after 为.
    return _at_issuer(r, slot, Org(r.issuer, r.ends[i], r.ends[i], ISSUER))


def appointer_org(r: Reader, slot: Slot) -> Segment | None:
    """某科技任命甲为总裁 / 某公司委任甲为中国总裁 / …为亚太区总裁: a company that opens the clause and
    appoints someone to a bare title (a region before it is the post's scope, 区 a unit of the
    company's) names the title's organisation, announcement or not. A body that governs (国务院,
    某市委: an organisation suffix other than a company's, issuer_words.tsv ``company``) appoints to
    posts outside itself, and gives none."""
    title_at = slot.span.start
    k, region = title_at, ""
    for back in (2, 1):  # 中国区/LOC, 中国/LOC 区/n, or a bare region (中国) right before the title
        if title_at - back < 1:
            continue
        written = r.text[r.starts[title_at - back] : r.starts[title_at]]
        if region_unit_re().fullmatch(written) or (back == 1 and written in load_lexicon("region_units.tsv")):
            k, region = title_at - back, written
            break
    i = k - 1
    if i < 1 or r.words[i] not in appointment().get("named", ()):
        return None
    names = names_ending(r, r.starts[i])
    if not names:
        return None
    before = r.text[: names[0].start]
    trigger = next((t for t in appointment().get("trigger", ()) if before.endswith(t)), None)
    at = r.by_end.get(len(before) - len(trigger)) if trigger is not None else None
    if at is None or not _company(r, at):
        return None
    appointer = r.words[at]
    title = clean(r.text[r.starts[title_at] : slot.span.end_char])
    if region_unit_re().fullmatch(region):
        org = Org(appointer + region, r.starts[at], r.ends[at], ORG)  # 某公司亚太区: its unit
    else:
        title = region + title  # 中国总裁: the company's post for a country
        org = Org(appointer, r.starts[at], r.ends[at], ORG)
    return Segment(title, slot.kind, r.starts[k], slot.span.end_char, org, r.starts[k])


def announcer_org(r: Reader, slot: Slot) -> Segment | None:
    """某科技宣布高级副总裁甲离职 / 字节/n 跳动/v 宣布副总裁甲…: a company (or a brand of brands.tsv) that
    opens its clause and announces, right before a title, speaks of its own officer; the verb is no
    field word of the title (宣布高级副总裁). A governing body that announces (证监会宣布…) names no
    organisation for the title."""
    title_at = slot.span.start
    verb = title_at - 1
    announce = (*issuer_words()["announce"], *issuer_words()["announce_clause"])
    if verb < 1 or r.words[verb] not in announce:
        return None
    before = r.starts[verb]
    at = r.by_end.get(before)
    org: Org | None = None
    if at is not None and r.ents[at] == ORG:
        if not _company(r, at):
            # 证监会宣布董事长某某…: a governing body announces about another body's officer.
            title = clean(r.text[r.starts[title_at] : slot.span.end_char])
            return Segment(title, slot.kind, r.starts[title_at], slot.span.end_char, None, r.starts[title_at])
        org = Org(r.words[at], r.starts[at], before, ORG)
    else:
        longest = sorted(brands(), key=len, reverse=True)
        brand = next((b for b in longest if r.text.endswith(b, 0, before)), None)
        start = before - len(brand) if brand is not None else -1
        if brand is not None and start in r.by_start and (start == 0 or r.text[start - 1] in "，,。；;：: "):
            org = Org(brand, start, before, ORG)
    if org is None:
        return None
    title = clean(r.text[r.starts[title_at] : slot.span.end_char])
    return Segment(title, slot.kind, r.starts[title_at], slot.span.end_char, org, org.start)


def _company(r: Reader, token: int) -> bool:
    """The token is a company the model tagged, opening its clause: named like a company or a brand
    (no organisation suffix at all, 霍尼韦尔, or a Latin name), never a governing body."""
    word = r.words[token]
    if r.ents[token] != ORG and not is_latin(word):
        return False
    if token > 0 and not (r.punct(token - 1) or r.space(token - 1)):
        return False
    return suffix_kind(word) is None or word.endswith(issuer_words()["company"])


def resignation(r: Reader, slot: Slot) -> Segment | None:
    """公司董事会近日收到副总裁某某女士的辞呈 / 董事会收到财务负责人某某递交的辞职报告: the issuer
    (or its board) receives the resignation of its own officer, so the bare title is the issuer's."""
    span = slot.span
    i = next((k for k in range(span.start - 1, slot.i, -1) if r.words[k] in kind_words("receive")), -1)
    if r.issuer is None or i < 1 or any(r.tags[k] in {"v", "vn"} for k in range(i + 1, span.start)):
        return None
    clause = re.split(r"[，。；;,！？!?]", r.text[: r.starts[i]])[-1]
    if not any(word in clause for word in (*issuer_words()["ref"], *issuer_words()["board"])):
        return None
    after = re.split(r"[，。；;,！？!?]", r.text[span.end_char :])[0]
    if not any(word in after for word in kind_words("resignation")):
        return None
    org = Org(r.issuer, r.ends[i], r.ends[i], ISSUER)
    return _at_issuer(r, replace(slot, scope_start=i + 1), org)


def announced(r: Reader, slot: Slot) -> Segment | None:
    """某某(00574-HK)公布，主席兼执行董事某某于6月18日离任: the issuer announces, and the bare title
    right after its clause is one of its own officers'."""
    i, title, title_start, _ = bare_parts(r, slot)
    if r.issuer is None or i < 1 or r.words[i] not in {"，", ","}:
        return None
    clause = CODE_NOTE.sub("", re.split(r"[，。；;,！？!?]", r.text[: r.starts[i]])[-1])
    verbs = (*issuer_words()["announce"], *issuer_words()["announce_clause"])
    if not any(clause.endswith(name + verb) for name in issuer_names(r) for verb in verbs):
        return None
    org = Org(r.issuer, title_start, title_start, ISSUER)
    return Segment(title, slot.kind, title_start, slot.span.end_char, org, org.start)


def _headline_of(r: Reader, before: str) -> bool:
    """某某：甲出任副总裁 / 某某：甲、乙任执行董事 丙任行政总裁: what stands before the names is the
    issuer and a colon, or that and earlier clauses of the headline, the last ending in a space."""
    written = CODE_NOTE.sub("", before).strip()
    opening = next((n for n in issuer_names(r) for c in "：:" if written.startswith(n + c)), None)
    if opening is None:
        return False
    if len(written) == len(opening) + 1:
        return True
    return before[-1:].isspace() and not any(o.label == ORG and o.start_char > len(opening) for o in r.orgs)


def issuer_names(r: Reader) -> tuple[str, ...]:
    """The issuer's names: its full name and how the document writes it (a key of ``defined``)."""
    if r.issuer is None:
        return ()
    return (r.issuer, *(short for short, full in r.defined.items() if full == r.issuer and short != full))


def _at_issuer(r: Reader, slot: Slot, org: Org) -> Segment:
    span = slot.span
    if slot.scope_start < span.start:  # 公司财务总监: the field words stay in the title (ref-field)
        title_start = r.starts[slot.scope_start]
        title = clean(r.text[title_start : span.end_char])
        return Segment(title, slot.kind, title_start, span.end_char, org, org.start)
    _, title, title_start, _ = bare_parts(r, slot)
    return Segment(title, slot.kind, title_start, span.end_char, org, org.start)
