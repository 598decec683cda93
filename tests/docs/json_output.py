"""Every member engagectl prints as JSON is described in docs/engagectl.md.

Each command that prints JSON is run here, offline or against an engage-emulator on 127.0.0.1
(and, for the records a server may send malformed, a one-answer server of this file), in the
cases that print its optional members. Every member of what it prints must have its row in that
command's section of the page's "JSON output": "| `files[].diagnostics[].code` | string | ...".
A member whose documented type says "object" is looked into, its members documented in turn; a
"map" (names that are data: a token's own members, field names, codes) is not.
"""
import http.server
import json
import os
import pathlib
import re
import subprocess
import tempfile
import threading

TOKEN = "documentation-token"
COMMUNITY = "5f0c0a1b2c3d4e5f60718293"
NOW = "1790000000"  # what --now gives, so that the signed tokens do not expire
# A community list whose second record has a name that is no string: communities skips it.
MALFORMED_COMMUNITIES = (b'{"count":2,"offset":0,"limit":150,"records":[{"id":"c0","name":"Zero",'
                         b'"active":true},{"id":"c1","name":5}]}')


def documented_members(page):
    """{command: {member path: type}} of the "### command" sections under "## JSON output"."""
    text = page.split("\n## JSON output", 1)[1] if "\n## JSON output" in page else ""
    text = text.split("\n## ", 1)[0]
    sections = {}
    command = None
    for line in text.splitlines():
        heading = re.match(r"^### `?([a-z-]+)`?$", line)
        if heading:
            command = heading.group(1)
            sections[command] = {}
            continue
        row = re.match(r"^\| `([^`]+)` \| ([^|]+) \|", line)
        if row and command:
            sections[command][row.group(1)] = row.group(2).strip()
    return sections


def undocumented(value, documented, prefix=""):
    """The member paths of value (an object) that documented does not have."""
    missing = []
    for name, child in value.items():
        path = f"{prefix}.{name}" if prefix else name
        if path not in documented:
            missing.append(path)
        elif "object" in documented[path]:
            items = child if isinstance(child, list) else [child]
            member_prefix = path + "[]" if isinstance(child, list) else path
            for item in items:
                if isinstance(item, dict):
                    missing += undocumented(item, documented, member_prefix)
    return missing


class Runner:
    """Runs engagectl in a scratch directory and keeps what each command printed."""

    def __init__(self, engagectl, directory):
        self.engagectl = os.path.abspath(engagectl)  # run from the scratch directory
        self.directory = directory
        self.outputs = {}  # command: [parsed JSON object, ...]
        self.failures = []
        self.environment = {key: value for key, value in os.environ.items()
                            if not key.startswith(("LANG", "LC_"))}
        self.environment.update(LC_ALL="C", ENGAGE_API_TOKEN=TOKEN)

    def run(self, *arguments, stdin=None, exit_codes=(0,)):
        """engagectl ARGUMENTS; its output kept under its command when it is JSON."""
        done = subprocess.run([self.engagectl, *arguments], cwd=self.directory, input=stdin,
                              env=self.environment, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, timeout=120)
        shown = "engagectl " + " ".join(arguments)
        if done.returncode not in exit_codes:
            self.failures.append(f"{shown} exited {done.returncode}: {done.stderr.strip()}")
            return done.stdout
        if "--json" in arguments or "--batch" in arguments or "json" in arguments:
            for line in done.stdout.splitlines():
                try:
                    self.outputs.setdefault(arguments[0], []).append(json.loads(line))
                except ValueError:
                    self.failures.append(f"{shown} printed a line that is not JSON: {line!r}")
        return done.stdout

    def write(self, name, text):
        (pathlib.Path(self.directory) / name).write_text(text, encoding="utf-8")
        return name


class Emulator:
    """engage-emulator on 127.0.0.1, a free port; its base URL read from its first line."""

    def __init__(self, program):
        self.process = subprocess.Popen([program, "--port", "0", "--token", TOKEN],
                                        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                        text=True)
        line = self.process.stdout.readline().strip()
        self.url = line.removeprefix("listening on ")

    def __enter__(self):
        return self

    def __exit__(self, *error):
        self.process.terminate()
        self.process.wait(timeout=30)


class MalformedListServer:
    """A server on 127.0.0.1 that answers every request with MALFORMED_COMMUNITIES."""

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (the name http.server calls)
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(MALFORMED_COMMUNITIES)))
            self.end_headers()
            self.wfile.write(MALFORMED_COMMUNITIES)

        def log_message(self, *arguments):
            pass

    def __enter__(self):
        self.server = http.server.HTTPServer(("127.0.0.1", 0), self.Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_port}/1.0"
        return self

    def __exit__(self, *error):
        self.server.shutdown()
        self.server.server_close()


