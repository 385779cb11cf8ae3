"""Who committed to what, by when and how much: rule-based commitment extraction.

>>> from actionplan_parse import parse
>>> doc = parse("Plan\\n1. Both sides will provide 3,500 scholarship places from 2025 to 2027.\\n")
>>> row = commitment_rows(doc)[0]
>>> row["actors"], row["modality"], row["quantities"][0]["value"], row["dates"][0]["end"]
(['both sides'], 'commit', 3500, '2027')
"""

from .extract import commitment_rows, document_date, extract
from .model import COMMITMENT_FIELDS, Commitment
from .vocabulary import GazetteerError, load_vocabulary

__all__ = [
    "COMMITMENT_FIELDS",
    "Commitment",
    "GazetteerError",
    "commitment_rows",
    "document_date",
    "extract",
    "load_vocabulary",
]
