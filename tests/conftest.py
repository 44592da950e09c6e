"""Shared fixtures: the project root, the validated content, a built site (once per session)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CHROMIUM = "/usr/bin/chromium"  # Debian's chromium; never a downloaded browser
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="session")
def browser():
    """One Chromium for the whole session: Playwright's sync API allows one running instance per thread."""
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium is missing: run scripts/setup --test (it apt-installs chromium).")
    import os

    from playwright.sync_api import sync_playwright

    os.environ.setdefault("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def project_root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def content():
    from kennisbank.validate import load_content

    loaded, problems = load_content(ROOT)
    errors = [p for p in problems if p.is_error]
    assert not errors, errors
    return loaded


# The factsheet PDFs the test site gets: the extremes of the layout (longest name, largest and smallest
# region, most members, apostrophes and accents) and the places the tests open. All 384 render the
# same way; `bench/factsheets.py` renders every one and reports its page count.
PDF_SAMPLE = (
    "gm0014",
    "gm0034",
    "gm0088",
    "gm0096",
    "gm0150",
    "gm0225",
    "gm0363",
    "gm0518",
    "gm0820",
    "gm1900",
    "gm0502",
    "gm1680",
    "jz02",
    "jz13",
    "jz39",
    "jz43",
)


def made_once(tmp_path_factory, name: str, make: Callable[[Path], None]) -> Path:
    """`make(folder)` once per test run, and `folder`. Under pytest-xdist every worker has its own
    session: the first worker to ask makes it in the run's shared temporary folder while holding a
    lock, the others wait for it and reuse it."""
    import fcntl

    shared = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        shared = shared.parent  # the run's folder, above each worker's own
    folder, done = shared / name, shared / f"{name}.done"
    with open(shared / f"{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not done.exists():
            shutil.rmtree(folder, ignore_errors=True)  # what a failed attempt left
            folder.mkdir()
            make(folder)
            done.touch()
    return folder


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The real site, with the factsheet PDFs of `PDF_SAMPLE`, built once per test run."""

    def build(folder: Path) -> None:
        result = subprocess.run(
            [sys.executable, "-m", "kennisbank.cli", "--root", str(ROOT), "build", "--site-dir", str(folder / "site")],
            capture_output=True,
            text=True,
            env=dict(os.environ, KENNISBANK_FACTSHEET_PDF=",".join(PDF_SAMPLE)),
        )
        assert result.returncode == 0, result.stdout + result.stderr

    return made_once(tmp_path_factory, "built-site", build) / "site"


@pytest.fixture(scope="session")
def pull_request_run(tmp_path_factory) -> Path:
    """The pull-request workflow run once on a copy of the project (tests/pull_request.py): the folder
    holding `project/` (with its `site/` and `site-voorbeeld/`) and `run.json` (steps run, left out, summary)."""
    import pull_request

    def run(folder: Path) -> None:
        (folder / "project").mkdir()
        project = pull_request.on_a_pull_request_branch(make_project(folder / "project"))
        pull_request.run_workflow(project, folder)

    return made_once(tmp_path_factory, "pull-request", run)


def make_project(tmp_path: Path, files: dict[str, str] | None = None, *, with_content: bool | tuple[str, ...] = True) -> Path:
    """A throwaway copy of the project (config, templates, docs, and content) plus extra files.

    `with_content` is True (all content), False (none) or a tuple of content folders to copy, for
    tests that need a small, fast site.
    """
    for name in ("mkdocs.yml", "templates", "docs", "macros", "site_config", "overrides"):
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, tmp_path / name)
        elif source.exists():
            shutil.copy(source, tmp_path / name)
    if with_content is True:
        shutil.copytree(ROOT / "content", tmp_path / "content")
    else:
        (tmp_path / "content").mkdir()
        for folder in with_content or ():
            shutil.copytree(ROOT / "content" / folder, tmp_path / "content" / folder)
    for relative, text in (files or {}).items():
        target = tmp_path / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    return tmp_path


def build_small_site(base: Path, folders: tuple[str, ...]) -> Path:
    """Build (strict, without PDFs) a copy of the project holding only the given content folders."""
    import os

    (base / "project").mkdir()
    project = make_project(base / "project", with_content=tuple(f for f in folders if (ROOT / "content" / f).is_dir()))
    site = base / "site"
    result = subprocess.run(
        [sys.executable, "-m", "kennisbank.cli", "--root", str(project), "build", "--site-dir", str(site)],
        capture_output=True,
        text=True,
        env=dict(os.environ, KENNISBANK_FACTSHEET_PDF="0"),
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return site


# Fixtures that build a whole site, render PDFs or start a browser: a test using one (directly or
# through another fixture) belongs to the full suite, so `pytest -m "not full"` is the fast subset.
HEAVY_FIXTURES = {
    "built_site",
    "site",
    "browser",
    "new_context",
    "attacked",
    "small_site",
    "blocks_site",
    "all_pdfs",
    "example_pdfs",
    "page_blocks",
    "preview",
    "pull_request_run",
}


# The files that take longest (each over a minute on the 2-core machine), longest first.
LONGEST_FILES = ("browser/test_accessibility.py", "security/test_payloads.py", "editors/test_workflow.py", "browser/test_layout.py")


# Fixtures that need the real site built (`site` asks for it at run time).
NEEDS_BUILT_SITE = {"built_site", "site", "page_blocks", "all_pdfs"}


def pytest_collection_modifyitems(config, items):
    for item in items:
        if HEAVY_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.full)

    # Under pytest-xdist (one worker per file): the first file that needs the real site starts at once,
    # so its worker builds the site while the others run the tests that do not need it; the other
    # files that need the site come last, when it is there.
    def needs_site(item) -> bool:
        return bool(NEEDS_BUILT_SITE & set(getattr(item, "fixturenames", ())))

    # Within each group the longest files go first, so no worker is left with one long file at the
    # end while the other waits (longest-first scheduling; durations from `--durations`).
    def longest_first(item) -> int:
        relative = item.path.relative_to(ROOT / "tests").as_posix()
        return LONGEST_FILES.index(relative) if relative in LONGEST_FILES else len(LONGEST_FILES)

    first = next((item.path for item in items if needs_site(item)), None)
    items.sort(key=lambda item: (0 if item.path == first else (2 if needs_site(item) else 1), longest_first(item)))
