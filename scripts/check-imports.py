#!/usr/bin/env python3
"""The package graph declares every import.

For every target of Package.swift, lists the modules its Swift sources import and fails when one
of them is a module of this package (a target) or of a package it depends on (a product named in
a `.product(name:)`) but is not among the target's declared dependencies. Such an import builds
only because SwiftPM happened to build the other module first (a transitive dependency), and
breaks when the graph changes. Modules from outside the package graph (Foundation, Testing,
Glibc, FoundationXML, ...) are not checked.

Usage: scripts/check-imports.py [PACKAGE_ROOT]   (default: the folder above this script)
Prints one line per undeclared import (FILE:LINE: TARGET imports X, not in its dependencies)
and exits 1 when there is any; prints a one-line summary and exits 0 otherwise.
"""
import os
import re
import sys

ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS = ("target", "testTarget", "executableTarget", "systemLibrary", "plugin", "macro")
IMPORT = re.compile(r"^\s*(?:@[\w()]+\s+)*import\s+(?:(?:struct|class|enum|protocol|typealias|func|var|let)\s+)?(\w+)")


def balanced(text, start, open_char, close_char):
    """The text from `start` (an opening character) to its matching closing one, strings skipped."""
    depth, i, in_string = 0, start, False
    while i < len(text):
        c = text[i]
        if in_string:
            if c == "\\":
                i += 1
            elif c == '"':
                in_string = False
        elif c == '"':
            in_string = True
        elif c == "/" and text.startswith("//", i):
            i = text.index("\n", i)
            continue
        elif c == open_char:
            depth += 1
        elif c == close_char:
            depth -= 1
            if depth == 0:
                return text[start:i + 1]
        i += 1
    raise SystemExit(f"Package.swift: unbalanced {open_char} at offset {start}")


def targets(manifest):
    """(kind, name, path, dependency names) of each target declared in the manifest."""
    found = []
    for match in re.finditer(r"\.(%s)\(" % "|".join(KINDS), manifest):
        body = balanced(manifest, match.end() - 1, "(", ")")
        literal = re.match(r'\(\s*name:\s*"([^"]+)"', body)
        if not literal:
            continue  # named by a variable (a helper function builds it): not a target declaration here
        name = literal.group(1)
        path = re.search(r'\bpath:\s*"([^"]+)"', body)
        deps = []
        dep_match = re.search(r"\bdependencies:\s*\[", body)
        if dep_match:
            items = balanced(body, dep_match.end() - 1, "[", "]")
            # .product(name: "X", package: "P") and .target(name: "X") name X; a bare "X" names X.
            items = re.sub(r'\.(?:product|target|byName)\(\s*name:\s*"([^"]+)"[^)]*\)', r'"\1"', items)
            deps = re.findall(r'"([^"]+)"', items)
        found.append((match.group(1), name, path.group(1) if path else None, deps))
    return found


def main():
    with open(os.path.join(ROOT, "Package.swift"), encoding="utf-8") as f:
        manifest = f.read()
    declared = targets(manifest)
    package_modules = {name for _, name, _, _ in declared}
    package_modules |= set(re.findall(r'\.product\(\s*name:\s*"([^"]+)"', manifest))
    problems, files, imports = [], 0, 0
    for kind, name, path, deps in declared:
        if kind == "systemLibrary":
            continue
        folder = os.path.join(ROOT, path or os.path.join("Tests" if kind == "testTarget" else "Sources", name))
        if not os.path.isdir(folder):
            problems.append(f"Package.swift: target {name}: no folder {os.path.relpath(folder, ROOT)}")
            continue
        for directory, _, names in sorted(os.walk(folder)):
            for file in sorted(n for n in names if n.endswith(".swift")):
                full = os.path.join(directory, file)
                files += 1
                with open(full, encoding="utf-8") as f:
                    for number, line in enumerate(f, 1):
                        m = IMPORT.match(line)
                        if not m:
                            continue
                        module = m.group(1)
                        imports += 1
                        if module in package_modules and module != name and module not in deps:
                            problems.append(f"{os.path.relpath(full, ROOT)}:{number}: {name} imports {module}, "
                                            f"not in its dependencies in Package.swift")
    for p in problems:
        print(p)
    if problems:
        return 1
    print(f"check-imports: {len(declared)} targets, {files} files, {imports} imports: every package module imported is declared")
    return 0


if __name__ == "__main__":
    sys.exit(main())
