"""The Material partials in overrides/ stay copies of the installed Material plus our one change.

When Material is upgraded and its partial changes, this test fails: copy the new partial and
re-apply the change (the comment at the top of each override says what it is).
"""

from __future__ import annotations

import re
from pathlib import Path

import material
import pytest

OVERRIDES = Path(__file__).resolve().parents[2] / "overrides"
MATERIAL = Path(material.__file__).parent / "templates"

CHANGES = {
    "partials/search.html": [
        (
            '<div class="md-search" data-md-component="search" role="dialog">',
            '<div class="md-search" data-md-component="search" role="dialog" aria-label="{{ lang.t(\'search\') }}">',
        )
    ],
    "partials/nav-item.html": [
        (
            'aria-labelledby="{{ path }}_label" aria-expanded',
            'aria-label="{{ nav_item.title | e }}" aria-expanded',
        )
    ],
    "partials/header.html": [
        ('<label class="md-header__button md-icon" for="__drawer">', None),
    ],
    "partials/actions.html": [  # issue 18: the edit pencil is labelled for editors
        (
            'title="{{ lang.t(\'action.edit\') }}" class="md-content__button md-icon" rel="edit"',
            'title="Deze pagina wijzigen (voor de redactie, op GitHub)" class="md-content__button md-icon" rel="edit"',
        )
    ],
}
HEADER_COMMENT = re.compile(r"\A\{#-.*?-#\}\n", re.DOTALL)


def body(text: str) -> str:
    return HEADER_COMMENT.sub("", text, count=1)


@pytest.mark.parametrize("name", sorted(CHANGES))
def test_override_is_upstream_plus_our_change(name):
    upstream = body((MATERIAL / name).read_text(encoding="utf-8"))
    ours = body((OVERRIDES / name).read_text(encoding="utf-8"))
    for old, new in CHANGES[name]:
        assert upstream.count(old) == 1, f"{name}: Material changed the line we override: {old}"
        if new is not None:
            upstream = upstream.replace(old, new)
    if name == "partials/header.html":  # the menu label becomes a button: compare around it
        start = upstream.index('<label class="md-header__button md-icon" for="__drawer">')
        end = upstream.index("</label>", start) + len("</label>")
        mine_start = ours.index('<button type="button" class="md-header__button md-icon kb-menu-button"')
        mine_end = ours.index("</button>", mine_start) + len("</button>")
        assert upstream[:start] == ours[:mine_start] and upstream[end:] == ours[mine_end:], f"{name} drifted from Material"
        inner_up = upstream[upstream.index(">", start) + 1 : end - len("</label>")]
        inner_ours = ours[ours.index(">", mine_start) + 1 : mine_end - len("</button>")]
        assert inner_up == inner_ours
    else:
        assert ours == upstream, f"{name} differs from Material's beyond our change"


def test_every_override_is_checked():
    present = {p.relative_to(OVERRIDES).as_posix() for p in OVERRIDES.rglob("*.html")} - {"main.html", "404.html"}
    moved = {f"partials/javascripts/{name}.html" for name in MOVED_SCRIPTS}
    assert present == set(CHANGES) | moved


def test_404_page_is_dutch(site, new_context):
    from .conftest import open_page

    page = new_context("light").new_page()
    open_page(page, site.url("404.html"))
    assert page.locator("h1").inner_text() == "Pagina niet gevonden"
    page.locator("a", has_text="startpagina").click()
    assert page.locator("h1").inner_text() == "Integrale Vroeghulp"


# Material's inline scripts, moved into files for the Content-Security-Policy: each file must hold the
# installed Material's code, with only the change named here.
MOVED_SCRIPTS = {
    "base": ('new URL("{{ config.extra.scope | d(base_url) }}",location)', 'new URL("../../",document.currentScript.src)'),
    "content": None,
    "palette": None,
}
ASSETS = Path(__file__).resolve().parents[2] / "docs" / "assets" / "javascripts"


@pytest.mark.parametrize("name", sorted(MOVED_SCRIPTS))
def test_moved_inline_script_is_materials_code(name):
    upstream = (MATERIAL / "partials" / "javascripts" / f"{name}.html").read_text(encoding="utf-8")
    code = re.findall(r"<script>(.*?)</script>", upstream, re.S)[-1]
    change = MOVED_SCRIPTS[name]
    if change:
        assert code.count(change[0]) == 1, f"Material changed {name}.html: update kb-md-{name}.js"
        code = code.replace(*change)
    ours = (ASSETS / f"kb-md-{name}.js").read_text(encoding="utf-8")
    assert [line for line in ours.splitlines() if not line.startswith("//")] == [code]
    override = (OVERRIDES / "partials" / "javascripts" / f"{name}.html").read_text(encoding="utf-8")
    assert f"assets/javascripts/kb-md-{name}.js" in body(override) and "<script>" not in body(override)
