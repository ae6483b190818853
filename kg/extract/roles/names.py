"""Who a name is: the person written at a position, and the names that follow a title."""

from __future__ import annotations

from kg.extract.roles.reader import Reader
from kg.extract.roles.records import Name
from kg.extract.roles.words import (
    AFTER_NAME,
    CJK_NAME,
    CREDIT_KINDS,
    ETC,
    LATIN_NAME,
    NAME_PART,
    NOT_NAME_TAGS,
    WITHHELD,
    appointment,
    clean,
    honorific_prefixes,
    is_title,
    kind_word,
    kind_words,
    surnames,
)
from kg.nlp.components import address_words, suffix_kind
from kg.resources import load_lexicon


def withheld(name: str) -> bool:
    """Whether a name is an anonymised one (林某, 张某某): no named person."""
    return WITHHELD.match(name) is not None


def addressed_by_title(name: str) -> bool:
    """许总裁, 刘书记, 欧阳院长: a surname with a title is how news refers back to someone, not a name."""
    single, double = surnames()
    return any(name[:n] in names and is_title(name[n:]) for n, names in ((1, single), (2, double)))


def strip_honour(name: str) -> str:
    """A name without the honour the model kept before it (丹斯里林文兴: honorific_prefixes.tsv)."""
    for honour in honorific_prefixes():
        if name.startswith(honour) and len(name) - len(honour) >= 2:
            return name[len(honour) :]
    return name


def strip_address(name: str) -> str:
    """A name without the form of address or rank the model kept on it (某某先生, 某某上校, 王某王总,
    丹斯里某某)."""
    name = strip_honour(name)
    for honorific in sorted(load_lexicon("honorifics.tsv"), key=len, reverse=True):
        if name.endswith(honorific) and len(name) > len(honorific):
            name = name[: -len(honorific)]
            # 王诚王总: the surname repeated before 总 belongs to the address.
            if honorific == kind_word("address_boss") and len(name) >= 3 and name[-1] == name[0]:
                name = name[:-1]
            break
    return name


def surname_led(name: str) -> bool:
    single, double = surnames()
    return len(name) >= 2 and (name[0] in single or name[:2] in double)


def _per_name(r: Reader, token: int, pos: int) -> tuple[str, int]:
    """The name a PER word starts at ``pos`` and where it ends, runs of transliterated names joined."""
    text, word = r.text, r.words[token]
    end = r.ends[token]
    # 伊拉克利·纳德热/PER 什维利/r: a transliterated name runs on after its middle dot.
    i = token + 1
    dot = i + 1 < len(r.words) and r.words[i] == "·" and not r.space(i + 1) and not r.punct(i + 1)
    if dot and not r.ents[i + 1] and NAME_PART.match(r.words[i + 1]):
        end, i = r.ends[i + 1], i + 2  # 阿尔芒/PER ·/w 标致/nz: the model ended the name at its middle dot
    while "·" in text[pos:end] and i < len(r.words) and i <= token + 2:
        if r.punct(i) or r.tags[i] in AFTER_NAME or not NAME_PART.match(r.words[i]):
            break
        end = r.ends[i]
        i += 1
    # 奥斯卡/PER -/w 佩拉尔瑙/PER: two halves of a transliterated name joined by a hyphen.
    nxt = r.by_start.get(end)
    if (
        nxt is not None
        and r.words[nxt] in {"-", "－"}
        and nxt + 1 < len(r.words)
        and r.ents[nxt + 1] == "PER"
        and not word.isascii()
        and not r.words[nxt + 1].isascii()
    ):
        end = r.ends[nxt + 1]
    name = strip_address(clean(text[pos:end]))
    glued = len(name) >= 3 and name.endswith(ETC) and CJK_NAME.match(name) is not None
    if glued and surname_led(name[:-1]):
        name, end = name[:-1], end - 1  # 刘建平等/PER: the list word 等 glued to the name
    elif end == r.ends[token] and _glued_final(r, token):
        name, end = name + text[end], end + 1  # 陈燕/PER 飞于/v → 陈燕飞 + 于
    return name, end


