"""Helpers for tests that run careerbot in real child processes (kill -9, two builders, network
audit): the child imports this worktree's `bot/` and can be paused at a named moment."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

# Runs in the child: optionally wraps one function so the process stops itself (SIGSTOP) when it
# gets there, then hands over to the real command line. The parent sees the stop and kills it.
CHILD = r"""
import os, signal, sys, importlib
audit_log = os.environ.get("CAREERBOT_TEST_AUDIT")
if audit_log:
    sys.path.insert(0, os.path.join(os.environ["PYTHONPATH"], "tests"))
    from procs import outside_loopback
    def hook(event, args):
        if event in ("socket.connect", "socket.sendto", "socket.getaddrinfo"):
            if outside_loopback(event, args):
                with open(audit_log, "a") as handle:
                    handle.write(f"{event} {args[1:] if event != 'socket.getaddrinfo' else args[:2]!r}\n")
    sys.addaudithook(hook)
target = os.environ.get("CAREERBOT_TEST_PAUSE_AT")
if target:
    module_name, _, attr = target.rpartition(".")
    owner_name, _, cls = module_name.rpartition(":") if ":" in module_name else ("", "", "")
    module = importlib.import_module(owner_name or module_name)
    owner = getattr(module, cls) if cls else module
    original = getattr(owner, attr)
    calls = [0]
    nth = int(os.environ.get("CAREERBOT_TEST_PAUSE_CALL", "1"))
    def paused(*args, **kwargs):
        calls[0] += 1
        if calls[0] == nth:
            os.kill(os.getpid(), signal.SIGSTOP)
        return original(*args, **kwargs)
    setattr(owner, attr, paused)
from bot.cli import main
sys.exit(main(sys.argv[1:]))
"""


def child_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CAREERBOT_TEST_")}
    env["PYTHONPATH"] = str(REPO)
    env.update(extra)
    return env


def start(args: list[str], pause_at: str | None = None, call: int = 1,
          prefix: list[str] | None = None, **env: str) -> subprocess.Popen:
    """Start `careerbot ARGS`; with `pause_at` ("module.function" or "module:Class.method") the
    child stops itself on the `call`-th call of that function."""
    extra = dict(env)
    if pause_at:
        extra.update(CAREERBOT_TEST_PAUSE_AT=pause_at, CAREERBOT_TEST_PAUSE_CALL=str(call))
    return subprocess.Popen([*(prefix or []), sys.executable, "-c", CHILD, *args], cwd=REPO,
                            env=child_env(**extra), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def run(args: list[str], prefix: list[str] | None = None, timeout: float = 600,
        **env: str) -> subprocess.CompletedProcess:
    proc = start(args, prefix=prefix, **env)
    out, err = proc.communicate(timeout=timeout)
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


def wait_until_stopped(proc: subprocess.Popen, timeout: float = 600) -> None:
    """Block until `proc` has stopped itself (state T in /proc); fail if it exits instead."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            out, err = proc.communicate()
            raise AssertionError(f"child exited {proc.returncode} before pausing:\n{err[-2000:]}")
        state = Path(f"/proc/{proc.pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        if state == "T":
            return
        time.sleep(0.05)
    raise AssertionError("child never reached its pause point")


LOOPBACK_NAMES = {"127.0.0.1", "::1", "localhost", "0.0.0.0", "::", ""}


def outside_loopback(event: str, args: tuple) -> bool:
    """Does this audit event (socket.connect / sendto / getaddrinfo) reach past 127.0.0.1?"""
    import ipaddress
    import socket

    if event == "socket.getaddrinfo":
        host = args[0]
    else:
        sock, address = args[0], args[-1]
        if getattr(sock, "family", None) == socket.AF_UNIX or not isinstance(address, tuple):
            return False
        host = address[0]
    if host is None:
        return False
    host = host.decode() if isinstance(host, bytes) else str(host)
    if host in LOOPBACK_NAMES:
        return False
    try:
        return not ipaddress.ip_address(host.split("%")[0]).is_loopback
    except ValueError:
        return True  # a host name other than localhost: a lookup on its way out
