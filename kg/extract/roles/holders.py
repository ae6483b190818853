"""The ``holder`` and ``subject`` constructions: who holds the posts of a chain.

A holder construction reads a chain and returns the people it names (empty: let the next one try);
``appointed`` asks the ``subject`` constructions who stands before an appointment verb.
"""

from __future__ import annotations

import re

from kg.extract.roles import names as named
from kg.extract.roles.names import looks_like_name, name_at, names_after, strip_address, surname_led
from kg.extract.roles.reader import Reader, past_dated_lead
from kg.extract.roles.records import Chain, Name
from kg.extract.roles.words import (
    BY,
    CJK_NAME,
    CLAUSE_END,
    CLAUSE_OPENERS,
    DATED,
    ETC,
    LISTED_COUNT,
    OF,
    RANK_NOTE,
    REASON,
    RESUME,
    RESUME_BORN,
    RESUME_CLAUSE,
    RESUME_MARK,
    appointment,
    is_title,
    kind_words,
)
from kg.resources import load_lexicon


def after_title(r: Reader, chain: Chain) -> list[Name]:
    """某公司总经理张三: the name (or, after a byline, the names) right after the chain's last title."""
    first, last = chain[0][1], chain[-1][1]
    if r.text.startswith("\u3000\u3000", last.title_end):
        return []  # ——某某　某集团董事长　　某某…: two wide spaces end a caption, the next name starts a line
    names = names_after(r, last.title_end, last.kind) or named.before_clause_title(r, last.title_end)
    if names and last.kind == "office" and r.text[last.title_end : names[0].start].isspace():
        # 某某：甲任执行董事 乙任行政总裁: a headline's space after a post someone takes ends a clause.
        k = r.by_end.get(first.start)
        if k is not None and r.words[k] in appointment().get("take", ()):
            return []
    return names


def dated_of(r: Reader, chain: Chain) -> list[Name]:
    """时任某厅厅长的王某 / 作为某集团董事长的王某: a dated or held post, 的, then its holder."""
    first, last = chain[0][1], chain[-1][1]
    dated = first.lead in DATED or _holding(r, first.start)
    if dated and r.text.startswith(OF, last.title_end):
        return names_after(r, last.title_end + 1, last.kind)
    if _holding(r, first.start, "as") and r.text[last.title_end : last.title_end + 1] in {"，", ","}:
        return names_after(r, last.title_end + 1, last.kind)  # 作为某集团董事长，王某…: the subject
    return []


def _holding(r: Reader, start: int, *kinds: str) -> bool:
    """作为/身为/担任/曾任 right before a chain: "作为某集团董事长的王某" names the holder after 的
    (appointment_verbs.tsv: as, take; or only the kinds given)."""
    k = r.by_end.get(start)
    verbs = appointment()
    return k is not None and r.words[k] in {
        w for kind in kinds or ("as", "take") for w in verbs.get(kind, ())
    }


def name_first(r: Reader, chain: Chain) -> list[Name]:
    """张三，某公司总经理。 / 张三（某大学教授） / 张三职务：某公司董事长: the name before the chain."""
    first, last = chain[0][1], chain[-1][1]
    before = first.start - 1
    while before >= 0 and r.text[before] in " \u3000":
        before -= 1
    if before < 1 or r.text[before] not in "，,（(：:":
        return []
    after = r.skip_spaces(last.title_end)
    closing = r.text[after] if after < len(r.text) else ""
    if r.text[before] in "（(" and closing not in "）)":
        return []
    if r.text[before] in "，,：:" and closing not in {"，", "。", "；", ",", ";", ""}:
        return []
    if r.text[before] in "：:":
        # 某某：某公司董事长 / 某某职务：某公司董事长 (a card's line); the chain must have its organisation
        if first.org is None:
            return []
        label = next((w for w in kind_words("post_label") if r.text.endswith(w, 0, before)), "")
        before -= len(label)
    token = r.by_end.get(before)
    if token is None or r.ents[token] != "PER":
        return []
    name = name_at(r, r.starts[token], strict=r.text[before] in "，,（(")
    return [name] if name is not None and name.end == before else []


