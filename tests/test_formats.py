"""Files as people have them: every format in one index, broken files of each kind skipped by
name and reason, other encodings, symbolic link loops, and the extracted text kept in the index."""

from __future__ import annotations

import json
import re

import pytest

import procs
from formats import DIV_PAGE, HTML, MARKDOWN, encrypt_pdf, make_docx, make_pdf, make_printed_pdf
from bot.evaluation.questions import verbatim
from bot.index import storage
from bot.ingest.documents import discover, read_document
from bot.prompts import load_prompts
from bot.records import Citation
from bot.settings import Settings
from bot.web import sources

CP1252 = ("Career Changer\n\nOverview\n\n\u201cCareer changers\u201d often move into data roles "
          "after a r\u00e9sum\u00e9 rewrite \u2013 most earn \u20ac60,000 in their first year.\n")


def _mixed_seeds(folder):
    folder.mkdir()
    (folder / "platform.md").write_text(MARKDOWN, encoding="utf-8")
    (folder / "sre.html").write_text(HTML, encoding="utf-8")
    make_pdf(folder / "quant.pdf")
    make_docx(folder / "steward.docx")
    (folder / "changer.txt").write_bytes(CP1252.encode("cp1252"))
    return folder


@pytest.fixture
def mixed(make_engine, tmp_path):
    engine = make_engine(_mixed_seeds(tmp_path / "seeds"))
    return engine, engine.build()


def test_a_mixed_format_folder_is_indexed_with_titles_from_the_documents(mixed):
    engine, report = mixed
    assert report.files_skipped == ()
    assert report.files_embedded == ("changer.txt", "platform.md", "quant.pdf", "sre.html",
                                     "steward.docx")
    assert report.encodings == {"changer.txt": "cp1252"}
    titles = {c.source: c.title for c in engine.loaded().data.chunks}
    assert titles == {"platform.md": "Platform Engineer: Career Guide",
                      "sre.html": "Site Reliability Engineer: Role Profile",
                      "quant.pdf": "Quant Analyst: Career Guide",
                      "steward.docx": "Data Steward Handbook",
                      "changer.txt": "Career Changer"}
    for unit in engine.loaded().data.units:  # no markup and no page furniture is ever quoted
        assert not re.search(r"\]\(|\*\*|<[a-z/]|!\[|CareerPaths|gtag|Copyright", unit.text)


def test_the_extracted_text_is_kept_in_the_index_and_every_quote_is_exact(mixed):
    engine, _ = mixed
    s = engine.settings
    manifest = storage.read_manifest(s.index_dir)
    stored = {p.name for p in (s.index_dir / manifest.generation / storage.TEXTS).iterdir()}
    assert len(stored) == 5  # four formats with markup, and the .txt that was not UTF-8
    for unit in engine.loaded().data.units:
        text = storage.source_text(s.index_dir, s.seeds_dir, unit.source, s.max_file_bytes)
        assert text.text[unit.start:unit.end] == unit.text


def test_questions_are_answered_from_each_format_with_exact_quotes(mixed):
    engine, _ = mixed
    for question, source in [
        ("How much do senior quant analysts earn?", "quant.pdf"),
        ("What do site reliability engineers keep available?", "sre.html"),
        ("Which skills do platform engineers need?", "platform.md"),
        ("What do data stewards own?", "steward.docx"),
        ("What do career changers earn in their first year?", "changer.txt"),
    ]:
        answer = engine.ask(question)
        assert answer.answered and answer.citations[0].source == source, (question, answer.text)
        assert verbatim(answer, engine.settings)


def test_pages_as_published_are_answered_from_their_article_never_their_furniture(make_engine,
                                                                                tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "data-engineer.html").write_text(DIV_PAGE, encoding="utf-8")
    make_printed_pdf(seeds / "printed.pdf")
    engine = make_engine(seeds)
    assert engine.build().files_skipped == ()
    for unit in engine.loaded().data.units:
        assert not re.search(r"acme\.example|9:14 AM|cookies|Similar jobs|LinkedIn|About us|"
                             r"All rights", unit.text), unit.text
    answer = engine.ask("What is the base salary of a data engineer?")
    assert answer.answered and answer.citations[0].source == "data-engineer.html"
    assert "$130,000 to $160,000" in answer.text.replace("\\", "")
    assert verbatim(answer, engine.settings)


def test_a_pdf_citation_opens_the_viewer_at_its_page_with_the_quote_marked(mixed):
    engine, _ = mixed
    unit = next(u for u in engine.loaded().data.units if "$210,000" in u.text)
    assert unit.page == 2
    citation = Citation(n=1, source=unit.source, title="Quant Analyst: Career Guide",
                        section=unit.section, quote=unit.text, start=unit.start, end=unit.end,
                        score=1.0)  # no page: the viewer finds it from the indexed unit
    ui = load_prompts(engine.settings.prompts_dir).ui
    page = sources.view(engine.settings, engine.loaded().data.chunks, citation, "section", ui)
    assert "page 2" in page
    assert re.search(r"<mark[^>]*>(.*?)</mark>", page).group(1) == unit.text
    assert "Stochastic calculus" not in page  # page 1 is not shown in the page view


