"""What axe cannot see, part 1: the site usable with the keyboard alone (checked on every third section's page).

- The first Tab stop is the skip link "Ga naar inhoud"; it is visible when focused, and after Enter
  the next Tab lands inside the page content.
- Every Tab stop (header, menu, content, footer) has a visible focus indicator: the element (or the
  visible label of Material's hidden colour-scheme radio) is on screen, not transparent, and has an
  outline of at least 2 px. Nothing invisible takes focus.
- Search can be reached with Tab and used with the keyboard (type, Enter opens the best result).
- On a narrow screen the menu button can be reached with Tab and opens the menu with Enter or Space.
"""

from __future__ import annotations

import pytest

from .conftest import DESKTOP, MOBILE, SEARCH_READY, open_page, settle

WIDTHS = {"desktop": DESKTOP, "mobile": MOBILE}

FOCUS_INFO = """() => {
  let el = document.activeElement;
  if (!el || el === document.body) return null;
  if (el.classList.contains('md-option')) {          // hidden radio: its visible label shows the ring
    el = el.nextElementSibling && el.nextElementSibling.tagName === 'LABEL' && !el.nextElementSibling.hidden
      ? el.nextElementSibling : document.querySelector('label[for="' + document.activeElement.id + '"]:not([hidden])') || el;
  }
  const r = el.getBoundingClientRect();
  const s = getComputedStyle(el);
  return {
    what: el.tagName + '.' + [...el.classList].filter(c => c !== 'focus-visible').join('.') + ' ' +
          ((el.getAttribute('href') || el.getAttribute('for') || el.getAttribute('aria-label') || el.textContent || '').trim().slice(0, 40)),
    width: r.width, height: r.height,
    onScreen: r.right > 0 && r.bottom > 0 && r.left < innerWidth && r.top < innerHeight,
    visible: el.checkVisibility({opacityProperty: true, visibilityProperty: true}),
    outline: s.outlineStyle !== 'none' ? parseFloat(s.outlineWidth) : 0,
    inContent: !!el.closest('.md-content'),
    beforeContent: !!el.closest('.md-header, .md-sidebar, .md-tabs'),
    skip: el.classList.contains('md-skip'),
  };
}"""


def focus_ok(info: dict | None) -> bool:
    return bool(info) and info["visible"] and info["onScreen"] and info["width"] > 0 and info["height"] > 0 and info["outline"] >= 2


def tab(page) -> dict | None:
    """Press Tab; what has focus now. Waits for transitions only when focus is not (yet) visible."""
    # at a person's pace: not while closing search still locks the page scroll (Material releases it
    # after its closing transition; a test typing Tab within milliseconds would land off-screen)
    # a function, not an expression: Playwright evaluates an expression with eval, which the site's policy forbids
    page.wait_for_function("() => !document.body.style.top || document.getElementById('__search').checked", timeout=3_000)
    page.keyboard.press("Tab")
    info = page.evaluate(FOCUS_INFO)
    if info is not None and not focus_ok(info):
        settle(page)  # e.g. the search panel or a menu panel sliding in, smooth scrolling to the element
        for _ in range(15):
            info = page.evaluate(FOCUS_INFO)
            if focus_ok(info):
                break
            page.wait_for_timeout(100)
    return info


def use_skip_link(page, url: str) -> None:
    """The first Tab stop is a visible "Ga naar inhoud"; Enter lands in the content."""
    first = tab(page)
    assert first and first["skip"], f"{url}: the first Tab stop is {first}, not the skip link"
    assert first["visible"] and first["onScreen"] and first["outline"] >= 2, f"{url}: skip link not visible when focused: {first}"
    assert page.evaluate("document.activeElement.textContent.trim()") == "Ga naar inhoud"
    target = page.evaluate("document.activeElement.getAttribute('href')")
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == target
    assert page.evaluate("!!document.querySelector(location.hash).closest('.md-content')"), f"{url}: skip target outside the content"


