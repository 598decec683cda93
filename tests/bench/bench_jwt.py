#!/usr/bin/python3
"""engagectl verify-jwt --batch beside PyJWT and OpenSSL, measured in one run.

  tests/bench/bench_jwt.py build-release/app/engagectl/engagectl

Prints: PyJWT's jwt.decode rate (HS256, one thread, on 200,000 distinct tokens) and
`openssl speed rsa2048` verify/s as the references; engagectl's HS256 rate with 1 and 2 worker
threads on 1,000,000 tokens (the same 200,000, five times), its RS256 rate with 1 thread on
200,000 tokens (50,000, four times); and the peak memory (maximum resident set, GNU time) of the
1,000,000 tokens streamed through --batch with 2 threads. engagectl's rates are tokens / wall
time of the whole command (process start and configuration load included, about 12 ms). For
scale beside the two-thread figure, it also times two one-thread processes run at once on half
the tokens each: what this machine's two cores give for this work with nothing shared.

  tests/bench/bench_jwt.py AFTER/engagectl --before BEFORE/engagectl

compares two builds instead: the 1,000,000 accepted HS256 tokens through --batch --threads 1
and --threads 2 of each, the two programs taking turns in every round, best of 9 rounds each,
and the ratio of their rates, per second of wall time and per second of processor time (a
change's cost on the accepted path, e.g. docs/jwt.md's hints).

The machine is shared and its speed drifts by 10 % or more within a minute, so every figure,
the references' too, is the best of 5 rounds, and each round measures everything in turn:
a slow moment then weighs on all the figures alike rather than on one of them.
"""
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time

import jwt
from cryptography.hazmat.primitives.serialization import load_pem_private_key

HS_TOKENS = 200_000
RS_TOKENS = 50_000
RS_STREAMED_TOKENS = 200_000
STREAMED_TOKENS = 1_000_000
ROUNDS = 5
NOW = 1_800_000_000
SECRET = "9aeaf06388b8ab6487d1605b"


def run(command, **kwargs):
    return subprocess.run(command, check=True, capture_output=True, text=True, **kwargs)


def make_tokens(path, count, key, alg, kid):
    with open(path, "w") as out:
        for index in range(count):
            payload = {"uuid": f"visitor-{index}", "exp": NOW + 7200,
                       "extra_values": {"cell_number": f"+3361234{index:04d}",
                                        "customer_id": f"C{index:08d}"}}
            token = jwt.encode(payload, key, algorithm=alg, headers={"kid": kid, "typ": "JWT"})
            out.write(token + "\n")


def repeated(path, times):
    """The tokens of `path` `times` over, in a file beside it: long runs at little signing cost."""
    with open(path) as source:
        tokens = source.read()
    longer = path + f".x{times}"
    with open(longer, "w") as out:
        for _ in range(times):
            out.write(tokens)
    return longer


def wall_time(command, stdin_path):
    with open(stdin_path, "rb") as tokens:
        start = time.perf_counter()
        result = subprocess.run(command, stdin=tokens, stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE)
        elapsed = time.perf_counter() - start
    if result.returncode not in (0, 1):
        sys.exit(f"{' '.join(command)} failed: {result.stderr.decode()}")
    return elapsed


def concurrent_wall_time(command, stdin_paths):
    """Wall time of one process per input, all started at once, until the last one ends."""
    inputs = [open(path, "rb") for path in stdin_paths]
    start = time.perf_counter()
    processes = [subprocess.Popen(command, stdin=tokens, stdout=subprocess.DEVNULL)
                 for tokens in inputs]
    codes = [process.wait() for process in processes]
    elapsed = time.perf_counter() - start
    for tokens in inputs:
        tokens.close()
    if any(code not in (0, 1) for code in codes):
        sys.exit(f"{' '.join(command)} failed")
    return elapsed


def pyjwt_rate(lines, key, alg):
    leeway = int(time.time()) - NOW  # PyJWT reads the system clock: shift it to NOW
    start = time.perf_counter()
    for token in lines:
        jwt.decode(token, key, algorithms=[alg], leeway=leeway)
    return len(lines) / (time.perf_counter() - start)


def openssl_rsa2048_verify_rate():
    output = run(["openssl", "speed", "-seconds", "2", "rsa2048"]).stdout
    match = re.search(r"^rsa 2048 bits\s+\S+\s+\S+\s+\S+\s+([\d.]+)", output, re.M)
    return float(match.group(1))


COMPARED_ROUNDS = 9


def compare(before, after, config, streamed):
    """Best rates of two builds on the same tokens, measured in turns so that drift hits both.
    Beside wall time, the processor time (user + system) the command took, which waits for
    other processes on a shared machine do not inflate."""
    best = {}
    for _ in range(COMPARED_ROUNDS):
        for threads in ("1", "2"):
            for name, engagectl in (("before", before), ("after", after)):
                command = [engagectl, "verify-jwt", "--config", config, "--now", str(NOW),
                           "--batch", "-", "--threads", threads]
                start = resource.getrusage(resource.RUSAGE_CHILDREN)
                rate = STREAMED_TOKENS / wall_time(command, streamed)
                end = resource.getrusage(resource.RUSAGE_CHILDREN)
                cpu = (end.ru_utime - start.ru_utime) + (end.ru_stime - start.ru_stime)
                best[name, threads] = max(best.get((name, threads), 0.0), rate)
                best[name, threads, "cpu"] = max(best.get((name, threads, "cpu"), 0.0),
                                                 STREAMED_TOKENS / cpu)
    for threads in ("1", "2"):
        for kind, label in ((), "wall"), (("cpu",), "processor"):
            before_rate = best[("before", threads) + kind]
            after_rate = best[("after", threads) + kind]
            print(f"HS256 --threads {threads}, tokens per {label} second: before "
                  f"{before_rate:12,.0f}, after {after_rate:12,.0f}  "
                  f"({100 * (after_rate / before_rate - 1):+.1f} %)")


