"""A real server process (`patrol serve`) over a copy of the demo store, with one user per role,
on each backend: the embedded store and PostgreSQL."""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time

import uuid
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from tests.conftest import BACKENDS, create_database


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass(frozen=True)
class Demo:
    """A store holding the demo: its home folder and, on PostgreSQL, its database URL."""

    home: Path
    url: str | None = None
    admin: str | None = None

    @property
    def env(self) -> dict:
        return {"PATROL_DATABASE_URL": self.url} if self.url else {}

    def copy(self, home: Path) -> "Demo":
        shutil.copytree(self.home, home, dirs_exist_ok=True)
        if not self.url:
            return Demo(home)
        return Demo(home, create_database(self.admin, "served_" + uuid.uuid4().hex[:10],
                                          template=self.url.rsplit("/", 1)[1]), self.admin)

    def cli(self, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "patrol.cli", *args, "--home", str(self.home)], check=True,
                              capture_output=True, env={**os.environ, **self.env})


@pytest.fixture(scope="session", params=BACKENDS)
def demo_store(request, tmp_path_factory) -> Demo:
    demo = Demo(tmp_path_factory.mktemp("demo"))
    if request.param == "postgres":
        admin = request.getfixturevalue("pg_admin")
        demo = Demo(demo.home, create_database(admin, "demo_" + uuid.uuid4().hex[:10]), admin)
    demo.cli("demo")
    return demo


def start(demo: Demo, env_extra=None):
    home = demo.home
    port = free_port()
    env = {**os.environ, "COLUMNS": "300", **demo.env, **(env_extra or {})}
    proc = subprocess.Popen([sys.executable, "-m", "patrol.cli", "serve", "--home", str(home), "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    base = f"http://127.0.0.1:{port}"
    for _ in range(200):
        try:
            if httpx.get(base + "/health", timeout=0.5).status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.1)
    else:
        proc.kill()
        raise RuntimeError("server did not start: " + (proc.stdout.read() if proc.stdout else ""))
    return proc, base


class Server:
    def __init__(self, proc, base, password):
        self.proc, self.base, self.admin_password = proc, base, password
        self.tokens: dict[str, str] = {}

    def client(self, role: str | None = None) -> httpx.Client:
        headers = {"Authorization": f"Bearer {self.tokens[role]}"} if role else {}
        return httpx.Client(base_url=self.base, headers=headers, timeout=60)


def read_password(proc) -> str:
    """The first-run banner: 'created user admin with one-time password XXXX'."""
    text = ""
    while "one-time password" not in text:
        text += proc.stdout.readline()
    return re.search(r"one-time password (\S+)", text).group(1)


@pytest.fixture(scope="session")
def server(demo_store, tmp_path_factory):
    demo = demo_store.copy(tmp_path_factory.mktemp("served"))
    proc, base = start(demo, {"PATROL_LOGIN_RATE": "1000", "PATROL_MAX_UPLOAD_BYTES": "200000"})
    srv = Server(proc, base, read_password(proc))
    with httpx.Client(base_url=base) as c:
        srv.tokens["admin"] = c.post("/api/auth/login", json={"username": "admin",
                                                              "password": srv.admin_password}).json()["token"]
        for role in ("analyst", "viewer"):
            c.post("/api/users", json={"username": role, "password": f"{role}-password-123", "role": role},
                   headers={"Authorization": f"Bearer {srv.tokens['admin']}"}).raise_for_status()
            srv.tokens[role] = c.post("/api/auth/login", json={"username": role, "password": f"{role}-password-123"}
                                      ).json()["token"]
    srv.home, srv.demo = demo.home, demo
    yield srv
    proc.terminate()
    proc.wait(10)