@pytest.mark.parametrize("width", WIDTHS)
def test_every_focus_stop_is_visible(site, new_context, width):
    """The home page from the first stop to the last: header, menu, content, footer. Every other
    section's page (the header and the menu are the same on every page) from the skip link on: the skip
    link itself, then every stop in its content, and never back to the header or the menu."""
    page = new_context("light", WIDTHS[width]).new_page()
    problems = []
    content_stops = 0
    # every third section's page: the focus outline is the theme's and our stylesheet's, per kind of element
    for url in site.few:
        open_page(page, site.url(url))
        whole_page = url == ""
        if not whole_page:
            use_skip_link(page, url)
        seen = 0
        for _ in range(150 if whole_page else 60):
            info = tab(page)
            if info is None:  # focus left the document: went through all of it
                break
            if info["skip"] and seen:
                break
            if not whole_page:
                # after the skip link: the content, then the footer; never back to the header or the menu
                assert not info["beforeContent"], f"{url}: after the skip link, Tab went back to {info}"
                if not info["inContent"]:
                    break
                content_stops += 1
            seen += 1
            if not focus_ok(info):
                problems.append(f"{url or '/'}: {info}")
        if whole_page:
            assert seen >= 20, f"the home page has only {seen} focus stops"
    assert content_stops >= 20, f"only {content_stops} focus stops in the content"
    assert not problems, "focus not visible:\n" + "\n".join(problems)


@pytest.mark.parametrize("width", WIDTHS)
def test_search_reachable_and_usable_by_keyboard(site, new_context, width):
    page = new_context("light", WIDTHS[width]).new_page()
    open_page(page, site.url(""))
    for _ in range(10):
        info = tab(page)
        if info and "md-search__input" in info["what"]:
            break
    else:
        pytest.fail("the search field is not among the first 10 Tab stops")
    assert info["visible"] and info["onScreen"], f"search field focused but not visible: {info}"
    page.wait_for_function(  # the search index has loaded
        "t => document.querySelector('.md-search-result__meta').textContent.trim() === t", arg=SEARCH_READY, timeout=10_000
    )
    page.keyboard.type("ouders")
    page.locator(".md-search-result__item").first.wait_for(timeout=10_000)
    settle(page)
    assert page.locator(".md-search-result__item").first.is_visible()
    page.keyboard.press("Enter")
    page.wait_for_url(lambda u: u.rstrip("/") != site.url("").rstrip("/"), timeout=5_000)


@pytest.mark.parametrize("key", ["Enter", " "])
def test_menu_button_on_narrow_screen(site, new_context, key):
    page = new_context("light", MOBILE).new_page()
    open_page(page, site.url(""))
    for _ in range(5):
        info = tab(page)
        if info and "kb-menu-button" in info["what"]:
            break
    else:
        pytest.fail("the menu button is not among the first 5 Tab stops at 360 px")
    assert info["visible"] and info["outline"] >= 2
    assert page.locator(".md-sidebar--primary a.md-nav__link").first.is_hidden(), "closed menu should be hidden"
    page.keyboard.press(key)
    settle(page)
    assert page.evaluate("document.getElementById('__drawer').checked")
    for _ in range(10):
        info = tab(page)
        if info and info["what"].startswith("A.md-nav__link"):
            assert info["visible"] and info["onScreen"] and info["outline"] >= 2, info
            return
    pytest.fail("no menu link reachable with Tab after opening the menu")


def test_menu_button_only_on_narrow_screens(site, new_context):
    """On a wide screen the menu is the sidebar: the menu button is not shown (as Material's label)."""
    page = new_context("light", DESKTOP).new_page()
    open_page(page, site.url(""))
    assert page.locator("button.kb-menu-button").is_hidden()
    assert page.locator(".md-sidebar--primary a.md-nav__link").first.is_visible()