def run_offline(run, examples):
    config = str(examples / "website-chat.json")
    invalid = str(examples / "needs-attention.json")
    run.run("validate", "--json", config, invalid, "missing.json", exit_codes=(2,))
    public_key = json.loads((examples / "website-chat.json").read_text())["jwt_keys"][1]
    run.write("public.pem", public_key["public_key"])
    run.run("check-key", "--algorithm", "RS256", "--id", "rsa_2026", "--json", "public.pem")
    run.run("check-key", "--algorithm", "HS256", "--id", "Prod", "--json", "9AEAF0638",
            exit_codes=(1,))
    run.run("gen-secret", "--json")

    # A token that is accepted with a hint (a near-miss extra value) and one that is rejected.
    accepted = run.write("accepted.json", json.dumps(
        {"uuid": "C00482716", "iat": int(NOW), "exp": int(NOW) + 7200,
         "extra_values": {"cellnumber": "+447700900123", "tier": "gold"}}))
    short = run.write("short.json", json.dumps(
        {"uuid": "C00482716", "iat": int(NOW), "exp": int(NOW) + 600}))
    tokens = [run.run("sign-jwt", "--config", config, "--kid", "prod", "--now", NOW,
                      payload).strip() for payload in (accepted, short)]
    for token in tokens:
        run.run("inspect-jwt", "--json", token)
        run.run("verify-jwt", "--config", config, "--now", NOW, "--json", token,
                exit_codes=(0, 1))
    run.run("inspect-jwt", "--json", "not.a-token", exit_codes=(1,))
    run.run("verify-jwt", "--config", config, "--now", NOW, "--batch", "-",
            stdin="\n".join(tokens + ["not-a-token"]) + "\n", exit_codes=(1,))
    log = run.write("tokens.log", "\n".join(tokens + ["not-a-token"]) + "\n")
    run.run("report", "--config", config, "--now", NOW, "--format", "json", log)

    accepting = run.write("accepting.json", (examples / "website-chat.json").read_text()
                          .replace('"require"', '"accept"'))
    for community in (config, accepting):
        run.run("check-identity", "--config", community, "--json", accepted, exit_codes=(0, 1))


def run_against_emulator(run, emulator_program, examples):
    config = str(examples / "website-chat.json")
    with Emulator(emulator_program) as emulator:
        server = ("--server", emulator.url)
        run.run("communities", *server, "--json")
        run.run("sources", *server, "--json")
        run.run("identity", *server, "--community", COMMUNITY, "--uuid", "C00731594",
                "--config", config, "--json", exit_codes=(0, 1))
        run.run("identity", *server, "--community", COMMUNITY, "--uuid", "nobody", "--json",
                exit_codes=(1,))
        # A file without a sync record (changes), then a conflict with a remote change merged.
        run.run("diff", *server, "--community", COMMUNITY, "--json", config)
        for name in ("mine.json", "theirs.json"):
            run.run("pull", *server, "--community", COMMUNITY, "--out", name)
        edit(run, "theirs.json", "email", add_key=True)
        run.run("push", *server, "--community", COMMUNITY, "theirs.json")
        edit(run, "mine.json", "home_phone", add_key=False)
        run.run("diff", *server, "--community", COMMUNITY, "--json", "mine.json")
    with MalformedListServer() as server:
        run.run("communities", "--server", server.url, "--json")


def edit(run, name, field, add_key):
    """Maps the first mapping row of the file NAME to FIELD; adds a key if add_key."""
    path = pathlib.Path(run.directory) / name
    settings = json.loads(path.read_text())
    settings["extra_values_mapping"][0]["field"] = field
    if add_key:
        settings["jwt_keys"].append(
            {"id": "next", "algorithm": "HS256", "secret": "0123456789abcdef01234567"})
    path.write_text(json.dumps(settings, indent=2))


def json_commands(engagectl):
    """The commands whose --help offers --json or --format json."""
    environment = dict(os.environ, LC_ALL="C")
    overview = subprocess.run([engagectl, "--help"], env=environment, check=True,
                              stdout=subprocess.PIPE, text=True).stdout
    listed = overview.split("Commands:", 1)[1]
    commands = re.findall(r"^  ([a-z][a-z-]*)  ", listed, re.M)
    offering = []
    for command in commands:
        help_text = subprocess.run([engagectl, command, "--help"], env=environment, check=True,
                                   stdout=subprocess.PIPE, text=True).stdout
        if "--json" in help_text or re.search(r"--format <FORMAT>[^\n]*\bjson\b", help_text):
            offering.append(command)
    return offering


def check(source, engagectl, emulator):
    """The failures: members printed and not documented, commands not run or not described."""
    page = (source / "docs/engagectl.md").read_text(encoding="utf-8")
    sections = documented_members(page)
    with tempfile.TemporaryDirectory() as directory:
        run = Runner(engagectl, directory)
        run_offline(run, source / "resources/examples")
        run_against_emulator(run, emulator, source / "resources/examples")
    failures = list(run.failures)
    for command in json_commands(engagectl):
        if command not in run.outputs:
            failures.append(f"engagectl {command} prints JSON, and no run of it is checked here")
        if command not in sections:
            failures.append(f"docs/engagectl.md has no section ### {command} under JSON output")
    for command, outputs in sorted(run.outputs.items()):
        missing = set()
        for output in outputs:
            missing.update(undocumented(output, sections.get(command, {})))
        for path in sorted(missing):
            failures.append(f"engagectl {command} prints the member {path}, which "
                            f"docs/engagectl.md does not describe in its section {command}")
    printed = sum(len(outputs) for outputs in run.outputs.values())
    return failures, f"{printed} JSON outputs of {len(run.outputs)} commands"
