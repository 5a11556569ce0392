"""Hostile files at the readers: each bad file or record is a problem naming the file and line,
every string read is valid UTF-8 and free of control and bidi characters, and the batch goes on.
(Issue 12, defects 2, 4, 5, 6 and 9.)"""

from __future__ import annotations

import json
import os
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from tests.robust.conftest import write_bytes
from workbench.ingest import read
from workbench.model import Article, Problem

GOOD = json.dumps({"id": "good", "title": "Fine", "body": "Kyiv was quiet, officials said."})


def records(*paths: Path) -> tuple[list[Article], list[Problem]]:
    found = list(read(paths))
    assert all(isinstance(r, Article | Problem) for r in found)
    return ([r for r in found if isinstance(r, Article)],
            [r for r in found if isinstance(r, Problem)])


def jsonl(tmp_path: Path, *lines: str | dict[str, Any], name: str = "c.jsonl") -> Path:
    text = "\n".join(ln if isinstance(ln, str) else json.dumps(ln) for ln in lines) + "\n"
    return write_bytes(tmp_path / name, text)


def clean(value: str | None) -> bool:
    """Valid UTF-8 and no control, format (bidi) or surrogate characters."""
    if value is None:
        return True
    value.encode("utf-8")
    return all(unicodedata.category(ch)[0] != "C" for ch in value)


def assert_clean(article: Article) -> None:
    for value in (article.id, article.source, article.outlet, article.url, article.title,
                  article.published):
        assert clean(value), repr(value)
    article.text.encode("utf-8")


# ---------------------------------------------------------------- defect 2: one record, one problem


@pytest.mark.parametrize("body", ["\u0081", "\u200b", "\ud800", "\u202e\u2066", " \u00a0\u3000 "])
def test_a_body_that_cleans_to_nothing_is_a_problem(tmp_path: Path, body: str) -> None:
    path = jsonl(tmp_path, json.dumps({"id": "x", "body": body}), GOOD)
    arts, problems = records(path)
    assert [a.id for a in arts] == ["good"]
    (problem,) = problems
    assert (problem.source, problem.line) == (str(path), 1)
    assert "no 'body' text" in problem.message


@pytest.mark.parametrize("tail", ["\u200b", "\u200b\n\u200b", "\ufeff", "\u202e"])
def test_a_scrape_file_ending_in_an_invisible_paragraph(tmp_path: Path, tail: str) -> None:
    path = write_bytes(tmp_path / "a.txt", f"Talks Resume\n\nThe talks resumed.\n\n\n{tail}\n")
    arts, problems = records(path)
    assert [a.title for a in arts] == ["Talks Resume"]
    (problem,) = problems
    assert (problem.source, problem.line) == (str(path), 6)
    assert "no visible text" in problem.message


def test_an_article_of_only_a_title_and_invisible_lines(tmp_path: Path) -> None:
    path = write_bytes(tmp_path / "a.txt", "\u200b\n\n\u200b\n\n\n\nTitle\n\nBody.\n")
    arts, problems = records(path)
    assert [a.title for a in arts] == ["Title"]
    assert [p.line for p in problems] == [1]


def test_deep_nesting_is_a_problem_naming_the_line(tmp_path: Path) -> None:
    path = jsonl(tmp_path, "[" * 100_000, GOOD, '{"body": ' + "[" * 100_000 + "}")
    arts, problems = records(path)
    assert [a.id for a in arts] == ["good"]
    assert [(p.source, p.line) for p in problems] == [(str(path), 1), (str(path), 3)]
    assert all("nested too deeply" in p.message for p in problems)


def test_a_5000_digit_id_is_a_problem_naming_the_line(tmp_path: Path) -> None:
    path = jsonl(tmp_path, '{"id": ' + "7" * 5000 + ', "body": "Text here."}', GOOD)
    arts, problems = records(path)
    assert [a.id for a in arts] == ["good"]
    (problem,) = problems
    assert (problem.source, problem.line) == (str(path), 1)
    assert "number" in problem.message


@pytest.mark.parametrize("field", ["id", "source", "url"])
def test_lone_surrogates_in_metadata(tmp_path: Path, field: str) -> None:
    raw = f'{{"{field}": "A\\ud800B\\udfff", "body": "Kyiv was quiet."}}'
    path = jsonl(tmp_path, raw, GOOD)
    arts, problems = records(path)
    assert len(arts) == 2
    for art in arts:
        assert_clean(art)
    got = {"id": arts[0].id, "source": arts[0].outlet, "url": arts[0].url}[field]
    assert got == "AB"
    (problem,) = problems
    assert (problem.source, problem.line) == (str(path), 1)
    assert f"'{field}'" in problem.message


