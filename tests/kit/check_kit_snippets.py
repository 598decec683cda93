#!/usr/bin/python3
"""The integration kit's code must work (docs/engagectl.md kit): runs the Python or the Node.js snippet of
`engagectl kit` exactly as the Markdown kit prints it, for an HS256 and an RS256 key, and feeds
each token to `engagectl verify-jwt --json`, which must accept it with the mapped fields.

  check_kit_snippets.py ENGAGECTL python
  check_kit_snippets.py ENGAGECTL node NODE_PREFIX
  check_kit_snippets.py --install-node NODE_PREFIX

The first needs Debian's python3-jwt and python3-cryptography; the second jsonwebtoken, which
--install-node (the CTest fixture) installs from the npm registry into NODE_PREFIX. A missing
library is a skip (exit 77) that says why, never a pass. The RSA key pair is made by the openssl
command line tool for each run.
"""

import json
import os
import pathlib
import re
import secrets
import subprocess
import sys
import tempfile

SKIP = 77

SNIPPETS = {
    # language: (Markdown fence name, file name, the call appended to the snippet)
    "python": ("python", "kit_snippet.py",
               "\nimport json, sys\nprint(engage_signed_identity(json.loads(sys.argv[1])))\n"),
    "node": ("javascript", "kit_snippet.js",
             "\nconsole.log(engageSignedIdentity(JSON.parse(process.argv[2])));\n"),
}

IDENTITY = {
    "uuid": "C12345678",
    "extra_values": {"cell_number": "+33 6 12 34 56 78", "tier": "gold"},
}
EXPECTED_MAPPED_FIELDS = {
    "mobile_phone": "+33 6 12 34 56 78",
    "custom_field:loyalty_tier": "gold",
    "custom_field:customer_id": "C12345678",
}


def fail(message):
    print("FAIL: " + message)
    sys.exit(1)


def install_node(prefix):
    command = ["npm", "install", "--prefix", prefix, "--no-audit", "--no-fund", "jsonwebtoken"]
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=300)
    except (OSError, subprocess.TimeoutExpired) as error:
        print("SKIP: npm could not install jsonwebtoken (%s); the Node.js kit test will be "
              "skipped." % error)
        return SKIP
    if result.returncode != 0:
        print(result.stderr[-2000:])
        print("SKIP: npm could not install jsonwebtoken from the npm registry (is it reachable?); "
              "the Node.js kit test will be skipped.")
        return SKIP
    print("jsonwebtoken installed under " + prefix)
    return 0


def run(command, env=None):
    result = subprocess.run(command, capture_output=True, text=True, timeout=120, env=env)
    if result.returncode != 0:
        fail("%s exited %d:\n%s%s" % (" ".join(command[:3]), result.returncode, result.stdout,
                                      result.stderr))
    return result.stdout


def configuration(folder, secret):
    private_key = folder / "private.pem"
    run(["openssl", "genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048",
         "-out", str(private_key)])
    public_key = run(["openssl", "pkey", "-in", str(private_key), "-pubout"])
    config = {
        "format": "engage-messaging-community",
        "version": 1,
        "community": {"id": "5f0c0a1b2c3d4e5f60718293", "name": "Website chat"},
        "signed_identities": "require",
        "custom_fields": [
            {"key": "customer_id", "label": "Customer id", "type": "string",
             "regex": "^C[0-9]{8}$"},
            {"key": "loyalty_tier", "label": "Loyalty tier", "type": "string"},
        ],
        "extra_values_mapping": [
            {"key": "cell_number", "field": "mobile_phone"},
            {"key": "tier", "field": "custom_field:loyalty_tier"},
            {"key": "uuid", "field": "custom_field:customer_id"},
        ],
        "jwt_keys": [
            {"id": "web_hmac", "algorithm": "HS256", "secret": secret},
            {"id": "web_rsa", "algorithm": "RS256", "public_key": public_key},
        ],
    }
    path = folder / "community.json"
    path.write_text(json.dumps(config, indent=2) + "\n")
    return path, private_key


def snippet_of(kit, fence):
    blocks = re.findall(r"^```" + fence + r"\n(.*?)^```$", kit, re.MULTILINE | re.DOTALL)
    if len(blocks) != 1:
        fail("the kit has %d ```%s blocks, not one" % (len(blocks), fence))
    return blocks[0]


def check_language(engagectl, language, node_prefix):
    fence, file_name, call = SNIPPETS[language]
    env = dict(os.environ)
    if language == "node":
        modules = pathlib.Path(node_prefix) / "node_modules"
        if not (modules / "jsonwebtoken").is_dir():
            print("SKIP: jsonwebtoken is not installed under %s (the npm registry could not be "
                  "reached when the kit_node_modules fixture ran); the Node.js snippet was not "
                  "run." % node_prefix)
            return SKIP
        env["NODE_PATH"] = str(modules)
        interpreter = ["node"]
    else:
        check = subprocess.run(["/usr/bin/python3", "-c", "import jwt, cryptography"],
                               capture_output=True)
        if check.returncode != 0:
            print("SKIP: Debian's python3-jwt or python3-cryptography is missing "
                  "(scripts/install-deps.sh installs them); the Python snippet was not run.")
            return SKIP
        interpreter = ["/usr/bin/python3"]

    with tempfile.TemporaryDirectory() as temporary:
        folder = pathlib.Path(temporary)
        secret = secrets.token_hex(12)
        config, private_key = configuration(folder, secret)
        for kid, algorithm in (("web_hmac", "HS256"), ("web_rsa", "RS256")):
            kit = run([engagectl, "kit", "--config", str(config), "--kid", kid,
                       "--format", "markdown"])
            if secret in kit:
                fail("the %s kit holds the secret without --include-secret" % kid)
            if "PRIVATE KEY-----" in kit:
                fail("the %s kit holds a private key" % kid)
            script = folder / file_name
            script.write_text(snippet_of(kit, fence) + call)
            key_env = dict(env)
            if algorithm == "HS256":
                key_env["ENGAGE_JWT_SECRET"] = secret
            else:
                key_env["ENGAGE_JWT_PRIVATE_KEY_FILE"] = str(private_key)
            token = run(interpreter + [str(script), json.dumps(IDENTITY)], env=key_env).strip()
            verdict = json.loads(run([engagectl, "verify-jwt", "--config", str(config), "--json",
                                      token]))
            if not verdict.get("accepted"):
                fail("%s token for %s was rejected: %s" % (language, kid, verdict))
            if verdict["kid"] != kid or verdict["alg"] != algorithm:
                fail("%s token for %s names kid %s, alg %s" % (language, kid, verdict["kid"],
                                                               verdict["alg"]))
            if verdict["header"].get("typ") != "JWT":
                fail("%s token for %s has the header %s" % (language, kid, verdict["header"]))
            if verdict["mapped_fields"] != EXPECTED_MAPPED_FIELDS:
                fail("%s token for %s mapped %s" % (language, kid, verdict["mapped_fields"]))
            lifetime = verdict["payload"]["exp"] - verdict["payload"].get("iat", 0)
            print("%s snippet, key %s (%s): accepted, mapped %s%s" % (
                language, kid, algorithm, json.dumps(verdict["mapped_fields"]),
                ", lifetime %d s" % lifetime if "iat" in verdict["payload"] else ""))
    return 0


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--install-node":
        return install_node(sys.argv[2])
    if len(sys.argv) >= 3 and sys.argv[2] in SNIPPETS:
        return check_language(sys.argv[1], sys.argv[2],
                              sys.argv[3] if len(sys.argv) > 3 else None)
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main())
