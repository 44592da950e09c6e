"""What axe cannot see, part 2: reflow at 320 CSS px and text enlarged to 200%.

- Reflow (WCAG 1.4.10): at 320 px wide no page scrolls horizontally. Wide tables may scroll inside
  their own box (an allowed exception); the page itself may not. The same visit, with the site's
  Content-Security-Policy in force, checks that nothing on any page is blocked by it (test_csp.py).
- Resize text (WCAG 1.4.4): with the browser's font size setting doubled (Chromium's
  Page.setFontSizes, what a reader changes under Settings > Appearance) body text is twice as large,
  no page scrolls horizontally at 1280 px, no text in the content or footer is cut off, and the
  menu and search buttons are still on screen.
"""

from __future__ import annotations

from .conftest import DESKTOP, open_page, settle
from .test_csp import RECORD_VIOLATIONS, violations

NARROW = {"width": 320, "height": 640}

OVERFLOW = "document.documentElement.scrollWidth - document.documentElement.clientWidth"

CLIPPED_TEXT = """() => {
  const found = [];
  for (const el of document.querySelectorAll('.md-content *, .md-footer *, .md-header__title *')) {
    if (!el.checkVisibility() || !el.textContent.trim()) continue;
    const box = el.getBoundingClientRect();
    if (box.width <= 1 || box.height <= 1) continue;   // visually hidden text for screen readers
    const s = getComputedStyle(el);
    const clipsX = ['hidden', 'clip'].includes(s.overflowX), clipsY = ['hidden', 'clip'].includes(s.overflowY);
    if (el.closest('.md-typeset__scrollwrap')) continue;   // tables scroll in their own box
    if ((clipsX && el.scrollWidth > el.clientWidth + 1) || (clipsY && el.scrollHeight > el.clientHeight + 1)) {
      found.push(el.tagName + '.' + el.className + ': ' + el.textContent.trim().slice(0, 50));
    }
  }
  return found;
}"""


def test_no_page_scrolls_sideways_at_320px_or_breaks_the_policy(site, new_context):
    """Every page at 320 px, with the site's Content-Security-Policy in force (no harness script is
    injected here), so one visit checks both: the reflow, and that nothing on the page is blocked."""
    context = new_context("light", NARROW, bypass_csp=False)
    context.add_init_script(RECORD_VIOLATIONS)
    page = context.new_page()
    problems = []
    for url in site.pages:
        open_page(page, site.url(url))
        settle(page)
        overflow = page.evaluate(OVERFLOW)
        if overflow > 0:
            wide = page.evaluate("""() => [...document.querySelectorAll('body *')]
                .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && e.checkVisibility())
                .slice(0, 5).map(e => e.tagName + '.' + e.className)""")
            problems.append(f"{url or '/'}: {overflow} px too wide, e.g. {wide}")
        problems += [f"{url or '/'}: blocked by the policy: {v}" for v in violations(page)]
    assert not problems, "at 320 px:\n" + "\n".join(problems)


def test_text_at_200_percent(site, new_context):
    context = new_context("light", DESKTOP)
    page = context.new_page()
    open_page(page, site.url(""))
    sizes = "['.md-typeset p', '.md-typeset h1'].map(s => parseFloat(getComputedStyle(document.querySelector(s)).fontSize))"
    normal = page.evaluate(sizes)
    cdp = context.new_cdp_session(page)
    cdp.send("Page.setFontSizes", {"fontSizes": {"standard": 32, "fixed": 26}})
    open_page(page, site.url(""))
    doubled = page.evaluate(sizes)
    assert all(big >= 1.9 * small for big, small in zip(doubled, normal, strict=True)), f"text not doubled: {normal} -> {doubled}"
    problems = []
    for url in site.few:  # zoom is the theme's layout; the content's reflow is the 320 px test
        open_page(page, site.url(url))
        size = page.evaluate("parseFloat(getComputedStyle(document.querySelector('.md-typeset h1')).fontSize)")
        if size < 1.9 * normal[1]:
            problems.append(f"{url or '/'}: heading is {size} px, not about 2 × {normal[1]} px")
        if (overflow := page.evaluate(OVERFLOW)) > 0:
            problems.append(f"{url or '/'}: scrolls horizontally by {overflow} px")
        problems += [f"{url or '/'}: text cut off: {item}" for item in page.evaluate(CLIPPED_TEXT)]
        for button in ("button.kb-menu-button", 'label.md-header__button[for="__search"]'):
            box = page.locator(button).bounding_box(timeout=2_000) if page.locator(button).count() == 1 else None
            if not box or box["x"] + box["width"] > DESKTOP["width"] or box["x"] < 0:
                problems.append(f"{url or '/'}: {button} not on screen at 200% text")
    assert not problems, "text at 200%:\n" + "\n".join(problems)
