"""Every resource file kg ships, declared once: its shape and what one row means.

A declaration names the file, its kind, its columns (a trailing ``?`` marks a column a row may
leave out) and one line saying what a row is. The loaders of :mod:`kg.resources` refuse a file
that is not declared here and a row whose width the declaration does not allow, so a typo in a
file name or a stray tab fails at load time with the file and line, not as a rule that silently
finds nothing. README.md in this folder describes the same files (tests/resources checks both).

Kinds, and the loader that reads each:

- ``words``: a set of words, the first column (``load_lexicon``);
- ``mapping``: first column → second, one row per key (``load_mapping``);
- ``groups``: ``word <TAB> kind``, a word may stand under several kinds (``load_groups``);
- ``rows``: fixed columns read as tuples (``load_rows``);
- ``jsonl``: one JSON object per line (``load_jsonl``).

Any TSV file may also be read with ``load_rows`` or ``load_lexicon`` (its rows, or its first column).
Declaring a new file is one line in ``_DECLARED``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, cast, get_args

Kind = Literal["words", "mapping", "groups", "rows", "jsonl"]


@dataclass(frozen=True)
class Lexicon:
    """One shipped resource file."""

    name: str
    kind: Kind
    columns: tuple[str, ...]
    row: str  # what one row means, in one line

    @property
    def widths(self) -> range:
        """The numbers of columns a row may have: the required ones up to all of them."""
        required = sum(1 for c in self.columns if not c.endswith("?"))
        return range(required, len(self.columns) + 1)


def _declare(line: str) -> tuple[str, Lexicon]:
    name, kind, columns, row = line.split(maxsplit=3)
    if kind not in get_args(Kind):
        raise ValueError(f"{name}: unknown kind {kind!r}")
    return name, Lexicon(name, cast(Kind, kind), tuple(columns.split(",")), row)


# One line per file: name, kind, columns (comma-separated, ``?`` optional), what a row means.
_DECLARED = """
abbreviations.tsv           mapping  short,full             an org's short form, its official full name
appointment_verbs.tsv       groups   word,kind              a word of an appointment and its part
body_units.tsv              rows     body,word,kind         a body's ending, a unit or head of it, which
brands.tsv                  words    name                   a brand or short name of an org LAC misses
chain_subunits.tsv          words    body                   a body inside an org, before one title
dateline_media.tsv          words    ending                 an ending of an outlet's name in a dateline
editor_titles.tsv           words    title                  a byline title of a page's own staff
event_acronyms.tsv          mapping  short,full             a recurring event's short name, its full name
event_context.tsv           groups   word,kind              a word around event names and its part
event_heads.tsv             groups   head,kind              a word a named event ends with, and its kind
event_series.tsv            rows     name,first_year,period a recurring event, its first year, its period
event_words.tsv             groups   word,kind              a word the event passes read and its part
field_titles.tsv            groups   word,kind              a head taking a business line, or the line's end
generic_event_mentions.tsv  groups   word,kind              a reference to the article's event, or determiner
honorific_prefixes.tsv      words    prefix                 an honour written right before a name
honorifics.tsv              words    word                   a form of address or rank kept on a name
html_boilerplate.tsv        groups   token,kind             a class/id token of page furniture, which
html_boilerplate_lines.tsv  rows     pattern,reason,where   a regex of a furniture line, why, where
issuer_words.tsv            groups   word,kind              a word naming or pointing back to an issuer
kin_words.tsv               words    word                   a kinship word after a name
list_qualifiers.tsv         words    word                   a word between 等 and a title a list shares
membership_time.tsv         rows     word,kind,status,date? a time word or verb and the status it states
name_closing_verbs.tsv      words    verb                   a verb that never starts B in A和B
name_cut_words.tsv          groups   word,kind              a word around a name LAC cut short, its kind
name_final_chars.tsv        mapping  char,kind              a given name's final that is also a word
national_bodies.tsv         words    name                   a State Council or SAR government body
not_name_finals.tsv         words    char                   a character after names that never ends one
not_person.tsv              words    word                   a word after a title that is no named person
org_bodies.tsv              words    body                   a government or party body of one place
org_joiners.tsv             words    word,and?              a word inside org names; `and` may separate two
org_prefixes.tsv            words    word                   a word that opens an organisation name
org_references.tsv          words    word                   a word pointing back to an unnamed org
org_sectors.tsv             rows     word,sector,where      a word of an org name, its sector, where
org_suffixes.tsv            mapping  suffix,kind            an ending of organisation names and its kind
organizer_roles.tsv         mapping  verb,role              a verb of organising and its role
participation_roles.tsv     rows     pattern,role,tier,side a regex of what a person did, role, tier, side
party_committees.tsv        groups   word,kind              a party committee word or a place ending
place_names.tsv             words    place                  a province or big city opening company names
programme_titles.tsv        groups   word,kind              a programme's title head or how its name ends
region_units.tsv            words    region                 a region a company's regional unit is named after
role_patterns.tsv           mapping  name,regex             a regex of the role constructions, %holes% filled
role_words.tsv              rows     word,kind,reads_as?    a word the role constructions test for, its kind
scope_endings.tsv           words    ending                 an ending of field words that belong to the title
sector_conflicts.tsv        rows     sector,other           two sectors no one holds posts in at once
sole_titles.tsv             words    title                  a post held at one organisation at a time
surnames.tsv                words    surname                a Chinese family name
title_modifiers.tsv         words    modifier               a prefix that stacks before any title head
title_org_blocks.tsv        rows     title_end,org_end      a title ending that never inherits this org ending
title_patterns.tsv          rows     pattern,kind,needs?    a regex of a title, its kind, a character it holds
title_scopes.tsv            words    word                   a field word between an org and a title
topic_titles.tsv            rows     title_end,org_end      a head's title and the org ending it heads
reference_kinds.tsv         rows     word,org_end           a word pointing back and an org ending it names
titles.tsv                  mapping  head,kind              a title head and its kind
txt_sections.tsv            mapping  label,role             a label of `label: value` lines in .txt, its role
"""
LEXICONS: dict[str, Lexicon] = dict(_declare(line) for line in _DECLARED.strip().splitlines())
