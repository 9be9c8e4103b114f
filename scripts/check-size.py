#!/usr/bin/env python3
"""Size check (CI, issue 14): no source file over 400 lines and no function over 80 lines, and
no line over 120 characters.

Scans the C++ sources (*.h, *.cpp) under the folders given (default: core). Comments, string
and character literals and raw strings are blanked first, then braces are matched: a block
opened at namespace or class scope whose head (the text since the previous ';', '{' or '}')
has a parameter list is a function, and its length is counted from the first line of its
head to its closing brace. Lambdas and local classes count as part of the function they are
in. Deterministic, Python standard library only, no build needed.

The line width is checked in the folders of --line-folders (default core, app and ui, the
code .clang-format holds to 120 columns), whatever FOLDERs the file and function sizes are
checked in, so that `check-size.py core app` also keeps ui's lines short.

Usage: scripts/check-size.py [--max-file N] [--max-function N] [--max-line N] [--line-folders F...]
                             [--report] [FOLDER...]
  exit 0: nothing over the limits; 1: offenders listed (path:line, lines, name).
  --max-line N: the longest line allowed, in characters (code points; 120; 0: no line check).
  --report lists the offenders but exits 0 (to survey folders that are not held to it)."""
import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONTAINER = re.compile(r"^(?:template\s*<.*>\s*)?(?:inline\s+)?(?:namespace|class|struct|union|enum)\b"
                       r"|^extern\s*\"\"\s*$", re.S)
IDENT_END = re.compile(r"([A-Za-z_]\w*)\s*$")
QUALIFIERS = {"const", "override", "final", "noexcept", "mutable", "volatile", "try"}


def blank(text: str) -> str:
    """`text` with comments, string, character and raw-string literals' contents replaced by
    spaces (line breaks kept, so line numbers hold); quotes stay so heads still read `""`."""
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            out.append(" " * (j - i))
            i = j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append(re.sub(r"[^\n]", " ", text[i:j]))
            i = j
        elif c == "R" and re.match(r'R"([^()\\ \n]{0,16})\(', text[i:i + 20]) and \
                not re.match(r"\w", text[i - 1:i] if i else ""):
            m = re.match(r'R"([^()\\ \n]{0,16})\(', text[i:])
            end = text.find(")" + m.group(1) + '"', i + m.end())
            j = n if end < 0 else end + len(m.group(1)) + 2
            out.append('""' + re.sub(r"[^\n]", " ", text[i + 2:j]))
            i = j
        elif c in "\"'":
            # a digit separator (1'000'000) is not a character literal
            if c == "'" and i and text[i - 1].isalnum() and re.match(r"[0-9A-Fa-f]", text[i + 1:i + 2] or " ") \
                    and re.search(r"\b(?:0[xXbB])?[0-9][0-9A-Fa-f']*$", text[max(0, i - 40):i]):
                out.append(c)
                i += 1
                continue
            j = i + 1
            while j < n and text[j] != c and text[j] != "\n":
                j += 2 if text[j] == "\\" else 1
            j = min(j + 1, n)
            out.append(c + re.sub(r"[^\n]", " ", text[i + 1:j - 1]) + c)
            i = j
        else:
            out.append(c)
            i += 1
    return "".join(out)


def strip_preprocessor(text: str) -> str:
    """Preprocessor lines (with their continuations) blanked: their braces are not code."""
    lines = text.split("\n")
    cont = False
    for k, line in enumerate(lines):
        if cont or line.lstrip().startswith("#"):
            cont = line.rstrip().endswith("\\")
            lines[k] = ""
    return "\n".join(lines)


def is_function_head(head: str) -> bool:
    head = head.strip()
    if not head or "(" not in head or CONTAINER.match(head):
        return False
    # `T x = {...}` / `T x{...}`-style initialisers at namespace scope: an '=' outside parentheses
    depth = 0
    for ch in head:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "=" and depth == 0:
            return head.rstrip().endswith(")") is False and "operator" in head
    return True


def member_init_brace(head: str) -> bool:
    """True when the '{' after `head` opens a braced member initialiser (`) : m_a{1}, m_b{`)."""
    close = head.rfind(")")
    depth = 0
    # the parameter list's closing parenthesis: the first ')' that returns to depth 0
    for k, ch in enumerate(head):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                close = k
                break
    rest = head[close + 1:]
    if not re.match(r"\s*(?:noexcept\s*)?:(?!:)", rest):
        return False
    m = IDENT_END.search(head)
    return bool(m) and m.group(1) not in QUALIFIERS or head.rstrip().endswith(">")


