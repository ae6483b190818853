"""The constructions table: every way kg reads who holds which post, in the order it tries them.

A row is one construction: a stable id, the shape it matches over typed spans (ORG, TITLE, PER,
LOC, UNIT, SHORT a defined short form, REF a word pointing back, FIELD a field word, | between
alternative words), what it emits, example sentences written as LAC tags them with the memberships
they must give ("person|title|org"), and the function that reads it. The reader
(kg/extract/roles/reader.py) tries the rows of each stage in this order and keeps no other list:
``segment``, ``holder`` and ``subject`` rows stop at the first that finds something; every ``rows``
row runs. tests/extract/roles/test_constructions.py runs every example.
"""

from __future__ import annotations

from kg.extract.roles import holders, rows, segments
from kg.extract.roles.reader import HOLDER, ROWS, SEGMENT, SUBJECT
from kg.extract.roles.records import Construction, Example

C, E = Construction, Example

CONSTRUCTIONS: tuple[Construction, ...] = (
    # --- segment: what organisation a title has ------------------------------------------------
    C(
        "programme",
        SEGMENT,
        "ORG? PROGRAMME TITLE",
        "the programme in the title, ORG as organisation",
        (),
        segments.programme,
    ),
    C(
        "defined-short",
        SEGMENT,
        "SHORT FIELD* TITLE",
        "the short form's full name as organisation",
        (),
        segments.defined_short,
    ),
    C("org-title", SEGMENT, "ORG FIELD* TITLE", "ORG as organisation", (), segments.org_title),
    C(
        "region-unit",
        SEGMENT,
        "、|兼 REGION区 TITLE",
        "the region as a unit of the chain's body",
        (),
        segments.region_unit,
    ),
    C(
        "place-title",
        SEGMENT,
        "LOC(place) LOC(place)? TITLE",
        "the place as organisation",
        (),
        segments.place_title,
    ),
    C("envoy", SEGMENT, "LOC 驻X TITLE", "the state as organisation, 驻X in the title", (), segments.envoy),
    C("place-body", SEGMENT, "省|市|县|区BODY TITLE", "the body as a unit", (), segments.place_body),
    C(
        "glued-unit",
        SEGMENT,
        "、 UNIT+TITLE",
        "the unit, rebuilt onto the chain's body",
        (),
        segments.glued_unit,
    ),
    C(
        "ref-field",
        SEGMENT,
        "REF FIELD+ TITLE",
        "the field words in the title, no organisation",
        (),
        segments.ref_field,
    ),
    C("award", SEGMENT, "YEAR? AWARD", "the award, no organisation", (), segments.award),
    C("ref-title", SEGMENT, "REF TITLE", "the title, no organisation", (), segments.ref_title),
    C("bare-title", SEGMENT, "OPENER TITLE", "the title, no organisation", (), segments.bare_title),
    C(
        "token-title",
        SEGMENT,
        "WORD(PER|nz) TITLE",
        "the word as organisation (in a chain)",
        (),
        segments.token_title,
    ),
    # --- holder: who holds a chain --------------------------------------------------------------
    C("after-title", HOLDER, "CHAIN PER (、PER)*", "each name, every segment", (), holders.after_title),
    C("dated-of", HOLDER, "时任|现任|作为 CHAIN 的 PER", "the name, every segment", (), holders.dated_of),
    C(
        "name-first",
        HOLDER,
        "PER ，CHAIN ，|。 / PER （CHAIN）",
        "the name, every segment",
        (),
        holders.name_first,
    ),
    C(
        "appointed",
        HOLDER,
        "SUBJECT 任|担任|当选 CHAIN / CHAIN 由 PER 担任",
        "the subject, every segment",
        (),
        holders.appointed,
    ),
    # --- subject: who an appointment verb names -------------------------------------------------
    C("listed-subject", SUBJECT, "PER (、PER)* 等N人? VERB", "each name", (), holders.listed_subject),
    C("resume", SUBJECT, "PER ，男|女，… ，VERB", "the résumé's name", (), holders.resume_subject),
    C(
        "pronoun-subject",
        SUBJECT,
        "他|她 VERB(career)",
        "the one person the sentence before named",
        (),
        holders.pronoun_subject,
    ),
    # --- rows: every source of memberships -------------------------------------------------------
    C("chain", ROWS, "CHAIN + holder", "one membership per holder and segment", (), rows.chain_rows),
    C("org-name", ROWS, "ORG PER 、", "the name at ORG, no title", (), rows.org_name_rows),
    C(
        "name-list",
        ROWS,
        "PER 、PER 等 TITLE",
        "each name with the title, no organisation",
        (),
        rows.name_list_rows,
    ),
)
