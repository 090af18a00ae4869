#!/usr/bin/env python3
"""Doc test: runs every `$ dfcost ...` example shown in README.md and Scenarios/README.md and
checks that the lines shown under it are in its output.

Usage: scripts/doc-test.py PATH-TO-DFCOST [FILE.md ...]

A code block may hold several commands, each starting with `$ ` (a trailing `\\` continues it).
The lines under a command are its expected output, compared with whitespace runs collapsed:
they must appear in the output in order and contiguously, except that a line `...` stands for
any number of output lines. The output may go on after the last line shown (an excerpt) and
may start before the first. Commands run with bash in a scratch copy of the repository's
Scenarios/ folder, so that examples that write files (`> bad.toml`) touch nothing committed;
`dfcost` on the command line is the binary under test. Standard error is merged into the output.
Exit 0 when every example matches, 1 otherwise, printing each mismatch.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def examples(path):
    """Yields (line number, command, expected lines) for each `$ ` command in a fenced block."""
    lines = open(path, encoding="utf-8").read().split("\n")
    inside = False
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("```"):
            inside = not inside
            i += 1
            continue
        if inside and line.startswith("$ "):
            start = i + 1
            command = line[2:]
            while command.endswith("\\"):
                i += 1
                command = command[:-1] + " " + lines[i].strip()
            expected = []
            i += 1
            while i < len(lines) and not lines[i].startswith("$ ") and not lines[i].startswith("```"):
                expected.append(lines[i])
                i += 1
            yield start, command, expected
            continue
        i += 1


def normal(s):
    return " ".join(s.split())


def shown(s):
    """A line that the comparison looks at: not empty, not a rule of dashes or equals signs."""
    t = s.strip()
    return t != "" and not re.fullmatch(r"[-=]+", t)


def matches(expected, actual):
    """True when the expected lines (with `...` elisions) appear in order in the actual lines."""
    want = [normal(e) for e in expected if shown(e)]
    have = [normal(a) for a in actual if shown(a)]
    if not want:
        return True
    segments, current = [], []
    for w in want:
        if w == "...":
            if current:
                segments.append(current)
            current = []
        else:
            current.append(w)
    if current:
        segments.append(current)
    pos = 0
    for seg in segments:
        found = False
        for start in range(pos, len(have) - len(seg) + 1):
            if have[start:start + len(seg)] == seg:
                pos = start + len(seg)
                found = True
                break
        if not found:
            return False
    return True


def self_test():
    """The matcher accepts excerpts and elisions and rejects a changed line."""
    out = ["Header", "-----", "2024  93", "2025  21,5", "2026  12", "", "Sum 126,5"]
    assert matches(["2024 93", "2025 21,5"], out)
    assert matches(["Header", "...", "Sum   126,5"], out)
    assert not matches(["2024 93", "2026 12"], out)          # contiguous unless `...`
    assert not matches(["2025 22"], out)                     # a changed figure
    assert not matches(["Sum 126,5", "Header"], out)         # order matters


def main():
    self_test()
    if len(sys.argv) < 2:
        print(__doc__)
        return 64
    binary = os.path.abspath(sys.argv[1])
    files = sys.argv[2:] or ["README.md", "Scenarios/README.md"]
    scratch = tempfile.mkdtemp(prefix="dfcost-doctest-")
    failures = 0
    count = 0
    try:
        shutil.copytree(os.path.join(ROOT, "Scenarios"), os.path.join(scratch, "Scenarios"))
        bindir = os.path.join(scratch, ".bin")
        os.mkdir(bindir)
        os.symlink(binary, os.path.join(bindir, "dfcost"))
        env = dict(os.environ, PATH=bindir + os.pathsep + os.environ.get("PATH", ""))
        for name in files:
            for line, command, expected in examples(os.path.join(ROOT, name)):
                # Every shown command runs (a `sed ... > bad.toml` prepares the next example);
                # a trailing `  # comment` is the reader's, not the shell's.
                command = re.sub(r"\s{2,}#\s.*$", "", command)
                count += 1
                run = subprocess.run(["bash", "-c", command], cwd=scratch, env=env,
                                     stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=600)
                actual = run.stdout.decode("utf-8", "replace").split("\n")
                if not matches(expected, actual):
                    failures += 1
                    print(f"{name}:{line}: the output of `{command}` does not show the lines under it")
                    print("  expected:\n    " + "\n    ".join(expected))
                    print("  got:\n    " + "\n    ".join(actual[:60]))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    print(f"doc test: {count} examples, {failures} failing")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
