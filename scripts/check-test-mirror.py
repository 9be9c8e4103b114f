#!/usr/bin/env python3
"""Test layout survey (issue 14): one test file per unit, mirroring the source tree.

A unit's tests live at tests/<its path>_test.cpp (core/text/segmenter.cpp ->
tests/core/text/segmenter_test.cpp, app/cli/cmd_train.cpp -> tests/app/cli/cmd_train_test.cpp).
Lists the test files with no unit at their mirrored path (tests of a scenario across several
units, or tests in the wrong folder) and, with --untested, the units with no test file of
their own (they may still be tested through another unit's tests). Standard library only.

Usage: scripts/check-test-mirror.py [--untested] [--strict]
  exit 0, or 1 with --strict when a test file has no unit at its mirrored path."""
import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE_FOLDERS = ("core", "app", "ui")


def unmirrored_tests():
    """Test files under tests/ whose name, less `_test`, is no .cpp or .h at the mirrored path."""
    found = []
    for test in sorted((ROOT / "tests").rglob("*_test.cpp")):
        unit = ROOT / test.relative_to(ROOT / "tests").parent / test.name[: -len("_test.cpp")]
        if not unit.with_suffix(".cpp").exists() and not unit.with_suffix(".h").exists():
            found.append(test.relative_to(ROOT))
    return found


def untested_units():
    """Sources (.cpp) under core, app and ui with no tests/<path>_test.cpp."""
    found = []
    for folder in SOURCE_FOLDERS:
        for source in sorted((ROOT / folder).rglob("*.cpp")):
            rel = source.relative_to(ROOT)
            if not (ROOT / "tests" / rel.parent / (source.stem + "_test.cpp")).exists():
                found.append(rel)
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--untested", action="store_true", help="also list the units without a test file")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a test file does not mirror a unit")
    args = parser.parse_args()
    tests = unmirrored_tests()
    print(f"{len(tests)} test file(s) with no unit at the mirrored path:")
    for t in tests:
        print(f"  {t}")
    if args.untested:
        units = untested_units()
        print(f"{len(units)} unit(s) without a test file of their own:")
        for u in units:
            print(f"  {u}")
    return 1 if args.strict and tests else 0


if __name__ == "__main__":
    sys.exit(main())
