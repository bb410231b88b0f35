"""Loaded by every Python process started during the tests (notebook kernels included)."""

import os

if os.environ.get("COURSE_OFFLINE_GUARD") == "1":
    import offline_guard

    offline_guard.install()