def main():
    engagectl = os.path.abspath(sys.argv[1])
    before = None
    if len(sys.argv) == 4 and sys.argv[2] == "--before":
        before = os.path.abspath(sys.argv[3])
    with tempfile.TemporaryDirectory() as work:
        private_pem = run(["openssl", "genpkey", "-algorithm", "RSA",
                           "-pkeyopt", "rsa_keygen_bits:2048"]).stdout
        public_pem = run(["openssl", "pkey", "-pubout"], input=private_pem).stdout
        config = os.path.join(work, "config.json")
        with open(config, "w") as out:
            json.dump({"format": "engage-messaging-community", "version": 1,
                       "signed_identities": "require",
                       "custom_fields": [{"key": "customer_id", "label": "Customer id",
                                          "type": "string", "regex": "^.+$"}],
                       "extra_values_mapping": [
                           {"key": "cell_number", "field": "mobile_phone"},
                           {"key": "uuid", "field": "custom_field:customer_id"}],
                       "jwt_keys": [{"id": "prod", "algorithm": "HS256", "secret": SECRET},
                                    {"id": "rsa_2026", "algorithm": "RS256",
                                     "public_key": public_pem}]}, out)
        hs_path = os.path.join(work, "hs256.txt")
        rs_path = os.path.join(work, "rs256.txt")
        make_tokens(hs_path, HS_TOKENS, SECRET, "HS256", "prod")
        if before:
            compare(before, engagectl, config, repeated(hs_path, STREAMED_TOKENS // HS_TOKENS))
            return
        # A loaded key: PyJWT would otherwise parse the PEM again for every token.
        make_tokens(rs_path, RS_TOKENS, load_pem_private_key(private_pem.encode(), None), "RS256",
                    "rsa_2026")

        streamed = repeated(hs_path, STREAMED_TOKENS // HS_TOKENS)
        # Beside --threads 2: two one-thread processes at once, on half each, sharing nothing.
        half = streamed + ".half"
        with open(streamed) as source, open(half, "w") as out:
            out.writelines(line for _, line in zip(range(STREAMED_TOKENS // 2), source))
        rs_streamed = repeated(rs_path, RS_STREAMED_TOKENS // RS_TOKENS)

        batch = [engagectl, "verify-jwt", "--config", config, "--now", str(NOW),
                 "--batch", "-", "--threads"]
        with open(hs_path) as tokens:
            hs_lines = [line.strip() for line in tokens]
        pyjwt_hs = hs_one = hs_two = hs_pair = openssl_rsa = rs_one = 0.0
        for _ in range(ROUNDS):
            pyjwt_hs = max(pyjwt_hs, pyjwt_rate(hs_lines, SECRET, "HS256"))
            hs_one = max(hs_one, STREAMED_TOKENS / wall_time(batch + ["1"], streamed))
            hs_two = max(hs_two, STREAMED_TOKENS / wall_time(batch + ["2"], streamed))
            hs_pair = max(hs_pair,
                          STREAMED_TOKENS / concurrent_wall_time(batch + ["1"], [half, half]))
            openssl_rsa = max(openssl_rsa, openssl_rsa2048_verify_rate())
            rs_one = max(rs_one, RS_STREAMED_TOKENS / wall_time(batch + ["1"], rs_streamed))

        with open(streamed, "rb") as tokens:
            timed = subprocess.run(["/usr/bin/time", "-f", "%M"] + batch + ["2"],
                                   stdin=tokens, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.PIPE, text=True)
        peak_kib = int(timed.stderr.strip().splitlines()[-1])

    report = [
        (f"HS256, PyJWT {jwt.__version__} jwt.decode, 1 thread", pyjwt_hs, ""),
        ("HS256, engagectl --batch --threads 1", hs_one, f"{hs_one / pyjwt_hs:.1f} x PyJWT"),
        ("HS256, engagectl --batch --threads 2", hs_two, f"{hs_two / hs_one:.2f} x 1 thread"),
        ("HS256, two --threads 1 processes at once", hs_pair,
         f"{hs_pair / hs_one:.2f} x 1 thread: this work on both cores, nothing shared"),
        ("RS256, openssl speed rsa2048, verifications", openssl_rsa, ""),
        ("RS256, engagectl --batch --threads 1", rs_one,
         f"{100 * rs_one / openssl_rsa:.0f} % of openssl"),
    ]
    for label, rate, ratio in report:
        print(f"{label + ':':45}{rate:12,.0f} /s" + (f"  ({ratio})" if ratio else ""))
    print(f"{STREAMED_TOKENS:,} HS256 tokens through --batch: "
          f"peak memory {peak_kib / 1024:.1f} MiB")


if __name__ == "__main__":
    main()
