"""The data model: documents, spans, speakers, the label scheme and edit commands (no Qt)."""

from goldspan.model.document import (
    Document,
    Span,
    Speaker,
    check_document,
    document_to_dict,
    new_document,
    parse_document,
    text_hash,
)
from goldspan.model.errors import GoldspanError, Problem
from goldspan.model.scheme import LabelScheme, default_scheme

__all__ = [
    "Document", "Span", "Speaker", "check_document", "document_to_dict", "new_document",
    "parse_document", "text_hash", "GoldspanError", "Problem", "LabelScheme", "default_scheme",
]
