"""Cheap access to a Doc's text for the rule components.

spaCy rebuilds ``Doc.text`` from the tokens on every access, which costs as much as a pass over
the tokens. ``tokens_to_doc`` (kg/nlp/pipeline.py) already knows the text, so it keeps it in
``doc.user_data``; retokenizing (splits and merges) never changes the text.
"""

from __future__ import annotations

from spacy.tokens import Doc

TEXT_KEY = "kg.text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed at most once per Doc."""
    text = doc.user_data.get(TEXT_KEY)
    if not isinstance(text, str):
        text = doc.text
        doc.user_data[TEXT_KEY] = text
    return text