def appointed(r: Reader, chain: Chain) -> list[Name]:
    """The people a sentence appoints to, elects to or removes from a chain with no name after it.

    周立民任某集团董事长、党委书记 / 陈某2018年起担任某公司董事长 / 选举甲、乙为某银行独立董事 /
    董事会秘书由副行长刘龙担任 / 免去某某的某部主任职务 (appointment_verbs.tsv). A removal states
    the post too, as 时任 does.
    """
    verbs = appointment()
    first, last = chain[0][1], chain[-1][1]
    if last.kind not in {"office", "honour"}:
        return []
    after = r.text[last.title_end :]
    post = next((w for w in verbs.get("post", ()) if after.startswith(w)), "")
    rest = RANK_NOTE.sub("", after[len(post) :])  # 任命某某为某委员会副主任（正部长级）；
    if rest.startswith(BY):
        return _taken_by(r, last.title_end + len(post) + 1)
    if rest and rest[0] not in CLAUSE_END and not rest[0].isspace():  # a headline's space ends it too
        return []
    head = past_dated_lead(r.text[: first.start])  # 任命甲为新任某公司COO: the verb is 为
    if first.lead in DATED:
        # 李强时任某集团总裁。 / 某某，男，…，现任某集团总裁。 (the lead is the verb of a résumé clause)
        pos = skip_fillers(r, len(head))
        return names_ending(r, pos) or r.subjects(pos, first.lead)
    if head.endswith(OF) or post:  # 免去某某(的)某部主任职务: the 的 may be left out
        names = names_ending(r, len(head) - 1 if head.endswith(OF) else len(head)) if post else []
        removed = names and r.text[: names[0].start].endswith(verbs.get("removed", ()))
        if removed or head.endswith(OF):
            return names if removed else []
    if len(head) in {s.end_char for s in r.titles}:
        return []  # 主任 + 某公司…: the 任 closes a title, it is no verb
    verb = next((v for v in (*verbs.get("take", ()), *verbs.get("named", ())) if head.endswith(v)), None)
    if verb is None:
        return []
    names = r.subjects(skip_fillers(r, len(head) - len(verb)), verb)
    if names and verb in verbs.get("named", ()):
        clause = re.split(r"[。；;！？!?]", r.text[: names[0].start])[-1]
        if not any(word in clause for word in verbs.get("trigger", ())):
            return []
    return names


def changed(r: Reader, chain: Chain) -> list[Name]:
    """某某博士由公司执行副主席兼总经理改任为公司执行副主席兼行政总裁: both chains of a clause
    "NAME 由 CHAIN 改任为 CHAIN" are the person's (the first one ended, the second taken)."""
    first, last = chain[0][1], chain[-1][1]
    if last.kind != "office":
        return []
    start = max(r.text.rfind(c, 0, first.start) for c in CLAUSE_OPENERS | {"。"}) + 1
    end = _clause_stop(r.text, last.title_end)
    by = r.text.find(BY, start, first.start + 1)
    verbs = appointment().get("change", ())
    if by < 0 or not any(v in r.text[by:end] for v in verbs):
        return []
    if any(r.ents[k] == "PER" for k in _tokens(r, by, end)):
        return []
    return names_ending(r, skip_fillers(r, by))


def approved(r: Reader, chain: Chain) -> list[Name]:
    """某监管局核准某某某公司总经理任职资格: the regulator approves the named person for the chain's post."""
    first, last = chain[0][1], chain[-1][1]
    if not r.text.startswith(kind_words("qualification"), last.title_end):
        return []
    names = names_ending(r, first.start)
    if len(names) != 1 or not r.text[: names[0].start].endswith(kind_words("approve")):
        return []
    return names


def _clause_stop(text: str, start: int) -> int:
    ends = [k for k in (text.find(c, start) for c in "，,。；;！？!?") if k >= 0]
    return min(ends, default=len(text))


def resume_list(r: Reader, chain: Chain) -> list[Name]:
    """某某，男，…，曾任甲公司董事长，乙公司总经理，现任…: a clause that is only posts at an organisation,
    after a résumé clause of posts, continues it: the posts are the résumé subject's too. The clauses
    before it are walked back to the career verb that opens the run (none: no one)."""
    first, last = chain[0][1], chain[-1][1]
    if first.org is None or first.lead or last.kind not in {"office", "honour"}:
        return []
    closing = r.text[last.title_end : last.title_end + 1]
    if closing and closing not in CLAUSE_END or r.text[first.start - 1 : first.start] not in RESUME_CLAUSE:
        return []
    title_ends = {s.end_char for s in r.titles}
    org_starts = {o.start_char for o in r.orgs}
    end = first.start - 1
    while end > 0 and end in title_ends:  # the clause before ends in a post
        start = max(r.text.rfind(c, 0, end) for c in RESUME_CLAUSE) + 1
        opening = _career_verb(r, start)
        if opening is not None:
            return r.subjects(start, opening)
        if start not in org_starts or start == 0:
            return []
        end = start - 1
    return []


