#!/usr/bin/python3
"""engagectl report on a generated log of 1,000,000 tokens: wall time and peak memory.

  tests/bench/bench_report.py build-release/app/engagectl/engagectl [TOKENS]

Makes 200,000 distinct tokens with PyJWT (Debian's python3-jwt), a mix a website in the middle
of a key rotation could send: 60 % HS256 `prod` (lifetime 7200 s, iat present), 10 % HS256
`old_key`, 5 % RS256 `rsa_2026` (lifetime a day), 10 % expired `prod` tokens, 5 % with a
near-miss extra value key (`cellnumber`), 5 % naming a kid no key has (a thousand distinct ones),
5 % malformed lines. The log is those tokens repeated to TOKENS lines (default 1,000,000). Then,
best of 3 rounds each: `engagectl report --format json` (every core) under GNU time (`/usr/bin/time
-v`: wall time and maximum resident set), and `verify-jwt --batch` on the same log for scale.
"""
import json
import os
import re
import subprocess
import sys
import tempfile
import time

import jwt

DISTINCT = 200_000
ROUNDS = 3
NOW = 1_800_000_000
SECRET = "9aeaf06388b8ab6487d1605b"
OLD_SECRET = "0123456789abcdef01234567"


def run(command, **kwargs):
    return subprocess.run(command, check=True, capture_output=True, text=True, **kwargs)


def token(index, private_pem):
    share = index % 100
    payload = {"uuid": f"C{index:08d}", "iat": NOW, "exp": NOW + 7200,
               "extra_values": {"cell_number": f"+3361234{index % 10000:04d}"}}
    kid, key, alg = "prod", SECRET, "HS256"
    if share < 10:
        kid, key = "old_key", OLD_SECRET
    elif share < 15:
        kid, key, alg = "rsa_2026", private_pem, "RS256"
        payload["exp"] = NOW + 86400
    elif share < 25:
        payload["iat"], payload["exp"] = NOW - 7300, NOW - 100
    elif share < 30:
        payload["extra_values"] = {"cellnumber": "+33612345678"}
    elif share < 35:
        kid = f"unknown_{index % 1000}"
    elif share < 40:
        return f"not a token {index}"
    return jwt.encode(payload, key, algorithm=alg, headers={"kid": kid, "typ": "JWT"})


def timed(command, log):
    """Wall time (s) and maximum resident set (KiB) of one run, as GNU time reports them."""
    with open(log, "rb") as tokens:
        result = subprocess.run(["/usr/bin/time", "-v"] + command, stdin=tokens,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if result.returncode not in (0, 1):
        sys.exit(f"{' '.join(command)} failed: {result.stderr}")
    wall = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)", result.stderr)
    hours, minutes, seconds = wall.groups()
    elapsed = int(hours or 0) * 3600 + int(minutes) * 60 + float(seconds)
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr).group(1))
    return elapsed, rss, result.stdout


def main():
    engagectl = os.path.abspath(sys.argv[1])
    total = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
    with tempfile.TemporaryDirectory() as work:
        private_pem = run(["openssl", "genpkey", "-algorithm", "RSA",
                           "-pkeyopt", "rsa_keygen_bits:2048"]).stdout
        public_pem = run(["openssl", "pkey", "-pubout"], input=private_pem).stdout
        config = os.path.join(work, "config.json")
        with open(config, "w") as out:
            json.dump({"format": "engage-messaging-community", "version": 1,
                       "signed_identities": "require",
                       "custom_fields": [{"key": "customer_id", "label": "Customer id",
                                          "type": "string", "regex": "^C[0-9]{8}$"}],
                       "extra_values_mapping": [
                           {"key": "cell_number", "field": "mobile_phone"},
                           {"key": "uuid", "field": "custom_field:customer_id"}],
                       "jwt_keys": [{"id": "prod", "algorithm": "HS256", "secret": SECRET},
                                    {"id": "old_key", "algorithm": "HS256", "secret": OLD_SECRET},
                                    {"id": "rsa_2026", "algorithm": "RS256",
                                     "public_key": public_pem},
                                    {"id": "retired", "algorithm": "HS256",
                                     "secret": "00112233445566778899aabb"}]}, out)
        distinct = [token(index, private_pem) for index in range(min(DISTINCT, total))]
        log = os.path.join(work, "tokens.log")
        with open(log, "w") as out:
            for index in range(total):
                out.write(distinct[index % len(distinct)] + "\n")
        size = os.path.getsize(log)

        report = [engagectl, "report", "--config", config, "--now", str(NOW), "--format", "json",
                  "-"]
        batch = [engagectl, "verify-jwt", "--config", config, "--now", str(NOW), "--batch", "-"]
        best = {}
        summary = None
        for _ in range(ROUNDS):
            for name, command in (("report", report), ("batch", batch)):
                elapsed, rss, output = timed(command, log)
                if name == "report":
                    summary = json.loads(output)
                previous = best.get(name, (float("inf"), 0))
                best[name] = (min(previous[0], elapsed), max(previous[1], rss))
        print(f"log: {total:,} tokens, {size / 2**20:.1f} MiB")
        print(f"report: {summary['tokens']:,} tokens, {summary['accepted']:,} accepted; "
              f"reasons {summary['reasons']}; hints {summary['hints']}")
        for name in ("report", "batch"):
            elapsed, rss = best[name]
            print(f"{name:>6}: best wall {elapsed:.2f} s ({total / elapsed:,.0f} tokens/s), "
                  f"peak memory {rss / 1024:.1f} MiB")


if __name__ == "__main__":
    main()
