"""The search index gets one small entry per municipality, leading to its factsheet (kennisbank/site_search.py)."""

from __future__ import annotations

import json

from kennisbank import site_search


def test_one_entry_per_factsheet_that_exists(content, tmp_path):
    for code in ("gm0150", "gm0518"):
        (tmp_path / "factsheets" / code).mkdir(parents=True)
        (tmp_path / "factsheets" / code / "index.html").write_text("<html></html>", encoding="utf-8")
    entries = site_search.municipality_entries(content, tmp_path, directory_urls=True)
    assert entries == [
        {"location": "factsheets/gm0150/", "title": "Deventer", "text": "Factsheet · Overijssel", "boost": site_search.MUNICIPALITY_BOOST},
        {"location": "factsheets/gm0518/", "title": "Den Haag / 's-Gravenhage", "text": "Factsheet · Zuid-Holland", "boost": site_search.MUNICIPALITY_BOOST},
    ]


def test_the_preview_links_to_html_files(content, tmp_path):
    (tmp_path / "factsheets").mkdir()
    (tmp_path / "factsheets" / "gm0150.html").write_text("<html></html>", encoding="utf-8")
    (entry,) = site_search.municipality_entries(content, tmp_path, directory_urls=False)
    assert entry["location"] == "factsheets/gm0150.html"


def test_entries_are_added_once(tmp_path):
    index = tmp_path / "search" / "search_index.json"
    index.parent.mkdir()
    index.write_text(json.dumps({"config": {}, "docs": [{"location": "", "title": "Start", "text": ""}]}), encoding="utf-8")
    entry = {"location": "factsheets/gm0150/", "title": "Deventer", "text": "Factsheet · Overijssel", "boost": 0.5}
    assert site_search.add_entries(tmp_path, [entry]) == 1
    assert site_search.add_entries(tmp_path, [entry]) == 0
    assert [d["location"] for d in json.loads(index.read_text(encoding="utf-8"))["docs"]] == ["", "factsheets/gm0150/"]


def test_names_are_escaped_as_html():
    assert site_search.html_text("A <b> & B") == "A &lt;b&gt; &amp; B"
