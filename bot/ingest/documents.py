"""Finding and reading the seed documents.

A seed is any file under the seeds folder (recursively; hidden files, the "~$" lock files Word
and Excel leave beside an open document and the `page_files/` folder a browser saves beside
`page.html` excluded: none is a document anyone wrote) whose suffix has a reader
(`readers.READERS`: .txt, .md/.markdown/.mdx, .html/.htm, .pdf, .docx). Any other file is
reported by name, with its format, as not read: a user who put it there learns why it is never
quoted. Each seed is read by its format's reader into plain text with typed blocks; a file that
cannot serve as a document is reported with the reason instead of stopping the build.
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from bot.ingest.readers import READERS, Block, Unreadable, extract, file_title

SEED_SUFFIXES = tuple(READERS)


@dataclass(frozen=True)
class Document:
    """A seed as careerbot reads it. `text` is the extracted text every offset points into: the
    file's own characters for a `.txt`, the reader's plain text for the other formats."""

    source: str  # relative to the seeds folder, forward slashes
    text: str
    sha256: str
    title: str = ""  # from the document itself, else the file name made readable; "" for .txt
    blocks: tuple[Block, ...] | None = None  # None: plain text, structure inferred
    encoding: str = "utf-8"
    pages: tuple[tuple[int, int], ...] = ()  # PDF: (start, end) of each page in `text`
    stored: bool = False  # the text is not the file's UTF-8 bytes: the index keeps a copy


class BadSeed(Exception):
    """A seed file that cannot be used; `reason` is meant for the user."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


def discover(seeds_dir: Path) -> tuple[list[tuple[str, Path]], list[BadSeed]]:
    """Seed files under `seeds_dir` as (source, path) sorted by source, plus rejected entries.

    Symbolic links that lead outside the seeds folder are not followed, and anything that is not
    a regular file (a named pipe would block the reader forever, a device never ends) is not
    opened: both are rejected by name.
    """
    root = seeds_dir.resolve()
    found: list[tuple[str, Path]] = []
    rejected: list[BadSeed] = []
    # os.scandir, not os.walk with Path objects: its entries know their type without a stat,
    # which made listing 40,000 files four times faster
    pending = [(str(root), "")]
    while pending:
        folder, prefix = pending.pop()
        try:
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError:
            continue
        subfolders = []
        saved = _saved_page_folders(entries)
        for entry in entries:
            name = entry.name
            if name.startswith((".", "~$")):  # hidden, or an office program's lock file
                continue
            if not entry.is_symlink() and entry.is_dir(follow_symlinks=False):
                if name in saved:  # a saved page's images, scripts, ads and frames
                    continue
                subfolders.append((entry.path, f"{prefix}{name}/"))
                continue
            source, path = prefix + name, Path(entry.path)
            if entry.is_symlink() and _is_dir(entry):
                rejected.append(BadSeed(source, "symbolic link to a folder (not followed)"))
                continue
            suffix = os.path.splitext(name)[1].lower()
            if suffix not in SEED_SUFFIXES:
                rejected.append(BadSeed(source, _unread_format(suffix)))
                continue
            if entry.is_symlink():
                try:
                    target = path.resolve(strict=False)
                except (RuntimeError, OSError):  # RuntimeError("Symlink loop") before 3.13
                    rejected.append(BadSeed(source, _LOOP))
                    continue
                if not _inside(target, root):
                    rejected.append(BadSeed(source, "symbolic link pointing outside the seeds folder"))
                    continue
            elif entry.is_file(follow_symlinks=False):
                found.append((source, path))
                continue
            problem = _not_a_regular_file(path)
            if problem:
                rejected.append(BadSeed(source, problem))
                continue
            found.append((source, path))
        pending.extend(reversed(subfolders))
    return sorted(found), rejected


def _unread_format(suffix: str) -> str:
    kind = f"a format careerbot does not read ({suffix})" if suffix else "no file name suffix"
    return f"{kind}; it reads {', '.join(SEED_SUFFIXES)}"


def _saved_page_folders(entries: list[os.DirEntry]) -> set[str]:
    """"Save page as, Webpage complete" writes `page.html` and beside it `page_files/` with the
    page's images, scripts, ads and frames (saved as .html): that folder is not documents."""
    return {os.path.splitext(e.name)[0] + "_files" for e in entries
            if os.path.splitext(e.name)[1].lower() in (".html", ".htm")}


def _is_dir(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


_LOOP = "symbolic link loop (the link leads back to itself)"


def _not_a_regular_file(path: Path) -> str | None:
    try:
        mode = path.stat().st_mode  # follows links that stay inside the folder
    except FileNotFoundError:
        return "broken symbolic link" if path.is_symlink() else None  # gone: reported when read
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return _LOOP
        return f"cannot be read ({exc.strerror or exc})"
    return None if stat.S_ISREG(mode) else "not a regular file (a pipe, socket or device)"


def _inside(path: Path, root: Path) -> bool:
    return path == root or root in path.parents


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read_document(source: str, path: Path, max_bytes: int) -> Document:
    """Read and check one seed file; raise :class:`BadSeed` saying why it is unusable."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise BadSeed(source, f"too large ({size:,} bytes; the limit is {max_bytes:,}, "
                                  "raise it with CAREERBOT_MAX_FILE_BYTES)")
        data = path.read_bytes()
    except FileNotFoundError:
        raise BadSeed(source, "disappeared while the index was being built") from None
    except PermissionError:
        raise BadSeed(source, "cannot be read (permission denied)") from None
    except IsADirectoryError:
        raise BadSeed(source, "is a directory") from None
    except OSError as exc:
        raise BadSeed(source, f"cannot be read ({exc.strerror or exc})") from None
    return parse_bytes(source, data)


def parse_bytes(source: str, data: bytes) -> Document:
    """Read `data` with the reader for `source`'s format; raise :class:`BadSeed` saying why not."""
    try:
        extracted = extract(source, data)
    except Unreadable as bad:
        raise BadSeed(source, bad.reason) from None
    # with no blocks the structure heuristics find the title line; else the file name is the
    # last resort
    title = extracted.title or ("" if extracted.blocks is None else file_title(source))
    plain = extracted.blocks is None and source.lower().endswith(".txt")
    return Document(
        source=source, text=extracted.text, sha256=hashlib.sha256(data).hexdigest(), title=title,
        blocks=extracted.blocks, encoding=extracted.encoding, pages=extracted.pages,
        stored=not (plain and data == extracted.text.encode("utf-8")),
    )
