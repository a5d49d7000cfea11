"""Writing files whole or not at all, for every output the program makes.

The new content is written beside the target and renamed over it only once complete, so a
failure never leaves a partial file. The target keeps what the user gave it: a symbolic
link stays a link (the file it points to is replaced), an existing file keeps its mode and
group, a new file gets the mode the user's umask allows. Anything that is not a regular
file (a folder, a device such as /dev/full, a pipe) is refused, never replaced. A hard link
to the old file and extended ACLs are not carried over: the new content is a new file.
"""

from __future__ import annotations

import errno
import os
import secrets
import stat
from contextlib import suppress
from pathlib import Path

from models.errors import BriefingError


def write_atomically(path: Path, data: bytes, *, mode: int | None = None) -> None:
    """Write ``data`` to ``path`` in one step, or raise a BriefingError saying why not.

    ``mode`` (for backups: 0o600) is given to a new file; without it a new file gets what
    the user's umask allows, and an existing one keeps its own.
    """
    target = _real_target(Path(path).expanduser())
    folder = target.parent if str(target.parent) else Path(".")
    existing = _existing_status(target)
    try:
        handle, temporary = _new_beside(folder, target.name, 0o666 if mode is None else mode)
    except OSError as error:
        raise _explained(error, target) from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        if existing is not None:
            _keep_attributes(temporary, existing)
        os.replace(temporary, target)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise _explained(error, target) from None
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _new_beside(folder: Path, name: str, mode: int) -> tuple[int, str]:
    """A new hidden file beside the target, created with ``mode`` less the umask (as any
    program's new file is; tempfile's files are always 0600)."""
    for _attempt in range(100):
        candidate = folder / f".{name}.{secrets.token_hex(4)}"
        try:
            return os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode), str(candidate)
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free temporary name", str(folder))


def _real_target(path: Path) -> Path:
    """The file a link points to (the link itself is kept), else ``path``."""
    if path.is_symlink():
        return path.resolve()
    return path


def _existing_status(target: Path) -> os.stat_result | None:
    try:
        found = target.stat()
    except FileNotFoundError:
        return None
    except OSError as error:
        raise _explained(error, target) from None
    if not stat.S_ISREG(found.st_mode):
        kind = "a folder" if stat.S_ISDIR(found.st_mode) else "not a regular file"
        raise BriefingError(f"{target} is {kind}; nothing was written. Choose a file name.")
    return found


def _keep_attributes(temporary: str, existing: os.stat_result) -> None:
    os.chmod(temporary, stat.S_IMODE(existing.st_mode))
    with suppress(OSError):  # not a member of that group: the file keeps the user's own
        os.chown(temporary, -1, existing.st_gid)


def _explained(error: OSError, target: Path) -> BriefingError:
    """An operating-system failure in the user's terms, naming the file or folder."""
    folder = target.parent
    match error.errno:
        case errno.ENOENT:
            message = f"The folder {folder} does not exist; nothing was written."
        case errno.EACCES | errno.EPERM | errno.EROFS:
            message = f"{folder} cannot be written to (no permission); nothing was written."
        case errno.ENOSPC | errno.EDQUOT:
            message = f"The disk holding {folder} is full; nothing was written."
        case errno.ENOTDIR:
            message = f"{folder} is not a folder; nothing was written."
        case _:
            message = f"{target} could not be written ({error.strerror}); nothing was written."
    return BriefingError(message)
