"""MkDocs hooks for what readers receive, next to kennisbank/mkdocs_hook.py (validation, pages, atomic build).

`site_config/site_hooks.py` re-exports `on_page_content` for MkDocs; `finish` is called by
kennisbank/mkdocs_hook.py at the end of a build, after the factsheet PDFs and before the built site is
swapped into place, so it sees the whole site.

- `on_page_content`: a long page gets an in-page contents list, and wide tables get column labels and
  table roles for their card layout on a phone (page_html.py).
- `finish`: the search index gets an entry per municipality that leads to its factsheet
  (site_search.py); in a site that opens from disk, links to folders point at their index.html
  (file_links.py); the self-hosted fonts are cut down to the characters the site uses (webfonts.py).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from . import file_links, page_html, site_search, webfonts

if TYPE_CHECKING:  # for annotations only: MkDocs calls these hooks with its own objects
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page

    from .validate import Content

log = logging.getLogger("mkdocs.kennisbank.site")


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    hidden = page.meta.get("hide") or []
    if "toc" not in hidden:
        html = page_html.contents_list(html)
    return page_html.label_tables(html)


def finish(config: MkDocsConfig, content: Content | None) -> None:
    """After the build, on the whole staged site: `content` is the validated content of this build."""
    root = Path(config.config_file_path).parent
    site_dir = Path(config.site_dir)
    if content is not None:
        site_search.add_entries(site_dir, site_search.municipality_entries(content, site_dir, config.use_directory_urls))
    if not config.use_directory_urls:  # the preview that opens from disk: links to files, not folders
        file_links.link_files(site_dir)
    subsets = webfonts.subset_fonts(site_dir, root)
    if subsets:
        before = sum(s.before for s in subsets)
        after = sum(s.after for s in subsets)
        log.info(f"Lettertypen verkleind tot de gebruikte tekens: {before // 1024} KB → {after // 1024} KB.")
