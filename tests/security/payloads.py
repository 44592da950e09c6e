"""Put hostile text into every free-text field of real content files, each payload tagged with its field.

Which fields are free text is found from the models, not from a hand list: every string value of a
real file is given a payload, and the content is validated; a field that refuses the payload (an id,
a date, a choice, a reference, a pattern) gets its own value back. A running-text field refuses a
`javascript:` link (that refusal is checked separately); it then gets the payload with an allowed
link whose address tries to break out of its attribute instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import yaml

from kennisbank.load import load_document
from kennisbank.validate import content_files, load_content


def payload(tag: str, *, link: str = "javascript") -> str:
    target = f'javascript:kbAlert("{tag}")' if link == "javascript" else f'https://voorbeeld.nl/"onmouseover="kbAlert({tag})'
    return (
        f'=1+1 {tag} <script>kbAlert("{tag}")</script><img src=x onerror=kbAlert("{tag}")> '
        f"[klik{tag}]({target}) {{{{ 7*7 }}}}{tag} {{: onclick=kbAlert({tag}) }} \x1b[2J"
        f' `<img src=x onerror=kbAlert("{tag}")>`{{: onclick=kbAlert({tag}) }}'  # code keeps '<' and '>', stays inert
    )


@dataclass
class Injected:
    tag: str
    file: str  # relative to the project root
    path: tuple  # YAML keys and indices
    safe_link: bool = False  # True where the field refused the javascript: link


def _leaves(data, path=()):
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _leaves(value, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _leaves(value, (*path, index))
    elif isinstance(data, str):
        yield path, data


def _set(data, path, value):
    for part in path[:-1]:
        data = data[part]
    data[path[-1]] = value


def _dump(data) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, default_style='"', width=10_000)


def inject(project: Path, *, max_rounds: int = 6) -> tuple[list[Injected], list]:
    """Payloads in every free-text value of every content file of `project` (edited in place).

    Returns the payloads that stayed (validation accepted them) and the problems of the fields that
    refused the javascript: link, for the test that such links are refused.
    """
    originals: dict[str, dict] = {}
    injected: dict[tuple[str, tuple], Injected] = {}
    counter = 0
    for path in content_files(project):
        display = path.relative_to(project).as_posix()
        document, problems = load_document(path, display)
        assert document is not None and not problems, display
        originals[display] = document.data
        for leaf, _value in _leaves(document.data):
            if leaf and leaf[-1] in ("soort", "id"):
                continue
            counter += 1
            injected[(display, leaf)] = Injected(f"P{counter}X", display, leaf)
    refused_links = []
    for _round in range(max_rounds):
        _write(project, originals, injected)
        _content, problems = load_content(project, today=date(2026, 11, 29))
        errors = [p for p in problems if p.is_error]
        if not errors:
            return list(injected.values()), refused_links
        tables: dict[str, dict] = {}
        for problem in errors:
            file, prefix = _path_at(project, problem.location, tables)
            hit = [key for key in injected if key[0] == file and key[1][: len(prefix)] == prefix]
            for key in hit:
                item = injected[key]
                if problem.code == "kb-url-scheme" and len(hit) == 1 and not item.safe_link:
                    item.safe_link = True
                    refused_links.append(problem)
                else:
                    del injected[key]
    raise AssertionError(f"payloads still refused after {max_rounds} rounds: {errors[:5]}")


def _write(project: Path, originals: dict[str, dict], injected: dict) -> None:
    import copy

    for display, data in originals.items():
        data = copy.deepcopy(data)
        for (file, leaf), item in injected.items():
            if file == display:
                _set(data, leaf, payload(item.tag, link="safe" if item.safe_link else "javascript"))
        text = _dump(data)
        (project / display).write_text(text, encoding="utf-8")


def _path_at(project: Path, location, tables: dict[str, dict]) -> tuple[str, tuple]:
    """The value a problem points at (a leaf, or the block that holds the offending values)."""
    if location.file not in tables:
        document, _ = load_document(project / location.file, location.file)
        tables[location.file] = document.positions.values if document else {}
    table = tables[location.file]
    exact = [path for path, at in table.items() if at == (location.line, location.column)]
    if exact:
        return location.file, max(exact, key=len)
    on_line = [path for path, (line, _c) in table.items() if line == location.line]
    return location.file, (min(on_line, key=len) if on_line else ())
