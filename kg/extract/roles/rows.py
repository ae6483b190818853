"""The ``rows`` constructions: every source of membership rows in one sentence, run in table order."""

from __future__ import annotations

from collections.abc import Iterator

from kg.extract.roles.chains import chains, listed_org, resolve
from kg.extract.roles.names import name_at
from kg.extract.roles.orgs import expand, parent_of
from kg.extract.roles.reader import Reader
from kg.extract.roles.records import Name, Row, Segment
from kg.extract.roles.time import AFTER, VERB, left_time, row_time, stated_time, verb_time, word_time
from kg.extract.roles.words import (
    BY,
    CLAUSE_END,
    COUNT_AFTER,
    COUNT_BEFORE,
    LEAVE,
    OF,
    SPACED_CLAUSE_END,
    appointment,
    book_outlet,
    clean,
    dateline,
    editor_titles,
    kind_word,
    kind_words,
    list_tail,
    outlet_short_forms,
    references,
)
from kg.nlp.components import ORG
from kg.nlp.tokens import SpanRow


def chain_rows(r: Reader, used: set[int]) -> Iterator[Row]:
    """Title chains and their holders: one row per holder and segment (the holder constructions)."""
    listed: tuple[int, Row] | None = None  # (end of the last name, its last office row)
    for chain in chains(r, r.segments()):
        last = chain[-1][1]
        names, holder = r.held(chain)
        if not names:
            continue
        time = verb_time(r, chain, names) if holder is not None and holder.time == VERB else None
        if time is None:
            # what the holder construction (核准…任职资格) or a segment's (收到…的辞呈) states itself
            time = row_time(holder.time) if holder is not None else None
            time = stated_time(r, time or next((s.time for _, s in chain if s.time is not None), None))
        if time is None and holder is not None and holder.time == AFTER:
            time = left_time(r, names)  # 董事会秘书某某辞职: the post is left
        if last.kind == "credit" or (last.kind == "byline" and _label(r, chain[0][1], last)):
            # named, but no post at the outlet; a "记者：" question label of an interview
            # names no one
            used.update(name.start for name in names)
            continue
        resolved = resolve(r, chain, listed_org(r, chain, listed))
        if last.kind == "byline" and len(chain) == 1 and chain[0][1].org is None:
            resolved = [(s, _with_outlet(r, row)) for s, row in resolved]
        listed = None
        if resolved and resolved[-1][0].kind == "office" and resolved[-1][1].org is not None:
            listed = (names[-1].end, resolved[-1][1])
        for name in names:
            used.add(name.start)
            for _, row in resolved:
                yield Row(name, row.title, row.title_span, row.org, row.org_span, row.parent, row.short, time)


def _label(r: Reader, first: Segment, last: Segment) -> bool:
    """A label before a colon opening its line (记者：… in an interview, 摄影：某某), which names no
    one's post. "（记者：某某）" after 讯/电 stays a byline, and an editor's credit (责任编辑：某某,
    编辑：某某 审核：某某) is a post at the page's outlet, as ../shared/gold/extra annotates it."""
    pos = r.skip_spaces(last.title_end)
    if pos >= len(r.text) or r.text[pos] not in "：:" or last.title.endswith(editor_titles()):
        return False
    return not r.text[: first.start].strip(" \u3000\t")


def _with_outlet(r: Reader, row: Row) -> Row:
    """（记者 某某） right after 新华社北京3月5日电 or 某某日报讯: the reporter works for that outlet."""
    if row.title_span is None or row.org is not None:
        return row
    match = dateline().match(r.text, 0, row.title_span[0])
    if match is None:
        # 《瞭望东方周刊》记者 / 《百姓地产》杂志的主编 / 每经记者: an outlet written as a book title
        # (a periodical by its name or the word after it) or as a known short form.
        match = book_outlet().search(r.text, 0, row.title_span[0])
    if match is None:
        before = r.text[: row.title_span[0]]
        short = next((s for s in outlet_short_forms() if before.endswith(s)), None)
        if short is None:
            return row
        full, written = expand(short)
        start = row.title_span[0] - len(short)
        return Row(row.person, row.title, row.title_span, full, (start, start + len(short)), short=written)
    group = "org" if match["org"] else "named"
    if match[group] in references():
        return row
    return Row(row.person, row.title, row.title_span, match[group], match.span(group))


