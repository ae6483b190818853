"""The ``segment`` constructions: what organisation, if any, a title span has (ORG? TITLE).

Each function reads one way the organisation slot before a title is written and returns the
segment, or None to let the next construction of the table try.
"""

from __future__ import annotations

from kg.extract.roles.holders import skip_fillers
from kg.extract.roles.orgs import is_place, place_named
from kg.extract.roles.reader import Reader, Slot
from kg.extract.roles.records import Org, Segment
from kg.extract.roles.words import (
    BY,
    CJK_NAME,
    EDITION,
    LEADS,
    LINKS,
    OPENERS,
    ORDINAL,
    YEAR_PREFIX,
    appointment,
    clean,
    is_title,
    kind_word,
    kind_words,
    references,
    region_unit_re,
    surnames,
    title_head,
)
from kg.nlp.components import ORG, UNIT, suffix_kind
from kg.resources import load_groups, load_lexicon


def programme(r: Reader, slot: Slot) -> Segment | None:
    """某研究院载人飞船系统总设计师 / 探月工程总设计师: a programme's name opens the title
    (programme_titles.tsv); the body written before it, if any, is the organisation."""
    span, kind = slot.span, slot.kind
    groups = load_groups("programme_titles.tsv")
    end = span.start - 1
    if end < 1 or r.words[end] not in groups.get("end", ()):
        return None
    if title_head(clean(span.text)) not in groups.get("head", ()):
        return None
    k = end
    # Inside the organisation span the model read (某研究院载人/v 飞船系统), a verb is a programme word.
    named = next((o.start for o in r.orgs if o.start <= end < o.end), end)
    while k - 1 >= 0 and end - k < 4:
        p = k - 1
        if r.punct(p) or r.ents[p] in {"ORG", "PER"} or suffix_kind(r.words[p]) == "org":
            break
        if r.tags[p] not in {"n", "vn", "nz", "m", "a", "LOC"} and p < named:
            break
        k -= 1
    if k == end:
        return None  # 某研究院系统总设计师: no programme is named
    p = k - 1
    title_start = r.starts[k]
    title = clean(r.text[title_start : span.end_char])
    if p >= 0 and (r.ents[p] == "ORG" or suffix_kind(r.words[p]) == "org"):
        around = next((o for o in r.orgs if o.start <= p < o.end), None)
        start = around.start_char if around is not None else r.starts[p]
        org = Org(clean(r.text[start : r.ends[p]]), start, r.ends[p], ORG)
        return Segment(title, kind, title_start, span.end_char, org, org.start)
    if not r.opens(p):
        return None
    return Segment(title, kind, title_start, span.end_char, None, title_start)


def defined_short(r: Reader, slot: Slot) -> Segment | None:
    """周立和（星河智能创始人…）: a short form the article defines is an organisation."""
    span, scope_start = slot.span, slot.scope_start
    defined = r.defined_before(r.starts[scope_start]) if slot.org_span is None else None
    if defined is None and slot.org_span is None and 0 <= slot.i and r.ends[slot.i] < r.starts[scope_start]:
        defined = r.defined_before(r.ends[slot.i])  # 某某(03978.HK)非执行董事: past the stock code
    if defined is None and scope_start < span.start:
        # 临泉农/ORG 发/v 董事长: the model cut a defined short form (临泉农发) into a word and a
        # verb that read as a field word; the short form ends right at the title.
        defined = r.defined_before(span.start_char)
        if defined is not None and defined.start <= r.starts[scope_start]:
            scope_start = span.start
        else:
            defined = None
    return None if defined is None else _finish(r, slot, scope_start, defined)


def org_title(r: Reader, slot: Slot) -> Segment | None:
    """某公司 + 副总裁: an organisation span right before the title (and its field words)."""
    o = slot.org_span
    if o is None:
        return None
    return _finish(r, slot, slot.scope_start, Org(clean(o.text), o.start_char, o.end_char, o.label))


def region_unit(r: Reader, slot: Slot) -> Segment | None:
    """某公司全球副总裁、中国区/中国及东亚区总裁: a regional unit of the chain's body.

    中国/LOC 区/n 总经理 or 中国/LOC 及/c 东亚区/LOC 总裁 right after 、 or 兼: region_units.tsv.
    """
    title = slot.span.start
    end = r.starts[title]
    for k in range(title - 1, max(-1, title - 5), -1):
        if r.words[k] in LINKS or r.punct(k):
            break
        unit = r.text[r.starts[k] : end]
        if k > 0 and r.words[k - 1] in LINKS and region_unit_re().fullmatch(unit):
            return _finish(r, slot, slot.scope_start, Org(unit, r.starts[k], end, UNIT))
    return None


