"""Dutch notation for numbers, money and dates (conventions.md: 14.000; 8,7; 11 juli 2025)."""

from __future__ import annotations

from datetime import date

MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]


def number(value: float | int, decimals: int | None = None) -> str:
    if decimals is None:
        decimals = 0 if float(value).is_integer() else len(repr(float(value)).split(".")[1])
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


def money(value: float) -> str:
    return "€ " + number(value, 0 if float(value).is_integer() else 2)


def long_date(value: date) -> str:
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"