def org_name_rows(r: Reader, used: set[int]) -> Iterator[Row]:
    """某研究院张三、某大学李四: an organisation directly before a name, in a 、 list."""
    for span in r.orgs:
        if span.label != ORG or span.end_char in r.title_starts:
            continue
        token = r.by_start.get(span.end_char)
        if token is None or r.ents[token] != "PER" or r.starts[token] in used:
            continue
        name = name_at(r, r.starts[token])
        if name is None:
            continue
        before = r.text[span.start_char - 1] if span.start_char > 0 else "，"
        after = r.text[name.end] if name.end < len(r.text) else ""
        if "、" not in (before, after):
            continue
        opener = r.by_end.get(span.start_char)
        if opener is not None and not (r.punct(opener) or r.tags[opener] in {"v", "p", "u", "c"}):
            continue
        full, short = expand(clean(span.text))
        yield Row(name, "", None, full, (span.start_char, span.end_char), parent_of(full), short)


def name_list_rows(r: Reader, used: set[int]) -> Iterator[Row]:
    """甲、乙及丙等多位院士: one shared title for a list of bare names, without organisation."""
    for span in r.titles:
        if (span.kb_id or "office") not in {"office", "honour"}:
            continue
        tail = list_tail().search(r.text, 0, span.start_char)
        if tail is None:
            continue
        names, pos = _listed_before(r, tail.start())
        opener = r.by_end.get(pos)
        if len(names) < 2 or (opener is not None and r.ends[opener] in {s.end_char for s in r.titles}):
            continue
        title = clean(span.text)
        for name in reversed(names):
            yield Row(name, title, (span.start_char, span.end_char), None, None)


def _listed_before(r: Reader, pos: int) -> tuple[list[Name], int]:
    """The bare names of a 、/和/及/与 list ending at ``pos``, last first, and where the list starts."""
    names: list[Name] = []
    while True:
        token = r.by_end.get(pos)
        if token is None or r.ents[token] != "PER":
            break
        name = name_at(r, r.starts[token])
        if name is None or name.end != pos:
            break
        names.append(name)
        pos = r.starts[token]
        if pos > 0 and r.text[pos - 1] in kind_words("list_join"):
            pos -= 1
            continue
        break
    return names, pos


def founder_rows(r: Reader, used: set[int]) -> Iterator[Row]:
    """张三创办了某公司 / 张三与李四共同创立了某集团 / 张三2003年创立的某集团: the founders of the
    organisation span right after the verb (of 了 or 的, a quote between), never of a phrase that is
    no organisation span. A founder may hold other posts too, so the names other rows
    used are read again."""
    for span in r.orgs:
        if span.label != ORG or _described(r, span):
            continue
        pos = span.start_char
        if r.text.endswith(kind_words("found_quote"), 0, pos):
            pos -= 1  # 创建了“某某工作室”
        if r.text.endswith((OF, kind_word("found_aspect")), 0, pos):
            pos -= 1
        verb = next((v for v in kind_words("found") if r.text.endswith(v, 0, pos)), None)
        if verb is None or (pos - len(verb)) not in r.by_start:
            continue
        for name in _founders(r, pos - len(verb))[0]:
            yield _founder_row(r, name, span)


