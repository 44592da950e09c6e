"""MkDocs hooks for what readers receive, next to kennisbank/mkdocs_hook.py (validation, pages, atomic build).

`site_config/site_hooks.py` re-exports these; mkdocs.yml lists it before site_config/hooks.py, so
`on_post_build` here works on the staged site before mkdocs_hook swaps it into place.

- `on_post_build`: the self-hosted fonts are cut down to the characters the site uses (webfonts.py).
"""

from __future__ import annotations

import logging
from pathlib import Path

from . import webfonts

log = logging.getLogger("mkdocs.kennisbank.site")


def on_post_build(config) -> None:
    root = Path(config.config_file_path).parent
    subsets = webfonts.subset_fonts(Path(config.site_dir), root)
    if subsets:
        before = sum(s.before for s in subsets)
        after = sum(s.after for s in subsets)
        log.info(f"Lettertypen verkleind tot de gebruikte tekens: {before // 1024} KB → {after // 1024} KB.")
