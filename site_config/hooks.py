"""MkDocs hooks for the kennisbank: everything happens in kennisbank.mkdocs_hook."""

from kennisbank.mkdocs_hook import (  # noqa: F401 - MkDocs looks these names up
    on_build_error,
    on_config,
    on_env,
    on_files,
    on_page_markdown,
    on_post_build,
    on_startup,
)