def _career_verb(r: Reader, start: int) -> str | None:
    """The take verb opening the clause at ``start``, after its fillers (同时任, 曾任)."""
    fillers = appointment().get("filler", ())
    pos = start
    while (word := next((w for w in fillers if r.text.startswith(w, pos)), None)) is not None:
        pos += len(word)
    verbs = sorted(appointment().get("take", ()), key=len, reverse=True)
    return next((v for v in verbs if r.text.startswith(v, pos)), None)


def listed_subject(r: Reader, pos: int, verb: str) -> list[Name]:
    """周立民任… / 甲、乙等7人当选为…: the name or list of names right before the verb."""
    return names_ending(r, pos)


def resume_subject(r: Reader, pos: int, verb: str) -> list[Name]:
    """某某，男，1968年出生，…，曾任某大学院长 / 某某先生，现任… / 某某（1963年—），历任…：a résumé
    sentence is about the person who opens it, so a career verb opening one of its clauses takes that
    name, unless another name stands between them (the same sentence only)."""
    if verb not in appointment().get("take", ()):
        return []
    opening = resume_opening(r)
    if opening is None:
        return []
    name, end = opening
    if pos == end:
        return [name]  # 某某先生自2006年起现任…: the verb right after the opening and its fillers
    if pos < end or r.text[pos - 1 : pos] not in RESUME_CLAUSE or r.text[end : end + 1] not in RESUME_CLAUSE:
        return []  # a clause after the opening's own mark (某某先生表示，现任… is no résumé)
    if any(r.ents[k] == "PER" for k in _tokens(r, end, pos)):
        return []  # another name before the verb (其妻子某某，现任…): the clause may be about that person
    return [name]


def resume_opening(r: Reader) -> tuple[Name, int] | None:
    """The name opening a résumé and where its opening ends: NAME, 先生|女士, a birth bracket
    (（1963年—）), then a sex (，男，) or a résumé's clause (，中国国籍，), a colon, a comma after 先生
    or the bracket, or a comma before a career verb. A bare "某某，1968年出生，…" opens no résumé
    (tests/extract/sentences/test_precision.py)."""
    if not r.words:
        return None
    if r.ents[0] != "PER" and not (looks_like_name(r, 0) and RESUME.match(r.text, r.ends[0])):
        return None  # 高其品/n ：男，: a name the model missed opens a résumé only with its sex
    name = name_at(r, 0, strict=False)
    if name is None or name.start != 0:
        return None
    end, marked = name.end, r.text[name.start : name.end] != name.text  # 某某先生/PER
    honour = next((w for w in kind_words("resume_honour") if r.text.startswith(w, end)), None)
    if honour is not None:
        end, marked = end + len(honour), True
    born = RESUME_BORN.match(r.text, end)
    if born is not None:
        end, marked = born.end(), True
    rest = r.text[end : end + 1]
    if RESUME.match(r.text, end) or RESUME_MARK.match(r.text, end):
        return name, end
    if (rest in RESUME_CLAUSE and marked) or rest in {"：", ":"}:
        return name, end
    if rest in {"，", ","} and r.text.startswith(appointment().get("take", ()), end + 1):
        return name, end  # 某某，现任…，曾任…: a first clause that is a career clause
    if marked and end < len(r.text) and (token := r.by_start.get(end)) is not None and r.tags[token] != "w":
        return name, end  # 某某先生自2006年起现任…: only the verb right after it (pos == end)
    return None


def _tokens(r: Reader, start: int, end: int) -> range:
    """The indices of the tokens between two character offsets."""
    first = next((k for k in range(len(r.words)) if r.starts[k] >= start), len(r.words))
    last = next((k for k in range(first, len(r.words)) if r.starts[k] >= end), len(r.words))
    return range(first, last)


def clause_subject(r: Reader, pos: int, verb: str) -> list[Name]:
    """某某2018年加入某公司，担任某部总经理 / 早在2013年，某某就获得核准，开始出任某公司副总经理一职:
    a take verb opening a clause takes the one person the sentence has named before it, where that
    name opens a clause of its own (its subject)."""
    if verb not in appointment().get("take", ()) or r.text[pos - 1 : pos] not in CLAUSE_OPENERS:
        return []
    named = [k for k in range(len(r.words)) if r.ends[k] <= pos and r.ents[k] == "PER"]
    names = {strip_address(r.words[k]) for k in named}
    if len(names) != 1:
        return []
    k = named[0]
    if k > 0 and not r.punct(k - 1) and r.tags[k - 1] != "TIME":
        return []  # 感谢某某，…: a name inside a clause is no clause's subject
    if k + 1 >= len(r.words) or r.punct(k + 1):
        return []  # 某某，1968年出生，曾任…: a bare name is a résumé's opening, which needs more (resume)
    speech = load_lexicon("name_closing_verbs.tsv") | set(kind_words("speech"))
    if any(r.words[j] in speech for j in range(k + 1, len(r.words)) if r.ends[j] <= pos):
        return []  # 某某表示，现任…: what follows a reporting verb is what the person said
    name = name_at(r, r.starts[k], strict=False)
    return [name] if name is not None else []


