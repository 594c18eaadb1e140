"""A lock file beside each open document so two windows never edit the same one.

``.<name>.lock`` next to ``<name>.json`` holds the owner's process id (QLockFile). A lock
left by a killed process is stale (its process is gone) and is taken over. Locks are held
while the document is open in a window and released when it closes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile


def lock_path(path: Path) -> Path:
    """The lock file of document file ``path``."""
    return path.with_name(f".{path.name}.lock")


class DocumentLock:
    """Try to own the lock of one document file; :attr:`owner` describes who has it."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._lock = QLockFile(str(lock_path(self.path)))
        self.owner = ""

    def acquire(self) -> bool:
        """Take the lock now (False if another live process or window holds it)."""
        if self._lock.isLocked():
            return True
        if self._lock.tryLock(0):
            return True
        info = self._lock.getLockInfo()  # (pid, hostname, appname); may be empty
        if isinstance(info, tuple) and len(info) >= 2 and info[0]:
            self.owner = f"process {info[0]} on {info[1] or 'this machine'}"
        else:
            self.owner = "another window"
        return False

    @property
    def held(self) -> bool:
        """Whether this object owns the lock."""
        return self._lock.isLocked()

    def release(self) -> None:
        """Give the lock up (idempotent)."""
        if self._lock.isLocked():
            self._lock.unlock()
