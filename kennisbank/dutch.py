"""Dutch notation for numbers, money and dates (conventions.md: 14.000; 8,7; 1,4 miljoen; 11 juli 2025).

The one formatter of the package: pages, factsheets, reports, the CBS import and the models' error
messages all write numbers and dates through here. It imports nothing of the package, so every layer
may use it.
"""

from __future__ import annotations

from datetime import date

MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]

_MILLION = 1_000_000

# How Dutch running text writes a small count: in words up to twelve ('zeven bouwstenen'), in digits above.
NUMBER_WORDS = ("nul", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf")


def number(value: float | int, decimals: int | None = None, *, millions: bool = False) -> str:
    """'14.000', '8,7'; with `millions`, a round number of hundred thousands from a million on reads '1,4 miljoen'."""
    if millions and abs(value) >= _MILLION and value % 100_000 == 0:
        return f"{number(value / _MILLION)} miljoen"
    if decimals is None:
        decimals = 0 if float(value).is_integer() else len(repr(float(value)).split(".")[1])
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


def money(value: float) -> str:
    return "€ " + number(value, 0 if float(value).is_integer() else 2)


def long_date(value: date) -> str:
    """'11 juli 2025'."""
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def month(value: date) -> str:
    """'juli 2025': the month and year of a date."""
    return f"{MONTHS[value.month - 1]} {value.year}"


def word(value: int) -> str:
    """A count in running text: 'één' to 'twaalf' in words ('drie modellen'), larger counts in digits ('13', '1.234')."""
    return NUMBER_WORDS[value] if 0 <= value < len(NUMBER_WORDS) else number(value)
