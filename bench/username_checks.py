"""Username checks of one given handle on 60 local sites: footprint against Sherlock and Maigret.

Starts the local web of ``bench/usernames`` (60 sites, each on its own
loopback address, each answering after DELAY seconds, 21 with the account
``drmaya``; see ``bench/usernames/sites.py`` for the signals), writes it as a
WhatsMyName list, a Sherlock ``data.json`` and a Maigret database, then runs,
each as its own process with a throw-away HOME:

- ``footprint scan "Maya Test" --handle drmaya --username-sites FILE
  --format json`` with robots.txt obeyed, RPS requests per second per host,
  no cache, no web search or NPI lookup, only the listed sites in scope, and
  no evidence screenshots (the peers take none; ``--screenshots`` turns
  them on);
- Sherlock and Maigret with their defaults on the same sites (installed
  from PyPI into ``~/.cache/footprint-bench`` on first run; ``--no-peers``
  skips them).

Each tool's found count comes from its own output (footprint: pages judged
confirmed/likely, plus its coverage rows for the misses); what it asked for
(robots.txt, the handle, other names, redirect targets, headers sent) from
the server's log, kept as ``requests.jsonl`` in the printed folder.
Each tool's line also gives its CPU time (user + system, median of the
runs): on a machine busy with other work, wall times stretch with it.
``--candidates N`` and ``--workers N`` set footprint's ``[sites]
username_candidates`` and ``[fetch] max_workers`` to show what each costs.

The bound is what any polite checker needs: robots.txt, then one check per
host, all hosts in parallel, each answer taking the site's delay (0.4 s at
the defaults). robots.txt takes no turn of the rate limit (the lead's
decision: it is fetched once per host, first, and sets the rate), so the
check may follow it at once; a second request to a host would wait 1/RPS.

footprint never sends a browser's User-Agent (it names itself; the lead's
decision), so a site that answers only browsers is "could not check"
(blocked) for it, never "not found": such sites with the account are left
out of footprint's ``found=<k>/<t>`` and counted as ``refused=<r>``; the
peers, which send the entry's User-Agent, are counted on every site.

Last line: ``sites=<n> found=<k>/<t> wall_s=<x> bound_s=<y> ratio=<x/y>
sherlock_s=<s> maigret_s=<m> refused=<r>`` (issue #16 asks for
found=20/20 and wall_s <= sherlock_s; ``na`` where a peer could not run).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))

from bench.usernames import formats, peers, scoring, traffic  # noqa: E402
from bench.usernames.server import Web  # noqa: E402
from bench.usernames.sites import ACCOUNT, Kind, Site, build  # noqa: E402
from footprint.sites import whatsmyname  # noqa: E402

SUBJECT = "Maya Test"


@dataclass(frozen=True)
class Run:
    tool: str
    wall_s: float
    exit_code: int
    verdicts: list[scoring.Verdict]
    traffic: traffic.Traffic
    first_request_s: float  # from process start: what starting up costs
    last_request_s: float  # from process start
    problem: str = ""
    cpu_s: float = 0.0  # user + system time


def bound_s(sites: Sequence[Site]) -> float:
    """robots.txt, then the check (robots.txt takes no turn of the rate limit); hosts in parallel."""
    return max(s.delay_s + s.delay_s for s in sites)


def private_env(tmp: Path) -> dict[str, str]:
    home = tmp / "home"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FOOTPRINT_", "XDG_"))}
    env |= {"HOME": str(home), "NO_COLOR": "1"}
    for var, sub in (("XDG_CONFIG_HOME", ".config"), ("XDG_CACHE_HOME", ".cache"), ("XDG_DATA_HOME", ".local/share")):
        env[var] = str(home / sub)
    env["XDG_STATE_HOME"] = str(home / ".local/state")
    home.mkdir(parents=True, exist_ok=True)
    return env


def footprint_config(path: Path, site_ids: Sequence[str], args: argparse.Namespace, origins: Sequence[str]) -> Path:
    """robots.txt obeyed, the rate, no cache, no search or NPI lookup, only the listed sites, screenshots or not.

    The sites live on loopback addresses, which footprint fetches only under a configured
    endpoint: each origin is a ``[mirrors]`` target of itself.
    """
    ids = ", ".join(json.dumps(i) for i in site_ids)
    fetch = f"rate_limit_rps = {args.rps}\nobey_robots = true\ncache = false\n"
    fetch += f"max_workers = {args.workers}\n" if args.workers else ""
    sites = f"enabled = [{ids}]\n"
    sites += f"username_candidates = {args.candidates}\n" if args.candidates is not None else ""
    browser = f"screenshots = {'true' if args.screenshots else 'false'}\n"
    mirrors = "".join(f'"{o}" = "{o}"\n' for o in origins)
    text = f"[fetch]\n{fetch}\n[search]\nbackends = []\n\n[npi]\nenabled = false\n\n[sites]\n{sites}"
    text += f"\n[browser]\n{browser}\n[mirrors]\n{mirrors}"
    path.write_text(text, encoding="utf-8")
    return path


@dataclass(frozen=True)
class Process:
    wall_s: float
    first_request_s: float
    last_request_s: float
    exit_code: int
    error: str  # the last line on stderr
    traffic: traffic.Traffic
    cpu_s: float  # user + system time of the process: what a busy machine stretches the wall time by

    @property
    def span(self) -> tuple[float, float]:
        return self.first_request_s, self.last_request_s


def timed(web: Web, label: str, command: list[str], env: dict[str, str], cwd: Path, handle: str) -> Process:
    """Run ``command`` with its requests logged under ``label``."""
    web.label = label
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.monotonic()
    done = subprocess.run(command, env=env, cwd=cwd, capture_output=True, text=True, timeout=900, check=False)
    wall = time.monotonic() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    web.label = ""
    seen = traffic.read(web, label, handle)
    tail = (done.stderr.strip().splitlines() or [""])[-1]
    return Process(wall, seen.first_at - started, seen.last_at - started, done.returncode, tail, seen, cpu)


def run_footprint(web: Web, files: dict[str, Path], tmp: Path, args: argparse.Namespace, n: int) -> Run:
    by_name = {s.name: s for s in web.sites}
    ids = {d.id: by_name[d.name] for d in whatsmyname.load(files["whatsmyname"]) if d.name in by_name}
    config = footprint_config(tmp / "footprint.toml", list(ids), args, [web.base(s) for s in ids.values()])
    handle = args.handle
    out = tmp / f"footprint-report-{n}"
    label = f"footprint-{n}"
    command = [
        sys.executable, "-m", "footprint", "scan", SUBJECT, "--handle", handle,
        "--username-sites", str(files["whatsmyname"]), "--config", str(config),
        "--format", "json", "--out", str(out),
    ]  # fmt: skip
    proc = timed(web, label, command, private_env(tmp / label), tmp, handle)
    report = out / "report.json"
    if proc.exit_code not in (0, 3) or not report.exists():
        missing = [scoring.Verdict(s, False, "no report") for s in web.sites]
        return Run("footprint", proc.wall_s, proc.exit_code, missing, proc.traffic, *proc.span, proc.error, proc.cpu_s)
    verdicts = scoring.footprint(report, web.sites, ids, handle)
    return Run("footprint", proc.wall_s, proc.exit_code, verdicts, proc.traffic, *proc.span, cpu_s=proc.cpu_s)


def run_peer(web: Web, files: dict[str, Path], tmp: Path, peer: peers.Peer, handle: str, n: int) -> Run:
    assert peer.executable is not None
    label = f"{peer.name}-{n}"
    out = tmp / f"{label}-out"
    if peer.name == "sherlock":
        out = out.with_suffix(".txt")
        command = peers.sherlock_command(peer.executable, handle, files["sherlock"], out)
    else:
        out.mkdir()
        command = peers.maigret_command(peer.executable, handle, files["maigret"], out)
    proc = timed(web, label, command, private_env(tmp / label), tmp, handle)
    if peer.name == "sherlock":
        bases = {s.index: web.base(s) for s in web.sites}
        verdicts = scoring.by_url(peers.sherlock_found(out), web.sites, bases)
    else:
        verdicts = scoring.by_name(peers.maigret_statuses(out), web.sites, "Claimed")
    problem = proc.error if proc.exit_code else ""
    return Run(peer.name, proc.wall_s, proc.exit_code, verdicts, proc.traffic, *proc.span, problem, proc.cpu_s)


def median_run(runs: list[Run]) -> Run:
    return sorted(runs, key=lambda r: r.wall_s)[len(runs) // 2]


def print_table(runs: dict[str, Run], handle: str) -> None:
    tools = list(runs)
    head = f"{'kind':<16}{'sites':>6}{'acct':>5}" + "".join(f" | {t:>9} found  fp" for t in tools)
    print(head)
    groups = scoring.by_kind(runs[tools[0]].verdicts)
    for kind in [*Kind, None]:
        sites = [v.site.index for v in groups[kind]] if kind else [v.site.index for v in runs[tools[0]].verdicts]
        line = ""
        for tool in tools:
            t = scoring.tally((v for v in runs[tool].verdicts if v.site.index in sites), handle)
            line += f" | {t.found:>9}/{t.accounts:<4} {t.false_found:>3}"
        n_acct = sum(1 for v in runs[tools[0]].verdicts if v.site.index in sites and v.site.expected(handle))
        print(f"{kind.value if kind else 'all':<16}{len(sites):>6}{n_acct:>5}{line}")


def print_misses(run: Run, handle: str) -> None:
    wrong = [v for v in run.verdicts if v.found != v.site.expected(handle)]
    unclean = [v for v in run.verdicts if not v.site.expected(handle) and not v.found]
    unclean = [v for v in unclean if not scoring.not_found_by_footprint(v)]
    print(f"footprint, wrong answers ({len(wrong)}) and absent sites not called 'not found' ({len(unclean)}):")
    for v in sorted(wrong + unclean, key=lambda v: (v.site.kind, v.site.index)):
        want = "account" if v.site.expected(handle) else "no account"
        got = "found" if v.found else "not found"
        print(f"  {v.site.name:<7}{v.site.kind.value:<15} {want:<10} -> {got:<9} {v.detail[:150]}")


def fmt(value: float | None) -> str:
    return "na" if value is None else f"{value:.2f}"


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--delay", type=float, default=0.2, help="seconds each site waits before answering")
    parser.add_argument("--rps", type=float, default=1.0, help="footprint's [fetch] rate_limit_rps")
    parser.add_argument("--handle", default=ACCOUNT, help="the handle to check (try dr.maya for strip_bad_char)")
    parser.add_argument("--repeat", type=int, default=1, help="runs per tool; the median wall time is reported")
    parser.add_argument("--no-peers", action="store_true", help="measure footprint alone")
    parser.add_argument("--candidates", type=int, help="footprint's [sites] username_candidates (default: its own)")
    parser.add_argument("--workers", type=int, help="footprint's [fetch] max_workers (default: its own)")
    parser.add_argument("--screenshots", action="store_true", help="let footprint take its evidence screenshots")
    args = parser.parse_args(argv)
    say: Callable[[str], None] = lambda text: print(text, flush=True)  # noqa: E731
    sites = build(args.delay)
    others = {} if args.no_peers else {name: peers.ensure(name, say) for name in peers.PACKAGES}
    for peer in others.values():
        if peer.executable is None:
            say(f"{peer.name}: {peer.problem}; measuring without it")
    tmp = Path(tempfile.mkdtemp(prefix="footprint-usernames-"))
    runs: dict[str, list[Run]] = {}
    with Web(sites) as web:
        files = formats.write_all(web, tmp)
        for n in range(args.repeat):
            runs.setdefault("footprint", []).append(run_footprint(web, files, tmp, args, n))
            for peer in others.values():
                if peer.executable is not None:
                    runs.setdefault(peer.name, []).append(run_peer(web, files, tmp, peer, args.handle, n))
        with (tmp / "requests.jsonl").open("w", encoding="utf-8") as log:  # for reading a run afterwards
            for request in web.requests():
                log.write(json.dumps(asdict(request)) + "\n")
    chosen = {tool: median_run(rs) for tool, rs in runs.items()}
    print(f"sites={len(sites)} delay_s={args.delay} rps={args.rps} handle={args.handle} files={tmp}")
    for run in chosen.values():
        walls = ", ".join(f"{r.wall_s:.2f}" for r in runs[run.tool])
        cpu = sorted(r.cpu_s for r in runs[run.tool])[len(runs[run.tool]) // 2]
        print(
            f"{run.tool}: wall_s={run.wall_s:.2f} (runs: {walls}) cpu_s={cpu:.2f} (median) exit={run.exit_code} "
            f"first_request_s={run.first_request_s:.2f} last_request_s={run.last_request_s:.2f}"
            + (f" problem={run.problem!r}" if run.problem else "")
        )
        for line in traffic.describe(run.traffic):
            print(f"  {line}")
    print_table(chosen, args.handle)
    expected = [v for v in chosen["footprint"].verdicts if v.site.expected(args.handle)]
    print(
        f"footprint kept the account page on {sum(v.read_present for v in expected)}/{len(expected)} sites "
        f"with the account; matching made {sum(v.found for v in expected)} of them the subject's"
    )
    print_misses(chosen["footprint"], args.handle)
    fp = chosen["footprint"]
    t = scoring.tally(fp.verdicts, args.handle, policy=True)
    refused = [v for v in fp.verdicts if v.site.expected(args.handle) and v.site.browser_agent_only]
    for v in refused:
        print(f"footprint may not check {v.site.name} (it answers browsers only); it said: {v.detail[:120]}")
    bound = bound_s(sites)
    peer_s = {name: (chosen[name].wall_s if name in chosen else None) for name in peers.PACKAGES}
    print(
        f"sites={t.sites} found={t.found}/{t.accounts} wall_s={fp.wall_s:.2f} bound_s={bound:.2f} "
        f"ratio={fp.wall_s / bound:.2f} sherlock_s={fmt(peer_s['sherlock'])} maigret_s={fmt(peer_s['maigret'])} "
        f"refused={t.refused}"
    )


if __name__ == "__main__":
    main()
