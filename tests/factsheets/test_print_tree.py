"""The factsheet's HTML as data for the PDF layout: every word kept, whitespace as HTML has it, nothing evaluated."""

from __future__ import annotations

import pytest

from kennisbank.factsheets.print_tree import UnknownElement, document_tree, plain_text, svg_node

DOCUMENT = """<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<title>Factsheet &amp; zo</title>
<meta name="description" content="Over &quot;IVH&quot;">
</head>
<body>
<article class="kb-factsheet">
<header class="kb-fs-kop">
<h1>Integrale   Vroeghulp
 in Den Haag</h1>
</header>
<section class="kb-fs-deel">
<p> Naar schatting <strong>680 kinderen</strong> van 0 tot 7 jaar<sup class="kb-fs-noot">1</sup> </p>
<p>Een <a href="https://example.org/?a=1&amp;b=2">link</a> en <em>nadruk</em>.<br>Volgende regel.</p>
<p>Verborgen <span class="kb-fs-lijn"><span class="kb-fs-verborgen">in te vullen</span></span> hier.</p>
<ol start="3"><li>Drie</li>
<li>Vier</li></ol>
</section>
<figure class="kb-fs-kaart">
<svg xmlns="http://www.w3.org/2000/svg" class="kb-kaart" viewBox="0 0 150.0 75.0" width="150" height="75" role="img"><title id="t">Kaart: Den Haag</title><path d="M0 0"/></svg>
<figcaption>Donkerblauw: Den Haag.</figcaption>
</figure>
</article>
</body>
</html>
"""


def test_metadata_and_language_come_from_the_head():
    document = document_tree(DOCUMENT)
    assert document.title == "Factsheet & zo"
    assert document.lang == "nl"
    assert document.meta["description"] == 'Over "IVH"'


def test_whitespace_is_collapsed_as_in_html_and_blocks_hold_no_blank_text():
    article = document_tree(DOCUMENT).body[0]
    header, section, figure = article["k"]
    assert header["k"][0] == {"t": "h1", "c": "", "k": ["Integrale Vroeghulp in Den Haag"]}
    first = section["k"][0]
    assert first["k"] == ["Naar schatting ", {"t": "strong", "c": "", "k": ["680 kinderen"]}, " van 0 tot 7 jaar", {"t": "sup", "c": "kb-fs-noot", "k": ["1"]}]
    assert all(not isinstance(kid, str) for kid in article["k"] + section["k"] + figure["k"])


def test_links_keep_their_address_and_lists_their_start():
    section = document_tree(DOCUMENT).body[0]["k"][1]
    link = section["k"][1]["k"][1]
    assert link == {"t": "a", "c": "", "href": "https://example.org/?a=1&b=2", "k": ["link"]}
    assert section["k"][1]["k"][-2] == {"t": "br", "c": "", "k": []}
    ordered = section["k"][3]
    assert ordered["start"] == "3" and [item["k"] for item in ordered["k"]] == [["Drie"], ["Vier"]]


def test_text_hidden_in_print_is_left_out():
    section = document_tree(DOCUMENT).body[0]["k"][1]
    line = section["k"][2]["k"][1]
    assert line == {"t": "span", "c": "kb-fs-lijn", "k": []}
    assert "in te vullen" not in plain_text(document_tree(DOCUMENT).body)


def test_an_inline_svg_becomes_an_image_with_its_text_alternative_and_proportions():
    figure = document_tree(DOCUMENT).body[0]["k"][2]
    picture = figure["k"][0]
    assert picture["t"] == "svg" and picture["c"] == "kb-kaart"
    assert picture["alt"] == "Kaart: Den Haag" and picture["ratio"] == 0.5
    assert picture["svg"].startswith("<svg") and picture["svg"].endswith("</svg>") and "viewBox" in picture["svg"]


def test_an_svg_without_namespace_gets_one_and_an_aria_label_wins():
    node = svg_node('<svg role="img" aria-label="QR-code &amp; adres" class="kb-fs-qr" width="74" height="74"><title>Titel</title></svg>')
    assert node["svg"].startswith('<svg xmlns="http://www.w3.org/2000/svg" role="img"')
    assert node["alt"] == "QR-code & adres" and node["ratio"] == 1.0


def test_plain_text_reads_the_words_in_order():
    text = plain_text(document_tree(DOCUMENT).body)
    assert (
        text
        == "Integrale Vroeghulp in Den Haag Naar schatting 680 kinderen van 0 tot 7 jaar1 Een link en nadruk. Volgende regel. Verborgen hier. Drie Vier Donkerblauw: Den Haag."
    )


def test_content_that_looks_like_markup_stays_text():
    """Typst receives strings: `#`, `$`, `[`, `*` and `<` in content are shown, never read as markup."""
    document = document_tree('<html lang="nl"><body><p>#set page(width: 1cm) $x$ *vet* [a] &lt;script&gt;</p></body></html>')
    assert document.body == [{"t": "p", "c": "", "k": ["#set page(width: 1cm) $x$ *vet* [a] <script>"]}]


def test_an_element_the_layout_does_not_know_is_an_error():
    with pytest.raises(UnknownElement, match="<blink>"):
        document_tree('<html lang="nl"><body><p><blink>Hallo</blink></p></body></html>')


def test_the_layout_prints_markup_like_content_as_text(tmp_path):
    """Through the real layout: Typst code, maths and a label in content come out as the same characters."""
    import subprocess

    from conftest import ROOT
    from kennisbank.factsheets.pdf import LAYOUT_PATH, _init_worker, print_fonts, render_pdf

    hostile = '#panic("kb") $x^2$ *vet* _schuin_ [a](b) <label> @ref \\ #sys.inputs.data'
    document = f'<html lang="nl"><head><title>T</title></head><body><article class="kb-factsheet"><p>{hostile.replace("<", "&lt;")}</p></article></body></html>'
    _init_worker(str(ROOT / LAYOUT_PATH), str(print_fonts(ROOT, tmp_path)))
    (tmp_path / "t.pdf").write_bytes(render_pdf(document))
    text = subprocess.run(["pdftotext", str(tmp_path / "t.pdf"), "-"], capture_output=True, text=True, check=True).stdout
    assert " ".join(text.split()).startswith(hostile)


def test_a_fault_in_the_layout_names_the_factsheet_in_dutch(tmp_path):
    from conftest import ROOT
    from kennisbank.factsheets.pdf import LAYOUT_PATH, FactsheetError, _init_worker, _render_job, print_fonts

    _init_worker(str(ROOT / LAYOUT_PATH), str(print_fonts(ROOT, tmp_path)))
    with pytest.raises(FactsheetError, match=r"^de PDF van factsheet gm0363 kon niet worden gemaakt: <blink>"):
        _render_job(('<html lang="nl"><body><p><blink>x</blink></p></body></html>', str(tmp_path / "x.pdf"), "gm0363"))
    assert not (tmp_path / "x.pdf").exists()
