"""Reading seeds: each kind of unusable file is reported by name and reason."""

from __future__ import annotations

import os

import pytest

from bot.ingest.documents import BadSeed, discover, read_document


def _read(path, max_bytes=1_000_000):
    return read_document(path.name, path, max_bytes)


def test_discover_finds_documents_recursively_and_reports_the_files_it_does_not_read(small_seeds):
    (small_seeds / "notes.odt").write_bytes(b"PK")
    (small_seeds / "image.png").write_bytes(b"\x89PNG")
    (small_seeds / "nested" / "tabs.mdx").write_text("# Tabs\n\nMDX is markdown.\n")
    (small_seeds / "LICENSE").write_text("MIT")
    (small_seeds / ".hidden.txt").write_text("hidden")
    (small_seeds / "~$notes.docx").write_bytes(b"\x0bWord's lock file")
    found, rejected = discover(small_seeds)
    assert [s for s, _ in found] == ["engineer.txt", "nested/pm.txt", "nested/tabs.mdx",
                                     "scientist.md"]
    reasons = {b.source: b.reason for b in rejected}  # by name and reason, never in silence
    assert set(reasons) == {"LICENSE", "image.png", "notes.odt"}
    assert "(.odt)" in reasons["notes.odt"] and ".mdx" in reasons["notes.odt"]
    assert "no file name suffix" in reasons["LICENSE"]


def test_a_saved_pages_files_folder_is_not_read_but_other_folders_are(tmp_path):
    # "Save page as, Webpage complete": faq.html and faq_files/ with the page's frames and ads
    (tmp_path / "faq.html").write_text("<h1>FAQ</h1><p>Nursing degrees last three years.</p>")
    (tmp_path / "faq_files").mkdir()
    (tmp_path / "faq_files" / "saved_resource.html").write_text("<p>Enrol today!</p>")
    (tmp_path / "notes_files").mkdir()  # no notes.html beside it: a folder like any other
    (tmp_path / "notes_files" / "pay.md").write_text("# Pay\n\nNurses earn more at night.\n")
    found, _ = discover(tmp_path)
    assert [s for s, _ in found] == ["faq.html", "notes_files/pay.md"]


@pytest.mark.parametrize("content, reason", [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    (bytes(range(128, 256)) * 3, "not valid UTF-8"),
    (b"", "empty"),
    (b"   \n\t\n  ", "empty"),
])
def test_bad_seeds_are_rejected_with_a_reason(tmp_path, content, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(BadSeed) as info:
        _read(path)
    assert info.value.source == "bad.txt" and reason in info.value.reason


def test_too_large_files_are_rejected(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_text("word " * 1000)
    with pytest.raises(BadSeed, match="too large"):
        _read(path, max_bytes=100)


def test_unreadable_files_are_rejected(tmp_path, monkeypatch):
    path = tmp_path / "secret.txt"
    path.write_text("text")
    path.chmod(0)
    if os.geteuid() == 0:  # root reads anything: make the read fail as it would for a user
        def denied(self):
            raise PermissionError(13, "Permission denied", str(self))
        monkeypatch.setattr(type(path), "read_bytes", denied)
    with pytest.raises(BadSeed, match="permission denied"):
        _read(path)


def test_symlinks_outside_the_seeds_folder_are_not_followed(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    outside = tmp_path / "outside.txt"
    outside.write_text("secret outside text")
    (seeds / "link.txt").symlink_to(outside)
    (seeds / "inside.txt").write_text("Real document text.")
    (seeds / "alias.txt").symlink_to(seeds / "inside.txt")
    found, rejected = discover(seeds)
    assert [s for s, _ in found] == ["alias.txt", "inside.txt"]
    assert [(b.source, b.reason) for b in rejected] == [
        ("link.txt", "symbolic link pointing outside the seeds folder")]
