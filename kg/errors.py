"""Exception types of kg; library code raises these, the CLI turns them into messages."""

from __future__ import annotations


class KgError(Exception):
    """Base class of every error kg raises on purpose."""


class InputError(KgError):
    """An input that cannot be read as a document; the build report records it as skipped."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class ResourceError(KgError):
    """A lexicon or pattern file under kg/resources is missing or malformed."""


class GoldError(KgError):
    """A gold annotation file does not follow gold/SCHEMA.md."""


class ExportError(KgError):
    """An export could not be written or a graph could not be loaded."""


class PushError(KgError):
    """Pushing to a Bolt server failed; the message names the URI, never the password."""


class OutputError(KgError):
    """The output directory cannot be used: it is a file, or another build holds it."""