def test_a_calendar_edge_date_does_not_stop_the_reader(tmp_path: Path) -> None:
    path = write_bytes(tmp_path / "a.txt",
                       "Edge\n\nIt was 31 December 9999, or 1 January 0000, said on Friday.\n\n\n"
                       "Next\n\nKyiv was quiet on 3 March 2023.\n")
    arts, _ = records(path)
    assert [a.title for a in arts] == ["Edge", "Next"]
    assert arts[1].published == "2023-03-03"


# ---------------------------------------------------------------- defect 4: file names not UTF-8


def test_a_file_name_that_is_not_utf8(tmp_path: Path) -> None:
    raw = os.path.join(os.fsencode(tmp_path), b"caf\xe9 \xff.txt")
    with open(raw, "wb") as handle:
        handle.write(b"Title\n\nKyiv was quiet, officials said.\n")
    missing = os.fsdecode(os.path.join(os.fsencode(tmp_path), b"gone\xfe.txt"))
    arts, problems = records(tmp_path, Path(missing))
    (art,) = arts
    assert_clean(art)
    assert art.source.endswith("caf\ufffd \ufffd.txt")
    (problem,) = problems
    problem.source.encode("utf-8")
    str(problem).encode("utf-8")


# ---------------------------------------------------------------- defect 5: bad published metadata


@pytest.mark.parametrize("published", ["yesterday", "2024-02-30", "2024-13-01", "0000-01-01",
                                       "10000-01-01", 20240101, ["2024-01-01"], "2024-02-3\u202e"])
def test_bad_published_is_reported_and_inferred(tmp_path: Path, published: object) -> None:
    body = "KYIV, 3 March 2023 - Talks went on, officials said."
    path = jsonl(tmp_path, {"id": "p", "published": published, "body": body})
    (art,), (problem,) = records(path)
    assert (art.published, art.published_basis) == ("2023-03-03", "dateline")
    assert (problem.source, problem.line) == (str(path), 1)
    assert "'published'" in problem.message and "ignored" in problem.message


@pytest.mark.parametrize(("published", "expected"), [
    ("2024-02-29", "2024-02-29"), (" 2024-02-29 ", "2024-02-29"),
    ("2024-02-29T23:10:00Z", "2024-02-29"), ("2024-02-29T10:00:00+03:00", "2024-02-29"),
])
def test_good_published_is_kept_as_a_day(tmp_path: Path, published: str, expected: str) -> None:
    path = jsonl(tmp_path, {"id": "p", "published": published, "body": "Talks went on."})
    (art,), problems = records(path)
    assert problems == []
    assert (art.published, art.published_basis) == (expected, "metadata")


# ---------------------------------------------------------------- defect 6: no silent losses


@pytest.mark.parametrize("text", ["\u00a0\u3000\n \u3000\n", "\u3000", "\u00a0\n\n\u2003\n",
                                  "\u200b\u200b\n"])
def test_a_whitespace_only_file_is_a_problem(tmp_path: Path, text: str) -> None:
    for name in ("blank.txt", "blank.jsonl"):
        path = write_bytes(tmp_path / name, text)
        arts, problems = records(path)
        assert arts == []
        (problem,) = problems
        assert problem.source == str(path)
        assert "empty" in problem.message or "no visible text" in problem.message


def test_an_unreadable_subdirectory_is_a_problem(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text("Title\n\nBody.\n")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "b.txt").write_text("Other\n\nBody.\n")
    scandir = os.scandir

    def refusing(path: Any = ".") -> Any:
        if os.fspath(path) == str(locked):
            raise PermissionError(13, "Permission denied", str(locked))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", refusing)
    arts, problems = records(tmp_path)
    assert [a.title for a in arts] == ["Title"]
    (problem,) = problems
    assert problem.source == str(locked)
    assert "cannot read" in problem.message and "ermission denied" in problem.message


def test_a_different_article_with_a_duplicate_id_is_kept(tmp_path: Path) -> None:
    one = {"id": "dup", "body": "Kyiv was quiet."}
    two = {"id": "dup", "body": "Odesa was shelled overnight."}
    path = jsonl(tmp_path, one, two, one)
    arts, problems = records(path)
    assert [a.text.splitlines()[-1] for a in arts] == [
        "Kyiv was quiet.", "Odesa was shelled overnight.", "Kyiv was quiet."]
    assert arts[0].id == arts[2].id == "dup", "the same article again keeps its id"
    assert arts[1].id not in {"dup", ""}
    (problem,) = problems
    assert (problem.source, problem.line) == (str(path), 2)
    assert "'dup'" in problem.message and arts[1].id in problem.message


