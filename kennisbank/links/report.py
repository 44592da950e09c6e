"""The report in three forms: lines for the terminal (like `kennisbank check`), a JSON report and
the linkrapport page (Markdown or HTML) grouped by YAML file with line numbers."""

from __future__ import annotations

import json
from collections import Counter
from datetime import datetime

from .. import dutch
from ..escape import markdown_cell
from ..errors import Location, Problem, Severity, format_problem
from .check import EXTERN, INTERN, Finding, Outcome
from .classify import KAPOT, ONZEKER, OVERGESLAGEN, TOEGESTAAN, VERHUISD

SHOWN = (KAPOT, VERHUISD, ONZEKER)
NO_YAML = "(niet uit YAML)"


CODES = {KAPOT: "kb-link-kapot", VERHUISD: "kb-link-verhuisd", ONZEKER: "kb-link-onzeker"}


def _label(finding: Finding) -> str:
    kind = "interne link" if finding.scope == INTERN else "link"
    return f"{kind} {finding.verdict.category}"


def as_problem(finding: Finding) -> Problem:
    """A finding as a problem at its YAML line (or at its page, for links that no YAML made)."""
    v = finding.verdict
    on_page = f" (op pagina /{finding.page})" if finding.location is not None and finding.page is not None else ""
    message = f"{_label(finding)}: {finding.url}{on_page} – {v.reason}." + (f" {v.advice}" if v.advice else "")
    location = finding.location or Location(f"site /{finding.page or ''}")
    severity = Severity.ERROR if v.category == KAPOT else Severity.WARNING
    return Problem(location, message, severity, CODES[v.category])


def line(finding: Finding) -> str:
    return format_problem(as_problem(finding))


def _order(finding: Finding) -> tuple[bool, str, int, int, str, str]:
    loc = finding.location
    return (loc is None, loc.file if loc else "", loc.line if loc else 0, loc.column if loc else 0, finding.page or "", finding.url)


def counts(outcome: Outcome) -> Counter[tuple[str, str]]:
    return Counter((f.scope, f.verdict.category) for f in outcome.findings)


def summary(outcome: Outcome) -> str:
    c = counts(outcome)
    ext = outcome.checked.get(EXTERN, 0)
    intern = outcome.checked.get(INTERN, 0)
    parts = []
    if EXTERN in outcome.checked or any(f.scope == EXTERN for f in outcome.findings):
        distinct = len({f.url for f in outcome.findings if f.scope == EXTERN})
        parts.append(f"{ext} externe links ({distinct} verschillende adressen; {outcome.requested} opgevraagd, {outcome.from_cache} keer uit de cache)")
    if INTERN in outcome.checked:
        parts.append(f"{intern} interne links en ankers in de gebouwde site")
    head = "Gecontroleerd: " + (" en ".join(parts) if parts else "niets") + f", in {dutch.number(outcome.seconds, 1)} s."
    kapot_ext, kapot_int = c[(EXTERN, KAPOT)], c[(INTERN, KAPOT)]
    tail = (
        f"Kapot: {kapot_ext + kapot_int} ({kapot_ext} extern, {kapot_int} intern) · "
        f"verhuisd: {c[(EXTERN, VERHUISD)]} · onzeker: {c[(EXTERN, ONZEKER)]} · "
        f"op de uitzonderingslijst: {c[(EXTERN, TOEGESTAAN)]}"
        + (f" · overgeslagen (voorbeeld- en testadressen): {c[(EXTERN, OVERGESLAGEN)]}" if c[(EXTERN, OVERGESLAGEN)] else "")
        + (f" · interne links naar bestanden die na de bouw worden gemaakt: {c[(INTERN, OVERGESLAGEN)]}" if c[(INTERN, OVERGESLAGEN)] else "")
        + "."
    )
    return "\n".join([*outcome.notes, head, tail])


def terminal(outcome: Outcome) -> str:
    lines = [line(f) for f in sorted(outcome.findings, key=_order) if f.verdict.category in SHOWN]
    return "\n".join([*lines, summary(outcome)])