def _glued_final(r: Reader, token: int) -> bool:
    """主席陈燕/PER 飞于/v 离任 / 任命夏志/PER 成为/v 公司副总经理: LAC glued a three-character name's
    last character to the preposition after it (role_words.tsv ``name_glue`` 于 after an office title or
    an appointment trigger, ``name_glue_named`` 为 after a trigger only). Only for a single surname and
    one character."""
    word, nxt = r.words[token], token + 1
    if len(word) != 2 or word[0] not in surnames()[0] or nxt >= len(r.words) or r.ents[nxt]:
        return False
    after = r.words[nxt]
    glue = (*kind_words("name_glue"), *kind_words("name_glue_named"))
    if len(after) != 2 or after[1] not in glue or not CJK_NAME.match(word + after[0]):
        return False
    if after[0] in load_lexicon("not_name_finals.tsv"):
        return False
    start = r.starts[token]
    if r.text.endswith(appointment().get("trigger", ()), 0, start):
        return True  # 任命夏志成为…: the 为 of the appointment
    # 总裁杨帆作为嘉宾: after a title, 为 makes words of its own (作为, 成为); only 于 is glued there
    titled = any(s.end_char == start and (s.kb_id or "office") == "office" for s in r.titles)
    return titled and after[1] in kind_words("name_glue")


def name_at(r: Reader, pos: int, *, strict: bool = True) -> Name | None:
    """The person named at ``pos``: a PER word, a Latin name, or a surname-led word (许多)."""
    latin = LATIN_NAME.match(r.text, pos)
    if latin:
        return Name(latin.group(), pos, latin.end())
    token = r.by_start.get(pos)
    if token is None:
        return None
    end = r.ends[token]
    if r.ents[token] == "PER" and not r.words[token].isascii():
        name, end = _per_name(r, token, pos)
    elif looks_like_name(r, token):
        name = r.words[token]
    else:
        return None
    addressed = is_addressed(r, end)
    if name in r.not_person or len(name) < 2 or withheld(name) or (r.title_at(end) and not addressed):
        return None
    if not addressed and strict and not _may_follow(r, r.by_start.get(end)):
        return None  # strict: the caller has not already read what follows the name
    return Name(name, pos, end)


def addressed_name(r: Reader, token: int) -> Name | None:
    """The PER word ``token`` as the name a title right after it addresses (某某校长, 某某董事长), which
    :func:`name_at` refuses before a title: a Chinese name of two to four characters led by a surname,
    or a transliterated one with its middle dot."""
    word = r.words[token]
    if r.ents[token] != "PER" or word in r.not_person or withheld(word):
        return None
    if word.endswith(kind_words("rank_mark")):
        return None  # 陈副/PER 处长: a surname and a rank
    if not ((CJK_NAME.match(word) and surname_led(word)) or "·" in word):
        return None
    return Name(word, r.starts[token], r.ends[token])


def _may_follow(r: Reader, after: int | None) -> bool:
    """Whether the token after a name lets the name end there."""
    if after is None or r.tags[after] in AFTER_NAME or r.space(after):
        return True
    word = r.words[after]
    return (
        word in kind_words("after_name")  # 刘建平/PER 等人/n, 李国和/PER 一行/m
        or word.endswith(kind_words("case_suffix"))  # 某某/PER 受贿案/n: the person's case
        or word in load_lexicon("honorifics.tsv")  # 周德才/PER 同志/n ，
        or _acts_for(r, after)
        or _manner(r, after)
        or _adverbial(r, after)
    )


def _adverbial(r: Reader, i: int) -> bool:
    """徐某/PER 连续/a 3次/m 减持/v: a two-character adjective used as an adverb, then a verb (after a
    count or not), lets the name end; a one-character one (王立/PER 新/a) may be its last character."""
    if r.tags[i] != "a" or len(r.words[i]) < 2:
        return False
    nxt = i + 2 if i + 2 < len(r.words) and r.tags[i + 1] == "m" else i + 1
    return nxt < len(r.words) and r.tags[nxt] in {"v", "vd"}


def _manner(r: Reader, i: int) -> bool:
    """王某/PER 视频/n 致辞/v: a word of manner (role_words.tsv ``manner``) and then a verb."""
    nxt = i + 1
    return r.words[i] in kind_words("manner") and nxt < len(r.words) and r.tags[nxt] in {"v", "vd", "vn"}


def _acts_for(r: Reader, i: int) -> bool:
    """钟立/PER 代表/n 企业/n 签约: 代表 with an object after it is the verb "on behalf of"."""
    return r.words[i] == kind_word("on_behalf") and i + 1 < len(r.words) and not r.punct(i + 1)


def is_addressed(r: Reader, end: int) -> bool:
    """A title or form of address written after a full name ends it there (李旭锋/PER 教授)."""
    after = r.by_start.get(end)
    return after is not None and r.words[after] in address_words()


