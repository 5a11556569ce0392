"""A stored corpus's estimates, kept per partition: the same answers as computing them anew."""

from __future__ import annotations

import json
import multiprocessing
from pathlib import Path

import pytest

from workbench import compare
from workbench.compare.estimates import matching
from workbench.compare.estimates.measurables import Estimate, all_estimates
from workbench.store import Store, View, codec, derived

ARTICLES = [
    ("war-1", "2022-03-07", "Officials in Kyiv said at least 40 civilians were killed in the "
     "strike on Monday. The United Nations said more than 2 million refugees have fled Ukraine "
     "since the invasion began."),
    ("war-2", "2022-03-09", "Ukraine's military said Russia had lost 200 tanks and 30 aircraft "
     "so far. Olena Petrenko, the mayor, said 300 people were evacuated from the town on Tuesday."),
    ("war-3", "2022-03-10", "Air strikes on Aleppo killed 1,700 civilians in 2016, a monitoring "
     "group said. In Kharkiv, 12 civilians died overnight, the regional governor said."),
    ("war-4", "2022-03-12", "Volodymyr Zelensky said on Saturday that about 1,300 Ukrainian "
     "soldiers had been killed. Zelensky also said 10,000 people had been evacuated from Sumy."),
    ("plant", "2022-03-14", "The carmaker said it would cut 2,000 jobs at its plant in Ohio. The "
     "union said up to 500 more jobs could go next year."),
    ("aid", "2022-03-16", "The United States approved $800 million in military aid to Ukraine "
     "on Wednesday. The European Union pledged 500 million euros in humanitarian aid."),
    ("flood", "2022-03-15", "Floods in the province killed 25 people and forced 6,000 residents "
     "from their homes, the disaster agency said on Tuesday."),
]
TOPICS = [None, "civilians killed", "refugees who fled Ukraine", "Russian tanks destroyed",
          "people evacuated", "Ukrainian soldiers killed", "jobs", "people displaced",
          "military aid to Ukraine"]


def write_corpus(path: Path, articles: list[tuple[str, str, str]]) -> Path:
    path.write_text("".join(json.dumps({"id": i, "published": d, "title": f"Report {i}",
                                        "body": body}) + "\n" for i, d, body in articles))
    return path