def as_json(outcome: Outcome, *, created: datetime | None = None) -> str:
    c = counts(outcome)
    data = {
        "gemaakt": (created or datetime.now()).isoformat(timespec="seconds"),
        "samenvatting": {
            "extern_gecontroleerd": outcome.checked.get(EXTERN, 0),
            "intern_gecontroleerd": outcome.checked.get(INTERN, 0),
            "opgevraagd": outcome.requested,
            "uit_cache": outcome.from_cache,
            "seconden": round(outcome.seconds, 3),
            "tijd_op": outcome.timed_out,
            "aantallen": {f"{scope}/{category}": n for (scope, category), n in sorted(c.items())},
            "meldingen": outcome.notes,
        },
        "bevindingen": [
            {
                "soort": f.scope,
                "url": f.url,
                **f.verdict.as_dict(),
                "bestand": f.location.file if f.location else None,
                "regel": f.location.line if f.location else None,
                "kolom": f.location.column if f.location else None,
                "veld": f.field,
                "pagina": f"/{f.page}" if f.page is not None else None,
                "uit_cache": f.cached,
            }
            for f in sorted(outcome.findings, key=_order)
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2)


def _code(text: str) -> str:
    return "`" + text.replace("`", "'").replace("|", "%7C") + "`"


_ICON = {KAPOT: "**kapot**", VERHUISD: "**verhuisd**", ONZEKER: "**onzeker**", TOEGESTAAN: "**toegestaan**"}


def markdown(outcome: Outcome, *, created: datetime | None = None) -> str:
    """The linkrapport: per YAML file, every link that needs attention, with its line.

    Addresses are shown as code, never as links: the report must not add broken links to the site.
    """
    moment = created or datetime.now()
    # front matter: written into docs/ (e.g. docs/redactie/linkrapport.md) it places itself in the menu
    out = [
        "---",
        "title: Linkrapport",
        "sectie: redactie",
        "volgorde: 90",
        "---",
        "",
        "# Linkrapport",
        "",
        f"Gemaakt op {dutch.long_date(moment.date())} om {moment:%H:%M} door `kennisbank links`.",
        "",
    ]
    out += [summary(outcome).replace("\n", "  \n"), ""]
    attention = [f for f in outcome.findings if f.verdict.category in (*SHOWN, TOEGESTAAN)]
    if not [f for f in attention if f.verdict.category in SHOWN]:
        out += ["Alle links werken. Er is niets te doen.", ""]
    out += [
        "Wat de uitslagen betekenen: **kapot** – de link werkt niet, pas hem aan; **verhuisd** – de pagina staat "
        "op een nieuw adres, plak dat adres in het bestand; **onzeker** – de site liet zich niet controleren, kijk "
        "zelf in de browser; **toegestaan** – bekend en bewust overgeslagen.",
        "",
    ]
    by_file: dict[str, list[Finding]] = {}
    for f in sorted(attention, key=_order):
        key = f.location.file if f.location else NO_YAML
        by_file.setdefault(key, []).append(f)
    for file, items in by_file.items():
        if file == NO_YAML:
            out += ["## Links op de site die niet uit een YAML-bestand komen", ""]
            out += ["| Pagina | Link | Uitslag | Wat te doen |", "|---|---|---|---|"]
            for f in items:
                out.append(
                    f"| {_code('/' + (f.page or ''))} | {_code(f.url)} | {_ICON[f.verdict.category]}: {markdown_cell(f.verdict.reason)} | {_advice(f)} |"
                )
        else:
            out += [f"## {markdown_cell(file)}", ""]
            out += ["| Regel | Veld | Link | Uitslag | Wat te doen |", "|---:|---|---|---|---|"]
            for f in items:
                loc = f.location
                assert loc is not None  # grouped under its file, so it has a location
                where = f"{loc.line}:{loc.column}" if loc.column else str(loc.line)
                field = _code(f.field) if f.field else (f"pagina {_code('/' + f.page)}" if f.page is not None else "")
                out.append(f"| {where} | {field} | {_code(f.url)} | {_ICON[f.verdict.category]}: {markdown_cell(f.verdict.reason)} | {_advice(f)} |")
        out.append("")
    return "\n".join(out)


def _advice(f: Finding) -> str:
    v = f.verdict
    if v.category == VERHUISD and v.new_url:
        return f"Vervang door {_code(v.new_url)}"
    if v.category == TOEGESTAAN:
        return ""
    return markdown_cell(v.advice)


def html_page(outcome: Outcome, *, created: datetime | None = None) -> str:
    import markdown as md

    body = md.markdown(markdown(outcome, created=created), extensions=["tables", "meta"])
    return (
        '<!doctype html>\n<html lang="nl">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        "<title>Linkrapport – IVH-kennisbank</title>\n"
        "<style>body{font-family:system-ui,sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;line-height:1.5}"
        "table{border-collapse:collapse;width:100%;margin-bottom:1.5rem}th,td{border:1px solid #ccc;padding:.3rem .5rem;"
        "text-align:left;vertical-align:top}code{word-break:break-all}</style>\n</head>\n<body>\n<main>\n"
        f"{body}\n</main>\n</body>\n</html>\n"
    )
