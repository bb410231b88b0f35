"""Test-session setup shared by unit tests and nbval notebook runs.

- Network guard: this process and every notebook kernel refuse non-loopback connections;
  any attempt fails the session (see ``tests/offline_guard``).
- Notebook kernels inherit the environment set here (``NLTK_DATA`` and the TensorFlow log
  variables are exported by the Makefile).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import pytest

GUARD_DIR = Path(__file__).parent / "offline_guard"


def _enable_offline_guard() -> Path:
    log = Path(tempfile.mkdtemp(prefix="course-offline-")) / "violations.log"
    log.touch()
    os.environ["COURSE_OFFLINE_GUARD"] = "1"
    os.environ["COURSE_OFFLINE_GUARD_LOG"] = str(log)
    os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (str(GUARD_DIR), os.environ.get("PYTHONPATH", "")) if p)
    sys.path.insert(0, str(GUARD_DIR))
    import offline_guard

    offline_guard.install()
    return log


_GUARD_LOG = _enable_offline_guard()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    violations = _GUARD_LOG.read_text(encoding="utf-8").strip()
    if violations:
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        message = "offline guard: tests or notebook kernels tried to reach the network:\n" + violations
        if reporter is not None:
            reporter.write_line(message, red=True)
        else:
            print(message, file=sys.stderr)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


@pytest.fixture(scope="session")
def offline_guard_log() -> Path:
    """Path of the file where network violations are recorded."""
    return _GUARD_LOG
