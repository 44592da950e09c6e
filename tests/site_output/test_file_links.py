"""The preview that opens from disk links to files, never to folders (kennisbank/file_links.py)."""

from __future__ import annotations

from kennisbank.file_links import link_files


def test_links_to_folders_point_at_their_index(tmp_path):
    for folder in ("factsheets/gm0153", "bouwstenen", "voor"):
        (tmp_path / folder).mkdir(parents=True)
        (tmp_path / folder / "index.html").write_text("", encoding="utf-8")
    page = tmp_path / "factsheets" / "gm0150.html"
    page.write_text(
        '<a href="../bouwstenen/">a</a><a href="../voor/#x">b</a><a href="gm0153/?q=1">c</a>'
        '<a href="../bouwstenen/index.html">d</a><a href="#top">e</a><a href="https://a.nl/x/">f</a>'
        '<a href="mailto:info@example.org">g</a><a href="../bestaat-niet/">h</a><a href=".">i</a>',
        encoding="utf-8",
    )
    assert link_files(tmp_path) == 3
    # the folder index.html of a link stays a file link; and a page's own folder links are untouched
    assert page.read_text(encoding="utf-8") == (
        '<a href="../bouwstenen/index.html">a</a><a href="../voor/index.html#x">b</a><a href="gm0153/index.html?q=1">c</a>'
        '<a href="../bouwstenen/index.html">d</a><a href="#top">e</a><a href="https://a.nl/x/">f</a>'
        '<a href="mailto:info@example.org">g</a><a href="../bestaat-niet/">h</a><a href=".">i</a>'
    )


def test_links_written_for_the_published_folder_work_from_the_file(tmp_path):
    """The factsheet gm0150 is factsheets/gm0150/ on the site and factsheets/gm0150.html in the preview;
    its template links '../../bouwstenen/' from the published folder."""
    (tmp_path / "bouwstenen").mkdir()
    (tmp_path / "bouwstenen" / "vroegsignalering.html").write_text("", encoding="utf-8")
    (tmp_path / "bouwstenen" / "index.html").write_text("", encoding="utf-8")
    (tmp_path / "factsheets" / "pdf").mkdir(parents=True)
    (tmp_path / "factsheets" / "pdf" / "gm0150.pdf").write_text("", encoding="utf-8")
    page = tmp_path / "factsheets" / "gm0150.html"
    page.write_text('<a href="../../bouwstenen/vroegsignalering/#a">a</a><a href="../pdf/gm0150.pdf">b</a><a href="../../../buiten/">c</a>', encoding="utf-8")
    assert link_files(tmp_path) == 2
    assert (
        page.read_text(encoding="utf-8")
        == '<a href="../bouwstenen/vroegsignalering.html#a">a</a><a href="pdf/gm0150.pdf">b</a><a href="../../../buiten/">c</a>'
    )
