#!/usr/bin/python3
"""engagectl communities against engage-emulator: concurrent pages beside one page at a time.

  tests/bench/bench_sync.py BUILD_DIR [--latency-ms 20] [--communities 3000] [--runs 7]

Starts the emulator on 127.0.0.1 (port 0) with 3,000 communities (3 built in, the rest
generated) and 20 ms of latency on every answer, then times the whole `engagectl communities`
command (process start included), alternating between the default (8 pages in flight) and
--max-in-flight 1 in the same run. Prints the median and best wall times of each and the speed-up
of the medians. Nothing but 127.0.0.1 is contacted.
"""
import argparse
import os
import statistics
import subprocess
import sys
import time

TOKEN = "bench-token"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("build_dir")
    parser.add_argument("--latency-ms", type=int, default=20)
    parser.add_argument("--communities", type=int, default=3000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    engagectl = os.path.join(args.build_dir, "app/engagectl/engagectl")
    emulator_path = os.path.join(args.build_dir, "app/engage-emulator/engage-emulator")

    emulator = subprocess.Popen(
        [emulator_path, "--port", "0", "--token", TOKEN, "--latency-ms", str(args.latency_ms),
         "--communities", str(args.communities - 3)],
        stdout=subprocess.PIPE, text=True)
    try:
        url = emulator.stdout.readline().strip().removeprefix("listening on ")
        environment = dict(os.environ, ENGAGE_API_TOKEN=TOKEN)

        def timed(extra):
            start = time.perf_counter()
            result = subprocess.run([engagectl, "communities", "--server", url] + extra,
                                    env=environment, capture_output=True, text=True, check=True)
            elapsed = time.perf_counter() - start
            lines = result.stdout.count("\n")
            if lines != args.communities:
                sys.exit(f"expected {args.communities} communities, got {lines}")
            return elapsed

        variants = {"concurrent (default, 8 in flight)": [], "sequential (--max-in-flight 1)": []}
        timed([])  # warm-up: page cache, emulator connections
        for _ in range(args.runs):
            variants["concurrent (default, 8 in flight)"].append(timed([]))
            variants["sequential (--max-in-flight 1)"].append(timed(["--max-in-flight", "1"]))
    finally:
        emulator.terminate()
        emulator.wait()

    pages = -(-args.communities // 150)
    print(f"engagectl communities: {args.communities} communities, {pages} pages of 150, "
          f"{args.latency_ms} ms latency per answer, {args.runs} runs each")
    medians = {}
    for name, times in variants.items():
        medians[name] = statistics.median(times)
        print(f"  {name:36} median {medians[name] * 1000:7.1f} ms   best {min(times) * 1000:7.1f} ms")
    concurrent, sequential = medians.values()
    print(f"  speed-up of the medians: {sequential / concurrent:.1f}x")


if __name__ == "__main__":
    main()
