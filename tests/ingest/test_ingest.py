"""Reading articles: every input variant, every bad input, the article fields of the contract."""

from __future__ import annotations

import gzip
import hashlib
import json
import tracemalloc
from pathlib import Path

import pytest

from workbench.ingest import read
from workbench.ingest.captions import split_credit
from workbench.ingest.published import infer_published
from workbench.model import Article, Problem

SCRAPE = """Ministers Meet In Capital Over Grain Deal

Two ministers shake hands before a meeting in Ankara, Turkey, 04 November 2024. EPA/Jane Doe / Pool
Two ministers shake hands before a meeting in Ankara, Turkey, 04 November 2024. EPA/Jane Doe / Pool
TT

Ministers Meet In Capital Over Grain Deal

Two ministers shake hands before a meeting in Ankara, Turkey, 04 November 2024. EPA/Jane Doe / Pool
Two ministers shake hands before a meeting in Ankara, Turkey, 04 November 2024. EPA/Jane Doe / Pool

The ministers met for three hours, officials said.

A spokesman said on Wednesday that talks would go on.



Port Reopens After Storm

A crane stands idle at the port in Odesa, in this picture released Nov. 26, 2024. REUTERS/John Roe
TT

Port Reopens After Storm

A crane stands idle at the port in Odesa, in this picture released Nov. 26, 2024. REUTERS/John Roe

The port reopened on Tuesday, its operator said.
Ships queued outside the harbour.
"""


def articles_and_problems(*paths: str | Path) -> tuple[list[Article], list[Problem]]:
    records = list(read(paths))
    return (
        [r for r in records if isinstance(r, Article)],
        [r for r in records if isinstance(r, Problem)],
    )


