"""Flesch–Douma for Dutch text, via textstat.

textstat's Dutch settings (`set_lang("nl")`) use Douma's constants: 206,835 − 0,93 × (words per
sentence) − 77 × (syllables per word), i.e. 0,77 per 100 syllables per 100 words. Syllables come from
pyphen's Dutch hyphenation dictionary (offline; textstat only fetches data for English).

Each text block (paragraph, heading, list item, step) is one or more sentences: a block without
closing punctuation gets a full stop, so a heading does not run on into the next paragraph.
"""

from __future__ import annotations

from dataclasses import dataclass

import textstat

# B1: Flesch–Douma 60–70 is "redelijk makkelijk" (fairly easy), the band usually equated with
# taalniveau B1; below 60 text drifts to B2/C1. We require at least 60.
B1_MINIMUM = 60.0
MAX_WORDS_PER_SENTENCE = 15.0


@dataclass
class Readability:
    flesch_douma: float
    words_per_sentence: float
    words: int
    sentences: int


def as_sentences(blocks: list[str]) -> str:
    return " ".join(b if b.rstrip()[-1:] in {".", "?", "!", ":"} else b + "." for b in blocks if b.strip())


def measure(blocks: list[str]) -> Readability:
    text = as_sentences(blocks)
    textstat.set_lang("nl")
    words = textstat.lexicon_count(text)
    sentences = textstat.sentence_count(text)
    return Readability(
        flesch_douma=textstat.flesch_reading_ease(text),
        words_per_sentence=words / sentences if sentences else 0.0,
        words=words,
        sentences=sentences,
    )
