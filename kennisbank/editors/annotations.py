"""Problems for GitHub: annotations (formatted in `errors.format_github`) and the job summary.

GitHub shows at most 10 error and 10 warning annotations per step. The job summary therefore lists
every problem, in Dutch, as a table the editor can read on the pull request's Checks tab.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..errors import Problem, format_github, format_location, sorted_problems

ANNOTATION_LIMIT = 10  # per severity per step (GitHub)


def annotation_lines(problems: list[Problem]) -> list[str]:
    """Errors first, so they are never crowded out by warnings; each in file and line order."""
    ordered = sorted_problems(problems)
    return [format_github(p) for p in ordered if p.is_error] + [format_github(p) for p in ordered if not p.is_error]


def summary_markdown(problems: list[Problem]) -> str:
    ordered = sorted_problems(problems)
    errors = [p for p in ordered if p.is_error]
    warnings = [p for p in ordered if not p.is_error]
    lines = ["## Controle van de inhoud", ""]
    if not ordered:
        lines.append("Alle inhoud is in orde.")
        return "\n".join(lines) + "\n"
    lines.append(f"{len(errors)} {'fout' if len(errors) == 1 else 'fouten'}, {len(warnings)} {'waarschuwing' if len(warnings) == 1 else 'waarschuwingen'}.")
    if len(errors) > ANNOTATION_LIMIT or len(warnings) > ANNOTATION_LIMIT:
        lines.append("")
        lines.append(f"GitHub zet er hoogstens {ANNOTATION_LIMIT} van elke soort bij de regels in **Files changed**; hieronder staan ze allemaal.")
    lines += ["", "| Plek | Soort | Melding |", "|---|---|---|"]
    for p in errors + warnings:
        message = p.message.replace("|", "\\|").replace("\n", " ")
        lines.append(f"| `{format_location(p.location)}` | {p.severity.value} | {message} |")
    return "\n".join(lines) + "\n"


def write_step_summary(problems: list[Problem]) -> None:
    """Append the summary to `$GITHUB_STEP_SUMMARY` when GitHub Actions provides one."""
    target = os.environ.get("GITHUB_STEP_SUMMARY")
    if not target:
        return
    with Path(target).open("a", encoding="utf-8") as out:
        out.write(summary_markdown(problems))
