"""Which content is due for review: the list behind the 'Te herzien' page.

The rule is the same as the warning of `kennisbank check` (validate._check_freshness): content is
overdue when more whole calendar months than its `interval_maanden` have passed since `datum`.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..validate import Content


@dataclass(frozen=True)
class ReviewStatus:
    file: str
    kind_label: str
    title: str
    kind: str
    item_id: str
    reviewed: date
    by_role: str
    interval_months: int
    due: date
    months_since: int

    @property
    def overdue(self) -> bool:
        return self.months_since > self.interval_months


def months_between(earlier: date, later: date) -> int:
    return (later.year - earlier.year) * 12 + (later.month - earlier.month)


def add_months(day: date, months: int) -> date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def statuses(content: Content, today: date) -> list[ReviewStatus]:
    """Every content item with its review state, the most urgent first."""
    found = []
    for entry in content.entries:
        review = entry.item.review
        found.append(
            ReviewStatus(
                file=entry.file,
                kind_label=entry.content_type.label,
                title=entry.item.title,
                kind=entry.content_type.kind,
                item_id=entry.item.id,
                reviewed=review.date,
                by_role=review.by_role,
                interval_months=review.interval_months,
                # overdue from the first day of the month after the interval has passed
                due=add_months(review.date.replace(day=1), review.interval_months + 1),
                months_since=months_between(review.date, today),
            )
        )
    return sorted(found, key=lambda s: (s.due, s.file))
