"""Two ``subject`` constructions of announcements and news (issue 18, third round): who stands before
an appointment verb where the model glued the name to what follows it, or where the clause before
has a person join an organisation."""

from __future__ import annotations

from kg.extract.roles.holders import skip_fillers
from kg.extract.roles.names import name_at, surname_led
from kg.extract.roles.reader import Reader
from kg.extract.roles.records import Name
from kg.extract.roles.words import CJK_NAME, CLAUSE_OPENERS, appointment, kind_words


def glued_subject(r: Reader, pos: int, verb: str) -> list[Name]:
    """聘任庄华为公司/ORG 总经理: the model read the appointee, the 为 after it and 公司 as one
    organisation (glued-issuer); the name is what stands between the appointment verb and that 为."""
    if verb not in appointment().get("named", ()):
        return []
    token = next((k for k in range(len(r.words)) if r.starts[k] < pos < r.ends[k]), None)
    if token is None or r.ents[token] != "ORG" or not r.text.startswith(verb, pos):
        return []
    name = r.text[r.starts[token] : pos]
    if not (2 <= len(name) <= 3 and CJK_NAME.match(name) and surname_led(name)) or name in r.not_person:
        return []
    if not r.text.endswith(appointment().get("trigger", ()), 0, r.starts[token]):
        return []
    return [Name(name, r.starts[token], pos)]


def joined_subject(r: Reader, pos: int, verb: str) -> list[Name]:
    """…，某某已经加盟某公司，出任总经理一职: a take verb opening the clause after one in which a
    person joins an organisation takes that clause's subject, however many people the sentence names."""
    if verb not in appointment().get("take", ()) or r.text[pos - 1 : pos] not in CLAUSE_OPENERS:
        return []
    opening = max(r.text.rfind(c, 0, pos - 1) for c in CLAUSE_OPENERS) + 1
    k = r.by_start.get(opening)
    if k is None or r.ents[k] != "PER":
        return []
    name = name_at(r, opening, strict=False)
    if name is None:
        return []
    clause = r.text[name.end : pos - 1]
    join = next((j for j in kind_words("join") if j in clause), None)
    if join is None:
        return []
    between = clause[: clause.index(join)]
    if between and skip_fillers(r, name.end + len(between)) != name.end:
        return []  # only time words and adverbs between the name and the verb (已经, 近日)
    return [name]
