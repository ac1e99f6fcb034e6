"""Plain text (.txt): decoded as UTF-8, or with the encoding charset-normalizer detects.

The text is kept exactly as decoded (structure is inferred later by `structure.parse`), so the
offsets of a `.txt` seed are offsets into the file's own characters.
"""

from __future__ import annotations

from bot.ingest.readers.base import Extracted, Unreadable

_CONTROL_OK = {"\n", "\r", "\t", "\f", "\v"}


def decode(data: bytes) -> tuple[str, str]:
    """The text of `data` and the encoding used: UTF-8 when it is valid, else the best guess."""
    if b"\x00" in data:
        raise Unreadable("binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError as exc:
        bad = exc.start
    best = _guess(data)
    if best is None:
        raise Unreadable(f"not valid UTF-8 (bad byte at offset {bad}) and no other text "
                         "encoding fits; save it as UTF-8")
    return str(best), best.encoding


def _guess(data: bytes):
    """charset-normalizer's best match; Windows-1252 when it fits as well as the best.

    On a short text many single-byte code pages fit equally well ("Café" is as coherent in
    cp1006 as in cp1252); a file that is not UTF-8 but reads as cleanly as Windows-1252 (the
    superset of Latin-1) was almost certainly saved by Windows or an old editor in it.
    """
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    western = from_bytes(data, cp_isolation=["cp1252"]).best()
    if western is not None and (best is None or (western.chaos <= best.chaos
                                                  and western.coherence >= best.coherence)):
        return western
    return best if best is not None and best.encoding else None


def read(data: bytes) -> Extracted:
    text, encoding = decode(data)
    if not text.strip():
        raise Unreadable("empty (no text)")
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in _CONTROL_OK)
    if controls > max(8, len(text) // 100):
        raise Unreadable("looks binary (too many control characters)")
    return Extracted(text=text, encoding=encoding)
