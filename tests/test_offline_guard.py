"""The network guard refuses non-loopback connections in child processes and records them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PROBE = """
import socket
try:
    socket.create_connection(("192.0.2.1", 80), timeout=1)
except OSError as exc:
    print(type(exc).__name__)
server = socket.socket(); server.bind(("127.0.0.1", 0)); server.listen(1)
client = socket.create_connection(server.getsockname(), timeout=1)
print("loopback ok")
"""


def test_child_process_is_guarded(tmp_path: Path) -> None:
    log = tmp_path / "violations.log"
    env = dict(os.environ, COURSE_OFFLINE_GUARD_LOG=str(log))  # a private log: not the session's
    result = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["OfflineGuardError", "loopback", "ok"]
    assert "192.0.2.1" in log.read_text(encoding="utf-8")


def test_name_lookup_is_refused(tmp_path: Path) -> None:
    log = tmp_path / "violations.log"
    env = dict(os.environ, COURSE_OFFLINE_GUARD_LOG=str(log))
    code = (
        "import urllib.request\n"
        "try:\n urllib.request.urlopen('http://example.com', timeout=1)\n"
        "except Exception as e:\n print('refused' if 'offline guard' in str(e) else repr(e))"
    )
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "refused", result.stdout + result.stderr
    assert "example.com" in log.read_text(encoding="utf-8")
