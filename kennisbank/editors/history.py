"""What git knows about `content/`: when each file last changed, and the list of changes.

One `git log` pass over `content/` serves both the date under each page and the change log. When
git is missing, the folder is not a repository, or a file was never committed, there is simply no
date: nothing here raises.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

CONTENT_DIR = "content"
SKIP_MARKER = "[geen wijziging]"
"""Put this in a commit message to keep a purely technical change off the 'Wijzigingen' page."""

_RECORD, _UNIT = "\x1e", "\x1f"


@dataclass(frozen=True)
class FileChange:
    status: str  # A added, M changed, D deleted, R renamed (git's letters)
    path: str  # relative to the repository root, forward slashes
    old_path: str | None = None


@dataclass(frozen=True)
class Commit:
    sha: str
    day: date
    subject: str
    body: str
    changes: tuple[FileChange, ...] = field(default_factory=tuple)

    @property
    def skipped(self) -> bool:
        return SKIP_MARKER in self.subject or SKIP_MARKER in self.body


def _git(root: Path, *args: str) -> str | None:
    if shutil.which("git") is None:
        return None
    try:
        result = subprocess.run(
            ["git", "-c", "core.quotepath=off", *args],
            cwd=root,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=60,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return result.stdout if result.returncode == 0 else None


def _head(root: Path) -> str | None:
    out = _git(root, "rev-parse", "HEAD")
    return out.strip() if out else None


def content_commits(root: Path) -> list[Commit]:
    """Every non-merge commit touching `content/`, newest first (cached per HEAD)."""
    head = _head(root)
    if head is None:
        return []
    return list(_content_commits(root.resolve(), head))


@lru_cache(maxsize=4)
def _content_commits(root: Path, head: str) -> tuple[Commit, ...]:
    # The repository root may differ from the project root: ask git for paths relative to the project.
    prefix = (_git(root, "rev-parse", "--show-prefix") or "").strip()
    out = _git(
        root,
        "log",
        "--no-merges",
        "--find-renames",
        "--name-status",
        f"--format={_RECORD}%H{_UNIT}%cs{_UNIT}%s{_UNIT}%b{_UNIT}",
        head,
        "--",
        CONTENT_DIR,
    )
    if not out:
        return ()
    commits = []
    for record in out.split(_RECORD)[1:]:
        parts = record.split(_UNIT)
        if len(parts) < 5:
            continue
        sha, day, subject, body, names = parts[0], parts[1], parts[2], parts[3], parts[4]
        changes = []
        for line in names.strip().splitlines():
            columns = line.split("\t")
            if len(columns) < 2:
                continue
            status = columns[0][:1]
            paths = [p.removeprefix(prefix) for p in columns[1:]]
            if status in {"R", "C"} and len(paths) == 2:
                changes.append(FileChange(status, paths[1], paths[0]))
            else:
                changes.append(FileChange(status, paths[0]))
        try:
            when = date.fromisoformat(day)
        except ValueError:
            continue
        commits.append(Commit(sha, when, subject.strip(), body.strip(), tuple(changes)))
    return tuple(commits)


def last_changed(root: Path) -> dict[str, date]:
    """Content file (relative path) -> date of the last commit that changed it.

    Files with uncommitted changes or never committed get no date. Commits marked
    `[geen wijziging]` still count here: they did change the file.
    """
    dates: dict[str, date] = {}
    for commit in content_commits(root):
        for change in commit.changes:
            if change.status != "D":
                dates.setdefault(change.path, commit.day)
    for path in _uncommitted(root):
        dates.pop(path, None)
    return dates


def _uncommitted(root: Path) -> set[str]:
    out = _git(root, "status", "--porcelain", "--untracked-files=all", "--", CONTENT_DIR)
    if out is None:
        return set()
    prefix = (_git(root, "rev-parse", "--show-prefix") or "").strip()
    found = set()
    for line in out.splitlines():
        path = line[3:]
        if " -> " in path:
            path = path.split(" -> ", 1)[1]
        found.add(path.strip('"').removeprefix(prefix))
    return found


# --- commit subjects in plain words -------------------------------------------------------------

_PREFIX = re.compile(r"^(?:[a-z]+(?:\([^)]*\))?!?:\s+)", re.IGNORECASE)  # "fix(content): "
_PR_NUMBER = re.compile(r"\s*\((?:#\d+(?:,\s*)?)+\)\s*$")  # " (#12)" from a squash merge
_TRAILING_REFS = re.compile(r"\s*(?:(?:fixes|closes|resolves|zie|issue)\s+#\d+[,.]?\s*)+$", re.IGNORECASE)
_GITHUB_DEFAULT = re.compile(r"^(Update|Create|Delete|Rename|Add files via upload)\b\s*(.*)$")


def plain_subject(subject: str, titles: list[str]) -> str:
    """A commit subject as a reader-friendly sentence.

    GitHub's web editor proposes 'Update content/glossary/mdo.yaml'; that becomes 'Bijgewerkt:
    <title>'. Technical prefixes ('fix:'), PR numbers and issue references are dropped.
    """
    text = _PR_NUMBER.sub("", subject.strip())
    text = _TRAILING_REFS.sub("", text)
    default = _GITHUB_DEFAULT.match(text)
    if default and (not default.group(2) or "/" in default.group(2) or default.group(2).endswith((".yaml", ".yml"))):
        verb = {"Update": "Bijgewerkt", "Create": "Toegevoegd", "Delete": "Verwijderd", "Rename": "Verplaatst"}.get(default.group(1), "Bijgewerkt")
        about = ", ".join(titles) if titles else "inhoud"
        return f"{verb}: {about}."
    text = _PREFIX.sub("", text).strip()
    if not text:
        return "Inhoud bijgewerkt."
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."