def byline_name(name: Name) -> bool:
    """A credited name is a person's only when it opens with a surname: 通讯员 粤工宣 is a pen name."""
    return bool(LATIN_NAME.fullmatch(name.text)) or "·" in name.text or surname_led(name.text)


def looks_like_name(r: Reader, token: int) -> bool:
    """A word the model did not tag PER but that stands as a name (许多/m followed by ，)."""
    word = r.words[token]
    if not CJK_NAME.match(word) or len(word) > 3 or word in r.not_person:
        return False
    single, double = surnames()
    if word[0] not in single and word[:2] not in double:
        return False
    if suffix_kind(word) is not None:
        return False
    if r.tags[token] == "v" and _verb_read_name(r, token):
        return True
    if r.tags[token] in NOT_NAME_TAGS:
        return False
    after = token + 1
    if after >= len(r.words):
        return True
    return r.punct(after) or r.words[after] == ETC or r.tags[after] in {"v", "vd", "p"}


def _verb_read_name(r: Reader, token: int) -> bool:
    """副局长 关立新/v 。: a three-character word led by a single surname that the model read as a
    verb is a name right after an office title when the phrase ends there (punctuation, 和/与/等
    or a reporting verb of name_closing_verbs.tsv follows)."""
    word = r.words[token]
    if len(word) != 3 or word[0] not in surnames()[0]:
        return False
    start = r.starts[token]
    if not any(s.end_char == start and (s.kb_id or "office") == "office" for s in r.titles):
        return False
    after = token + 1
    if after >= len(r.words) or r.punct(after):
        return True
    closing = load_lexicon("name_closing_verbs.tsv")
    return r.words[after] in kind_words("name_closing") or r.words[after] in closing


def names_after(r: Reader, pos: int, kind: str) -> list[Name]:
    """The name (or, after a byline or credit title, the names) that follow a title."""
    credit = kind in CREDIT_KINDS
    pos = r.skip_spaces(pos)
    if credit and pos < len(r.text) and r.text[pos] in "：:/／":
        pos = r.skip_spaces(pos + 1)  # 记者：某某 / 记者/某某 某某 (a slash byline)
    first = name_at(r, pos)
    if first is None or (credit and not byline_name(first)):
        return []
    names = [first]
    while kind in {"office", "honour"} and r.text.startswith("、", names[-1].end):
        # 副主任周建和、王立成，秘书长谢国光: bare names listed after a title share it; a name with a
        # title of its own after the 、 (董事长甲、总裁乙) starts the next chain instead.
        more = name_at(r, names[-1].end + 1)
        if more is None or not CJK_NAME.match(more.text) or not surname_led(more.text):
            break
        if is_addressed(r, more.end):
            break  # 市长王海、李明教授: the second name has a title of its own
        names.append(more)
    while credit:
        nxt = r.skip_spaces(names[-1].end)
        if nxt < len(r.text) and r.text[nxt] == "、":
            nxt = r.skip_spaces(nxt + 1)
        if nxt == names[-1].end:
            break
        more = name_at(r, nxt)
        if more is None or not byline_name(more):
            break
        names.append(more)
    return names


def before_clause_title(r: Reader, pos: int) -> list[Name]:
    """某网董事长张炎大使对…表示肯定: a name between two titles whose second opens a clause of its own
    (a preposition right after it) is held by the first; the second is somebody else's subject."""
    token = r.by_start.get(r.skip_spaces(pos))
    if token is None or r.ents[token] != "PER":
        return []
    name = addressed_name(r, token)
    after = next((t.end_char for t in r.titles if name is not None and t.start_char == name.end), None)
    k = r.by_start.get(after) if after is not None else None
    return [name] if name is not None and k is not None and r.tags[k] == "p" else []


def address_start(r: Reader, pos: int) -> int:
    """聘任某某先生为… / 某某副校长任命为…: where the name ends when a form of address
    (appointment_verbs.tsv ``address``) or an office title addressing it ends at ``pos``."""
    for word in appointment().get("address", ()):
        token = r.by_end.get(pos - len(word))
        if r.text.endswith(word, 0, pos) and token is not None and r.ents[token] == "PER":
            return pos - len(word)
    title = next((t for t in r.titles if t.end_char == pos and t.kb_id == "office"), None)
    token = r.by_end.get(title.start_char) if title is not None else None
    return title.start_char if title is not None and token is not None and r.ents[token] == "PER" else pos


def addressed_at(r: Reader, token: int, pos: int) -> Name | None:
    """The PER ``token`` as the name the office title starting at ``pos`` addresses (某某副校长任命为…)."""
    return addressed_name(r, token) if r.title_at(pos) else None