def place_title(r: Reader, slot: Slot) -> Segment | None:
    """广西壮族自治区/LOC 副主席: a place right before a title is the organisation (as 某市副市长);
    深圳市/LOC 南山区/LOC 副区长: the place it lies in, written right before it, is part of it."""
    i, words, ents = slot.i, r.words, r.ents
    if not (i == slot.span.start - 1 and ents[i] == "LOC" and is_place(words[i])):
        return None
    if region_unit_re().fullmatch(words[i]):
        return None  # 公司亚洲区/LOC 总裁: a company's regional unit, no district
    first = i - 1 if i > 0 and ents[i - 1] == "LOC" and is_place(words[i - 1]) else i
    if first < i and r.ends[first] != r.starts[i]:
        first = i
    written = Org(r.text[r.starts[first] : r.ends[i]], r.starts[first], r.ends[i], ORG)
    return _finish(r, slot, slot.scope_start, written)


def envoy(r: Reader, slot: Slot) -> Segment | None:
    """哈萨克斯坦/LOC 驻华/v 大使: an envoy's state is the organisation; 驻华 stays in the title."""
    i = slot.i
    if (
        i >= 0
        and i + 1 == slot.scope_start < slot.span.start
        and r.ents[i] == "LOC"
        and r.words[i + 1][:1] == kind_word("envoy")
    ):
        return _finish(r, slot, slot.scope_start, Org(r.words[i], r.starts[i], r.ends[i], ORG))
    return None


def place_body(r: Reader, slot: Slot) -> Segment | None:
    """时任市委/n 常委: a place's body written with its level only, which the model left untagged."""
    i = slot.i
    if i == slot.span.start - 1 and place_named(r.words[i]) and r.opens(i - 1):
        return _finish(r, slot, slot.scope_start, Org(r.words[i], r.starts[i], r.ends[i], UNIT))
    return None


def glued_unit(r: Reader, slot: Slot) -> Segment | None:
    """清华大学教授、自动化系主任: the lexicon head 系主任 swallowed the unit's suffix (自动化 + 系).

    Only right after 、 in a chain, where resolve() rebuilds the unit onto the organisation before.
    """
    span = slot.span
    i = span.start - 1
    first = r.text[span.start_char : span.start_char + 1]
    rest = clean(r.text[span.start_char + 1 : span.end_char])
    if suffix_kind(first) != "unit" or not is_title(rest):
        return None
    k = i
    while k >= 0 and i - k < 3 and not r.punct(k) and r.words[k] not in LINKS:
        k -= 1
    if k == i or k < 0 or r.words[k] != "、":
        return None
    if any(r.ents[j] == "PER" for j in range(k + 1, i + 1)):
        return None
    start, end = r.starts[k + 1], span.start_char + 1
    org = Org(r.text[start:end], start, end, UNIT)
    return Segment(clean(r.text[end : span.end_char]), slot.kind, end, span.end_char, org, org.start)


def ref_field(r: Reader, slot: Slot) -> Segment | None:
    """聘任某某为公司财务总监: field words after a word that points back stay in the title."""
    i, scope_start, span = slot.i, slot.scope_start, slot.span
    if not (scope_start < span.start and 0 <= i and r.words[i] in references()):
        return None
    org = Org(r.words[i], r.starts[i], r.ends[i], "REF")
    title = clean(r.text[r.starts[scope_start] : span.end_char])
    return Segment(title, slot.kind, r.starts[scope_start], span.end_char, org, org.start)


def linked_field(r: Reader, slot: Slot) -> Segment | None:
    """某银行副行长兼风险总监 / 某公司副总裁、投行业务负责人: field words right after 兼 or 、 stay in
    the title, which has no organisation of its own (the chain gives it the one before)."""
    i, scope_start, span = slot.i, slot.scope_start, slot.span
    if not (scope_start < span.start and 0 <= i == scope_start - 1 and r.words[i] in LINKS):
        return None
    if any(r.ents[k] in {"ORG", "LOC", "PER"} for k in range(scope_start, span.start)):
        return None
    title_start = r.starts[scope_start]
    return Segment(
        clean(r.text[title_start : span.end_char]), slot.kind, title_start, span.end_char, None, title_start
    )


def joined_org(r: Reader, slot: Slot) -> Segment | None:
    """某某2018年加入某基金管理有限公司，担任总经理 / 创办了某学校，担任校长: a bare title taken in
    the clause after one that joins or founds an organisation is a post there."""
    i, title, title_start, _ = bare_parts(r, slot)
    if i < 1 or r.words[i] not in appointment().get("take", ()):
        return None
    pos = skip_fillers(r, r.starts[i])
    if r.text[pos - 1 : pos] not in {"，", ","}:
        return None
    end = pos - 1
    region = r.by_end.get(end)  # 加盟某品牌中国/LOC，出任总经理: the brand's business in a country
    if region is not None and r.ents[region] == "LOC" and r.words[region] in load_lexicon("region_units.tsv"):
        end = r.starts[region]
    joined = next((o for o in r.orgs if o.label == ORG and o.end_char == end), None)
    if joined is None:
        return None
    before = r.text[: joined.start_char]
    if not before.endswith(kind_words("join")) and not before.endswith(kind_words("found")):
        return None
    org = Org(clean(r.text[joined.start_char : pos - 1]), joined.start_char, pos - 1, ORG)
    return Segment(title, slot.kind, title_start, slot.span.end_char, org, title_start)