def test_a_markdown_citation_is_shown_as_link_text(mixed):
    engine, _ = mixed
    unit = next(u for u in engine.loaded().data.units if "internal tools" in u.text)
    citation = Citation(n=1, source=unit.source, title="t", section=unit.section,
                        quote=unit.text, start=unit.start, end=unit.end, score=1.0)
    ui = load_prompts(engine.settings.prompts_dir).ui
    page = sources.view(engine.settings, engine.loaded().data.chunks, citation, "document", ui)
    assert "<mark class='cb-quote' id='cb-quote'>Platform engineers build the internal tools" in page
    assert "https://example.com" not in page and "](" not in page


def test_broken_files_of_each_kind_are_skipped_by_name_and_the_previous_index_keeps_serving(
        make_engine, tmp_path):
    seeds = _mixed_seeds(tmp_path / "seeds")
    engine = make_engine(seeds)
    engine.build()
    good = make_pdf(tmp_path / "good.pdf").read_bytes()
    (seeds / "truncated.pdf").write_bytes(good[: len(good) // 2])
    encrypt_pdf(tmp_path / "good.pdf", seeds / "locked.pdf")
    encrypt_pdf(tmp_path / "good.pdf", seeds / "no-editing.pdf", user_password="")
    (seeds / "~$steward.docx").write_bytes(b"\x0bWord's lock file")
    make_pdf(seeds / "scan.pdf", image_only=True)
    (seeds / "corrupt.docx").write_bytes(make_docx(tmp_path / "d.docx").read_bytes()[:2000])
    (seeds / "tracking.html").write_text(
        "<html><head><script>track()</script></head><body><script>more()</script></body></html>")
    report = engine.build()
    reasons = {s.source: s.reason for s in report.files_skipped}
    assert set(reasons) == {"truncated.pdf", "locked.pdf", "scan.pdf", "corrupt.docx",
                            "tracking.html"}
    assert "truncated" in reasons["truncated.pdf"]
    assert "encrypted" in reasons["locked.pdf"]
    assert "no text layer" in reasons["scan.pdf"]
    assert "damaged Word document" in reasons["corrupt.docx"]
    assert "no readable text" in reasons["tracking.html"]
    assert len(report.files_reused) == 5
    # a PDF locked only against editing opens as in any viewer (its text is the good PDF's);
    # Word's lock file beside an open document is no document, and not reported as one
    assert report.files_embedded == ("no-editing.pdf",)
    assert engine.ask("What do data stewards own?").citations[0].source == "steward.docx"
    assert engine.build().up_to_date  # a no-op rebuild embeds nothing


def test_a_pair_of_symbolic_links_pointing_at_each_other_is_reported_not_a_crash(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").symlink_to(seeds / "b.txt")
    (seeds / "b.txt").symlink_to(seeds / "a.txt")
    (seeds / "real.txt").write_text("Real Role\n\nOverview\n\nReal text.\n")
    found, rejected = discover(seeds)
    assert [s for s, _ in found] == ["real.txt"]
    assert [(b.source, "loop" in b.reason) for b in rejected] == [("a.txt", True), ("b.txt", True)]


def test_text_in_windows_1252_is_read_and_a_whole_book_fits_the_default_limit(tmp_path):
    path = tmp_path / "changer.txt"
    path.write_bytes(CP1252.encode("cp1252"))
    doc = read_document("changer.txt", path, Settings().max_file_bytes)
    assert doc.encoding == "cp1252" and "r\u00e9sum\u00e9" in doc.text and "\u20ac60,000" in doc.text
    assert doc.stored  # its offsets point into decoded text, not into UTF-8 bytes
    book = tmp_path / "book.txt"
    book.write_text(("A chapter about careers in data. " * 30 + "\n\n") * 9_500)
    assert book.stat().st_size > 9_000_000
    assert read_document("book.txt", book, Settings().max_file_bytes).text


@pytest.mark.slow
def test_the_command_line_reports_each_skipped_file_once_and_no_library_log_lines(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "role.txt").write_text("Data Steward\n\nOverview\n\nData stewards own data.\n")
    (seeds / "changer.txt").write_bytes(CP1252.encode("cp1252"))
    (seeds / "broken.pdf").write_bytes(b"%PDF-1.4 not really")
    (seeds / "x.txt").symlink_to(seeds / "y.txt")
    (seeds / "y.txt").symlink_to(seeds / "x.txt")
    where = ["--seeds", str(seeds), "--index", str(tmp_path / "index")]
    built = procs.run(["index", *where])
    assert built.returncode == 0 and "Traceback" not in built.stderr, built.stderr
    for source in ("broken.pdf", "x.txt", "y.txt"):
        assert built.stderr.count(f"{source}:") == 1, built.stderr
    assert "read changer.txt as cp1252" in built.stderr
    assert "Building index" not in built.stderr + built.stdout
    report = json.loads(procs.run(["index", "--json", *where]).stdout)
    assert report["up_to_date"] and report["encodings"] == {"changer.txt": "cp1252"}
