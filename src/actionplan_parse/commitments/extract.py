"""Find the commitments of a document: each clause of each node's text that has a modal
trigger or opens with an imperative verb is one commitment."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

from ..dates import first_date
from ..models import Document, Node
from ..profiles import ENVIRONMENT, available
from .actors import find_actors
from .clauses import clauses
from .modality import find_modal
from .model import Commitment
from .quantities import find_quantities
from .recurrence import find_recurrence
from .vocabulary import Vocabulary, load_vocabulary
from .when import find_dates_in

__all__ = ["commitment_rows", "document_date", "extract", "node_commitments"]

LANGUAGE_CODES = ("en", "es", "fr", "pt", "zh")
HEAD_FIRST = {"es", "fr", "pt"}
"""Profiles whose languages put the noun first (`900 migrantes menos`): a count's unit."""


def extract(document: Document, gazetteer: str | None = None) -> list[Commitment]:
    """Every commitment of ``document``, in document order."""
    gazetteers = (profile_gazetteer(document.source.profile), gazetteer)
    vocabulary = load_vocabulary(*gazetteers).only(languages_of(document))
    day = document_date(document)
    head_first = document.source.profile in HEAD_FIRST
    return [
        commitment
        for node in document.walk()
        for commitment in node_commitments(node, vocabulary, day, head_first)
    ]


def commitment_rows(document: Document, gazetteer: str | None = None) -> list[dict[str, Any]]:
    """The commitments as plain rows (for `commitments` and `batch --commitments`)."""
    return [commitment.as_row() for commitment in extract(document, gazetteer)]


def profile_gazetteer(profile: str) -> str | None:
    """`actors/<profile>.toml` under the user profile directory (ACTIONPLAN_PARSE_PROFILES), if
    there is one: the actors a family of documents adds to the shipped gazetteer."""
    directory = os.environ.get(ENVIRONMENT)
    if not directory:
        return None
    path = Path(directory) / "actors" / f"{Path(profile).stem}.toml"
    return str(path) if path.is_file() else None


def languages_of(document: Document) -> frozenset[str]:
    """The languages whose triggers apply: the profile's own (`detect`) and English, which
    bilingual copies carry; every language when the profile names none."""
    profile = available().get(document.source.profile)
    if profile is None or profile.detect is None:
        return frozenset(LANGUAGE_CODES)
    return frozenset({profile.detect, "en"})


def document_date(document: Document) -> dt.date | None:
    """The first written date in the title and preamble: the date `next three years` counts
    from; None when there is none."""
    return first_date("\n".join([document.title or "", *document.preamble]))


def node_commitments(
    node: Node, vocabulary: Vocabulary, day: dt.date | None = None, head_first: bool = False
) -> list[Commitment]:
    found = []
    previous = ""
    for n, clause in enumerate(clauses(node.text), start=1):
        lead = n == 1 or previous.endswith((";", "；", ":"))
        previous = clause
        modal = find_modal(clause, vocabulary, lead)
        if modal is None:
            continue
        actors, actor_rules = find_actors(clause[: modal.subject_end], vocabulary)
        dates = find_dates_in(clause, day)
        spans = [(clause.find(d["text"]), clause.find(d["text"]) + len(d["text"])) for d in dates]
        found.append(
            Commitment(
                id=node.id,
                n=n,
                actors=actors,
                modality=modal.modality,
                action=clause[modal.action_start :].strip().rstrip(".;:。；"),
                quantities=find_quantities(clause, head_first, spans),
                dates=dates,
                recurrence=find_recurrence(clause),
                text=clause,
                rules=[f"modality:{modal.rule}", *actor_rules],
            )
        )
    return found