def zero_subject(r: Reader, pos: int, verb: str) -> list[Name]:
    """某某，1977年生，…历任…等职务。现任某公司董事长。: a sentence opening with a career verb, with
    no subject, is about the one person the sentence before named."""
    if pos != 0 or r.antecedent is None or verb not in appointment().get("career_open", ()):
        return []
    return [Name(r.antecedent, 0, 0)]


def pronoun_subject(r: Reader, pos: int, verb: str) -> list[Name]:
    """…逝世。他历任某集团副总经理、总经理: 他/她 opening the sentence, right before a career verb
    (appointment_verbs.tsv ``career``), is the one person the sentence before named."""
    if verb not in appointment().get("career", ()):
        return []
    token = r.by_end.get(pos)
    if r.antecedent is None or token is None or token != 0:
        return []
    if r.words[token] not in appointment().get("pronoun", ()):
        return []
    return [Name(r.antecedent, r.starts[token], r.ends[token])]


def skip_fillers(r: Reader, pos: int) -> int:
    """Back over time words, adverbs and a reason (此前, 2018年起, 因个人原因) between a name and its
    appointment verb."""
    fillers = appointment().get("filler", ())
    while pos > 0:
        token = r.by_end.get(pos)
        if token is not None and r.tags[token] == "TIME":
            pos = r.starts[token]
            continue
        word = next((w for w in fillers if r.text.endswith(w, 0, pos)), None)
        if word is None:
            # 某某因个人原因向董事会辞去… / 某某因工作变动，不再担任…: the reason and addressee.
            reason = REASON.search(r.text, 0, pos)
            if reason is None:
                break
            word = reason.group()
        pos -= len(word)
    return pos


def names_ending(r: Reader, pos: int) -> list[Name]:
    """The name, or 、-list of names (甲、乙等7人), that ends at ``pos``."""
    count = LISTED_COUNT.search(r.text, 0, pos)
    listed = count is not None and count.end() == pos
    if listed and count is not None:
        pos = count.start()
    names: list[Name] = []
    while True:
        pos = named.address_start(r, pos)
        # 任命夏志/PER 成为/v: a name whose last character LAC glued to 为 ends inside a token
        token = r.by_end.get(pos, r.by_end.get(pos - 1))
        if token is not None and (glued := _after_trigger(r, token)) is not None:
            names.append(glued)  # 选举许安然/v 、雷鸣宇为副主席: the model glued the name to the verb
            break
        if token is None or r.ents[token] != "PER":
            break
        name = name_at(r, r.starts[token], strict=False) or named.addressed_at(r, token, pos)
        if name is None or name.end != pos:
            break
        names.append(name)
        if name.start > 0 and r.text[name.start - 1] == "、":
            pos = name.start - 1
            continue
        if listed and name.start in {s.end_char for s in r.titles}:
            # 甲大学教授某某、乙大学教授某某等8人当选为…: each listed name may carry its own title.
            comma = r.text.rfind("、", 0, name.start)
            if comma > max(r.text.rfind(c, 0, name.start) for c in "，。；：,;:（("):
                pos = comma
                continue
        break
    if listed and len(names) < 2 and count is not None and count.group() != ETC:
        return []
    return names[::-1]


def _after_trigger(r: Reader, token: int) -> Name | None:
    """The name inside a verb word that starts with an election or appointment verb (选举许安然/v)."""
    word = r.words[token]
    if r.tags[token] != "v" or r.ents[token]:
        return None
    for verb in appointment().get("trigger", ()):
        rest = word[len(verb) :]
        if word.startswith(verb) and 2 <= len(rest) <= 3 and CJK_NAME.match(rest) and surname_led(rest):
            if rest in r.not_person or is_title(rest):
                return None
            return Name(rest, r.starts[token] + len(verb), r.ends[token])
    return None


def _taken_by(r: Reader, pos: int) -> list[Name]:
    """某公司董事会秘书由[副行长]刘龙担任: the name right before 担任, within the clause."""
    for q in range(pos + 2, min(len(r.text), pos + 24)):
        if r.text[q] in CLAUSE_END:
            return []
        if r.text.startswith(appointment().get("by", ()), q):
            token = r.by_end.get(q)
            if token is None or r.ents[token] != "PER":
                return []
            name = name_at(r, r.starts[token])
            return [name] if name is not None and name.end == q else []
    return []
