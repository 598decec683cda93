#!/usr/bin/env python3
"""docs/ names every code the core gives, as the core gives it, and every JSON member engagectl
prints.

    check_reference.py SOURCE_DIR ENGAGECTL ENGAGE_EMULATOR

Every validation code of models/config/diagnostic.cpp has its row in docs/validation.md with
its severity; every JWT reason and hint of models/jwt/jwt_verdict.cpp is in docs/jwt.md; and no
documented code is one the core does not have. A code added to the core without its line for
users fails here. Every member of engagectl's JSON output has its row in docs/engagectl.md
(json_output.py).
"""
import pathlib
import re
import sys

import json_output


def main():
    source = pathlib.Path(sys.argv[1])
    diagnostics = dict(re.findall(r'"([a-z_]+)", Severity::(Error|Warning)',
                                  (source / "models/config/diagnostic.cpp").read_text()))
    verdict_names = set(re.findall(r'return QStringLiteral\("([a-z_]+)"\)',
                                   (source / "models/jwt/jwt_verdict.cpp").read_text()))
    validation = (source / "docs/validation.md").read_text(encoding="utf-8")
    jwt = (source / "docs/jwt.md").read_text(encoding="utf-8")

    failures = []
    if not diagnostics or not verdict_names:
        failures.append("no code found in the core's sources: has their form changed?")
    documented = dict(re.findall(r"^\| `([a-z_]+)` \| (error|warning) \|", validation, re.M))
    for code, severity in sorted(diagnostics.items()):
        if code not in documented:
            failures.append(f"docs/validation.md has no row for {code}")
        elif documented[code] != severity.lower():
            failures.append(f"docs/validation.md gives {code} the severity {documented[code]}; "
                            f"the core gives {severity.lower()}")
    for code in sorted(set(documented) - set(diagnostics)):
        failures.append(f"docs/validation.md documents {code}, which the core does not give")
    for name in sorted(verdict_names):
        if f"`{name}`" not in jwt:
            failures.append(f"docs/jwt.md does not describe {name}")
    jwt_rows = set(re.findall(r"^\| (?:\d+ \| )?`([a-z_]+)` \|", jwt, re.M))
    for name in sorted(jwt_rows - verdict_names):
        failures.append(f"docs/jwt.md documents {name}, which the core does not give")

    json_failures, json_checked = json_output.check(source, sys.argv[2], sys.argv[3])
    failures += json_failures

    for failure in failures:
        print(failure)
    if failures:
        return 1
    print(f"docs/ describes the {len(diagnostics)} validation codes, the "
          f"{len(verdict_names)} JWT reasons and hints, and every member of {json_checked}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
