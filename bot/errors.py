"""careerbot's exceptions. Every error a user can meet is a :class:`BotError` whose message says
what went wrong and what to do about it.

    BotError
    ├── SettingsError          bad configuration value
    ├── PromptsError           prompts/ file missing or malformed
    ├── SeedsError             no usable document in the seeds folder
    ├── ModelError             the bundled embedding model cannot be found or loaded
    ├── RankerError            the fitted answer models are missing or stale
    ├── IndexError_            the index cannot be used
    │   ├── IndexNotFoundError     no index built yet
    │   ├── IndexCorruptError      a file of the index is unreadable or inconsistent
    │   └── IndexLockedError       another build holds the lock
    └── QuestionError          the question cannot be processed (also a ValueError)

Third-party errors (FAISS, numpy, pydantic, OS) are caught at the module boundary where they
happen and re-raised as one of these, naming the file or value at fault.
"""

from __future__ import annotations


class BotError(Exception):
    """Root of careerbot's errors."""


class SettingsError(BotError):
    """A configuration value is invalid."""


class PromptsError(BotError):
    """A prompts file is missing or malformed."""


class SeedsError(BotError):
    """The seeds folder holds no usable document."""


class ModelError(BotError):
    """The embedding model could not be loaded."""


class IndexError_(BotError):  # noqa: N801 - "IndexError" is a builtin
    """The index cannot be used."""


class IndexNotFoundError(IndexError_):
    """No index has been built in the index folder."""


class IndexCorruptError(IndexError_):
    """An index file is missing, truncated or inconsistent."""


class IndexLockedError(IndexError_):
    """Another process is building the index."""


class RankerError(BotError):
    """The fitted answer models (bot/answer/ranker.json) are missing or do not fit this code."""


class QuestionError(BotError, ValueError):
    """The question is not usable (wrong type)."""
