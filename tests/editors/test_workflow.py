"""The pull-request workflow and the pre-commit hooks run the checks editors rely on."""

from __future__ import annotations

import yaml

from .conftest import ROOT


def _workflow():
    return yaml.safe_load((ROOT / ".github" / "workflows" / "pull-request.yml").read_text(encoding="utf-8"))


def _steps():
    (job,) = _workflow()["jobs"].values()
    return job["steps"]


def _runs() -> str:
    return "\n".join(step.get("run", "") for step in _steps())


def test_runs_on_every_pull_request():
    workflow = _workflow()
    triggers = workflow.get("on", workflow.get(True))  # PyYAML reads the key `on` as true
    assert "pull_request" in triggers


def test_full_history_for_change_dates_and_the_change_log():
    checkout = next(s for s in _steps() if s.get("uses", "").startswith("actions/checkout"))
    assert checkout["with"]["fetch-depth"] == 0


def test_check_with_annotations_build_links_schemas_and_tests_in_order():
    runs = _runs()
    order = [
        "scripts/setup --test",
        "kennisbank check --github",
        "kennisbank schemas --controle --stempel",
        "kennisbank build --site-dir site",
        "kennisbank links --intern --site site",
        "kennisbank voorbeeld --site-dir site-voorbeeld",
        "python -m pytest",
    ]
    positions = [runs.index(command) for command in order]
    assert positions == sorted(positions)


def test_the_preview_site_is_kept_as_an_artifact():
    upload = next(s for s in _steps() if s.get("uses", "").startswith("actions/upload-artifact"))
    assert upload["with"]["name"] == "site-voorbeeld"
    assert upload["with"]["path"].rstrip("/") == "site-voorbeeld"
    names = [s.get("name") for s in _steps()]
    assert names.index("Voorbeeldsite bewaren") < names.index("Tests"), "the preview is kept even when a test fails"


def test_the_summary_step_names_the_changed_pages():
    assert 'kennisbank pr-overzicht --basis "origin/${{ github.base_ref }}" --uit "$GITHUB_STEP_SUMMARY"' in _runs()


def test_pre_commit_runs_the_content_check_locally():
    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    hooks = {hook["id"]: hook for repo in config["repos"] for hook in repo["hooks"]}
    check = hooks["kennisbank-check"]
    assert check["entry"].endswith("kennisbank check") and check["language"] == "system"
    assert check["pass_filenames"] is False
    assert "content/" in check["files"]
    assert hooks["kennisbank-schemas"]["entry"].endswith("kennisbank schemas --controle --stempel")
