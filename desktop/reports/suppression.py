"""Small-count suppression of client figures in every export leaving an office: 1–4 shown as "<5", no way back."""

from __future__ import annotations

from dataclasses import replace

from desktop.reports.model import SECONDARY, SMALL, SMALL_COUNT_LIMIT, BreakdownRow, Figure, Report


def _count(figure: Figure) -> float:
    # A share is as revealing as its numerator: 2 of 3 people is 66.7%.
    counted = figure.numerator if figure.numerator is not None else figure.value
    return counted or 0


def hide_small(figure: Figure) -> Figure:
    return replace(figure, hidden=SMALL) if 0 < _count(figure) < SMALL_COUNT_LIMIT else figure


def protect(rows: tuple[BreakdownRow, ...], total: Figure) -> tuple[BreakdownRow, ...]:
    """Hide small rows; if exactly one is hidden beside a visible total, hide the next smallest too.

    Otherwise the hidden one is the total minus the others (secondary suppression).
    """
    hidden = [r if (f := hide_small(r.figure)) is r.figure else replace(r, figure=f) for r in rows]
    # Rows of communes that did not report carry no number, so they neither need nor give cover.
    if total.hidden or sum(1 for r in hidden if r.figure.hidden in (SMALL, SECONDARY)) != 1:
        return tuple(hidden)
    candidates = [r for r in hidden if not r.figure.hidden and _count(r.figure) > 0]
    if not candidates:
        return tuple(hidden)
    smallest = min(candidates, key=lambda r: _count(r.figure))
    return tuple(replace(r, figure=replace(r.figure, hidden=SECONDARY)) if r is smallest else r for r in hidden)


def suppress_report(report: Report) -> Report:
    """The report as it may leave the office: client-derived counts of 1–4 hidden as at the hub.

    A commune's own screen shows its exact figures; a printout or workbook that goes to the district,
    the province or a partner must not let a reader single out the two or three people behind a number.
    Targets were judged on the exact figures before hiding, so "Đạt"/"Chưa đạt" stay right.
    """
    if report.suppress_small:
        return report
    sections = []
    for section in report.sections:
        indicators = []
        for ind in section.indicators:
            if ind.sensitive:
                total = hide_small(ind.figure)
                breakdowns = tuple(replace(b, rows=protect(b.rows, total)) for b in ind.breakdowns)
                ind = replace(ind, figure=total, breakdowns=breakdowns)
            indicators.append(ind)
        sections.append(replace(section, indicators=tuple(indicators)))
    return replace(report, sections=tuple(sections), suppress_small=True)
