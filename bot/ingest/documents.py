"""Finding and reading the seed documents.

A seed is any `.txt` or `.md` file under the seeds folder (recursively, hidden files excluded).
Each file is read as UTF-8 and checked; a file that cannot serve as a document is reported with
the reason instead of stopping the build.
"""

from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path

SEED_SUFFIXES = (".txt", ".md")
_CONTROL_OK = {"\n", "\r", "\t", "\f", "\v"}


@dataclass(frozen=True)
class Document:
    source: str  # relative to the seeds folder, forward slashes
    text: str
    sha256: str


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
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            path = Path(dirpath) / name
            if name.startswith(".") or path.suffix.lower() not in SEED_SUFFIXES:
                continue
            source = path.relative_to(root).as_posix()
            if path.is_symlink() and not _inside(path.resolve(), root):
                rejected.append(BadSeed(source, "symbolic link pointing outside the seeds folder"))
                continue
            problem = _not_a_regular_file(path)
            if problem:
                rejected.append(BadSeed(source, problem))
                continue
            found.append((source, path))
    return sorted(found), rejected


def _not_a_regular_file(path: Path) -> str | None:
    try:
        mode = path.stat().st_mode  # follows links that stay inside the folder
    except FileNotFoundError:
        return "broken symbolic link" if path.is_symlink() else None  # gone: reported when read
    except OSError as exc:
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
            raise BadSeed(source, f"too large ({size:,} bytes; the limit is {max_bytes:,})")
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
    if b"\x00" in data:
        raise BadSeed(source, "binary file (contains NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BadSeed(source, f"not valid UTF-8 (bad byte at offset {exc.start})") from None
    if not text.strip():
        raise BadSeed(source, "empty (no text)")
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in _CONTROL_OK)
    if controls > max(8, len(text) // 100):
        raise BadSeed(source, "looks binary (too many control characters)")
    return Document(source=source, text=text, sha256=hashlib.sha256(data).hexdigest())