def award(r: Reader, slot: Slot) -> Segment | None:
    """2007年图灵奖得主: an award names no organisation; the year before it is dropped."""
    if slot.kind != "award":
        return None
    _, title, title_start, _ = bare_parts(r, slot)
    return _award(slot, title, title_start)


def ref_title(r: Reader, slot: Slot) -> Segment | None:
    """该校副校长: a word that points back to a body; resolve() gives the title no organisation."""
    i, title, title_start, _ = bare_parts(r, slot)
    if i >= 0 and r.words[i] in references():
        org = Org(r.words[i], r.starts[i], r.ends[i], "REF")
        return Segment(title, slot.kind, title_start, slot.span.end_char, org, org.start)
    return None


def bare_title(r: Reader, slot: Slot) -> Segment | None:
    """由副市长某某主持: a title with no organisation must open a phrase."""
    i, title, title_start, dated = bare_parts(r, slot)
    words = r.words
    # 一职由副总经理某某担任: LAC glues 由 to the word before (职由/n); it still opens the phrase.
    glued_by = i >= 0 and len(words[i]) > 1 and words[i].endswith(BY)
    if i < 0 or r.tags[i] in OPENERS or r.punct(i) or words[i] in LINKS or glued_by:
        return Segment(
            title, slot.kind, title_start, slot.span.end_char, None, title_start - len(dated), dated
        )
    return None


def token_title(r: Reader, slot: Slot) -> Segment | None:
    """商汤/PER 联合创始人: a single word in the organisation slot, kept only in a chain. A
    three-character name led by a single surname (王广善/PER 总经理) is the person addressed."""
    i, title, title_start, _ = bare_parts(r, slot)
    words, tags = r.words, r.tags
    if i < 0 or not (r.ents[i] == "PER" or tags[i] == "nz"):
        return None
    person = len(words[i]) == 3 and CJK_NAME.match(words[i]) and words[i][0] in surnames()[0]
    if (i == 0 or r.punct(i - 1) or tags[i - 1] in {"v", "p"}) and not person:
        org = Org(clean(words[i]), r.starts[i], r.ends[i], "TOKEN")
        return Segment(title, slot.kind, title_start, slot.span.end_char, org, org.start)
    return None


# --- shared by the constructions above ---------------------------------------------------------


def _undated(title: str, title_start: int) -> tuple[str, int, str]:
    """时任副市长 / 海川集团现任总裁: the time word dates the post and is dropped, as before an org."""
    dropped = [w for w, kept in LEADS.items() if not kept]
    dated = next((w for w in dropped if title.startswith(w) and len(title) > len(w)), "")
    return title[len(dated) :], title_start + len(dated), dated


def bare_parts(r: Reader, slot: Slot) -> tuple[int, str, int, str]:
    """No organisation: field words stay outside, and the title must open a phrase.

    Returns the token before the title (past a bracket and a term), the title, its start and the
    dating word dropped from it.
    """
    span = slot.span
    i = r.skip_bracket(span.start - 1)
    if i > 0 and EDITION.fullmatch(r.words[i]):
        i -= 1
    title_start = r.starts[span.start]
    title, title_start, dated = _undated(clean(r.text[title_start : span.end_char]), title_start)
    return i, title, title_start, dated


def _award(slot: Slot, title: str, title_start: int) -> Segment:
    title = title.split(kind_word("year"), 1)[-1] if YEAR_PREFIX.match(title) else title
    return Segment(title, slot.kind, title_start, slot.span.end_char, None, title_start)


