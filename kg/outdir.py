"""The output directory of ``kg build`` as a transaction: OUT holds the old complete build or the
new complete build at every instant, never a mix and never a cut file.

Design (Linux first):

1. **Lock.** ``fcntl.flock`` on ``.OUT.kg-lock`` beside OUT (in its parent), not on OUT itself: OUT
   is swapped for another directory during the commit, and a lock inside it would move with it. The
   kernel releases the lock when its process dies, so a killed build never leaves it held; the file
   holds the owner's pid, which a second build names in its error.
2. **Stage.** The whole new build (exports, report.json, mentions.jsonl) is written into
   ``.OUT.kg-new-<pid>`` beside OUT: the same filesystem, so the swap below is a rename. Leftover
   staging and old trees of a killed run are removed by the next build once it holds the lock (no
   other build can be using them then).
3. **Carry over.** Whatever the user keeps in OUT that kg does not write is hard-linked into the
   staging tree (copied where links are refused), so it survives the swap unchanged.
4. **Make durable.** Every staged file and directory is fsynced before the swap, so that after a
   power cut the swapped-in tree is not an empty shell.
5. **Swap.** ``renameat2(RENAME_EXCHANGE)`` (glibc ≥ 2.28, through ctypes) exchanges OUT and the
   staging tree in one step: renaming files one by one into OUT would not be atomic as a set. When
   OUT does not exist yet a plain ``rename`` is just as atomic. Where the exchange is not supported
   (another OS, an old kernel or filesystem) the fallback renames OUT to ``.OUT.kg-old-<pid>`` and
   the staging tree to OUT: between the two renames OUT is absent (never mixed), and a build that
   finds OUT absent beside an old tree puts the old one back before anything else.
6. **Clean.** The tree swapped out (the old build) is removed, and the parent directory fsynced.

A build that reads nothing never reaches the swap: its staging tree is removed and OUT is untouched.
``KG_CRASH_AT=<step>`` makes the process SIGKILL itself at a named step (:func:`checkpoint`); the
crash-consistency test uses it to kill a build at every step and check the invariant.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import fcntl
import os
import shutil
import signal
import stat
from collections.abc import Collection, Iterator
from pathlib import Path

from kg.errors import OutputError

CRASH_ENV = "KG_CRASH_AT"

_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


def checkpoint(step: str) -> None:
    """Kill this process with SIGKILL when ``KG_CRASH_AT`` names ``step`` (crash tests only)."""
    if os.environ.get(CRASH_ENV) == step:
        os.kill(os.getpid(), signal.SIGKILL)


def _sibling(out: Path, kind: str) -> Path:
    return out.parent / f".{out.name}.kg-{kind}"


def lock_path(out: Path) -> Path:
    return _sibling(out, "lock")


def staging_path(out: Path, pid: int | None = None) -> Path:
    return _sibling(out, f"new-{os.getpid() if pid is None else pid}")


def _leftovers(out: Path) -> list[Path]:
    prefix = f".{out.name}.kg-"
    return sorted(
        p for p in out.parent.glob(f"{prefix}*") if p.name[len(prefix) :].startswith(("new-", "old-"))
    )


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths atomically; False where renameat2's exchange is not available."""
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (AttributeError, OSError):
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    renameat2.restype = ctypes.c_int
    if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP):
        return False
    raise OSError(code, os.strerror(code), str(b))


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_tree(root: Path) -> None:
    for folder, _, files in os.walk(root):
        for name in files:
            fd = os.open(os.path.join(folder, name), os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
        _fsync_dir(Path(folder))


def _link_or_copy(source: str, target: str) -> None:
    try:
        os.link(source, target, follow_symlinks=False)
    except OSError:
        shutil.copy2(source, target, follow_symlinks=False)


def _carry_over(out: Path, staging: Path, owned: Collection[str]) -> None:
    """Files and folders in OUT that kg does not write, linked into the new tree."""
    for entry in sorted(out.iterdir()):
        target = staging / entry.name
        if entry.name in owned or target.exists():
            continue
        if entry.is_dir() and not entry.is_symlink():
            shutil.copytree(entry, target, symlinks=True, copy_function=_link_or_copy)
        else:
            _link_or_copy(str(entry), str(target))


class Transaction:
    """One build's hold on OUT: the staging directory to write into, and the commit."""

    def __init__(self, out: Path, owned: Collection[str]) -> None:
        self.out = out
        self.owned = owned
        self.staging = staging_path(out)

    def commit(self) -> None:
        """Make the staged build OUT's, in one atomic step (see the module's docstring)."""
        out, staging = self.out, self.staging
        checkpoint("carry")
        if out.is_dir():
            _carry_over(out, staging, self.owned)
            os.chmod(staging, stat.S_IMODE(out.stat().st_mode))
        checkpoint("fsync")
        _fsync_tree(staging)
        checkpoint("swap")
        if not out.exists():
            os.rename(staging, out)
        elif not _exchange(staging, out):
            old = _sibling(out, f"old-{os.getpid()}")
            os.rename(out, old)
            checkpoint("fallback-renamed")
            os.rename(staging, out)
            staging = old
        _fsync_dir(out.parent)
        checkpoint("swapped")
        shutil.rmtree(staging, ignore_errors=True)
        checkpoint("cleaned")


def _recover(out: Path) -> None:
    """Undo what a killed build left: the old tree back when OUT is absent, staging removed."""
    leftovers = _leftovers(out)
    old = [p for p in leftovers if p.name.split(".kg-", 1)[1].startswith("old-")]
    if not out.exists() and old:
        os.rename(old[-1], out)
    for path in leftovers:
        if path.exists():
            shutil.rmtree(path) if path.is_dir() and not path.is_symlink() else path.unlink()


@contextlib.contextmanager
def transaction(out: Path, owned: Collection[str]) -> Iterator[Transaction]:
    """Lock OUT, clean a killed run's leftovers and give a fresh staging directory; the staging
    directory is removed on leaving unless :meth:`Transaction.commit` swapped it in.

    ``owned``: the names kg writes at OUT's top level (everything else there is carried over).
    Raises :class:`OutputError` (one line) when OUT is a file or another build holds it.
    """
    out = Path(os.path.abspath(out))
    if out.is_symlink():  # build where it points; swapping would replace the link by a directory
        out = out.resolve()
    if out.exists() and not out.is_dir():
        raise OutputError(f"{out}: the output directory is an existing file")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(lock_path(out), os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as e:
        raise OutputError(f"{out}: cannot prepare the output directory ({e.strerror or e})") from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "unknown"
            raise OutputError(f"{out}: another kg build (process {holder}) is writing it") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        checkpoint("locked")
        _recover(out)
        txn = Transaction(out, owned)
        txn.staging.mkdir()
        try:
            yield txn
        finally:
            if txn.staging.exists():
                shutil.rmtree(txn.staging, ignore_errors=True)
    finally:
        os.close(fd)  # releases the lock; the lock file stays (removing it would race a waiter)