def founded_by_rows(r: Reader, used: set[int]) -> Iterator[Row]:
    """某公司（简称某某）是由张三和李四以及王五三人一起创立的 / 某公司…，由张三在1963年创立: the span
    opening the sentence, founded by the names 由 introduces, when the verb ends its clause."""
    opening = next((o for o in r.orgs if o.label == ORG and not r.text[: o.start_char].strip()), None)
    if opening is None:
        return
    for k, word in enumerate(r.words):
        if word not in kind_words("found") or r.starts[k] < opening.end_char:
            continue
        after = r.ends[k] + (1 if r.text.startswith(OF, r.ends[k]) else 0)
        if after < len(r.text) and r.text[after] not in CLAUSE_END:
            continue
        names, start = _founders(r, r.starts[k])
        by = r.by_end.get(_before_descriptors(r, start))
        if not names or by is None or r.words[by] != BY:
            continue
        if any(o.start_char > opening.end_char and o.end_char <= r.starts[by] for o in r.orgs):
            continue  # another organisation between: 由 may be about that one
        for name in names:
            yield _founder_row(r, name, opening)


def _described(r: Reader, span: SpanRow) -> bool:
    """全国第一所私立医学院: a span with a numeral in it describes an organisation, it names none."""
    tokens = r.table.token_range(span.start_char, span.end_char)
    return tokens is not None and tokens[1] - tokens[0] > 1 and any(r.tags[k] == "m" for k in range(*tokens))


def _founder_row(r: Reader, name: Name, span: SpanRow) -> Row:
    full, short = expand(clean(span.text))
    span_chars = (span.start_char, span.end_char)
    return Row(name, kind_word("found_title"), None, full, span_chars, parent_of(full), short)


def _founders(r: Reader, pos: int) -> tuple[list[Name], int]:
    """The names before a founding verb at ``pos``, left to right, and where the first starts: the
    subject after its fillers (张三2003年辞职创办, 张三等人联合创办), and the names joined to it by
    与|和|以及|、, each perhaps with words that describe it (与另一位联合创始人李四一起创立)."""
    pos = _before_fillers(r, pos, kind_words("found_filler"))
    names: list[Name] = []
    while True:
        token = r.by_end.get(pos)
        if token is None or r.ents[token] != "PER":
            break
        name = name_at(r, r.starts[token], strict=False)
        if name is None or name.end != pos:
            break
        names.append(name)
        before = _before_descriptors(r, name.start)
        join = next((j for j in kind_words("found_join") if r.text.endswith(j, 0, before)), None)
        if join is None or (before - len(join)) not in r.by_end:
            break
        pos = before - len(join)
    start = names[-1].start if names else pos
    return names[::-1], start


def _before_descriptors(r: Reader, pos: int) -> int:
    """Back over the words that describe a name before it (另一位联合创始人, 他的师弟, 晚清军政重臣):
    no verb, name, punctuation but 、, or joining word; at most a few tokens."""
    k = r.by_end.get(pos)
    steps = 0
    while k is not None and k >= 0 and steps < 8:
        word, tag = r.words[k], r.tags[k]
        joins_names = word in kind_words("found_join") and k > 0 and r.ents[k - 1] == "PER"
        if r.ents[k] == "PER" or joins_names or word == BY or tag in {"v", "p", "c", "d"}:
            break  # 教育家、实业家某某: a 、 between two descriptions is no join of names
        if r.punct(k) and word != "、":
            break
        pos, k, steps = r.starts[k], k - 1, steps + 1
    return pos


def _before_fillers(r: Reader, pos: int, fillers: tuple[str, ...]) -> int:
    """Back over time words and ``fillers`` that end at ``pos`` (a token boundary)."""
    while pos > 0:
        token = r.by_end.get(pos)
        if token is not None and r.tags[token] == "TIME":
            pos = r.starts[token]
            continue
        if token is not None and r.ents[token] == "LOC" and r.text.endswith(fillers, 0, r.starts[token]):
            pos = r.starts[token]  # 某某1865年在上海创办: a place after 在
            continue
        word = next((w for w in fillers if r.text.endswith(w, 0, pos) and pos - len(w) in r.by_start), None)
        if word is None:
            return pos
        pos -= len(word)
    return pos


