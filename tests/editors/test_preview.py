"""Seeing the result: `serve` rebuilds on a content change, the preview site opens from disk, and the
pull-request summary names the pages that change."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request

import pytest
import yaml

from .conftest import ROOT, git

pytestmark = pytest.mark.full  # builds sites, renders PDFs or runs long: the full suite

ENV = {**os.environ, "KENNISBANK_FACTSHEET_PDF": "0"}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except OSError:
        return None


def test_mkdocs_watches_content_and_templates():
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    assert {"content", "templates"} <= set(config["watch"])


def test_serve_shows_a_content_change_without_restarting(small_project):
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "kennisbank.cli", "--root", str(small_project), "serve", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=ENV,
        text=True,
    )
    try:
        url = f"http://127.0.0.1:{port}/begrippen/"
        deadline = time.monotonic() + 90
        while (page := _get(url)) is None and time.monotonic() < deadline:
            time.sleep(0.5)
        assert page and "multidisciplinair overleg" in page
        assert "livereload" in page, "the page asks the server to reload it on changes"
        term = small_project / "content" / "glossary" / "mdo.yaml"
        term.write_text(term.read_text(encoding="utf-8").replace("Een overleg waarin", "Een overleg (nu vers bewerkt) waarin"), encoding="utf-8")
        while "nu vers bewerkt" not in (_get(url) or "") and time.monotonic() < deadline:
            time.sleep(0.5)
        assert "nu vers bewerkt" in (_get(url) or "")
    finally:
        process.terminate()
        process.wait(timeout=20)


def test_preview_site_links_to_html_files_so_it_opens_from_disk(small_project, tmp_path):
    out = tmp_path / "voorbeeld"
    result = subprocess.run(
        [sys.executable, "-m", "kennisbank.cli", "--root", str(small_project), "voorbeeld", "--site-dir", str(out)],
        capture_output=True,
        text=True,
        env=ENV,
    )
    assert result.returncode == 0, result.stderr
    assert "Open daar index.html in uw browser." in result.stdout
    guide = (out / "redactie" / "index.html").read_text(encoding="utf-8")
    assert 'href="velden.html"' in guide and 'href="../over/wijzigingen.html"' in guide
    assert (out / "begrippen" / "index.html").exists() and (out / "redactie" / "velden.html").exists()


@pytest.mark.skipif(shutil.which("git") is None, reason="git is nodig")
def test_pull_request_summary_names_the_changed_pages(small_project, capsys):
    from kennisbank import cli

    git(small_project, "init", "-q", "-b", "main")
    git(small_project, "add", "-A")
    git(small_project, "commit", "-q", "-m", "basis", date="2026-11-01")
    term = small_project / "content" / "glossary" / "mdo.yaml"
    term.write_text(term.read_text(encoding="utf-8").replace("Een overleg waarin", "Een gesprek waarin"), encoding="utf-8")
    git(small_project, "commit", "-q", "-am", "Uitleg MDO", date="2026-11-02")
    summary = small_project / "samenvatting.md"
    assert cli.main(["--root", str(small_project), "pr-overzicht", "--basis", "HEAD~1", "--uit", str(summary)]) == 0
    text = summary.read_text(encoding="utf-8")
    assert "## Wat dit voorstel verandert" in text
    assert "| `content/glossary/mdo.yaml` | gewijzigd | multidisciplinair overleg | `begrippen/index.html` |" in text
    assert "**site-voorbeeld**" in text
    assert cli.main(["--root", str(small_project), "pr-overzicht", "--basis", "HEAD"]) == 0
    assert "Dit voorstel verandert geen bestanden in `content/`." in capsys.readouterr().out