def write(tmp_path: Path, name: str, data: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8", newline="")
    else:
        path.write_bytes(data)
    return path


def test_scrape_format_sections_captions_credits(tmp_path: Path) -> None:
    arts, problems = articles_and_problems(write(tmp_path, "a.txt", SCRAPE))
    assert problems == []
    first, second = arts
    assert first.title == "Ministers Meet In Capital Over Grain Deal"
    assert first.captions == (
        "Two ministers shake hands before a meeting in Ankara, Turkey, 04 November 2024.",
    )
    assert first.credits == ("EPA/Jane Doe / Pool",)
    assert [s.kind for s in first.sections] == ["title", "caption", "paragraph", "paragraph"]
    for s in first.sections:
        assert first.text[s.start : s.end].strip() == first.text[s.start : s.end]
    assert first.text.count("Two ministers shake hands") == 1
    # the credit stays printed after its caption, so agencies it names are anchored in the text
    credit_at = first.text.index("EPA/Jane Doe / Pool")
    assert first.in_credit(credit_at) and not first.in_credit(credit_at - 3)
    assert not first.in_credit(first.text.index("The ministers met"))
    assert first.text.count(first.title) == 1
    # caption date is a lower bound; "said on Wednesday" moves it to that Wednesday
    assert (first.published, first.published_basis) == ("2024-11-06", "caption")
    assert second.credits == ("REUTERS/John Roe",)
    assert [s.kind for s in second.sections].count("paragraph") == 2
    assert second.published == "2024-11-26"  # "reopened on Tuesday" is not a report: no move


def test_ids_are_stable_and_distinct(tmp_path: Path) -> None:
    one, _ = articles_and_problems(write(tmp_path, "a.txt", SCRAPE))
    two, _ = articles_and_problems(write(tmp_path, "b.txt", SCRAPE.replace("\n", "\r\n")))
    assert [a.id for a in one] == [a.id for a in two]
    assert one[0].id != one[1].id


@pytest.mark.parametrize(
    "variant",
    [
        pytest.param(
            "Title Only Here\n\nFirst paragraph.\n\nSecond paragraph.\n", id="no-captions"
        ),
        pytest.param(
            "Title Only Here\n\nTitle Only Here\n\nFirst paragraph.\nSecond paragraph.\n",
            id="title-repeats",
        ),
        pytest.param(
            "\ufeffTitle Only Here\r\n\r\nFirst paragraph.\r\nSecond paragraph.\r\n", id="bom-crlf"
        ),
        pytest.param(
            "Title Only Here\n\nTT\n\nTitle Only Here\n\nFirst paragraph.\n\nSecond paragraph.",
            id="marker-no-captions",
        ),
    ],
)
def test_scrape_variants(tmp_path: Path, variant: str) -> None:
    arts, problems = articles_and_problems(write(tmp_path, "v.txt", variant))
    assert problems == []
    (art,) = arts
    assert art.title == "Title Only Here"
    assert art.captions == ()
    assert [art.text[s.start : s.end] for s in art.sections] == [
        "Title Only Here",
        "First paragraph.",
        "Second paragraph.",
    ]


def test_curly_quotes_are_kept(tmp_path: Path) -> None:
    text = "Aid Talks\n\n\u201cWe need help,\u201d the mayor said on Monday.\n"
    (art,), _ = articles_and_problems(write(tmp_path, "q.txt", text))
    assert "\u201cWe need help,\u201d" in art.text


def jsonl_record(**fields: object) -> str:
    base: dict[str, object] = {
        "id": "x-1",
        "title": "Headline",
        "published": "2022-06-09",
        "source": "Outlet",
        "url": "https://example.org/a",
        "body": "First paragraph.\nSecond paragraph.",
    }
    base.update(fields)
    return json.dumps(base)


def test_jsonl_fields(tmp_path: Path) -> None:
    path = write(tmp_path, "c.jsonl", jsonl_record() + "\n")
    (art,), problems = articles_and_problems(path)
    assert problems == []
    assert (art.id, art.outlet, art.published, art.published_basis) == (
        "x-1",
        "Outlet",
        "2022-06-09",
        "metadata",
    )
    assert art.source == f"{path}:1"
    assert art.url == "https://example.org/a"
    assert [s.kind for s in art.sections] == ["title", "paragraph", "paragraph"]


def test_jsonl_gz_and_directory_order(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub", "b.jsonl.gz", gzip.compress((jsonl_record(id="gz") + "\n").encode()))
    write(tmp_path, "a.jsonl", jsonl_record(id="plain") + "\n")
    write(tmp_path, "notes.md", "not an article")
    arts, problems = articles_and_problems(tmp_path)
    assert problems == []
    assert [a.id for a in arts] == ["plain", "gz"]  # a.jsonl sorts before sub/b.jsonl.gz


def test_jsonl_with_a_byte_order_mark_keeps_its_first_article(tmp_path: Path) -> None:
    data = "\ufeff" + jsonl_record(id="first") + "\n" + jsonl_record(id="second") + "\n"
    arts, problems = articles_and_problems(write(tmp_path, "bom.jsonl", data.encode()))
    assert problems == []
    assert [a.id for a in arts] == ["first", "second"]


def test_a_truncated_gz_keeps_the_articles_before_the_break(tmp_path: Path) -> None:
    lines = "".join(jsonl_record(id=f"a{i}", body=f"Story {i}: the council met on Monday. " * 40)
                    + "\n" for i in range(200))
    whole = gzip.compress(lines.encode())
    bad = write(tmp_path, "cut.jsonl.gz", whole[: len(whole) // 2])
    arts, problems = articles_and_problems(bad)
    assert 0 < len(arts) < 200
    assert [a.id for a in arts] == [f"a{i}" for i in range(len(arts))]  # in order, none twice
    (problem,) = problems
    assert problem.source == str(bad) and "cannot read after line" in problem.message


def test_a_jsonl_corpus_is_read_a_line_at_a_time(tmp_path: Path) -> None:
    """Memory holds one record, never the file: reading the first article of a 10 MB corpus
    allocates a small fraction of it."""
    body = "The council voted on Monday to repair the bridge, officials said. " * 80
    path = write(tmp_path, "big.jsonl", "".join(
        jsonl_record(id=f"n{i}", body=body) + "\n" for i in range(2000)))
    assert path.stat().st_size > 10_000_000
    tracemalloc.start()
    try:
        first = next(iter(read([path])))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert isinstance(first, Article) and first.id == "n0"
    assert peak < 1_000_000


def test_jsonl_without_published_uses_dateline(tmp_path: Path) -> None:
    body = "MOSCOW, March 3, 1987 - Grain prices rose, traders said."
    (art,), _ = articles_and_problems(
        write(tmp_path, "d.jsonl", jsonl_record(published=None, body=body))
    )
    assert (art.published, art.published_basis) == ("1987-03-03", "dateline")


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"\n\n  \n", "empty file"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        ("empty.jsonl", b"", "empty file"),
        ("binary.jsonl", b"\x00\x01\x02", "binary file"),
        ("invisible.jsonl", "\u200b\n\u200b\u200b\n".encode(), "empty file"),
        ("image.png", b"\x89PNG", "unsupported file type"),
    ],
)
def test_bad_files_become_problems(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    bad = write(tmp_path, name, data)
    good = write(tmp_path, "good.txt", "Fine Title\n\nA fine paragraph.")
    arts, problems = articles_and_problems(bad, good)
    assert [a.title for a in arts] == ["Fine Title"]
    (problem,) = problems
    assert problem.source == str(bad)
    assert message in problem.message


def test_bad_jsonl_lines_name_the_line(tmp_path: Path) -> None:
    lines = [
        jsonl_record(id="ok-1"),
        "{not json",
        jsonl_record(id="nobody", body=""),
        json.dumps({"id": "missing"}),
        "[1, 2]",
        jsonl_record(id="ok-2"),
    ]
    path = write(tmp_path, "mixed.jsonl", "\n".join(lines) + "\n")
    arts, problems = articles_and_problems(path)
    assert [a.id for a in arts] == ["ok-1", "ok-2"]
    assert [(p.line, p.source) for p in problems] == [(n, str(path)) for n in (2, 3, 4, 5)]
    assert "not JSON" in problems[0].message
    assert "no 'body'" in problems[1].message
    assert "JSON object" in problems[3].message


def test_invalid_utf8_line_in_jsonl(tmp_path: Path) -> None:
    data = (jsonl_record(id="a") + "\n").encode() + b'{"body": "caf\xe9"}\n'
    arts, problems = articles_and_problems(write(tmp_path, "enc.jsonl", data))
    # the byte is replaced and its line reported; the record is kept
    assert arts[0].id == "a" and "caf\ufffd" in arts[1].text
    assert problems[0].line == 2 and "UTF-8" in problems[0].message


def test_missing_path_is_a_problem_and_the_batch_goes_on(tmp_path: Path) -> None:
    good = write(tmp_path, "good.txt", "Fine Title\n\nA fine paragraph.")
    arts, problems = articles_and_problems(tmp_path / "nope.txt", good)
    assert len(arts) == 1
    assert problems[0].source == str(tmp_path / "nope.txt")
    assert "no such file" in problems[0].message


def test_inputs_are_never_modified(tmp_path: Path) -> None:
    paths = [
        write(tmp_path, "a.txt", SCRAPE),
        write(tmp_path, "b.jsonl", jsonl_record() + "\n"),
        write(tmp_path, "bad.txt", b"\xff\xfe\x00"),
    ]
    before = {p: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns) for p in paths}
    list(read([tmp_path]))
    after = {p: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns) for p in paths}
    assert before == after
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.jsonl", "bad.txt"]


def test_limit_counts_articles(tmp_path: Path) -> None:
    path = write(
        tmp_path, "many.jsonl", "\n".join(jsonl_record(id=f"n{i}") for i in range(5)) + "\n"
    )
    assert [a.id for a in read([path], limit=3) if isinstance(a, Article)] == ["n0", "n1", "n2"]


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "Leaders meet in Moscow, 04 November 2024. EPA/Mikhail Doe / Sputnik / Kremlin Pool",
            (
                "Leaders meet in Moscow, 04 November 2024.",
                "EPA/Mikhail Doe / Sputnik / Kremlin Pool",
            ),
        ),
        (
            "A room, in this handout picture. Press service of a city/Handout via REUTERS",
            (
                "A room, in this handout picture.",
                "Press service of a city/Handout via REUTERS",
            ),
        ),
        (
            "Soldiers rest near the front line (Photo by Jane Roe/AFP via Getty Images)",
            ("Soldiers rest near the front line", "Photo by Jane Roe/AFP via Getty Images"),
        ),
        ("Firefighters work at the site. REUTERS", ("Firefighters work at the site.", "REUTERS")),
        # no credit: a sentence that merely mentions an agency stays whole
        (
            "The agency said. Reuters reporters visited the town on Monday.",
            ("The agency said. Reuters reporters visited the town on Monday.", None),
        ),
        (
            "Residents walk past a damaged building in Kyiv.",
            ("Residents walk past a damaged building in Kyiv.", None),
        ),
    ],
)
def test_split_credit(caption: str, expected: tuple[str, str | None]) -> None:
    assert split_credit(caption) == expected


