"""Build into a staging directory and swap it into place only when everything succeeded."""

from __future__ import annotations

import os
import shutil
from pathlib import Path


def staging_dir(site_dir: str) -> str:
    return site_dir.rstrip("/\\") + ".bouw"


def start(site_dir: str) -> str:
    staging = staging_dir(site_dir)
    shutil.rmtree(staging, ignore_errors=True)
    return staging


def finish(staging: str, site_dir: str) -> None:
    previous = site_dir.rstrip("/\\") + ".vorige"
    shutil.rmtree(previous, ignore_errors=True)
    if Path(site_dir).exists():
        os.replace(site_dir, previous)
    os.replace(staging, site_dir)
    shutil.rmtree(previous, ignore_errors=True)
