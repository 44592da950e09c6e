"""The key-figures page, and the one way every page prints a key figure (Dutch notation).

Other composers use `display(figure)` ("ongeveer 14.000 kinderen") or `value_text(figure)`
("14.000"), so a figure reads the same everywhere. Figures with `publiceren: false` never show their value:
the page only names them, under a heading that says their source is missing, so links to them work.
"""

from __future__ import annotations

from datetime import date

from typing import TypedDict

from .. import dutch
from ..models.key_figure import KeyFigure
from ..validate import Content
from . import ComposeContext, urls
from .page import Page

PATH = urls.KEY_FIGURES

GROUPS: list[tuple[str, str]] = [
    ("doelgroep", "Doelgroep en bereik"),
    ("gebruik", "Gebruik van IVH in gemeenten"),
    ("kosten-en-baten", "Kosten en baten"),
    ("kwaliteit", "Kwaliteit en tevredenheid"),
]

_MILLION = 1_000_000


def _amount(value: float | int, value_to: float | int | None, unit: str) -> str:
    if unit == "euro":
        first = "€ " + (dutch.number(value, millions=True) if abs(value) >= _MILLION else dutch.money(value).removeprefix("€ "))
        return first + (f"–{dutch.number(value_to, millions=True)}" if value_to is not None else "")
    text = dutch.number(value, millions=True) + (f"–{dutch.number(value_to, millions=True)}" if value_to is not None else "")
    return text + "%" if unit == "procent" else text


class FigureRow(TypedDict):
    """A published figure on the key-figures page, with its texts ready in Dutch notation."""

    figure: KeyFigure
    value: str
    display: str
    reference: str


def value_text(figure: KeyFigure) -> str:
    """The number alone, in Dutch notation: '14.000', '€ 2,07', '1%', '8,7–9,5', '1,4 miljoen'."""
    return _amount(figure.value, figure.value_to, figure.unit)


def display(figure: KeyFigure) -> str:
    """The figure as it reads in a sentence: 'ongeveer 14.000 kinderen', 'ten minste 151 gemeenten'."""
    prefix = "" if figure.precision == "precies" else figure.precision + " "
    unit = figure.unit
    if unit in ("procent", "euro"):
        return prefix + value_text(figure)
    if unit == "rapportcijfer":
        return f"{prefix}rapportcijfer {value_text(figure)}"
    if unit == "uur" or unit == "jaar":
        return f"{prefix}{value_text(figure)} {unit}"
    return f"{prefix}{value_text(figure)} {unit}"


def reference_text(reference: str) -> str:
    """'2025' → '2025'; '2025-03' → 'maart 2025'; '2025-07-11' → '11 juli 2025'; '2010–2012' stays."""
    parts = reference.split("-")
    if len(parts) == 3:
        return dutch.long_date(date(int(parts[0]), int(parts[1]), int(parts[2])))
    if len(parts) == 2:
        return dutch.month(date(int(parts[0]), int(parts[1]), 1))
    return reference


def published(content: Content) -> list[KeyFigure]:
    all_figures: list[KeyFigure] = content.of("kerncijfer")
    figures = [f for f in all_figures if f.publish]
    return sorted(figures, key=lambda f: (f.order, f.title.lower()))


def compose(context: ComposeContext) -> list[Page]:
    figures = published(context.content)
    if not figures:
        return []
    groups: list[tuple[str, list[FigureRow]]] = []
    for key, heading in GROUPS:
        members: list[FigureRow] = [
            {
                "figure": f,
                "value": value_text(f),
                "display": display(f),
                "reference": reference_text(f.reference_date),
            }
            for f in figures
            if f.group == key
        ]
        if members:
            groups.append((heading, members))
    all_figures: list[KeyFigure] = context.content.of("kerncijfer")
    withheld = sorted((f for f in all_figures if not f.publish), key=lambda f: f.title.lower())
    return [
        Page(
            path=PATH,
            title="Kerncijfers",
            markdown=context.render("pages/kerncijfers.md.j2", groups=groups, withheld=withheld),
            section="begrippen",
            order=10,
            review=min((f.review for f in figures), key=lambda r: r.date),  # the least recently checked figure
        )
    ]
