"""Code inside running text keeps what was typed (`>-`, `<b>`), and still cannot inject HTML anywhere a
template may put the text: in a paragraph, a list item, an indented step, a `<div markdown>`, a table cell
or a raw HTML block that Markdown does not read at all.

Every case is rendered with Python-Markdown and the Markdown extensions of mkdocs.yml, as on the site.
"""

from __future__ import annotations

from html.parser import HTMLParser

import markdown
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from kennisbank.escape import WORD_JOINER, code_parts, markdown_plain, markdown_rich

from conftest import ROOT


def _extensions() -> list:
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    names, configs = [], {}
    for item in config["markdown_extensions"]:
        if isinstance(item, dict):
            ((name, options),) = item.items()
            names.append(name)
            configs[name] = {k: v == "true" if v in ("true", "false") else v for k, v in (options or {}).items()}
        else:
            names.append(item)
    return [names, configs]


EXTENSIONS, CONFIGS = _extensions()

# How templates place running text (see templates/pages/*.j2); {} is the escaped text.
CONTEXTS = {
    "paragraph": "{}\n",
    "list item": "- {}\n",
    "step": "1. **Kop**<br>\n    {}\n",
    "div markdown": '<div class="kb-tabel" markdown>\n\n{}\n\n</div>\n',
    "raw block": '<p class="kb-lead">{}</p>\n',
    "table cell": "| a | b |\n| --- | --- |\n| {} | x |\n",
    "two texts": "{} en {}\n",
}


def render(text: str, context: str) -> str:
    escaped = markdown_rich(text)
    if context == "step":
        escaped = escaped.replace("\n", "\n    ")
    if context == "table cell":
        escaped = " ".join(escaped.split()).replace("|", "&#124;")
    source = CONTEXTS[context].replace("{}", escaped)
    return markdown.markdown(source, extensions=EXTENSIONS, extension_configs=CONFIGS)


class _Elements(HTMLParser):
    """Every element and attribute in rendered HTML, and the text of <code> elements."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attributes: list[str] = []
        self.code: list[str] = []
        self._in_code = 0

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attributes += [name for name, _value in attrs]
        if tag == "code":
            self._in_code += 1
            self.code.append("")

    def handle_endtag(self, tag):
        if tag == "code":
            self._in_code -= 1

    def handle_data(self, data):
        if self._in_code:
            self.code[-1] += data


def elements(html: str) -> _Elements:
    parser = _Elements()
    parser.feed(html)
    return parser


# What the templates and Markdown syntax make; an <img>, <script> or any other tag would come from the text.
TEMPLATE_TAGS = {
    "p",
    "div",
    "ul",
    "ol",
    "li",
    "strong",
    "em",
    "br",
    "hr",
    "blockquote",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "code",
    "pre",
    "span",
    "a",
}
HOSTILE = [
    "`<img src=x onerror=kbAlert(1)>`",
    "a ` b\n`<img src=x onerror=kbAlert(1)>` c",
    "- a `x\n- y` `<img src=x onerror=kbAlert(1)>` z`",
    "```\n<script>kbAlert(1)</script>\n```",
    "```yaml\nx: {: onclick=kbAlert(1) }\n```\n{: onclick=kbAlert(1) }",
    "tekst\n```\n<img src=x onerror=kbAlert(1)>\n```\nmeer",
    "`a`{: onclick=kbAlert(1) }",
    "\\`<img src=x>` `",
    "````\n```\n<img src=x>\n```\n````",
    "```\n<img src=x>\n``` ```\n```",
    "`` `<img src=x>` ``",
    "<!-- `--><img src=x>` -->",
    "`</code><img src=x>`",
]


@pytest.mark.parametrize("context", CONTEXTS)
@pytest.mark.parametrize("text", HOSTILE)
def test_code_in_text_cannot_inject(text, context):
    found = elements(render(text, context))
    assert set(found.tags) <= TEMPLATE_TAGS, found.tags
    assert not [a for a in found.attributes if a.startswith("on")], found.attributes


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("`<>{}:= \n\\-abimg/!&;#[]()")), max_size=40))
def test_fuzzed_code_cannot_inject(text):
    for context in CONTEXTS:
        found = elements(render(text, context))
        assert set(found.tags) <= TEMPLATE_TAGS, (context, found.tags)
        assert not [a for a in found.attributes if a.startswith("on")], (context, found.attributes)


@pytest.mark.parametrize("context", ["paragraph", "list item", "step", "div markdown"])
def test_code_shows_what_was_typed(context):
    text = "Een tekst begint met `>-` en HTML zoals `<b>` of `a & b` werkt niet.\n\n```yaml\nuitleg: >-\n  <tekst> & {meer}\n```"
    code = [c.replace(WORD_JOINER, "") for c in elements(render(text, context)).code]
    assert code == [">-", "<b>", "a & b", "uitleg: >-\n  <tekst> & {meer}\n"]


def test_running_text_is_escaped_as_before():
    assert markdown_rich("<b>vet</b> {: .x } ![plaatje](https://a.nl/x.png)") == "&lt;b&gt;vet&lt;/b&gt; &#123;: .x &#125; !&#91;plaatje](https://a.nl/x.png)"
    assert markdown_rich("[klik](javascript:alert(1))") == "[klik&#93;(javascript:alert(1))"
    assert markdown_rich("**vet** en [link](https://a.nl)") == "**vet** en [link](https://a.nl)"


def test_a_backtick_that_opens_no_span_shows_as_itself():
    assert markdown_rich("een ` los") == "een &#96; los"
    assert markdown_plain("titel met `code`") == "titel met &#96;code&#96;"


def test_code_parts():
    assert code_parts("a `b` c") == [("text", "a "), ("mark", "`"), ("code", "b"), ("mark", "`"), ("text", " c")]
    assert code_parts("x\n```yaml\na: >-\n```\n") == [
        ("text", "x\n"),
        ("mark", "```"),
        ("text", "yaml\n"),
        ("code", "a: >-\n"),
        ("mark", "```"),
        ("text", "\n"),
    ]
    assert code_parts("niet gesloten\n```\na\n") == [("text", "niet gesloten\n```\na\n")]
