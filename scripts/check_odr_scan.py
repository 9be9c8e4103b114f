#!/usr/bin/env python3
"""Source-level one-definition-rule check (CI): lists every class, struct, union and enum
defined at namespace scope in core/, ui/, app/ and tools/ with its fully qualified name, and
fails when one name is defined in two files (the mizan::WordToken defect of issue 14: two
layouts of one type linked into one binary). Types in anonymous namespaces are unique to their
file and are skipped. scripts/check-odr.sh --lto is the exact check (GCC -flto -Wodr), at the
cost of a full LTO build.

Usage: scripts/check_odr_scan.py [ROOT]   exit 0: none; 1: duplicates (listed)."""
import re
import sys
from pathlib import Path

ROOT = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent)
FOLDERS = ["core", "ui", "app", "tools"]
NAMESPACE = re.compile(r"^\s*(?:inline\s+)?namespace\s*([A-Za-z_][\w:]*)?\s*\{")
TYPE = re.compile(r"^(?:template\s*<[^>]*>\s*)?(?:struct|class|union|enum(?:\s+class|\s+struct)?)\s+"
                  r"(?:\[\[[^\]]*\]\]\s*)?([A-Za-z_]\w*)\s*(?:final\s*)?(?::(?!:)|\{|$)")


def strip(line: str) -> str:
    line = re.sub(r'"(?:\\.|[^"\\])*"', '""', line)
    line = re.sub(r"'(?:\\.|[^'\\])*'", "''", line)
    return line.split("//", 1)[0]


def definitions(path: Path):
    """(qualified name, line) of the namespace-scope type definitions in `path`."""
    stack = []  # one entry per open brace: a namespace name, "" (anonymous) or None (other)
    pending = None
    in_comment = False
    for number, raw in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
        line = raw
        if in_comment:
            if "*/" not in line:
                continue
            line = line.split("*/", 1)[1]
            in_comment = False
        line = re.sub(r"/\*.*?\*/", "", strip(line))
        if "/*" in line:
            line, in_comment = line.split("/*", 1)[0], True
        at_namespace_scope = all(s is not None for s in stack)
        anonymous = any(s == "" for s in stack)
        ns = NAMESPACE.match(line)
        opened = None
        if ns:
            opened = ns.group(1) or ""
        elif at_namespace_scope and not anonymous:
            t = TYPE.match(line.strip()) if line[:1] not in (" ", "\t") else None
            if t and not line.rstrip().endswith(";"):
                qualified = "::".join([s for s in stack if s] + [t.group(1)])
                pending = (qualified, number)
        for ch in line:
            if ch == "{":
                if opened is not None:
                    stack.append(opened)
                    opened = None
                else:
                    if pending:
                        yield pending
                        pending = None
                    stack.append(None)
            elif ch == "}" and stack:
                stack.pop()
        if pending and line.rstrip().endswith(";"):
            pending = None  # a declaration, not a definition


def main() -> int:
    seen = {}
    for folder in FOLDERS:
        for path in sorted((ROOT / folder).rglob("*")):
            if path.suffix not in (".h", ".hpp", ".cpp") or "build" in path.parts:
                continue
            for name, line in definitions(path):
                seen.setdefault(name, []).append(f"{path.relative_to(ROOT)}:{line}")
    dupes = {name: where for name, where in seen.items() if len(where) > 1}
    for name, where in sorted(dupes.items()):
        print(f"check-odr: {name} is defined in {len(where)} places: " + ", ".join(where), file=sys.stderr)
    if dupes:
        return 1
    print(f"check-odr: {len(seen)} namespace-scope types, each defined once")
    return 0


if __name__ == "__main__":
    sys.exit(main())
