"""Issue 18, dark mode: every kind of admonition (note, warning, …, open and folded), and the site's own
boxes and labels, pass axe's contrast check in both colour schemes and look like it: dark in the dark
scheme, light in the light one.

The site uses only some admonition types today; the test puts every type Material knows on a real page
(same stylesheets), so a type an editor or template uses tomorrow is already checked.
"""

from __future__ import annotations

import pytest
from axe_playwright_python.base import AXE_SCRIPT

from .conftest import DESKTOP, MATERIAL_SCHEME, SCHEMES, open_page

TYPES = [
    "note",
    "abstract",
    "summary",
    "tldr",
    "info",
    "todo",
    "tip",
    "hint",
    "important",
    "success",
    "check",
    "done",
    "question",
    "help",
    "faq",
    "warning",
    "caution",
    "attention",
    "failure",
    "fail",
    "missing",
    "danger",
    "error",
    "bug",
    "example",
    "quote",
    "cite",
]
SAMPLE = "".join(
    f'<div class="admonition {kind}"><p class="admonition-title">Let op: {kind}</p>'
    f'<p>Tekst met een <a href="#x">link</a>, <code>code</code> en <strong>nadruk</strong>.</p></div>'
    f'<details class="{kind}"><summary>Uitklappen: {kind}</summary><p>Tekst met een <a href="#x">link</a>.</p></details>'
    for kind in TYPES
)
# The site's own boxes and labels with a colour of their own (kader.css, kennisbank.css, richtlijnen.css).
OWN = (
    '<p class="kb-cijfer__let-op"><strong>Let op:</strong> het handboek noemt geen bron.</p>'
    '<span class="kb-label kb-label--minst">Minst gebruikt</span><span class="kb-label kb-label--voorstel">Voorstel</span>'
    '<span class="kb-label kb-label--geactualiseerd">Geactualiseerd</span><span class="kb-label kb-label--stevig">Stevig</span>'
)
INJECT = """html => { const article = document.querySelector('article');
  const box = document.createElement('div'); box.id = 'kb-proef'; box.innerHTML = html;
  article.prepend(box); box.querySelectorAll('details').forEach(d => d.open = true); }"""
LUMINANCE = """selector => [...document.querySelectorAll(selector)].map(el => {
  let node = el, colour;
  while (node) { colour = getComputedStyle(node).backgroundColor;
    if (colour && !/rgba\\(0, 0, 0, 0\\)|transparent/.test(colour)) break; node = node.parentElement; }
  const [r, g, b] = colour.match(/[\\d.]+/g).slice(0, 3).map(Number).map(v => { v /= 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
  return [el.className, 0.2126 * r + 0.7152 * g + 0.0722 * b]; })"""
AXE_CONTRAST = """() => axe.run('#kb-proef', {runOnly: {type: 'rule', values: ['color-contrast', 'link-in-text-block']}})
  .then(r => r.violations.flatMap(v => v.nodes.map(n => `${v.id} ${n.target}: ${(n.failureSummary || '').slice(0, 160)}`)))"""


@pytest.mark.parametrize("scheme", SCHEMES)
def test_every_admonition_and_own_box_passes_contrast_and_looks_its_scheme(site, new_context, scheme):
    context = new_context(scheme, DESKTOP)
    context.add_init_script(script=AXE_SCRIPT)
    page = context.new_page()
    open_page(page, site.url("bouwstenen/"))
    assert page.get_attribute("body", "data-md-color-scheme") == MATERIAL_SCHEME[scheme]
    page.evaluate(INJECT, SAMPLE + OWN)
    violations = page.evaluate(AXE_CONTRAST)
    assert not violations, f"{scheme}:\n" + "\n".join(violations)
    boxes = page.evaluate(
        LUMINANCE, "#kb-proef .admonition, #kb-proef details, #kb-proef .kb-cijfer__let-op, #kb-proef .kb-label--minst, #kb-proef .kb-label--voorstel"
    )
    if scheme == "dark":
        light = [name for name, luminance in boxes if luminance > 0.2]
        assert not light, f"light boxes in the dark scheme: {light}"
    else:
        dark = [name for name, luminance in boxes if luminance < 0.5]
        assert not dark, f"dark boxes in the light scheme: {dark}"