def _finish(r: Reader, slot: Slot, scope_start: int, written: Org) -> Segment:
    """The segment of a title whose organisation a construction found, with the organisation's
    ordinal, closing suffix, party committee and dating word settled."""
    span, kind = slot.span, slot.kind
    title_start = r.starts[scope_start]
    title, title_start, _ = _undated(clean(r.text[title_start : span.end_char]), title_start)
    if kind == "award":
        return _award(slot, title, title_start)
    if written.label == UNIT:
        k = r.by_end.get(written.start)
        if k is not None and ORDINAL.fullmatch(r.words[k]):
            # 第四/m 检察部/n: the ordinal names the unit (省检察院第四检察部).
            written = Org(r.words[k] + written.text, r.starts[k], written.end, UNIT)
    org, title, title_start = _closing(written, title, title_start)
    org, title, title_start = _party_committee(r, org, title, title_start)
    opening = r.by_start.get(org.start)
    mark = kind_word("former_mark")
    lone = opening is not None and r.words[opening] == mark and is_place(org.text[1:])
    former = org.text.startswith(mark) and not org.text.startswith(kind_words("not_former"))
    if former and (suffix_kind(org.text[1:]) or lone):
        # 原/ORG 省检察院/ORG merged into one span: 原 dates the title (原副检察长 @ 省检察院);
        # 原/a 海川市/LOC too, where 原 is a word of its own (原平市/LOC is a city).
        org = Org(org.text[1:], org.start + 1, org.end, org.label)
        return Segment(mark + title, kind, title_start, span.end_char, org, org.start - 1, mark)
    lead = _lead(r, org.start)
    if lead is not None:
        word, start = lead
        return Segment(LEADS[word] + title, kind, title_start, span.end_char, org, start, word)
    return Segment(title, kind, title_start, span.end_char, org, org.start)


def _closing(org: Org, title: str, title_start: int) -> tuple[Org, str, int]:
    """The title's first character that closes the organisation's name."""
    # 埃及文化部长: the head's first character also closes the organisation (文化部 + 部长).
    joined = org.text + title[0]
    heads_office = (
        len(title) == 2 and title[1] == kind_word("head_final") and suffix_kind(title[0]) is not None
    )
    if heads_office and suffix_kind(org.text) is None and suffix_kind(joined):
        return Org(joined, org.start, org.end + 1, org.label), title, title_start
    dropped = next((w for w, kept in LEADS.items() if not kept and org.text.endswith(w)), "")
    if dropped and len(org.text) > len(dropped) + 1:
        # 广发银行时/ORG 任/v 董事长: the model glued 时任 onto the organisation; it dates the post.
        cut = org.end - len(dropped)
        return Org(org.text[: -len(dropped)], org.start, cut, org.label), title, title_start
    board = next((w for w in kind_words("board") if org.text.endswith(w)), "")
    if board and len(org.text) > len(board) + 1 and title_start == org.end and is_title(board + title):
        # 凤凰卫视董事局/ORG 主席: the board is the title's (董事局主席 @ 凤凰卫视), not an organisation
        cut = org.end - len(board)
        return Org(org.text[: -len(board)], org.start, cut, org.label), board + title, cut
    doubled = org.text[-1:]
    if len(org.text) > 2 and org.text[-2:] == doubled * 2 and suffix_kind(doubled) == "unit":
        # 经济/n 系系/n 主任: the model glued the unit's suffix to the 系 of 系主任 (经济系 + 主任).
        return Org(org.text[:-1], org.start, org.end - 1, org.label), title, title_start
    if suffix_kind(title[0]) == "unit" and is_title(title[1:]) and suffix_kind(org.text) is None:
        # 同济大学桥梁工程 + 系主任: the unit's suffix closes the organisation (…工程系 + 主任).
        return Org(joined, org.start, org.end + 1, org.label), title[1:], title_start + 1
    return org, title, title_start


def _party_committee(r: Reader, org: Org, title: str, title_start: int) -> tuple[Org, str, int]:
    """Where 党委/党组 between an organisation and a title belongs (party_committees.tsv).

    某集团党委/ORG 副书记 → (党委副书记, 某集团); 广西壮族自治区/ORG 党委副书记 → (副书记, 某自治区党委).
    """
    kinds = load_groups("party_committees.tsv")
    for word in kinds.get("committee", ()):
        rest = org.text[: -len(word)]
        if org.text.endswith(word) and len(rest) >= 2 and not is_place(rest) and title_start == org.end:
            cut = org.end - len(word)
            return Org(rest, org.start, cut, org.label), word + title, cut
    for word in kinds.get("regional", ()):
        if title.startswith(word) and len(title) > len(word) and is_place(org.text):
            if title_start == org.end and r.text.startswith(word, org.end):
                joined = Org(org.text + word, org.start, org.end + len(word), org.label)
                return joined, title[len(word) :], title_start + len(word)
    return org, title, title_start


def _lead(r: Reader, org_start: int) -> tuple[str, int] | None:
    """原/前/时任/现任 opening the phrase right before an organisation: (word, its start)."""
    k = r.by_end.get(org_start)
    if k is None or r.words[k] not in LEADS:
        return None
    before = k - 1
    opens = before < 0 or r.punct(before) or r.words[before] in LINKS
    opens = opens or r.tags[before] in {"p", "TIME", "m"}
    return (r.words[k], r.starts[k]) if opens else None
