#!/usr/bin/env python3
"""The man pages render without a warning, and engagectl(1) and engagectl --help agree.

    check_man_pages.py ENGAGECTL ENGAGE_EMULATOR ENGAGE_ADMIN MAN_DIR

Every command of `engagectl --help` has its `.SS` section in engagectl.1 and every section names
a command; each command's options (`engagectl COMMAND --help`) are those its section lists, plus
the NETWORK OPTIONS section's when the section says it "takes the network options". -h/--help is
every command's and is documented once. engage-emulator.1 and engage-admin.1 give the options
of their program's --help, no more, no less. The ENVIRONMENT of engagectl.1 and engage-admin.1
names the locale variables and every variable their sources read (qgetenv, qEnvironmentVariable).
"""
import os
import pathlib
import re
import subprocess
import sys

OPTION = re.compile(r"(?<![\w-])--[a-z][a-z0-9-]*")
HELP_OPTIONS = {"--help"}
# The language of engagectl and engage-admin, read by Qt's QLocale::system() and uiLanguages().
LOCALE_VARIABLES = {"LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE"}
# Each page and the source directories of its program, whose variables it must document.
ENVIRONMENT_SOURCES = {"engagectl.1": ["app/engagectl", "models"],
                       "engage-admin.1": ["app/engage-admin", "ui", "models"]}


def render_warnings(page):
    environment = dict(os.environ, MANWIDTH="80", LC_ALL="C.UTF-8")
    rendered = subprocess.run(["man", "--warnings", "-l", str(page)], env=environment,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if rendered.returncode != 0:
        return rendered.stderr.strip() or f"man exited with {rendered.returncode}"
    return rendered.stderr.strip()


def run_help(program, *command):
    environment = {key: value for key, value in os.environ.items()
                   if not key.startswith(("LANG", "LC_"))}
    environment["LC_ALL"] = "C"
    return subprocess.run([program, *command, "--help"], env=environment, check=True,
                          stdout=subprocess.PIPE, text=True).stdout


def help_commands(overview):
    listed = overview.split("Commands:", 1)[1]
    return [match.group(1) for match in re.finditer(r"^  ([a-z][a-z-]*)  ", listed, re.M)]


def help_options(text):
    """The options a command's help defines: the names that open a line of its Options list
    ("  -h, --help  Show this help."), not those its descriptions mention."""
    options = set()
    in_options = False
    for line in text.splitlines():
        if line.startswith("Options:"):
            in_options = True
        elif in_options and line and not line.startswith(" "):
            in_options = False
        elif in_options and line.strip().startswith("-"):
            options.update(OPTION.findall(line.strip().split("  ")[0]))
    return options - HELP_OPTIONS


def man_sections(source):
    """{name: text} of the .SS and .SH sections, roff escapes for hyphens undone."""
    text = source.replace("\\-", "-").replace("\\&", "")
    sections = {}
    name = None
    for line in text.splitlines():
        heading = re.match(r"^\.S[SH] +\"?([^\"]+)\"?$", line)
        if heading:
            name = heading.group(1).strip()
            sections[name] = ""
        elif name is not None and not line.startswith('.\\"'):
            sections[name] += line + "\n"
    return sections


def option_differences(program, page):
    """Where a program's --help and its man page (examples aside) disagree on an option."""
    sections = man_sections(page.read_text(encoding="utf-8"))
    sections.pop("EXAMPLES", None)  # they may show another program's options
    in_page = set(OPTION.findall("".join(sections.values()))) - HELP_OPTIONS
    in_help = help_options(run_help(program))
    name = pathlib.Path(program).name
    return ([f"{name} --help lists {option}; {page.name} does not"
             for option in sorted(in_help - in_page)] +
            [f"{page.name} gives {option}; {name} --help does not"
             for option in sorted(in_page - in_help)])


def variables_read(source, directories):
    """The environment variables the C++ sources of directories read by name."""
    read = r'(?:qgetenv|qEnvironmentVariable\w*)\("([A-Z_][A-Z0-9_]*)"'
    return {name for directory in directories for path in (source / directory).rglob("*.cpp")
            for name in re.findall(read, path.read_text(encoding="utf-8"))}


def environment_differences(source, man_dir):
    """The variables a program reads, or the locale's, that its ENVIRONMENT does not name."""
    failures = []
    for page, directories in ENVIRONMENT_SOURCES.items():
        environment = man_sections((man_dir / page).read_text(encoding="utf-8")).get(
            "ENVIRONMENT", "")
        for variable in sorted(LOCALE_VARIABLES | variables_read(source, directories)):
            if not re.search(rf"\b{variable}\b", environment):
                failures.append(f"{page} does not describe {variable} in ENVIRONMENT")
    return failures


def main():
    engagectl, emulator, admin, man_dir = sys.argv[1:4] + [pathlib.Path(sys.argv[4])]
    failures = []
    pages = sorted(man_dir.glob("*.1"))
    if not pages:
        failures.append(f"no man page in {man_dir}")
    for page in pages:
        warnings = render_warnings(page)
        if warnings:
            failures.append(f"{page.name} renders with warnings:\n{warnings}")

    sections = man_sections((man_dir / "engagectl.1").read_text(encoding="utf-8"))
    network = OPTION.findall(sections.get("NETWORK OPTIONS", ""))
    commands = help_commands(run_help(engagectl))
    documented = [name for name in sections if re.fullmatch(r"[a-z][a-z-]*", name)]
    for command in sorted(set(commands) - set(documented)):
        failures.append(f"engagectl --help lists {command}, which engagectl.1 does not describe")
    for command in sorted(set(documented) - set(commands)):
        failures.append(f"engagectl.1 describes {command}, which engagectl --help does not list")
    for command in sorted(set(commands) & set(documented)):
        in_help = help_options(run_help(engagectl, command))
        section = sections[command]
        in_page = set(OPTION.findall(section))
        if "takes the network options" in section.lower():
            in_page |= set(network)
        for option in sorted(in_help - in_page):
            failures.append(f"engagectl {command} --help lists {option}; engagectl.1 does not")
        for option in sorted(in_page - in_help):
            failures.append(f"engagectl.1 gives {command} {option}; its --help does not")

    for program, page in ((emulator, "engage-emulator.1"), (admin, "engage-admin.1")):
        failures += option_differences(program, man_dir / page)
    failures += environment_differences(man_dir.resolve().parent.parent, man_dir)

    for failure in failures:
        print(failure)
    if failures:
        return 1
    print(f"{len(pages)} man pages render cleanly and agree with --help "
          f"({len(commands)} engagectl commands)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
