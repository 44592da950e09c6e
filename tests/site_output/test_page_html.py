"""Reading help added to a page's HTML after Markdown (kennisbank/page_html.py)."""

from __future__ import annotations

from kennisbank import page_html

WORDS = " ".join(["woord"] * 200)


def page(sections: int, words: str = WORDS) -> str:
    parts = ['<h1 id="titel">Titel</h1>\n<p class="kb-lead">Samenvatting</p>\n']
    parts += [f'<h2 id="deel-{i}">Deel <abbr title="x">{i}</abbr> &amp; meer</h2>\n<p>{words}</p>\n' for i in range(sections)]
    return "".join(parts)


def test_a_long_page_gets_its_sections_listed_before_the_first():
    html = page_html.contents_list(page(5))
    nav = html[html.index('<nav class="kb-inhoud"') : html.index("</nav>")]
    assert html.index('<nav class="kb-inhoud"') < html.index('<h2 id="deel-0"')
    assert html.index('<p class="kb-lead">') < html.index('<nav class="kb-inhoud"')
    assert '<a href="#deel-0">Deel 0 &amp; meer</a>' in nav and nav.count("<li>") == 5
    assert 'aria-labelledby="kb-inhoud-kop"' in nav and "Op deze pagina" in nav


def test_short_pages_and_pages_with_their_own_list_stay_as_they_are():
    assert page_html.contents_list(page(3)) == page(3)
    assert page_html.contents_list(page(5, "kort")) == page(5, "kort")
    own = page(5).replace("<h1", '<nav class="kb-stappen-kort"></nav><h1')
    assert page_html.contents_list(own) == own


TABLE = """<table>
<thead>
<tr>
<th>Bouwsteen</th>
<th align="left">Hoe het <abbr title="x">wordt</abbr> betaald</th>
<th>Wat u &quot;regelt&quot;</th>
</tr>
</thead>
<tbody>
<tr>
<td>1. Vroegsignalering</td>
<td align="left">Uit het budget</td>
<td>Afspraken</td>
</tr>
</tbody>
</table>"""


def test_a_wide_table_gets_column_labels_and_table_roles():
    html = page_html.label_tables(TABLE)
    assert html.startswith('<table role="table" data-kb-stapel>')
    assert '<thead role="rowgroup">' in html and '<tbody role="rowgroup">' in html and html.count('role="row"') == 2
    assert '<th role="columnheader">Bouwsteen</th>' in html
    assert '<td role="cell" data-label="Bouwsteen">1. Vroegsignalering</td>' in html
    assert '<td align="left" role="cell" data-label="Hoe het wordt betaald">' in html
    assert 'data-label="Wat u &quot;regelt&quot;"' in html


def test_narrow_tables_tables_without_header_and_labelled_tables():
    narrow = "<table><thead><tr><th>a</th><th>b</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table>"
    assert page_html.label_tables(narrow) == narrow
    headless = "<table><tbody><tr><td>1</td><td>2</td><td>3</td></tr></tbody></table>"
    assert page_html.label_tables(headless) == headless
    own = '<table class="kb-tabel"><thead><tr><th>a</th><th>b</th></tr></thead><tbody><tr id="r"><th scope="row" data-label="a">x</th><td data-label="b">y</td></tr></tbody></table>'
    html = page_html.label_tables(own)
    assert "data-kb-stapel" not in html and 'role="table"' in html
    assert '<tr id="r" role="row"><th scope="row" data-label="a" role="rowheader">x</th><td data-label="b" role="cell">y</td></tr>' in html
