"""Issue 4, copy check: no page repeats 10 or more consecutive words of a source document.

Every page's main article text is compared with the seeds as sets of 10-word shingles, after
normalising case, accents, punctuation and whitespace. Parents' quotations are excepted only
when marked: inside <blockquote> or an element with class `kb-citaat`. The titles of the source
documents (content/sources/*.yaml, field `titel`) are names, not copied prose: a run that lies
within such a title is allowed, so a page may cite a document by its full title.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from .pagetext import copied_runs, seed_words, shingles, words

RUN = 10
ROOT = Path(__file__).resolve().parents[2]


def document_titles() -> list[str]:
    titles = []
    for path in sorted((ROOT / "content" / "sources").glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        if isinstance(data, dict) and isinstance(data.get("titel"), str):
            titles.append(" " + " ".join(words(data["titel"])) + " ")
    return titles


def test_no_page_copies_ten_words_from_a_seed(seed_texts, page_blocks):
    seed_shingles: set[tuple[str, ...]] = set()
    for text in seed_texts.values():
        seed_shingles |= shingles(seed_words(text), RUN)
    titles = document_titles()
    offences = []
    for url, texts in page_blocks.items():
        for text in texts:
            for run in copied_runs(words(text), seed_shingles, RUN):
                if not any(f" {run} " in title for title in titles):
                    offences.append(f'{url}: "{run}"')
    assert not offences, "Deze tekst staat (bijna) letterlijk in een brondocument; schrijf hem in eigen woorden:\n" + "\n".join(offences)


def test_the_check_sees_copied_text_and_spares_marked_quotes():
    """The detector itself: a copied sentence is found, a marked quote is not, case and commas don't matter."""
    from .pagetext import article, blocks

    seed = "De trajectbegeleider gaat bij het gezin thuis langs om op basis van de hulpvraag de brede\ncontext van kind, gezin en omgeving in kaart te brengen."
    shingle_set = shingles(seed_words(seed), RUN)
    html = (
        '<html><body><article class="md-content__inner md-typeset">'
        "<p>Eerst dit. De Trajectbegeleider gaat bij het gezin thuis langs, om op basis van de hulpvraag!</p>"
        "<blockquote><p>de brede context van kind, gezin en omgeving in kaart te brengen</p></blockquote>"
        '<div class="kb-citaat"><p>de trajectbegeleider gaat bij het gezin thuis langs om op basis</p></div>'
        "</article></body></html>"
    )
    texts = blocks(article(html))
    assert texts == ["Eerst dit. De Trajectbegeleider gaat bij het gezin thuis langs, om op basis van de hulpvraag!"]
    runs = copied_runs(words(texts[0]), shingle_set, RUN)
    assert runs == ["de trajectbegeleider gaat bij het gezin thuis langs om op basis van de hulpvraag"]


def test_hyphenated_seed_lines_are_joined():
    assert seed_words("de uitvo-\nering van IVH") == ["de", "uitvoering", "van", "ivh"]
