"""``etoile serve --workers N`` and ``etoile worker``: several processes, or a clear refusal."""

from __future__ import annotations

import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
import typer
from typer.testing import CliRunner

import job_queue_kit as qkit
import web_kit as kit
from etoile.cli import serve_cmd, worker_cmd

runner = CliRunner()
app = typer.Typer(pretty_exceptions_enable=False)
serve_cmd.register(app)
worker_cmd.register(app)

NOWHERE = "redis://127.0.0.1:1/0"  # port 1: nothing listens
SERVE_REDIS = "redis://127.0.0.1:6379/14"
"""The Redis database of the end-to-end test: its own, emptied afterwards (the app's default
queue and its sessions live there)."""


def etoile(*args: str, env: dict[str, str | None]) -> tuple[int, str]:
    settings: dict[str, str | None] = {"ETOILE_REDIS_URL": None}
    result = runner.invoke(app, list(args), env=settings | env)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.output


def test_several_web_processes_need_the_redis_queue(tmp_path: Path) -> None:
    code, output = etoile(
        "serve",
        "--workers",
        "2",
        "--database",
        str(tmp_path / "etoile.sqlite3"),
        env={},
    )
    assert code == 2
    assert output.startswith(
        "Error: --workers 2 runs 2 web processes, which share nothing in memory: they need a "
        "shared job queue and shared sessions. Set ETOILE_REDIS_URL"
    )
    assert not (tmp_path / "etoile.sqlite3").exists()  # refused before touching anything


def test_several_web_processes_need_a_redis_that_answers(tmp_path: Path) -> None:
    code, output = etoile(
        "serve",
        "--workers",
        "3",
        "--database",
        str(tmp_path / "etoile.sqlite3"),
        env={"ETOILE_REDIS_URL": NOWHERE},
    )
    assert code == 2
    assert output.startswith(f"Error: the Redis server at {NOWHERE} cannot be reached:")
    assert not (tmp_path / "etoile.sqlite3").exists()


def test_an_unreachable_redis_is_refused(tmp_path: Path) -> None:
    code, output = etoile(
        "serve", "--database", str(tmp_path / "etoile.sqlite3"), env={"ETOILE_REDIS_URL": NOWHERE}
    )
    assert code == 2
    assert output.startswith(f"Error: the Redis server at {NOWHERE} cannot be reached:")
    code, output = etoile("worker", "--burst", env={"ETOILE_REDIS_URL": NOWHERE})
    assert code == 2
    assert output.startswith(f"Error: the Redis server at {NOWHERE} cannot be reached:")


def test_the_worker_needs_the_redis_queue() -> None:
    code, output = etoile("worker", env={})
    assert code == 2
    assert output.startswith("Error: etoile worker takes its jobs from a Redis queue: set ")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for(base: str, process: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert process.poll() is None, process.communicate()[0]
        try:
            if httpx.get(f"{base}/openapi.json", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            time.sleep(0.1)
    raise AssertionError("the server never answered")


@pytest.mark.slow
def test_two_web_processes_share_the_database_the_queue_and_the_tokens(site_url: str) -> None:
    redis = qkit.redis_or_skip(SERVE_REDIS)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = qkit.worker_environment() | {"ETOILE_REDIS_URL": SERVE_REDIS, "ETOILE_PUBLIC_URL": ""}
    command = [sys.executable, "-c", "from etoile.cli.main import run; run()", "serve"]
    serve = subprocess.Popen(
        [*command, "--workers", "2", "--dev", "--port", str(port), "--url", site_url],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        wait_for(base, serve)
        answer = httpx.post(
            f"{base}/api/auth/token", json={"login": "nyc-director", "password": kit.PASSWORD}
        )
        headers = {"Authorization": f"Bearer {answer.json()['access_token']}"}
        body = {"exchange_time_limit": 1, "casting_time_limit": 2, "rehearsal_time_limit": 2}
        started = httpx.post(f"{base}/api/seasons/{kit.SEASON_ID}/jobs", json=body, headers=headers)
        assert (started.status_code, started.json()["status"]) == (202, "queued")
        # Whichever process answers, the token is good and the job is the same, waiting in
        # the queue for `etoile worker` (tests/services/test_job_queue.py runs one).
        job = f"{base}/api/jobs/{started.json()['id']}"
        answers = {httpx.get(job, headers=headers).json()["status"] for _ in range(6)}
        assert answers == {"queued"}
        assert redis.llen("rq:queue:etoile") == 1
    finally:
        serve.send_signal(signal.SIGINT)
        output = serve.communicate(timeout=30)[0]
        redis.flushdb()  # database 14 is this test's alone
        redis.close()
    pids = set(re.findall(r"Started server process \[(\d+)\]", output))
    assert len(pids) == 2, output
