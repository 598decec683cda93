#!/usr/bin/env python3
"""Every sentence the sources show a person is marked for translation: a string literal that
reads like English prose (three words or more) must be one of the source texts that lupdate
found (tr(), QCoreApplication::translate, QT_TRANSLATE_NOOP), so that a message built with
QStringLiteral or a plain string cannot stay in English inside a French sentence. Literals
that are not prose for a person (shell commands, assertions) are listed in
not_for_translation.txt, one a line.
   check_marked_strings.py TS_FILE SOURCE_DIR...
"""
import html
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOKEN = re.compile(
    r'//[^\n]*|/\*.*?\*/|R"\((?:.*?)\)"|"((?:[^"\\\n]|\\.)*)"|\'(?:[^\'\\\n]|\\.)*\'', re.S)
PROSE = re.compile(r"[A-Za-z][a-z']+,? [a-z']+,? [a-z']+")
ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "'": "'"}


def unescape(literal):
    def one(match):
        if match.group(1):
            return chr(int(match.group(1), 16))
        return ESCAPES.get(match.group(2), match.group(2))
    return re.sub(r"\\(?:u([0-9a-fA-F]{4})|(.))", one, literal)


def literals(text):
    """(line, text) of each string, adjacent literals joined as the compiler joins them."""
    joined = []
    end_of_last = None
    for match in TOKEN.finditer(text):
        if match.group(1) is None:
            end_of_last = None
            continue
        if end_of_last is not None and not text[end_of_last:match.start()].strip():
            joined[-1][1] += match.group(1)
        else:
            joined.append([text.count("\n", 0, match.start()) + 1, match.group(1)])
        end_of_last = match.end()
    return [(line, unescape(literal)) for line, literal in joined]


def main():
    with open(sys.argv[1], encoding="utf-8") as ts:
        marked = {html.unescape(source)
                  for source in re.findall(r"<source>(.*?)</source>", ts.read(), re.S)}
    with open(os.path.join(HERE, "not_for_translation.txt"), encoding="utf-8") as exceptions:
        marked |= {line.rstrip("\n") for line in exceptions if line.strip()}
    failures = 0
    for root in sys.argv[2:]:
        for directory, _, names in sorted(os.walk(root)):
            for name in sorted(names):
                if not name.endswith((".cpp", ".h")):
                    continue
                path = os.path.join(directory, name)
                with open(path, encoding="utf-8") as source:
                    for line, text in literals(source.read()):
                        if PROSE.search(text) and text not in marked:
                            failures += 1
                            print(f"{path}:{line}: not marked for translation: {text!r}")
    if failures:
        print(f"{failures} sentence(s) would stay in English: build them with tr()")
        return 1
    print("every sentence is marked for translation")
    return 0


if __name__ == "__main__":
    sys.exit(main())
