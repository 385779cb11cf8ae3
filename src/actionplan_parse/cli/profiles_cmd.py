"""`actionplan-parse profiles`: the profiles there are, and where each comes from."""

from __future__ import annotations

import click

from ..profiles import ENVIRONMENT, FALLBACK, ProfileError, available
from .exits import fail


@click.command("profiles")
def profiles_command() -> None:
    """List the profiles (`--profile NAME`); `auto` picks one by the text's language.

    Add your own: write a TOML file (name, description, languages, part_words,
    article_words, detect) and pass its path to --profile, or put it in the
    directory named by the ACTIONPLAN_PARSE_PROFILES environment variable.
    """
    try:
        profiles = available()
    except ProfileError as exc:
        fail(str(exc))
    width = max(len(name) for name in profiles)
    for name, profile in sorted(profiles.items()):
        chosen = f"auto for '{profile.detect}'" if profile.detect else ""
        if name == FALLBACK:
            chosen = "auto when no language is clear"
        click.echo(f"{name:<{width}}  {profile.description}  [{chosen or 'by name'}]")
    click.echo(f"(user profiles: *.toml files in ${ENVIRONMENT})")
