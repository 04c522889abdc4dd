"""Benchmark: the web app under load on loopback, on SQLite and PostgreSQL.

``python -m benchmarks.run web``. The demo season (both houses) is planned once (short solver
limits: the plan's quality does not matter here, its size does), stored, published as version
1, with a ballet master and a dancer who dances a lead. Then, for each backend, ``etoile serve``
runs in its own process and 50 concurrent clients (``httpx`` async, one connection each) read,
for a bounded time:

- ``schedule``: a dancer's own schedule (``GET /api/me/schedule``);
- ``casting grid``: the casting grid of a production (``GET .../productions/P/casting``).

Two load shapes: **saturated** (each client sends its next request as soon as the last one is
answered: the server's throughput, with latencies that include queueing behind the 49 others)
and **paced** (each client sends one request every ``PACE`` seconds, like people opening a
page: the latency one reader sees while 50 use the app). The client runs on the same two cores
as the server, so the figures are a floor for a real deployment. Benchmarks measure; they
never fail because the machine is slow.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from etoile.config import Settings, sqlite_url
from etoile.demo import generate
from etoile.domain import Plan, Season
from etoile.seasonfile import dump_plan, load_plan
from etoile.services.access import Role
from etoile.services.auth import add_user
from etoile.services.plan import PlanParams, plan_season
from etoile.services.publishing import publish
from etoile.storage import Database, PlanRepository, SeasonRepository, upgrade

CLIENTS = 50
SECONDS = 10.0
WARMUP = 2.0
PACE = 2.0
PASSWORD = "benchmark-password"
PARAMS = PlanParams(
    exchange_time_limit=10, casting_time_limit=30, rehearsal_time_limit=20, draws=500
)
SCHEMA = "etoile_bench_web"
PLAN_FILE = Path("bench-out") / "web-demo-plan.json"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _demo() -> tuple[Season, Plan]:
    """The demo season and a plan of it; the plan is kept in ``bench-out`` for the next run
    (planning takes a minute, and its quality does not matter here)."""
    season = generate("demo", 0)
    if PLAN_FILE.exists():
        plan = load_plan(PLAN_FILE)
        if plan.season == season.id:
            print(f"plan read from {PLAN_FILE}", flush=True)
            return season, plan
    started = time.perf_counter()
    plan = plan_season(season, PARAMS).plan
    print(f"demo season planned in {time.perf_counter() - started:.0f} s", flush=True)
    PLAN_FILE.parent.mkdir(exist_ok=True)
    dump_plan(plan, PLAN_FILE)
    return season, plan


def _lead_dancer(season: Season, plan: Plan) -> tuple[str, str, str]:
    """(house, dancer, production) of the dancer with the most shows, and a production."""
    shows: dict[str, int] = {}
    for a in plan.casting:
        shows[a.dancer] = shows.get(a.dancer, 0) + 1
    dancer = max(sorted(shows), key=lambda d: shows[d])
    house = season.dancers[dancer].owner
    production = next(p.production for p in season.company[house].performances)
    return house, dancer, production


def _populate(url: str, season: Season, plan: Plan) -> tuple[str, str]:
    """Store everything; returns the dancer's and the production's ids."""
    upgrade(url)
    house, dancer, production = _lead_dancer(season, plan)
    with Database(url) as db:
        with db.transaction() as session:
            SeasonRepository(session).save(season, replace=True)
            draft = PlanRepository(session).save_draft(plan, label="benchmark")
        publish(db, season, draft.id)
        add_user(db, "bench-dancer", PASSWORD, Role.DANCER, house, dancer=dancer)
        add_user(db, "bench-master", PASSWORD, Role.BALLET_MASTER, house)
    return dancer, production


def _postgres_url() -> str | None:
    """A fresh schema on the test PostgreSQL server, or None when it is unreachable."""
    base = make_url(Settings().test_postgres_url)
    admin = create_engine(base, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 5})
    try:
        with admin.connect() as connection:
            connection.execute(text(f'DROP SCHEMA IF EXISTS "{SCHEMA}" CASCADE'))
            connection.execute(text(f'CREATE SCHEMA "{SCHEMA}"'))
    except Exception as error:  # unreachable: skip the backend, say why
        print(f"PostgreSQL skipped: {str(error).splitlines()[0]}")
        return None
    finally:
        admin.dispose()
    url = base.update_query_dict({"options": f"-csearch_path={SCHEMA}"})
    return url.render_as_string(hide_password=False)


def _drop_postgres() -> None:
    admin = create_engine(make_url(Settings().test_postgres_url), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'DROP SCHEMA IF EXISTS "{SCHEMA}" CASCADE'))
    admin.dispose()


def _serve(url: str) -> tuple[subprocess.Popen[bytes], str]:
    port = _free_port()
    etoile = str(Path(sys.executable).parent / "etoile")
    env = {**os.environ, "ETOILE_DATABASE_URL": url, "ETOILE_SECRET_KEY": "benchmark"}
    process = subprocess.Popen(
        [etoile, "serve", "--dev", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/login", timeout=1).status_code == 200:
                return process, base
        except httpx.TransportError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError("etoile serve did not start")


async def _client(
    client: httpx.AsyncClient, path: str, until: float, pace: float | None, rank: int
) -> tuple[list[float], int]:
    latencies: list[float] = []
    errors = 0
    if pace is not None:
        # People do not click in step: paced clients start spread over one period.
        await asyncio.sleep(pace * rank / CLIENTS)
    while time.perf_counter() < until:
        started = time.perf_counter()
        response = await client.get(path, timeout=30)
        latencies.append(time.perf_counter() - started)
        errors += response.status_code != 200
        if pace is not None:
            await asyncio.sleep(max(0.0, pace - (time.perf_counter() - started)))
    return latencies, errors


async def _load(
    base: str, path: str, headers: dict[str, str], pace: float | None
) -> tuple[list[float], int, float]:
    """Warm up, then measure; the clients (one connection each) are made and connected
    before the clock starts, so that their set-up is not counted as the server's time."""
    limits = httpx.Limits(max_connections=1)
    async with contextlib.AsyncExitStack() as stack:
        clients = [
            await stack.enter_async_context(
                httpx.AsyncClient(base_url=base, headers=headers, limits=limits)
            )
            for _ in range(CLIENTS)
        ]
        until = time.perf_counter() + WARMUP
        await asyncio.gather(*(_client(c, path, until, pace, r) for r, c in enumerate(clients)))
        started = time.perf_counter()
        until = started + SECONDS
        found = await asyncio.gather(
            *(_client(c, path, until, pace, r) for r, c in enumerate(clients))
        )
        elapsed = time.perf_counter() - started
    return [x for lat, _ in found for x in lat], sum(e for _, e in found), elapsed


