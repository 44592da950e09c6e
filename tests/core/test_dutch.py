"""Dutch notation: the one formatter for numbers, money and dates (`kennisbank.dutch`)."""

from __future__ import annotations

from datetime import date

import pytest

from kennisbank import dutch


@pytest.mark.parametrize(
    ("value", "decimals", "expected"),
    [
        (14000, None, "14.000"),
        (8.7, None, "8,7"),
        (1234567.25, None, "1.234.567,25"),
        (12.0, None, "12"),
        (-2500, None, "-2.500"),
        (3.14159, 1, "3,1"),
        (0.35, 1, "0,3"),  # Python rounds half to even on the binary value, as before
        (2, 1, "2,0"),
    ],
)
def test_number(value, decimals, expected):
    assert dutch.number(value, decimals) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (1_400_000, "1,4 miljoen"),
        (2_000_000, "2 miljoen"),
        (-1_500_000, "-1,5 miljoen"),
        (1_234_567, "1.234.567"),  # not a round number of hundred thousands: written out
        (900_000, "900.000"),  # under a million: written out
        (14_000, "14.000"),
    ],
)
def test_number_in_millions(value, expected):
    assert dutch.number(value, millions=True) == expected


def test_money():
    assert dutch.money(2.07) == "€ 2,07"
    assert dutch.money(2.5) == "€ 2,50"
    assert dutch.money(15000) == "€ 15.000"


def test_dates():
    assert dutch.long_date(date(2025, 7, 11)) == "11 juli 2025"
    assert dutch.long_date(date(2026, 1, 1)) == "1 januari 2026"
    assert dutch.month(date(2025, 3, 31)) == "maart 2025"
    assert dutch.month(date(2025, 12, 1)) == "december 2025"


@pytest.mark.parametrize(("value", "expected"), [(0, "nul"), (1, "één"), (7, "zeven"), (12, "twaalf"), (13, "13"), (1234, "1.234")])
def test_word(value, expected):
    assert dutch.word(value) == expected