def test_duplicate_ids_across_files(tmp_path: Path) -> None:
    a = jsonl(tmp_path, {"id": "n1", "body": "One."}, name="a.jsonl")
    b = jsonl(tmp_path, {"id": "n1", "body": "Two."}, {"id": "n1~2", "body": "Three."},
              name="b.jsonl")
    arts, problems = records(a, b)
    assert len({a.id for a in arts}) == 3
    assert len(problems) == 2


@pytest.mark.parametrize("bad", [b"\xff", b"\x00", b"\xe9", b"\xed\xa0\x80", b"\xc3"])
def test_one_bad_byte_is_replaced_and_its_line_reported(tmp_path: Path, bad: bytes) -> None:
    data = b"Title Here\n\nFirst paragraph is fine.\n\nSecond " + bad + b" paragraph.\n"
    path = write_bytes(tmp_path / "a.txt", data)
    (art,), (problem,) = records(path)
    assert art.title == "Title Here"
    assert "Second" in art.text and "paragraph." in art.text
    assert_clean(art)
    assert (problem.source, problem.line) == (str(path), 5)
    assert "replaced" in problem.message


def test_a_bad_byte_in_a_jsonl_record_is_replaced(tmp_path: Path) -> None:
    data = GOOD.encode() + b'\n{"id": "c", "body": "caf\xe9 opened"}\n'
    path = write_bytes(tmp_path / "a.jsonl", data)
    arts, (problem,) = records(path)
    assert [a.id for a in arts] == ["good", "c"]
    assert "caf\ufffd opened" in arts[1].text
    assert (problem.source, problem.line) == (str(path), 2)


def test_a_nul_in_a_jsonl_record_is_replaced(tmp_path: Path) -> None:
    data = b'{"id": "n", "body": "a\x00b"}\n' + GOOD.encode() + b"\n"
    path = write_bytes(tmp_path / "a.jsonl", data)
    arts, (problem,) = records(path)
    assert [a.id for a in arts] == ["n", "good"]
    assert "a\ufffdb" in arts[0].text
    assert (problem.source, problem.line) == (str(path), 1)
    assert "NUL" in problem.message


def test_a_binary_file_is_still_one_problem(tmp_path: Path) -> None:
    path = write_bytes(tmp_path / "a.txt", bytes(range(256)) * 40)
    arts, (problem,) = records(path)
    assert arts == [] and "binary" in problem.message


@pytest.mark.parametrize(("field", "value"), [
    ("title", {"a": 1}), ("source", 5), ("url", ["http://x"]), ("id", [1]), ("id", True),
    ("id", 1.5), ("body", ["Kyiv was quiet."]), ("published", {"y": 2024}),
])
def test_wrong_typed_fields_are_reported(tmp_path: Path, field: str, value: object) -> None:
    record = {"id": "w", "title": "T", "source": "S", "url": "http://u", "published": None,
              "body": "Kyiv was quiet."}
    record[field] = value
    path = jsonl(tmp_path, record, GOOD)
    arts, problems = records(path)
    assert arts[-1].id == "good"
    (problem,) = problems
    assert (problem.source, problem.line) == (str(path), 1)
    assert f"'{field}'" in problem.message
    if field != "body":
        (art, _) = arts
        assert_clean(art)
        shown = {"title": art.title, "source": art.outlet, "url": art.url, "id": art.id}
        assert str(value) != shown.get(field), "not stringified"


def test_numeric_ids_are_kept_as_text(tmp_path: Path) -> None:
    path = jsonl(tmp_path, {"id": 12345, "body": "Kyiv was quiet."})
    (art,), problems = records(path)
    assert (art.id, problems) == ("12345", [])


# ---------------------------------------------------------------- defect 9: spoofing


@pytest.mark.parametrize("control", ["\u202e", "\u202d", "\u2066", "\u2067", "\u2068", "\u2069",
                                     "\u200f", "\u200e", "\u061c", "\u0000", "\u0007", "\u0085",
                                     "\u200b", "\ufeff"])
def test_bidi_and_control_characters_leave_metadata(tmp_path: Path, control: str) -> None:
    record = {"id": f"{control}id-1", "source": f"{control}CBB", "url": f"https://x/{control}a",
              "title": f"Talks{control} on", "body": "Kyiv was quiet."}
    path = jsonl(tmp_path, record)
    (art,), problems = records(path)
    assert (art.id, art.outlet, art.url, art.title) == ("id-1", "CBB", "https://x/a", "Talks on")
    assert_clean(art)
    assert len(problems) <= 3 and all(p.line == 1 and "removed" in p.message for p in problems)


def test_scrape_titles_and_captions_are_clean(tmp_path: Path) -> None:
    path = write_bytes(tmp_path / "a.txt", "\u202eTalks\u2066 Resume\n\nBody\u200f text.\n")
    (art,), _ = records(path)
    assert art.title == "Talks Resume"
    assert_clean(art)
