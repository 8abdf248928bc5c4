"""A real server process (`patrol serve`) over a copy of the demo store, with one user per role."""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time

import httpx
import pytest


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def demo_home(tmp_path_factory):
    home = tmp_path_factory.mktemp("demo")
    subprocess.run([sys.executable, "-m", "patrol.cli", "demo", "--home", str(home)], check=True, capture_output=True)
    return home


def start(home, env_extra=None):
    port = free_port()
    env = {**os.environ, "COLUMNS": "300", **(env_extra or {})}
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
def server(demo_home, tmp_path_factory):
    home = tmp_path_factory.mktemp("served")
    shutil.copytree(demo_home, home, dirs_exist_ok=True)
    proc, base = start(home, {"PATROL_LOGIN_RATE": "1000", "PATROL_MAX_UPLOAD_BYTES": "200000"})
    srv = Server(proc, base, read_password(proc))
    with httpx.Client(base_url=base) as c:
        srv.tokens["admin"] = c.post("/api/auth/login", json={"username": "admin",
                                                              "password": srv.admin_password}).json()["token"]
        for role in ("analyst", "viewer"):
            c.post("/api/users", json={"username": role, "password": f"{role}-password-123", "role": role},
                   headers={"Authorization": f"Bearer {srv.tokens['admin']}"}).raise_for_status()
            srv.tokens[role] = c.post("/api/auth/login", json={"username": role, "password": f"{role}-password-123"}
                                      ).json()["token"]
    srv.home = home
    yield srv
    proc.terminate()
    proc.wait(10)
