"""Frequency words in content, checked against the lines they cite: a prompt for the editor, not a verdict.

A text that says *vaak*, *meestal*, *de meeste*, *altijd*, *nooit* or *alle* makes a claim about how
often or how many. The conventions ask for a cited line that says so ("Keep the quantifier of the
source"). This module only compares words: it reports the frequency words of a text when none of
its cited lines contains a frequency word or a number, so the editor can look again. A line that
does have one is no proof that the text is right, and a warning is no proof that it is wrong.

Pure functions on strings; `validate.py` supplies the texts and the seed lines.
"""

from __future__ import annotations

import re
from typing import Iterable

FREQUENCY_WORDS: tuple[str, ...] = ("vaak", "meestal", "de meeste", "altijd", "nooit", "alle")
"""The words a content text is checked for (whole words, any case)."""

SOURCE_QUANTIFIERS: tuple[str, ...] = FREQUENCY_WORDS + (
    "vaker",
    "vaakst",
    "meeste",
    "meest",
    "merendeel",
    "meerderheid",
    "minderheid",
    "grotendeels",
    "overwegend",
    "voornamelijk",
    "doorgaans",
    "veelal",
    "steeds",
    "telkens",
    "nimmer",
    "allemaal",
    "allen",
    "alles",
    "al deze",
    "al die",
    "ieder",
    "iedere",
    "elk",
    "elke",
    "geen enkel",
    "geen enkele",
)
"""Words in a cited line that count as saying how often or how many. Weak words (soms, sommige,
enkele, weinig, zelden) are left out on purpose: 'soms' in the source does not carry 'vaak'. So is
'veel', which mostly measures an amount ('veel expertise'), not how often."""

NUMBER_WORDS: tuple[str, ...] = (
    "één",
    "twee",
    "drie",
    "vier",
    "vijf",
    "zes",
    "zeven",
    "acht",
    "negen",
    "tien",
    "elf",
    "twaalf",
    "dertien",
    "veertien",
    "vijftien",
    "zestien",
    "zeventien",
    "achttien",
    "negentien",
    "twintig",
    "dertig",
    "veertig",
    "vijftig",
    "honderd",
    "duizend",
    "miljoen",
    "procent",
    "helft",
    "kwart",
)
"""Numbers written as words; 'een' without accents is the article and does not count."""


def _pattern(words: Iterable[str]) -> re.Pattern[str]:
    alternatives = sorted((re.escape(w).replace(r"\ ", r"\s+") for w in words), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-])", re.IGNORECASE)


_TEXT_WORDS = _pattern(FREQUENCY_WORDS)
_SOURCE_WORDS = _pattern(SOURCE_QUANTIFIERS + NUMBER_WORDS)
_DIGIT = re.compile(r"\d")
_HYPHENATED = re.compile(r"(\w)-\s*\n\s*(\w)")


def frequency_words(text: str) -> list[str]:
    """The frequency words in `text`, lower case, each once, in the order they first appear."""
    found: list[str] = []
    for match in _TEXT_WORDS.finditer(text):
        word = " ".join(match.group(0).lower().split())
        if word not in found:
            found.append(word)
    return found


def says_how_often(lines: Iterable[str]) -> bool:
    """Whether the cited lines, read together, contain a frequency word or a number."""
    joined = _HYPHENATED.sub(r"\1\2", "\n".join(line.rstrip() for line in lines))
    return bool(_DIGIT.search(joined) or _SOURCE_WORDS.search(joined))


def unsupported_frequency_words(text: str, cited_lines: Iterable[str]) -> list[str]:
    """The frequency words of `text` if its cited lines give no frequency or number; otherwise []."""
    words = frequency_words(text)
    if not words or says_how_often(cited_lines):
        return []
    return words
