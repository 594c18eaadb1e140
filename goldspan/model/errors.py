"""Problems found in user data, reported as values that name file, document and span.

A :class:`Problem` is one finding; :class:`GoldspanError` carries one or more of them so a
reader can report every problem of a file at once instead of stopping at the first.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One problem: what is wrong, and where (file, document id, span id), where known."""

    message: str
    file: str | None = None
    document: str | None = None
    span: str | None = None

    def where(self) -> str:
        """The location as ``file: document 'd', span 's'`` (only the known parts)."""
        parts = []
        if self.document is not None:
            parts.append(f"document {self.document!r}")
        if self.span is not None:
            parts.append(f"span {self.span!r}")
        loc = ", ".join(parts)
        if self.file:
            return f"{self.file}: {loc}" if loc else self.file
        return loc

    def __str__(self) -> str:
        where = self.where()
        return f"{where}: {self.message}" if where else self.message

    def in_file(self, file: str) -> Problem:
        """This problem, located in ``file``."""
        return Problem(self.message, file, self.document, self.span)


class GoldspanError(Exception):
    """Bad user input: one or more :class:`Problem` s. ``str()`` lists them one per line."""

    def __init__(self, problems: list[Problem] | Problem | str):
        if isinstance(problems, str):
            problems = [Problem(problems)]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems: list[Problem] = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

    def in_file(self, file: str) -> GoldspanError:
        """The same error with every problem located in ``file``."""
        return GoldspanError([p if p.file else p.in_file(file) for p in self.problems])
