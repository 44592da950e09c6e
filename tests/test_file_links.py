"""The preview that opens from disk links to files, never to folders (kennisbank/file_links.py)."""

from __future__ import annotations

from kennisbank.file_links import link_files


def test_links_to_folders_point_at_their_index(tmp_path):
    for folder in ("factsheets/gm0150", "bouwstenen", "voor"):
        (tmp_path / folder).mkdir(parents=True)
        (tmp_path / folder / "index.html").write_text("", encoding="utf-8")
    page = tmp_path / "factsheets" / "gm0150.html"
    page.write_text(
        '<a href="../bouwstenen/">a</a><a href="../voor/#x">b</a><a href="gm0150/?q=1">c</a>'
        '<a href="../bouwstenen/index.html">d</a><a href="#top">e</a><a href="https://a.nl/x/">f</a>'
        '<a href="mailto:info@example.org">g</a><a href="../bestaat-niet/">h</a><a href=".">i</a>',
        encoding="utf-8",
    )
    assert link_files(tmp_path) == 3
    assert page.read_text(encoding="utf-8") == (
        '<a href="../bouwstenen/index.html">a</a><a href="../voor/index.html#x">b</a><a href="gm0150/index.html?q=1">c</a>'
        '<a href="../bouwstenen/index.html">d</a><a href="#top">e</a><a href="https://a.nl/x/">f</a>'
        '<a href="mailto:info@example.org">g</a><a href="../bestaat-niet/">h</a><a href=".">i</a>'
    )