@pytest.mark.parametrize(
    ("captions", "paragraphs", "expected"),
    [
        (
            ["Leaders meet, 04 November 2024."],
            ["X said on Tuesday it would."],
            ("2024-11-05", "caption"),
        ),
        (
            ["Photo released November 29, 2024."],
            ["Officials said on Friday."],
            ("2024-11-29", "caption"),
        ),
        (["Photo, Nov. 26, 2024."], ["It launched drones on Thursday."], ("2024-11-26", "caption")),
        # a report a week after the photo is more likely about an earlier day: keep the bound
        (["Photo, Nov. 26, 2024."], ["Officials said on Monday."], ("2024-11-26", "caption")),
        (
            [],
            ["Talks begin on 3 March 2023 in Geneva.", "Nothing else."],
            ("2023-03-03", "dateline"),
        ),
        ([], ["No dates at all."], (None, None)),
        # a reported weekday with its own month and day names the day, however far past the bound
        ([], ["Customers were told to change their passwords.",
              "The breach began on December 6, 2023, the filing shows.",
              "The company announced Monday (Dec. 18) that it had fixed it."],
         ("2023-12-18", "body")),
        (["Court exterior, Feb. 1, 2024."], ["The judge said on Tuesday, March 5, that ..."],
         ("2024-03-05", "caption")),
        (["Training ground, 30 July 2024."], ["The club confirmed Friday, Aug. 9 its new coach."],
         ("2024-08-09", "caption")),
        # the month and day are not on that weekday in the year after the bound: ignored
        (["Court exterior, Feb. 1, 2024."], ["The judge said on Monday, March 5, that ..."],
         ("2024-02-01", "caption")),
        # a day ahead, not reported as past: ignored
        ([], ["Talks stalled.", "They began on December 6, 2023.",
              "They will resume on Monday (Dec. 18)."],
         ("2023-12-06", "body")),
    ],
)
def test_infer_published(
    captions: list[str], paragraphs: list[str], expected: tuple[str | None, str | None]
) -> None:
    assert infer_published(captions=captions, paragraphs=paragraphs) == expected
