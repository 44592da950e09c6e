"""Which web addresses content may contain: one allow-list, used when validating and when rendering.

Allowed: `https:`, `http:`, `mailto:`, `tel:` and relative links (no scheme). Everything else
(`javascript:`, `data:`, `vbscript:`, `file:`, …) is refused, also when it is disguised with capitals,
whitespace, control characters, HTML entities or percent-encoding, as browsers would read through
those disguises.
"""

from __future__ import annotations

import html
import re
from urllib.parse import unquote

ALLOWED_SCHEMES = ("https", "http", "mailto", "tel")

_SCHEME = re.compile(r"^([a-z][a-z0-9+.\-]*):")
_IGNORED_BY_BROWSERS = re.compile("[\x00-\x20\x7f-\x9f\u00ad\u200b-\u200f\u2028\u2029\u2060\ufeff]")


def scheme_of(url: str) -> str | None:
    """The scheme a browser would see in `url`, lower case; None for a relative link."""
    text = url
    for _ in range(3):  # entities inside entities: &amp;#106;
        decoded = unquote(html.unescape(text))
        if decoded == text:
            break
        text = decoded
    match = _SCHEME.match(_IGNORED_BY_BROWSERS.sub("", text).lower())
    return match.group(1) if match else None


def is_allowed(url: str) -> bool:
    scheme = scheme_of(url)
    return scheme is None or scheme in ALLOWED_SCHEMES


# Markdown link targets in running text: inline links `[tekst](adres)` and reference definitions
# `[naam]: adres`. Python-Markdown allows spaces and angle brackets around the address.
INLINE_LINK = re.compile(r"\]\(\s*<?(?P<url>[^\s>)]*(?:\([^\s)]*\))?[^\s>)]*)")
REFERENCE_DEFINITION = re.compile(r"^[ ]{0,3}\[[^\]\n]+\]:[ \t]*<?(?P<url>\S+?)>?(?:\s|$)", re.MULTILINE)


def link_targets(text: str) -> list[re.Match[str]]:
    """Every Markdown link address in `text`, as matches with the group `url`."""
    return [*INLINE_LINK.finditer(text), *REFERENCE_DEFINITION.finditer(text)]
