"""MkDocs hooks for what readers receive (kennisbank.site_hooks); listed before hooks.py in mkdocs.yml."""

from kennisbank.site_hooks import on_page_content  # noqa: F401 - MkDocs looks these names up
