"""The docs stay honest: every command has help that ends with an example, and is documented."""

from __future__ import annotations

import argparse
import re
import subprocess
import sys

import pytest

from tests.conftest import ROOT
from workbench import cli
from workbench.report import refresh


def _commands() -> dict[str, argparse.ArgumentParser]:
    parser = cli.build_parser()
    actions = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    assert len(actions) == 1
    return dict(actions[0].choices)


COMMANDS = sorted(_commands())


def test_there_are_commands() -> None:
    assert {"facts", "report"} <= set(COMMANDS)


@pytest.mark.parametrize("name", COMMANDS)
def test_each_command_has_a_description_and_an_example(name: str) -> None:
    sub = _commands()[name]
    text = sub.format_help()
    assert sub.description and len(sub.description) > 20, f"{name} has no description"
    example = text.split("example:", 1)
    assert len(example) == 2, f"`workbench {name} --help` shows no example"
    assert re.search(rf"^\s+workbench {name}\b", example[1], re.MULTILINE)


@pytest.mark.parametrize("name", COMMANDS)
def test_each_command_is_in_the_readme(name: str) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"workbench {name}" in readme


@pytest.mark.parametrize("name", COMMANDS)
def test_each_option_is_explained(name: str) -> None:
    for action in _commands()[name]._actions:
        if action.option_strings and action.dest != "help":
            assert action.help, f"workbench {name} {action.option_strings[0]} has no help"


def test_top_level_help_runs_and_lists_every_command() -> None:
    result = subprocess.run([sys.executable, "-m", "workbench.cli", "--help"],
                            capture_output=True, text=True, check=False, cwd=ROOT)
    assert result.returncode == 0
    for name in COMMANDS:
        assert name in result.stdout
    assert "example:" in result.stdout


def test_refresh_has_help_with_an_example(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        refresh.main(["--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert "example:" in out and "python -m workbench.report.refresh notebooks" in out


def test_report_help_names_its_parameters_options() -> None:
    text = _commands()["report"].format_help()
    for option in ("--corpus", "--out", "-p", "-y", "-f"):
        assert option in text


def test_reports_readme_explains_building_and_refreshing() -> None:
    readme = (ROOT / "reports" / "README.md").read_text(encoding="utf-8")
    for words in ("make report", "workbench report", "make notebooks", "-p", "-y",
                  "index.html", "offline"):
        assert words in readme


def test_every_make_target_is_described() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    phony = re.search(r"^\.PHONY:(.*)$", makefile, re.MULTILINE)
    assert phony
    for target in phony.group(1).split():
        assert re.search(rf"^{target}:.*## \S", makefile, re.MULTILINE), target
