"""The weekly scheduled check: a small, valid GitHub Actions workflow (it cannot run here)."""

from __future__ import annotations

import yaml


def test_weekly_workflow_runs_the_scheduled_policy(project_root):
    path = project_root / ".github" / "workflows" / "links-weekly.yml"
    workflow = yaml.safe_load(path.read_text(encoding="utf-8"))
    triggers = workflow[True]  # YAML 1.1 reads the key `on` as true
    cron = triggers["schedule"][0]["cron"].split()
    assert len(cron) == 5 and cron[4] not in ("*",)  # once a week
    assert "workflow_dispatch" in triggers
    steps = workflow["jobs"]["links"]["steps"]
    commands = " ".join(step.get("run", "") for step in steps)
    assert "kennisbank links --gepland" in commands
    restore = next(step for step in steps if step.get("uses", "").startswith("actions/cache/restore@"))
    save = next(step for step in steps if step.get("uses", "").startswith("actions/cache/save@"))
    assert restore["with"]["path"] == save["with"]["path"] == ".cache/links"
    assert save["if"] == "always()"  # a failing check (broken links) still keeps its results
    upload = next(step for step in steps if step.get("uses", "").startswith("actions/upload-artifact@"))
    assert upload["if"] == "always()"
    assert workflow["permissions"] == {"contents": "read"}
