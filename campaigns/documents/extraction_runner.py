"""Run one function in a child process, with a budget of time and memory. No Django here.

Reading the text of a crafted file can take many minutes of CPU, or gigabytes of memory, inside a
parser (pypdf, lxml...) that cannot be interrupted from the outside. `run_limited()` runs the
parsing in a child process started by multiprocessing's "forkserver" (which has imported the
parsers once, so a child starts in a few milliseconds), limits the child's address space
(RLIMIT_AS) and CPU time (RLIMIT_CPU, a backstop), and kills it once the wall-clock budget is
spent:

    >>> run_limited(function, (argument,), time_limit=30, memory_limit=512 * 1024 * 1024)
    Outcome(status="ok", value=...)

The function and its arguments cross to the child by pickling: the function must be defined at
the top of a module that the child can import without Django being set up.
"""

import math
import multiprocessing
import resource
import signal
import threading
import traceback
from dataclasses import dataclass

OK = "ok"  # value: what the function returned
TIMEOUT = "timeout"  # the wall-clock or CPU budget was spent
MEMORY = "memory"  # the memory budget was spent
CRASHED = "crashed"  # error: the traceback, or how the child died

# Imported once by the fork server, so that each child has the parsers loaded already.
PRELOAD = ["campaigns.documents.extraction"]

_lock = threading.Lock()
_context = None


@dataclass(frozen=True)
class Outcome:
    status: str
    value: object = None
    error: str = ""


def _get_context():
    global _context
    with _lock:
        if _context is None:
            context = multiprocessing.get_context("forkserver")
            context.set_forkserver_preload(PRELOAD)
            _context = context
        return _context


def run_limited(function, args, *, time_limit, memory_limit):
    """Call `function(*args)` in a child process; `time_limit` in seconds (wall clock),
    `memory_limit` in bytes (address space). Never raises for what the child does."""
    context = _get_context()
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(
        target=_child, args=(sender, function, args, time_limit, memory_limit), name="extraction"
    )
    process.start()
    sender.close()
    outcome = None
    killed = False
    try:
        # poll() also returns when the child dies without answering (recv() then raises EOFError).
        if receiver.poll(time_limit):
            try:
                outcome = receiver.recv()
            except (EOFError, OSError):
                outcome = None
        else:
            outcome = Outcome(TIMEOUT)
    finally:
        if process.is_alive():
            killed = True
            process.kill()
        process.join()
        receiver.close()
    code = process.exitcode
    process.close()
    if outcome is not None:
        return outcome
    if killed or code == -signal.SIGXCPU:
        return Outcome(TIMEOUT)
    if code == -signal.SIGKILL:  # not killed here: the kernel's out-of-memory killer
        return Outcome(MEMORY)
    return Outcome(CRASHED, error=f"the child process ended with exit code {code}")


def _child(connection, function, args, time_limit, memory_limit):
    """In the child: set the limits, call the function, send its outcome."""
    _lower_limit(resource.RLIMIT_AS, memory_limit)
    # A backstop for the CPU time, should the parent be gone: SIGXCPU, then SIGKILL.
    cpu = math.ceil(time_limit) + 1
    _lower_limit(resource.RLIMIT_CPU, cpu, cpu + 1)
    try:
        outcome = Outcome(OK, function(*args))
    except MemoryError:
        outcome = Outcome(MEMORY)
    except BaseException:
        outcome = Outcome(CRASHED, error=traceback.format_exc())
    try:
        connection.send(outcome)
    except MemoryError:
        connection.send(Outcome(MEMORY))
    finally:
        connection.close()


def _lower_limit(kind, soft, hard=None):
    """Lower a resource limit: never above the limit already in force (nor raise an error)."""
    current_soft, current_hard = resource.getrlimit(kind)
    hard = soft if hard is None else hard
    if current_hard != resource.RLIM_INFINITY:
        hard = min(hard, current_hard)
        soft = min(soft, hard)
    resource.setrlimit(kind, (soft, hard))