def functions(text: str):
    """(first line, last line, name) of each function defined in `text` (blanked)."""
    stack = []  # "container" or "function" or "other" per open brace
    head_start = 0
    i, n = 0, len(text)
    found = []
    while i < n:
        c = text[i]
        if c in ";}" or (c == "{"):
            in_function = "function" in stack or "other" in stack
            if c == "{":
                head = text[head_start:i]
                if in_function:
                    stack.append("other")
                elif is_function_head(head):
                    if member_init_brace(head):
                        depth, j = 1, i + 1
                        while j < n and depth:
                            depth += {"{": 1, "}": -1}.get(text[j], 0)
                            j += 1
                        i = j
                        continue
                    stack.append("function")
                    first = head_start + len(head) - len(head.lstrip())
                    name = re.sub(r"\s+", " ", head.strip().split("(")[0]).split(" ")[-1].lstrip("*&")
                    found.append([text.count("\n", 0, first) + 1, None, name, len(stack)])
                elif CONTAINER.match(head.strip()) or not head.strip() and not stack:
                    stack.append("container")
                else:
                    stack.append("container" if not head.strip() else "other")
            elif c == "}":
                if stack:
                    kind = stack.pop()
                    if kind == "function":
                        for f in reversed(found):
                            if f[1] is None and f[3] == len(stack) + 1:
                                f[1] = text.count("\n", 0, i) + 1
                                break
            if not ("function" in stack or "other" in stack) or c == "{":
                head_start = i + 1
        elif c == ":" and not ("function" in stack or "other" in stack):
            # access specifiers end a head (`public:`), `::` and init lists do not
            tail = text[head_start:i]
            if re.fullmatch(r"\s*(?:public|private|protected|Q_SIGNALS|Q_SLOTS|(?:public|private|protected)\s+Q_SLOTS)\s*",
                            tail) and text[i + 1:i + 2] != ":":
                head_start = i + 1
        i += 1
    return [(a, b, name) for a, b, name, _ in found if b is not None]


def sources(folder: str):
    """The C++ sources (*.h, *.cpp) under `folder`, sorted."""
    return sorted(p for p in (ROOT / folder).rglob("*") if p.suffix in (".h", ".cpp") and p.is_file())


def long_lines(folders, limit: int):
    """(0, message) for each line over `limit` characters in the sources under `folders`."""
    found = []
    for folder in folders:
        for path in sources(folder):
            raw = path.read_text(encoding="utf-8", errors="replace")
            for number, text in enumerate(raw.split("\n"), 1):
                if len(text) > limit:
                    found.append((0, f"{path.relative_to(ROOT)}:{number}: line of {len(text)} characters "
                                     f"(line limit {limit})"))
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folders", nargs="*", default=["core"])
    parser.add_argument("--max-file", type=int, default=400)
    parser.add_argument("--max-function", type=int, default=80)
    parser.add_argument("--max-line", type=int, default=120, help="longest line allowed (0: no line check)")
    parser.add_argument("--line-folders", nargs="+", default=["core", "app", "ui"],
                        help="folders whose line width is checked (default: core app ui)")
    parser.add_argument("--report", action="store_true", help="list, but exit 0")
    args = parser.parse_args()
    problems = []
    for folder in args.folders:
        for path in sources(folder):
            raw = path.read_text(encoding="utf-8", errors="replace")
            rel = path.relative_to(ROOT)
            lines = raw.count("\n") + (0 if raw.endswith("\n") or not raw else 1)
            if lines > args.max_file:
                problems.append((lines, f"{rel}: {lines} lines (file limit {args.max_file})"))
            for first, last, name in functions(strip_preprocessor(blank(raw))):
                length = last - first + 1
                if length > args.max_function:
                    problems.append((length, f"{rel}:{first}: {name}: {length} lines "
                                             f"(function limit {args.max_function})"))
    if args.max_line > 0:
        problems += long_lines(args.line_folders, args.max_line)
    for _, line in sorted(problems, key=lambda p: (-p[0], p[1])):
        print(line)
    checked = " ".join(args.folders)
    if problems:
        print(f"check-size: {len(problems)} over the limits in {checked}"
              + (f" (lines: {' '.join(args.line_folders)})" if args.max_line > 0 else ""), file=sys.stderr)
        return 0 if args.report else 1
    lines_too = f"; no line over {args.max_line} characters in {' '.join(args.line_folders)}" \
        if args.max_line > 0 else ""
    print(f"check-size: no file over {args.max_file} lines, no function over {args.max_function} "
          f"lines in {checked}{lines_too}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
