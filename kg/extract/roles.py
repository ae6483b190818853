"""Person–title–organisation memberships (placeholder until the role extractor lands)."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from kg.model import AliasMention, Document, Membership, OrgMention, Sentence


@dataclass(frozen=True)
class RoleMentions:
    memberships: tuple[Membership, ...] = ()
    orgs: tuple[OrgMention, ...] = ()
    aliases: tuple[AliasMention, ...] = ()


def extract_roles(doc: Doc, sentence: Sentence, document: Document) -> RoleMentions:
    return RoleMentions()
