"""Stable short identifiers."""

from __future__ import annotations

import hashlib


def short_hash(*parts: str, length: int = 16) -> str:
    """Hex digest of the parts joined unambiguously; equal inputs give equal ids across runs."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8"))
    return digest.hexdigest()[:length]
