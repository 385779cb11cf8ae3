"""`python -m actionplan_parse`."""

from .cli import main

main()
