"""Every YAML example on a page for editors, as a reader sees it, is valid content of its real file type.

The examples are taken from the rendered pages (composed from content, then Markdown with the extensions
of mkdocs.yml, as on the site), not from the YAML of the guide: what an editor copies is what is checked,
so an escaped `&gt;-` can never ship again. A whole file (with `soort:`) is placed in its content folder;
a fragment (`wat_er_gebeurt:`, `bron:`) replaces those fields in the shortest real file of the type that
has them. Then the whole content is validated as `kennisbank check` does: fields, references, source lines.
"""

from __future__ import annotations

import html
import re
import shutil
from functools import cache
from pathlib import Path

import markdown
import pytest

from kennisbank.site import PAGE_FAMILIES, compose_site, read_inputs
from kennisbank.load import parse_yaml
from kennisbank.models import content_types as all_content_types
from kennisbank.validate import load_content

from .conftest import ROOT
from present.test_escape import CONFIGS, EXTENSIONS

_YAML_BLOCK = re.compile(r'<div class="language-yaml highlight"><pre>(?:<span></span>)?<code>(.*?)</code></pre></div>', re.S)


@cache
def guide_examples() -> tuple[tuple[str, str], ...]:
    """(page path, example text) for every YAML block on a page of the editors' section."""
    content, problems = load_content(ROOT)
    assert not [p for p in problems if p.is_error]
    found = []
    editors = tuple(f for f in PAGE_FAMILIES if f.name in ("redactie", "algemene pagina's"))  # the guide and its pages
    for page in compose_site(content, read_inputs(content.root), editors):
        if page.section != "redactie":
            continue
        rendered = markdown.markdown(page.markdown, extensions=EXTENSIONS, extension_configs=CONFIGS)
        for block in _YAML_BLOCK.findall(rendered):
            found.append((page.path, html.unescape(re.sub(r"<[^>]+>", "", block))))
    return tuple(found)


def test_the_guide_has_yaml_examples():
    pages = {path for path, _ in guide_examples()}
    assert {"redactie-begrip-toevoegen.md", "redactie-tekst-aanpassen.md", "redactie-bouwsteen-aanvullen.md"} <= pages


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("gids")
    shutil.copytree(ROOT / "content", root / "content")
    return root


def _type_with_fields(keys: set[str]):
    """The content type whose files have all these top-level fields (YAML names)."""
    matching = []
    for content_type in all_content_types():
        names = {field.alias or name for name, field in content_type.model.model_fields.items()}
        if keys <= names:
            matching.append(content_type)
    return matching


def _shortest_file(root: Path, folder: str, kind: str) -> Path:
    files = [p for p in (root / "content" / folder).rglob("*.yaml") if re.search(rf"^soort: {kind}$", p.read_text(encoding="utf-8"), re.M)]
    return min(files, key=lambda p: (len(p.read_text(encoding="utf-8").splitlines()), p.name))


def _replace_fields(text: str, fragment: str, keys: set[str]) -> str:
    """The file text with its top-level fields `keys` (and their indented lines) replaced by `fragment`."""
    lines = text.splitlines()
    kept, skipping = [], False
    for line in lines:
        key = re.match(r"^([A-Za-z_]+):", line)
        if key:
            skipping = key.group(1) in keys
        elif line and not line.startswith((" ", "#")):
            skipping = False
        if not skipping:
            kept.append(line)
    return "\n".join(kept) + "\n" + fragment.rstrip("\n") + "\n"


@pytest.mark.parametrize("index", range(len(guide_examples())))
def test_example_is_valid_content_of_its_type(project, index):
    page, example = guide_examples()[index]
    assert "&gt;" not in example and "&lt;" not in example and "&amp;" not in example, f"{page}: escaped text in the example"
    document, problems = parse_yaml(example, page)
    assert document is not None and not problems, f"{page}: the example is no valid YAML: {problems}\n{example}"
    data = document.data
    if "soort" in data:
        content_type = next(t for t in all_content_types() if t.kind == data["soort"])
        target = project / "content" / content_type.folder / f"{data['id']}.yaml"
        original = None
        text = example
    else:
        keys = set(data)
        types = _type_with_fields(keys)
        assert types, f"{page}: no content type has the fields {sorted(keys)}"
        content_type = types[0]
        target = _shortest_file(project, content_type.folder, content_type.kind)
        original = target.read_text(encoding="utf-8")
        text = _replace_fields(original, example, keys)
    target.write_text(text, encoding="utf-8")
    try:
        _content, problems = load_content(project)
        display = target.relative_to(project).as_posix()
        errors = [p for p in problems if p.is_error and p.location.file == display]
        assert not errors, f"{page}: the example is not valid as {content_type.kind}: {errors}\n{text}"
    finally:
        if original is None:
            target.unlink()
        else:
            target.write_text(original, encoding="utf-8")
