"""MkDocs hooks for what readers receive (kennisbank.site_hooks); listed before hooks.py in mkdocs.yml."""

from kennisbank.site_hooks import on_page_content, on_post_build  # noqa: F401 - MkDocs looks these names up
