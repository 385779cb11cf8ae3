"""Generated documents in every profile parse back to their generating tree."""

from __future__ import annotations

import pytest
from hypothesis import given, note, settings
from profiles_hypothesis import examples
from strategies_profiles import PROFILE_SCHEMES, profile_documents

from actionplan_parse import parse


@pytest.mark.parametrize("lang", sorted(PROFILE_SCHEMES))
def test_profile_documents_parse_back(lang):
    @settings(max_examples=examples(60), deadline=None)
    @given(profile_documents(lang))
    def run(generated):
        text, expected, notes = generated
        note(notes)
        note(text)
        document = parse(text, profile=lang)
        assert [(n.id, n.heading, n.text) for n in document.walk()] == expected
        assert not any(n.inferred for n in document.walk())
        assert document.source.profile == lang

    run()


@pytest.mark.parametrize("lang", ["en", "es", "fr", "zh"])
def test_auto_profile_follows_the_language(lang):
    @settings(max_examples=examples(15), deadline=None)
    @given(profile_documents(lang))
    def run(generated):
        text, expected, notes = generated
        note(notes)
        document = parse(text)
        if len(text) > 400:  # enough words to tell the language
            assert document.source.profile == lang
            assert [(n.id, n.heading, n.text) for n in document.walk()] == expected

    run()
