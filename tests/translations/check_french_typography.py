#!/usr/bin/env python3
"""French typography in the French translation: a non-breaking space (U+00A0) before the
colon, semicolon, question mark and exclamation mark that end a clause ("Erreur : ..."), and
inside guillemets (« ... »), so that a line never breaks before them.

Punctuation inside code is left as the code has it: a colon after a JSON member name
("format": ...), a URL (https://), a file filter (;;), a statement of JavaScript ([];).
   check_french_typography.py TS_FILE
"""
import re
import sys
import xml.etree.ElementTree as ElementTree

NBSP = "\u00a0"
# A clause-ending mark: followed by white space or the end of the text.
CLAUSE_MARK = re.compile(r"(.)([:;?!])(?=\s|$)")
# Code in which the mark is no punctuation of the sentence.
CODE_BEFORE_MARK = ('"', "]")


def problems_in(text):
    for match in CLAUSE_MARK.finditer(text):
        before, mark = match.group(1), match.group(2)
        if before not in (NBSP, "\u202f") and before not in CODE_BEFORE_MARK:
            yield f"no non-breaking space before '{mark}'"
    if re.search("« |«[^\u00a0]", text) or re.search(" »|[^\u00a0]»", text):
        yield "no non-breaking space inside « »"


def main():
    tree = ElementTree.parse(sys.argv[1])
    failures = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        forms = translation.findall("numerusform") or [translation]
        for form in forms:
            for problem in problems_in(form.text or ""):
                failures += 1
                print(f"{problem}: {form.text!r}")
    if failures:
        print(f"{sys.argv[1]}: {failures} French typography problem(s)")
        return 1
    print("French typography is consistent")
    return 0


if __name__ == "__main__":
    sys.exit(main())
