"""What a pull request changes, in the editor's terms: which pages, where to find them in the preview.

Written to GitHub's job summary (`$GITHUB_STEP_SUMMARY`), so the editor sees on the pull request's
Checks tab which pages to open in the downloaded preview site.
"""

from __future__ import annotations

from pathlib import Path

from .history import CONTENT_DIR, _git

_VERBS = {"A": "nieuw", "M": "gewijzigd", "D": "verwijderd", "R": "verplaatst", "C": "gekopieerd"}


def changed_files(root: Path, base: str) -> list[tuple[str, str]]:
    """(status letter, path) of content files changed between `base` and HEAD (merge base)."""
    out = _git(root, "diff", "--name-status", "--find-renames", f"{base}...HEAD", "--", CONTENT_DIR)
    if out is None:
        return []
    found = []
    for line in out.splitlines():
        columns = line.split("\t")
        if len(columns) >= 2:
            found.append((columns[0][:1], columns[-1]))
    return found


def page_paths(root: Path) -> dict[str, tuple[str, str]]:
    """Content file -> (title, page path in the preview site) for every valid content item."""
    from ..compose import urls
    from ..validate import load_content

    content, _problems = load_content(root)
    found = {}
    for entry in content.entries:
        kind, item_id = entry.content_type.kind, entry.item.id
        if kind == "pagina" and item_id == "start":
            path = "index.md"
        elif kind in urls.PAGE_OF_KIND:
            path = urls.target(kind, item_id).partition("#")[0]
        else:
            continue
        found[entry.file] = (entry.item.title, path.removesuffix(".md") + ".html")
    return found


def markdown(root: Path, base: str) -> str:
    changes = changed_files(root, base)
    lines = ["## Wat dit voorstel verandert", ""]
    if not changes:
        lines.append("Dit voorstel verandert geen bestanden in `content/`.")
        return "\n".join(lines)
    pages = page_paths(root)
    lines += ["| Bestand | Wat | Pagina | In de voorbeeldsite |", "|---|---|---|---|"]
    for status, path in changes:
        title, page = pages.get(path, ("", ""))
        shown_page = f"`{page}`" if page else ("—" if status == "D" else "(nog) geen pagina")
        title = title.replace("|", "/")
        lines.append(f"| `{path}` | {_VERBS.get(status, 'gewijzigd')} | {title or '—'} | {shown_page} |")
    lines += [
        "",
        "De hele site met deze wijziging staat onderaan deze pagina bij **Artifacts**, als **site-voorbeeld**. "
        "Download het zip-bestand, pak het uit en open `index.html`; de pagina's hierboven staan op de genoemde plek.",
    ]
    return "\n".join(lines)
