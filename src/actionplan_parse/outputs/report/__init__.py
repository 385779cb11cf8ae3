"""`actionplan-parse report`: one self-contained HTML page to look at parsed documents.

See docs/report.md. :func:`to_report` takes one :class:`ReportSource` (a document and
the source lines its spans refer to) or two (`OLD NEW`, shown side by side).
"""

from .page import ReportSource, to_report
from .palette import COLOURS, TEXT_PAIRS, UI_PAIRS, contrast_ratio

__all__ = ["COLOURS", "TEXT_PAIRS", "UI_PAIRS", "ReportSource", "contrast_ratio", "to_report"]
