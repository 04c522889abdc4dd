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
page: the latency one reader sees while 50 use the app).

Then **edits and reads at once** (issue 15's goal): ``etoile serve --workers 2`` with the Redis
queue and sessions (one process when Redis is unreachable), 4 ballet masters (two per house)
each saving a cast every ``EDIT_PACE`` seconds on the same draft (read the grid and its ETag,
``PUT`` with ``If-Match``; on 409 read again and retry), while 50 dancers read their own
schedules paced. Reported: p50/p95 of a saved cast and of a schedule read, 409s, 5xx, and
**lost edits**: each master owns its cells, so at the end every cell must hold the cast of its
master's last acknowledged save. The client runs on the same two cores
as the server, so the figures are a floor for a real deployment. Benchmarks measure; they
never fail because the machine is slow.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
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
MASTERS = 4
EDIT_PACE = 5.0
MIXED_WARMUP = 8.0
CHECK_WORKERS = 1
"""``etoile worker --checks`` processes beside the web processes (with Redis)."""
MIXED_SECONDS = 30.0
REDIS_URL = os.environ.get("ETOILE_BENCH_REDIS_URL", "redis://127.0.0.1:6379/13")
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


def _busiest(season: Season, plan: Plan, count: int) -> list[str]:
    """The ``count`` dancers with the most shows (the longest schedules), by id on ties."""
    shows: dict[str, int] = {}
    for a in plan.casting:
        shows[a.dancer] = shows.get(a.dancer, 0) + 1
    return sorted(shows, key=lambda d: (-shows[d], d))[:count]


def _populate(url: str, season: Season, plan: Plan) -> tuple[str, str]:
    """Store everything: version 1 and a draft copy of it (what the masters edit), a dancer
    and a ballet master for the reads, 50 dancers and 4 masters for the mixed load; returns
    the dancer's and the production's ids."""
    upgrade(url)
    house, dancer, production = _lead_dancer(season, plan)
    with Database(url) as db:
        with db.transaction() as session:
            SeasonRepository(session).save(season, replace=True)
            first = PlanRepository(session).save_draft(plan, label="benchmark")
        publish(db, season, first.id)
        with db.transaction() as session:
            PlanRepository(session).save_draft(plan, label="benchmark edits")
        add_user(db, "bench-dancer", PASSWORD, Role.DANCER, house, dancer=dancer)
        add_user(db, "bench-master", PASSWORD, Role.BALLET_MASTER, house)
        for i, someone in enumerate(_busiest(season, plan, CLIENTS)):
            owner = season.dancers[someone].owner
            add_user(db, f"bench-dancer-{i}", PASSWORD, Role.DANCER, owner, dancer=someone)
        for i, company in enumerate(sorted(season.company) * (MASTERS // 2)):
            add_user(db, f"bench-master-{i}", PASSWORD, Role.BALLET_MASTER, company)
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


def _serve(
    url: str, *, workers: int = 1, redis: str | None = None
) -> tuple[subprocess.Popen[bytes], str]:
    port = _free_port()
    etoile = str(Path(sys.executable).parent / "etoile")
    env = {**os.environ, "ETOILE_DATABASE_URL": url}
    env.pop("ETOILE_REDIS_URL", None)
    if redis is not None:
        env["ETOILE_REDIS_URL"] = redis
    process = subprocess.Popen(
        [etoile, "serve", "--dev", "--port", str(port), "--workers", str(workers)],
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


def _check_worker(url: str, redis: str) -> subprocess.Popen[bytes]:
    """``etoile worker --checks`` on ``url`` and ``redis``, registered on its queue."""
    from redis import Redis
    from rq import Queue, SimpleWorker
    from rq.serializers import JSONSerializer

    from etoile.services.check_queue import CHECK_QUEUE

    etoile = str(Path(sys.executable).parent / "etoile")
    env = {**os.environ, "ETOILE_DATABASE_URL": url, "ETOILE_REDIS_URL": redis}
    process = subprocess.Popen(
        [etoile, "worker", "--checks"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    connection = Redis.from_url(redis)
    queue = Queue(CHECK_QUEUE, connection=connection, serializer=JSONSerializer)
    deadline = time.monotonic() + 60
    try:
        while SimpleWorker.count(connection=connection, queue=queue) < CHECK_WORKERS:
            if time.monotonic() > deadline or process.poll() is not None:
                process.kill()
                raise RuntimeError("etoile worker --checks did not start")
            time.sleep(0.2)
    finally:
        connection.close()
    return process


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


def _redis() -> str | None:
    """The Redis the mixed load uses (emptied first), or None when unreachable."""
    try:
        import redis

        connection = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2)
        connection.flushdb()
        connection.close()
    except Exception as error:  # unreachable: one process without Redis, say why
        print(f"Redis skipped ({str(error).splitlines()[0]}): one web process", flush=True)
        return None
    return REDIS_URL


Cell = tuple[str, str, list[str], list[str]]
"""A performance, a role, its cast, and another cast to put in it."""


def _cells(season: Season, plan: Plan, company: str) -> list[Cell]:
    """Cells of ``company``'s performances, each with another cast to put in it: the house's
    cast of the same role in the next performance of the run (a plausible change, in rule or
    not)."""
    by_role: dict[tuple[str, str], list[str]] = {}
    for a in plan.casting:
        by_role.setdefault((a.performance, a.role), []).append(a.dancer)
    runs: dict[tuple[str, str], list[str]] = {}
    for (show, role), _cast in sorted(by_role.items()):
        if season.performances[show].owner == company:
            production = season.performances[show].item.production
            runs.setdefault((production, role), []).append(show)
    found = []
    for (_production, role), shows in sorted(runs.items()):
        for here, there in itertools.pairwise(shows):
            now, other = by_role[(here, role)], by_role[(there, role)]
            own = all(season.dancers[d].owner == company for d in now + other)
            if now != other and own:
                found.append((here, role, now, other))
    return found


async def _signed_in(client: httpx.AsyncClient, login: str) -> None:
    """``client`` with a bearer token of ``login`` (one password check: Argon2, 64 MiB)."""
    token = await client.post("/api/auth/token", json={"login": login, "password": PASSWORD})
    client.headers["Authorization"] = f"Bearer {token.json()['access_token']}"


def _grid_of(season: Season, show: str, draft: int) -> str:
    production = season.performances[show].item.production
    return f"/api/seasons/{season.id}/productions/{production}/casting?plan_id={draft}"


async def _master(
    client: httpx.AsyncClient,
    season: Season,
    draft: int,
    cells: list[Cell],
    until: float,
    rank: int,
) -> dict[str, Any]:
    """One ballet master, signed in on ``client``: every ``EDIT_PACE`` s, a new cast in one
    of their own cells of ``draft`` (read the production's grid for the plan's ETag, then
    ``PUT`` with ``If-Match``)."""
    saves: list[float] = []
    conflicts = errors = 0
    acknowledged: dict[tuple[str, str], list[str]] = {}

    def grid_of(show: str) -> str:
        return _grid_of(season, show, draft)

    await asyncio.sleep(EDIT_PACE * rank / MASTERS)
    step = 0
    while time.perf_counter() < until:
        started = time.perf_counter()
        show, role, first, other = cells[step % len(cells)]
        new = other if step // len(cells) % 2 == 0 else first
        step += 1
        for _attempt in range(10):
            found = await client.get(grid_of(show))
            if found.status_code != 200:
                errors += 1
                break
            began = time.perf_counter()
            answer = await client.put(
                f"/api/seasons/{season.id}/plans/{draft}/casting",
                json={"performance": show, "role": role, "dancers": new},
                headers={"If-Match": found.headers["ETag"]},
            )
            if answer.status_code == 409:
                conflicts += 1
                continue
            if answer.status_code == 200:
                saves.append(time.perf_counter() - began)
                acknowledged[(show, role)] = new
            else:
                errors += 1
            break
        await asyncio.sleep(max(0.0, EDIT_PACE - (time.perf_counter() - started)))
    lost = 0
    for (show, role), want in sorted(acknowledged.items()):
        grid = (await client.get(grid_of(show))).json()
        column = [s["id"] for s in grid["shows"]].index(show)
        row = next(r for r in grid["roles"] if r["id"] == role)
        lost += sorted(p["id"] for p in row["cells"][column]) != sorted(want)
    return {"saves": saves, "conflicts": conflicts, "errors": errors, "lost": lost}


async def _mixed_load(
    base: str, season: Season, plan: Plan
) -> tuple[list[dict[str, Any]], list[float], int]:
    limits = httpx.Limits(max_connections=1)
    async with contextlib.AsyncExitStack() as stack:
        readers = []
        for i in range(CLIENTS):
            client = await stack.enter_async_context(
                httpx.AsyncClient(base_url=base, limits=limits, timeout=60)
            )
            client.headers.update(_token(base, f"bench-dancer-{i}"))
            readers.append(client)
        companies = sorted(season.company) * (MASTERS // 2)
        mine = {c: _cells(season, plan, c) for c in sorted(season.company)}
        # Masters of one house split its cells: each owns every other one.
        owned = [mine[c][i // 2 :: MASTERS // 2] for i, c in enumerate(companies)]
        # Warm up as a server in use is warm, and nothing of it counted: the masters sign in
        # (a password check is not a save) and open each of their productions' grids of the
        # draft on each of their connections; every dancer's schedule is read a few times (each
        # web process then has it).
        masters = []
        for i in range(MASTERS):
            client = await stack.enter_async_context(
                httpx.AsyncClient(base_url=base, limits=limits, timeout=60)
            )
            await _signed_in(client, f"bench-master-{i}")
            masters.append(client)
        plans = (await masters[0].get(f"/api/seasons/{season.id}/plans")).json()
        draft = max(p["id"] for p in plans if p["status"] == "draft")
        grids = sorted({_grid_of(season, show, draft) for cells in owned for show, *_ in cells})
        warm = time.perf_counter() + MIXED_WARMUP
        await asyncio.gather(
            *(_client(c, "/api/me/schedule", warm, 1.0, r) for r, c in enumerate(readers)),
            *(client.get(path) for client in masters for path in grids),
        )
        until = time.perf_counter() + MIXED_SECONDS
        found = await asyncio.gather(
            *(
                _master(client, season, draft, cells, until, i)
                for i, (client, cells) in enumerate(zip(masters, owned, strict=True))
            ),
            *(_client(c, "/api/me/schedule", until, PACE, r) for r, c in enumerate(readers)),
        )
    edits = [f for f in found[:MASTERS] if isinstance(f, dict)]
    reads = [f for f in found[MASTERS:] if isinstance(f, tuple)]
    return edits, [x for lat, _ in reads for x in lat], sum(e for _, e in reads)


def _mixed(backend: str, url: str, season: Season, plan: Plan) -> dict[str, Any]:
    """Edits and reads at once on ``url``; one row."""
    redis = _redis()
    workers = 2 if redis is not None else 1
    process, base = _serve(url, workers=workers, redis=redis)
    checks = _check_worker(url, redis) if redis is not None else None
    try:
        edits, reads, read_errors = asyncio.run(_mixed_load(base, season, plan))
    finally:
        for running in (process, checks):
            if running is not None:
                running.terminate()
                running.wait(timeout=30)
    saves = [x for e in edits for x in e["saves"]]
    row = {
        "backend": backend,
        "read": "edits + schedules",
        "load": f"{MASTERS} masters, {CLIENTS} dancers",
        "workers": workers,
        "queue": "redis" if redis else "in-process",
        "check_workers": CHECK_WORKERS if redis else 0,
        "saves": len(saves),
        "save_p50_ms": _percentile(saves, 50) if len(saves) > 1 else None,
        "save_p95_ms": _percentile(saves, 95) if len(saves) > 1 else None,
        "conflicts": sum(e["conflicts"] for e in edits),
        "lost_edits": sum(e["lost"] for e in edits),
        "requests": len(reads),
        "read_p50_ms": _percentile(reads, 50),
        "read_p95_ms": _percentile(reads, 95),
        "errors": read_errors + sum(e["errors"] for e in edits),
    }
    print(
        f"{backend:10} mixed ({workers} workers, {row['queue']}, {row['check_workers']} check "
        f"worker(s)): {row['saves']} saves "
        f"p50 {row['save_p50_ms'] or 0:6.1f} ms p95 {row['save_p95_ms'] or 0:6.1f} ms, "
        f"{row['conflicts']} conflicts, {row['lost_edits']} lost; {row['requests']} reads "
        f"p50 {row['read_p50_ms']:6.1f} ms p95 {row['read_p95_ms']:6.1f} ms; "
        f"errors {row['errors']}",
        flush=True,
    )
    return row


def _scoped_check(season: Season, plan: Plan, edits: int = 20) -> dict[str, Any]:
    """What a cast save's check costs: the whole plan's validation against the rules scoped
    to the changed cell, on ``edits`` cells of the demo; and whether they agree on each."""
    from etoile.services.casting_edit import recast
    from etoile.validate import validate, validate_scope
    from etoile.validate.scope import names_scope

    cells = [c for company in sorted(season.company) for c in _cells(season, plan, company)]
    step = max(1, len(cells) // edits)
    whole: list[float] = []
    scoped: list[float] = []
    agree = 0
    for show, role, first, other in cells[::step][:edits]:
        changed = recast(plan, show, role, other)
        started = time.perf_counter()
        everything = validate(season, changed)
        whole.append(time.perf_counter() - started)
        started = time.perf_counter()
        part = validate_scope(season, changed, [show], first + other)
        scoped.append(time.perf_counter() - started)
        tokens = {show, *first, *other}
        agree += part == [v for v in everything if names_scope(v, tokens)]
    row = {
        "backend": "-",
        "read": "check of one cast save",
        "load": f"{len(whole)} cells",
        "whole_plan_ms": statistics.median(whole) * 1000,
        "scoped_ms": statistics.median(scoped) * 1000,
        "agree": f"{agree}/{len(whole)}",
    }
    print(
        f"check of one save: whole plan {row['whole_plan_ms']:.0f} ms, scoped "
        f"{row['scoped_ms']:.0f} ms (medians of {len(whole)}); the same answer on {row['agree']}",
        flush=True,
    )
    return row


def run() -> list[dict[str, Any]]:
    """Plan the demo, then load each backend; one row per backend, read and load shape."""
    season, plan = _demo()
    rows: list[dict[str, Any]] = [_scoped_check(season, plan)]
    with tempfile.TemporaryDirectory() as tmp:
        url = sqlite_url(Path(tmp) / "etoile.sqlite3")
        dancer, production = _populate(url, season, plan)
        print(f"dancer {dancer}, production {production}", flush=True)
        rows += _measure("sqlite", url, season.id, production)
        rows.append(_mixed("sqlite", url, season, plan))
    pg = _postgres_url()
    if pg is not None:
        try:
            _populate(pg, season, plan)
            rows += _measure("postgresql", pg, season.id, production)
            rows.append(_mixed("postgresql", pg, season, plan))
        finally:
            _drop_postgres()
    return rows
