"""Issue 4, readability: the parents' page reads at B1 level (Flesch–Douma, Dutch).

Threshold: Flesch–Douma ≥ 60 ("redelijk makkelijk"; see readability.B1_MINIMUM) and at most 15 words
per sentence on average (conventions.md). Measured on the page's own text: headings, paragraphs,
list items and steps; not on source lines, the review footer, link lists or parents' quotations.
"""

from __future__ import annotations

from .pagetext import article, blocks
from .readability import B1_MINIMUM, MAX_WORDS_PER_SENTENCE, measure

PARENTS_PAGE = "voor/ouders/index.html"


def _parents_blocks(built_site) -> list[str]:
    page = built_site / PARENTS_PAGE
    assert page.exists(), f"de pagina voor ouders ontbreekt: {PARENTS_PAGE}"
    return blocks(article(page.read_text(encoding="utf-8")), skip_apparatus=True)


def test_parents_page_scores_b1_on_flesch_douma(built_site):
    result = measure(_parents_blocks(built_site))
    assert result.words > 300, "de pagina voor ouders is te kort om te meten"
    assert result.flesch_douma >= B1_MINIMUM, f"Flesch–Douma {result.flesch_douma:.1f} < {B1_MINIMUM}: maak zinnen korter en woorden eenvoudiger"


def test_parents_page_sentences_are_short(built_site):
    result = measure(_parents_blocks(built_site))
    assert result.words_per_sentence <= MAX_WORDS_PER_SENTENCE, (
        f"gemiddeld {result.words_per_sentence:.1f} woorden per zin; B1 vraagt hooguit {MAX_WORDS_PER_SENTENCE:g}"
    )


def test_no_sentence_on_the_parents_page_is_very_long(built_site):
    """One idea per sentence: even a single sentence of more than 25 words is too much for B1."""
    import re

    long_ones = []
    for block in _parents_blocks(built_site):
        for sentence in re.split(r"(?<=[.?!:])\s+", block):
            if len(sentence.split()) > 25:
                long_ones.append(sentence)
    assert not long_ones, "te lange zinnen:\n" + "\n".join(long_ones)


def test_the_measure_tells_easy_from_hard_dutch():
    easy = ["Je kind groeit anders. Je maakt je zorgen. Er komt hulp. Een vaste persoon helpt je."]
    hard = [
        "De multidisciplinaire beeldvorming van ontwikkelingsproblematiek vereist interdisciplinaire "
        "afstemming tussen organisaties, waarbij gemeentelijke verantwoordelijkheden en financieringsstromen "
        "uitdrukkelijk geïntegreerd dienen te worden in het beleidsinstrumentarium."
    ]
    assert measure(easy).flesch_douma >= B1_MINIMUM > measure(hard).flesch_douma
    assert measure(easy).words_per_sentence == 4.0
