"""A drive that fails part-way through a write, installed inside a drill's child process.

`eio`: the USB stick is pulled out after BYTES bytes: that write and everything after it under the
stick's folder (open, write, fsync, rename, delete) fails with EIO. `enospc`: the disk fills up
after BYTES bytes: writes fail with ENOSPC, deleting still works. Only Python's own file calls
are patched (builtins/io.open, os.open/fdopen/write/fsync/replace/rename/unlink), which is how the
app writes bundles, receipts and copies to an external drive.
"""

from __future__ import annotations

import builtins
import errno
import io
import os
from pathlib import Path
from typing import Any


class _Handle:
    """A file object whose writes spend the medium's byte budget."""

    def __init__(self, medium: FailingMedium, handle: Any) -> None:
        self._medium = medium
        self._handle = handle

    def write(self, data: Any) -> int:
        allowed = self._medium.spend(len(data))
        if allowed < len(data):
            self._handle.write(data[:allowed])
            self._medium.fail()
        return int(self._handle.write(data))

    def flush(self) -> None:
        self._medium.check()
        self._handle.flush()

    def __enter__(self) -> _Handle:
        return self

    def __exit__(self, *exc: object) -> None:
        self._handle.close()

    def __iter__(self) -> Any:
        return iter(self._handle)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._handle, name)


class FailingMedium:
    def __init__(self, root: Path, *, budget: int, kind: str) -> None:
        self.root = os.path.realpath(root)
        self.budget = budget
        self.kind = kind
        self.failed = False
        self._fds: set[int] = set()

    # --- the fault ------------------------------------------------------------------------

    def _error(self) -> OSError:
        code = errno.EIO if self.kind == "eio" else errno.ENOSPC
        return OSError(code, os.strerror(code))

    def spend(self, wanted: int) -> int:
        self.check()
        allowed = min(wanted, self.budget)
        self.budget -= allowed
        return allowed

    def fail(self) -> None:
        self.failed = True
        raise self._error()

    def check(self) -> None:
        if self.failed:
            raise self._error()

    def gone(self) -> None:
        """After a pulled stick nothing under it answers; a full disk still lets us open and delete."""
        if self.failed and self.kind == "eio":
            raise self._error()

    def covers(self, path: Any) -> bool:
        if isinstance(path, int):
            return path in self._fds
        try:
            return os.path.realpath(os.fspath(path)).startswith(self.root)
        except TypeError:
            return False

    # --- the patches ------------------------------------------------------------------------

    def install(self) -> None:
        real_open, real_os_open, real_fdopen = builtins.open, os.open, os.fdopen
        real_write, real_fsync, real_replace = os.write, os.fsync, os.replace
        real_rename, real_unlink = os.rename, os.unlink
        medium = self

        def patched_open(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
            handle = real_open(file, mode, *args, **kwargs)
            if not medium.covers(file):
                return handle
            medium.gone()
            medium._fds.add(handle.fileno())
            return _Handle(medium, handle) if any(c in mode for c in "wax+") else handle

        def patched_os_open(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
            if medium.covers(path):
                medium.gone()
                fd = real_os_open(path, flags, *args, **kwargs)
                medium._fds.add(fd)
                return fd
            return real_os_open(path, flags, *args, **kwargs)

        def patched_fdopen(fd: int, *args: Any, **kwargs: Any) -> Any:
            handle = real_fdopen(fd, *args, **kwargs)
            return _Handle(medium, handle) if fd in medium._fds else handle

        def patched_write(fd: int, data: Any) -> int:
            if fd in medium._fds:
                allowed = medium.spend(len(data))
                if allowed < len(data):
                    real_write(fd, data[:allowed])
                    medium.fail()
            return real_write(fd, data)

        def patched_fsync(fd: Any) -> None:
            if medium.covers(fd if isinstance(fd, int) else fd.fileno()):
                medium.check()
            real_fsync(fd)

        def patched_replace(src: Any, dst: Any, *args: Any, **kwargs: Any) -> None:
            if medium.covers(src) or medium.covers(dst):
                medium.check()
            real_replace(src, dst, *args, **kwargs)

        def patched_rename(src: Any, dst: Any, *args: Any, **kwargs: Any) -> None:
            if medium.covers(src) or medium.covers(dst):
                medium.check()
            real_rename(src, dst, *args, **kwargs)

        def patched_unlink(path: Any, *args: Any, **kwargs: Any) -> None:
            if medium.covers(path):
                medium.gone()
            real_unlink(path, *args, **kwargs)

        builtins.open = io.open = patched_open  # type: ignore[assignment]
        os.open, os.fdopen, os.write, os.fsync = patched_os_open, patched_fdopen, patched_write, patched_fsync  # type: ignore[assignment]
        os.replace, os.rename, os.unlink, os.remove = patched_replace, patched_rename, patched_unlink, patched_unlink  # type: ignore[assignment]
