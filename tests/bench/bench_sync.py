#!/usr/bin/python3
"""engagectl communities against engage-emulator: concurrent pages beside one page at a time,
within the public API's limit of 500 requests a minute.

  tests/bench/bench_sync.py BUILD_DIR [--latency-ms 20] [--communities 3000] [--runs 7]

Starts the emulator on 127.0.0.1 (port 0) with 3,000 communities (3 built in, the rest
generated) and 20 ms of latency on every answer, then times the whole `engagectl communities`
command (process start included), alternating between the default (8 pages in flight) and
--max-in-flight 1 in the same run. Prints the median and best wall times of each and the speed-up
of the medians, which must be at least 3x.

It also counts the requests the emulator received in any 60 s window, which must never exceed
500: from the emulator's own "peak_requests_per_window" (GET /_emulator/stats) when it has one,
and in any case from what this script observes, each run's requests (its pages, plus the retries
the emulator's fault counts show) placed anywhere between its start and its end. Each engagectl
process paces itself, not the others: the runs of one benchmark stay below 500 requests in all.
Exits 1 when a figure misses its mark. Nothing but 127.0.0.1 is contacted.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import time
import urllib.request

TOKEN = "bench-token"
WINDOW_SECONDS = 60
MAX_REQUESTS_PER_WINDOW = 500
REQUIRED_SPEED_UP = 3.0


def emulator_stats(url):
    """GET /_emulator/stats of the emulator at `url` (http://127.0.0.1:PORT/1.0)."""
    with urllib.request.urlopen(url.removesuffix("/1.0") + "/_emulator/stats", timeout=10) as answer:
        return json.load(answer)


def retries_counted(stats):
    """The answers the emulator's faults turned into retries, as far as its stats tell."""
    return sum(stats.get(name, 0) for name in ("rate_limited", "unavailable", "dropped", "locked"))


def peak_per_window(runs):
    """The most requests any 60 s window can hold, each run's requests being anywhere in its
    [start, end]: the count of windows changes only when one begins a window before a run starts,
    so those are the windows to try."""
    peak = 0
    for candidate in runs:
        window_start = candidate["start"] - WINDOW_SECONDS + 1e-9
        window_end = window_start + WINDOW_SECONDS
        held = sum(run["requests"] for run in runs
                   if run["end"] > window_start and run["start"] < window_end)
        peak = max(peak, held)
    return peak


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("build_dir")
    parser.add_argument("--latency-ms", type=int, default=20)
    parser.add_argument("--communities", type=int, default=3000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    engagectl = os.path.join(args.build_dir, "app/engagectl/engagectl")
    emulator_path = os.path.join(args.build_dir, "app/engage-emulator/engage-emulator")
    pages = -(-args.communities // 150)

    emulator = subprocess.Popen(
        [emulator_path, "--port", "0", "--token", TOKEN, "--latency-ms", str(args.latency_ms),
         "--communities", str(args.communities - 3)],
        stdout=subprocess.PIPE, text=True)
    runs = []
    try:
        url = emulator.stdout.readline().strip().removeprefix("listening on ")
        environment = dict(os.environ, ENGAGE_API_TOKEN=TOKEN)

        def timed(extra):
            retries_before = retries_counted(emulator_stats(url))
            start = time.monotonic()
            result = subprocess.run([engagectl, "communities", "--server", url] + extra,
                                    env=environment, capture_output=True, text=True, check=True)
            end = time.monotonic()
            lines = result.stdout.count("\n")
            if lines != args.communities:
                sys.exit(f"expected {args.communities} communities, got {lines}")
            retries = retries_counted(emulator_stats(url)) - retries_before
            runs.append({"start": start, "end": end, "requests": pages + retries})
            return end - start

        variants = {"concurrent (default, 8 in flight)": [], "sequential (--max-in-flight 1)": []}
        timed([])  # warm-up: page cache, emulator connections
        for _ in range(args.runs):
            variants["concurrent (default, 8 in flight)"].append(timed([]))
            variants["sequential (--max-in-flight 1)"].append(timed(["--max-in-flight", "1"]))
        stats = emulator_stats(url)
    finally:
        emulator.terminate()
        emulator.wait()

    print(f"engagectl communities: {args.communities} communities, {pages} pages of 150, "
          f"{args.latency_ms} ms latency per answer, {args.runs} runs each")
    medians = {}
    for name, times in variants.items():
        medians[name] = statistics.median(times)
        print(f"  {name:36} median {medians[name] * 1000:7.1f} ms   best {min(times) * 1000:7.1f} ms")
    concurrent, sequential = medians.values()
    speed_up = sequential / concurrent
    print(f"  speed-up of the medians: {speed_up:.1f}x (at least {REQUIRED_SPEED_UP:.0f}x required)")

    observed = peak_per_window(runs)
    print(f"  requests in any {WINDOW_SECONDS} s window, as observed here: at most {observed} "
          f"({sum(run['requests'] for run in runs)} in all, {len(runs)} runs)")
    peaks = [observed]
    if "peak_requests_per_window" in stats:
        peaks.append(stats["peak_requests_per_window"])
        print(f"  requests in any window, as the emulator counted them: "
              f"{stats['peak_requests_per_window']}")
    else:
        print("  (this emulator has no peak_requests_per_window in /_emulator/stats)")
    print(f"  rate-limited answers (429): {stats.get('rate_limited', 0)}")

    failures = []
    if speed_up < REQUIRED_SPEED_UP:
        failures.append(f"speed-up {speed_up:.1f}x is below {REQUIRED_SPEED_UP:.0f}x")
    if max(peaks) > MAX_REQUESTS_PER_WINDOW:
        failures.append(f"{max(peaks)} requests in one window, above {MAX_REQUESTS_PER_WINDOW}")
    for failure in failures:
        print(f"FAIL: {failure}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