def _percentile(values: list[float], q: int) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1] * 1000


def _token(base: str, login: str) -> dict[str, str]:
    answer = httpx.post(f"{base}/api/auth/token", json={"login": login, "password": PASSWORD})
    return {"Authorization": f"Bearer {answer.json()['access_token']}"}


def _measure(backend: str, url: str, season: str, production: str) -> list[dict[str, Any]]:
    process, base = _serve(url)
    rows = []
    try:
        reads = {
            "schedule": ("/api/me/schedule", _token(base, "bench-dancer")),
            "casting grid": (
                f"/api/seasons/{season}/productions/{production}/casting?plan_id=1",
                _token(base, "bench-master"),
            ),
        }
        for name, (path, headers) in reads.items():
            first = httpx.get(f"{base}{path}", headers=headers, timeout=60)
            assert first.status_code == 200, first.text
            for shape, pace in (("saturated", None), ("paced", PACE)):
                latencies, errors, elapsed = asyncio.run(_load(base, path, headers, pace))
                row = {
                    "backend": backend,
                    "read": name,
                    "load": shape,
                    "clients": CLIENTS,
                    "requests": len(latencies),
                    "errors": errors,
                    "rps": len(latencies) / elapsed,
                    "p50_ms": _percentile(latencies, 50),
                    "p95_ms": _percentile(latencies, 95),
                    "p99_ms": _percentile(latencies, 99),
                    "bytes": len(first.content),
                }
                rows.append(row)
                print(
                    f"{backend:10} {name:13} {shape:9} {row['requests']:6d} req "
                    f"{row['rps']:7.1f} req/s  p50 {row['p50_ms']:6.1f} ms  "
                    f"p95 {row['p95_ms']:6.1f} ms  p99 {row['p99_ms']:6.1f} ms  "
                    f"errors {errors}",
                    flush=True,
                )
    finally:
        process.terminate()
        process.wait(timeout=30)
    return rows


def run() -> list[dict[str, Any]]:
    """Plan the demo, then load each backend; one row per backend, read and load shape."""
    season, plan = _demo()
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as tmp:
        url = sqlite_url(Path(tmp) / "etoile.sqlite3")
        dancer, production = _populate(url, season, plan)
        print(f"dancer {dancer}, production {production}", flush=True)
        rows += _measure("sqlite", url, season.id, production)
    pg = _postgres_url()
    if pg is not None:
        try:
            _populate(pg, season, plan)
            rows += _measure("postgresql", pg, season.id, production)
        finally:
            _drop_postgres()
    return rows
