"""Refuse, and record, any network connection that leaves this machine.

Installed in the pytest process by ``tests/conftest.py`` and in every notebook kernel through
``sitecustomize.py`` in this folder (conftest puts the folder on ``PYTHONPATH``, which kernels
inherit). Violations are appended to ``$COURSE_OFFLINE_GUARD_LOG`` so the test session fails even
when the calling code swallowed the exception (``nltk.download`` does, for example).
"""

from __future__ import annotations

import ipaddress
import os
import socket

_LOCAL_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost", ""}


class OfflineGuardError(OSError):
    """Raised instead of opening a non-loopback connection during the tests."""


def _is_local(host: object) -> bool:
    if host is None:
        return True
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    host = str(host)
    if host.lower() in _LOCAL_NAMES:
        return True
    try:
        ip = ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return False
    return ip.is_loopback or ip.is_unspecified


def _record(what: str) -> None:
    log = os.environ.get("COURSE_OFFLINE_GUARD_LOG")
    if log:
        with open(log, "a", encoding="utf-8") as handle:
            handle.write(f"pid {os.getpid()}: {what}\n")


def _refuse(what: str) -> None:
    _record(what)
    raise OfflineGuardError(f"offline guard: network access refused during tests ({what})")


def install() -> None:
    """Patch ``socket`` so only loopback and Unix-domain connections are allowed."""
    if getattr(socket, "_course_offline_guard", False):
        return
    original_connect = socket.socket.connect
    original_connect_ex = socket.socket.connect_ex
    original_getaddrinfo = socket.getaddrinfo

    def _check(sock: socket.socket, address: object) -> None:
        if sock.family in (socket.AF_INET, socket.AF_INET6) and isinstance(address, tuple):
            if not _is_local(address[0]):
                _refuse(f"connect to {address[0]}:{address[1]}")

    def connect(self, address):  # type: ignore[no-untyped-def]
        _check(self, address)
        return original_connect(self, address)

    def connect_ex(self, address):  # type: ignore[no-untyped-def]
        _check(self, address)
        return original_connect_ex(self, address)

    def getaddrinfo(host, port, *args, **kwargs):  # type: ignore[no-untyped-def]
        if not _is_local(host):
            _refuse(f"name lookup of {host}")
        return original_getaddrinfo(host, port, *args, **kwargs)

    socket.socket.connect = connect  # type: ignore[method-assign]
    socket.socket.connect_ex = connect_ex  # type: ignore[method-assign]
    socket.getaddrinfo = getaddrinfo
    socket._course_offline_guard = True  # type: ignore[attr-defined]