def count_list_rows(r: Reader, used: set[int]) -> Iterator[Row]:
    """中国某某拟聘任5名执行副总裁，分别是现任甲公司总监A、B…: a trigger, a count and a title, then
    the list of names; each listed name gets the title, at the last organisation named before the
    trigger (the appointing body), when the list has as many names as the count says."""
    for span in r.titles:
        if (span.kb_id or "office") != "office":
            continue
        count = COUNT_BEFORE.search(r.text, 0, span.start_char)
        opening = COUNT_AFTER.match(r.text[span.end_char :])
        if count is None or opening is None:
            continue
        head = r.text[: count.start()]
        trigger = next((t for t in appointment().get("trigger", ()) if head.endswith(t)), None)
        if trigger is None:
            continue
        end = _clause_end(r.text, span.end_char + opening.end())
        names = _listed_names(r, span.end_char + opening.end(), end)
        if len(names) < 2 or _number(count["count"]) not in {None, len(names)}:
            continue
        org = _appointing_body(r, len(head) - len(trigger))
        title = clean(span.text)
        where = (span.start_char, span.end_char)
        full, short = expand(clean(org.text)) if org is not None else (None, None)
        # 拟聘任: designated; 聘任: current from the article's date
        time = stated_time(r, word_time(r.text, len(head)))
        for name in names:
            if org is None or full is None:
                yield Row(name, title, where, None, None, time=time)
            else:
                span_chars = (org.start_char, org.end_char)
                yield Row(name, title, where, full, span_chars, parent_of(full), short, time)


def _clause_end(text: str, start: int, marks: str = "。；;！？!?") -> int:
    ends = [k for k in (text.find(c, start) for c in marks) if k >= 0]
    return min(ends, default=len(text))


def _listed_names(r: Reader, start: int, end: int) -> list[Name]:
    """The person names written between two offsets, in order (each may follow its own title)."""
    names: list[Name] = []
    for k, word_start in enumerate(r.starts):
        if start <= word_start < end and r.ents[k] == "PER":
            name = name_at(r, word_start, strict=False)
            if name is not None and name.end <= end and all(n.text != name.text for n in names):
                names.append(name)
    return names


def _number(count: str) -> int | None:
    """5 / 五 / 十二 as a number (None for a count this does not read)."""
    if count.isdigit():
        return int(count)
    digits = kind_words("numeral")
    if len(count) == 1 and count in digits:
        return digits.index(count) + 1
    return None


def _appointing_body(r: Reader, pos: int) -> SpanRow | None:
    """The last organisation span before ``pos`` in the sentence that is not the organisation of a
    title written after it (中国某某高管选聘结果出炉，拟聘任…)."""
    before = [o for o in r.orgs if o.label == ORG and o.end_char <= pos and o.end_char not in r.title_starts]
    return before[-1] if before else None


def successor_rows(r: Reader, used: set[int]) -> Iterator[Row]:
    """某公司代理发言人甲将退休，乙接任 / 董事会秘书甲辞职 乙接任: the successor takes every post of
    the chain the leaving person holds, when the successor's clause is only the name (after a title of
    their own, if any) and 接任."""
    for chain in chains(r, r.segments()):
        names = r.holders(chain)
        if len(names) != 1:
            continue
        leaving = LEAVE.match(r.text, names[0].end)
        successor = _successor(r, leaving.end()) if leaving is not None else None
        if successor is None:
            continue
        for _, row in resolve(r, chain):
            yield Row(successor, row.title, row.title_span, row.org, row.org_span, row.parent, row.short)


def _successor(r: Reader, pos: int) -> Name | None:
    """The name right before 接任 closing the clause that starts at ``pos`` (a title may precede it)."""
    take = kind_word("succeed")
    end = _clause_end(r.text, pos, SPACED_CLAUSE_END)
    start = end - len(take)
    if start <= pos or not r.text.startswith(take, start):
        return None
    token = r.by_end.get(start)
    if token is None or r.ents[token] != "PER":
        return None
    name = name_at(r, r.starts[token], strict=False)
    if name is None or name.end != start:
        return None
    if any(r.ents[k] == "PER" for k in range(len(r.words)) if pos <= r.starts[k] < name.start):
        return None
    titled = name.start in {s.end_char for s in r.titles}
    return name if name.start == pos or titled else None
