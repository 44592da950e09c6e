"""QR codes (kennisbank/qr.py): kept in the folder the caller passes in, never in one it guesses."""

from __future__ import annotations

from pathlib import Path

from kennisbank.qr import QR_CACHE, qr_svg


def test_a_code_is_kept_in_the_given_folder_and_read_back(tmp_path):
    first = qr_svg("https://example.org/a", tmp_path / "qr", label="Code A")
    (kept,) = (tmp_path / "qr").glob("*.svg")
    assert qr_svg("https://example.org/a", tmp_path / "qr", label="Code B").replace("Code B", "Code A") == first
    assert 'role="img"' in first and "Code A" in first and kept.stat().st_size > 0


def test_without_a_folder_nothing_is_written(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert "<svg" in qr_svg("https://example.org/zonder-map")
    assert list(tmp_path.rglob("*")) == []


def test_the_site_inputs_name_the_projects_folder(tmp_path):
    from kennisbank.site import read_inputs

    assert read_inputs(tmp_path).qr_cache == tmp_path / QR_CACHE
    assert QR_CACHE == Path(".cache") / "qr"