@pytest.fixture(scope="module")
def stored(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("derived")
    corpus = write_corpus(root / "news.jsonl", ARTICLES)
    with Store(root / "store") as store:
        store.update([corpus], jobs=1)
    return root / "store", corpus


def view_of(store: Store, corpus: Path) -> View:
    return store.update([corpus], jobs=1)


def test_stored_answers_equal_the_computed_ones(stored: tuple[Path, Path]) -> None:
    root, corpus = stored
    with Store(root) as store:
        view = view_of(store, corpus)
        facts = list(view.facts())
        answered = 0
        for topic in TOPICS:
            kept = derived.estimates(view, topic)
            assert kept.equals(compare.estimates(facts, topic)), topic
            answered += kept.height > 0
    assert answered >= 5  # most questions find something: the comparison is not of empties


def test_a_second_question_reads_the_kept_estimates(stored: tuple[Path, Path],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    root, corpus = stored
    with Store(root) as store:
        view = view_of(store, corpus)
        derived.estimates(view, "civilians killed")
        kept = sorted(derived.directory(root).glob("*.parquet"))

        def refuse(*_: object) -> None:
            raise AssertionError("estimates computed again")

        monkeypatch.setattr(derived, "_write", refuse)
        assert derived.estimates(view, "people evacuated").height > 0
    assert sorted(derived.directory(root).glob("*.parquet")) == kept


def test_name_linking_of_another_corpus_is_not_reused(tmp_path: Path) -> None:
    """The short name alone, then with the full name in another article: the answer must be
    the one computed with the corpus's own linking, not the estimates kept before."""
    short = [a for a in ARTICLES if a[0] == "war-4"]
    short = [(i, d, body.split(". ", 1)[1]) for i, d, body in short]  # "Zelensky also said"
    full = [("war-5", "2022-03-13", "Volodymyr Zelensky spoke in Kyiv on Sunday."), *short]
    alone = write_corpus(tmp_path / "alone.jsonl", short)
    both = write_corpus(tmp_path / "both.jsonl", full)
    with Store(tmp_path / "store") as store:
        for corpus in (alone, both, alone):
            view = view_of(store, corpus)
            expected = compare.estimates(list(view.facts()), "people evacuated")
            assert derived.estimates(view, "people evacuated").equals(expected)
        assert set(expected["source"].to_list()) == {"Zelensky"}


def test_every_estimate_survives_json(stored: tuple[Path, Path]) -> None:
    root, corpus = stored
    with Store(root) as store:
        found = list(all_estimates(view_of(store, corpus).facts()))
    assert found
    for estimate in found:
        assert codec.loads(Estimate, codec.dumps(estimate)) == estimate


def test_a_record_of_the_wrong_shape_is_refused() -> None:
    with pytest.raises(ValueError):
        codec.loads(Estimate, "[1, 2]")


def test_reason_never_keeps_what_may_match_drops(stored: tuple[Path, Path]) -> None:
    root, corpus = stored
    with Store(root) as store:
        found = list(all_estimates(view_of(store, corpus).facts()))
    checked = 0
    for topic in TOPICS[1:]:
        query = matching.parse(topic)
        for e in found:
            may = query.may_match(**matching.sketch(e))  # type: ignore[arg-type]
            if query.reason(e) is not None:
                assert may, (topic, e.quantity.text)
                checked += 1
    assert checked >= 5


def test_opening_deletes_estimates_of_partitions_no_longer_stored(
        stored: tuple[Path, Path]) -> None:
    root, corpus = stored
    with Store(root) as store:
        derived.estimates(view_of(store, corpus), "jobs")
    orphan = derived.directory(root) / f"{'0' * 32}.{'1' * 16}.parquet"
    half = derived.directory(root) / f"{'0' * 32}.{'1' * 16}.parquet{derived.TMP_SUFFIX}"
    orphan.write_bytes(b"")
    half.write_bytes(b"")
    kept = [p for p in derived.directory(root).iterdir() if p not in (orphan, half)]
    with Store(root):
        assert not orphan.exists() and not half.exists()
        assert kept and all(p.exists() for p in kept)


def test_the_corpus_answers_from_its_store(stored: tuple[Path, Path]) -> None:
    from workbench import corpus as corpus_mod

    root, corpus = stored
    loaded = corpus_mod.load(corpus, store=root)
    assert loaded.estimates("civilians killed").equals(
        compare.estimates(loaded.facts, "civilians killed"))


def test_the_corpus_name_linking_is_kept_and_a_damaged_copy_recomputed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from workbench.store import linking

    corpus = write_corpus(tmp_path / "news.jsonl", [
        ("a", "2022-03-13", "Volodymyr Zelensky spoke in Kyiv on Sunday."),
        ("b", "2022-03-14", "Zelensky said 10,000 people had been evacuated from Sumy.")])
    with Store(tmp_path / "store") as store:
        first = view_of(store, corpus).relinked
        assert first == {"Zelensky": "Volodymyr Zelensky"}
        kept = list((tmp_path / "store" / "derived" / "linking").glob("*.json"))
        assert len(kept) == 1

        def refuse(_: object) -> dict[str, str]:
            raise AssertionError("linking computed again")

        with monkeypatch.context() as patched:
            patched.setattr(linking, "relink", refuse)
            assert view_of(store, corpus).relinked == first
        kept[0].write_text("{half")
        assert view_of(store, corpus).relinked == first
        other = write_corpus(tmp_path / "other.jsonl", [a for a in ARTICLES if a[0] == "plant"])
        assert view_of(store, other).relinked == {}


def test_workers_start_from_a_main_module_without_a_spec(tmp_path: Path) -> None:
    """A notebook kernel run in process leaves ``__main__`` without ``__spec__``: extracting
    and reading estimates with two worker processes must still work there."""
    import subprocess
    import sys

    corpus = write_corpus(tmp_path / "news.jsonl", ARTICLES[:3])
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "del sys.modules['__main__'].__spec__\n"
        "from workbench.store import Store, derived\n"
        f"with Store(Path({str(tmp_path / 'store')!r})) as store:\n"
        f"    view = store.update([{str(corpus)!r}], jobs=2, partition_size=1)\n"
        "    assert store.added == 3, store.added\n"
        "    print(derived.rows(view, jobs=2, progress=False).height)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=600, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert int(done.stdout.split()[-1]) > 0


def test_storing_a_corpus_reads_its_estimates_so_no_question_computes_them(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``workbench facts`` (and everything that stores a corpus) ends with the corpus-wide
    pass: the first question after it reads what is kept."""
    from workbench import corpus as corpus_

    news = write_corpus(tmp_path / "news.jsonl", ARTICLES)
    with Store(tmp_path / "store") as store:
        view = corpus_.stored(store, [news], jobs=1, progress=False)
        assert list(derived.directory(tmp_path / "store").glob("*.parquet"))

        def refuse(*_: object) -> None:
            raise AssertionError("estimates computed by a question")

        monkeypatch.setattr(derived, "_write", refuse)
        assert derived.estimates(view, "civilians killed").height > 0


def test_the_facts_command_leaves_the_estimates_stored(tmp_path: Path) -> None:
    from workbench import cli

    news = write_corpus(tmp_path / "news.jsonl", ARTICLES[:3])
    code = cli.main(["facts", str(news), "--store", str(tmp_path / "store"), "-q",
                     "--format", "jsonl", "--jobs", "1"])
    assert code == 0
    assert list(derived.directory(tmp_path / "store").glob("*.parquet"))


def test_a_failing_estimates_pass_stops_its_workers_and_leaves_no_partial_file(
        tmp_path: Path) -> None:
    root = tmp_path / "store"
    root.mkdir()
    # partitions that were never stored: reading them fails inside the worker processes
    plans = [derived._Plan(root, f"missing{i}", [f"hash{i}"], {}) for i in range(6)]
    before = set(multiprocessing.active_children())  # children of earlier tests are not its own
    with pytest.raises(FileNotFoundError, match=r"missing\d\.parquet"):
        derived._compute(root, plans, jobs=2, progress=False)
    left = set(multiprocessing.active_children()) - before
    assert left == set()  # terminated, none left waiting for work
    written = list(derived.directory(root).glob("*")) if derived.directory(root).exists() else []
    assert written == []


ASK_WITHOUT_PARSER = """
import sys
from workbench import cli
from workbench.lexicon import places
code = cli.main(["claims", "civilians killed", sys.argv[1], "--store", sys.argv[2], "-q",
                 "--format", "csv", "--jobs", "1"])
loaded = sorted(name for name in ("spacy", "datasketch", "scipy") if name in sys.modules)
print(code, ",".join(loaded) or "-", places._table.cache_info().currsize)
"""


def test_a_question_on_a_stored_corpus_loads_no_parser(tmp_path: Path) -> None:
    """What only reads stored facts and estimates never imports spaCy (a second or more of
    every question's start-up), nor loads the gazetteer the stored countries stand for."""
    import subprocess
    import sys

    from workbench import cli

    news = write_corpus(tmp_path / "news.jsonl", ARTICLES)
    store = tmp_path / "store"
    assert cli.main(["facts", str(news), "--store", str(store), "-q", "--format", "jsonl",
                     "--jobs", "1"]) == 0
    done = subprocess.run([sys.executable, "-c", ASK_WITHOUT_PARSER, str(news), str(store)],
                          capture_output=True, text=True, check=True)
    code, loaded, gazetteer = done.stdout.split()[-3:]
    assert code == "0"
    assert "spacy" not in loaded.split(",")
    assert gazetteer == "0"
