#!/usr/bin/env python3
"""Reads a JUnit XML report the way CI systems do, independently of dfcost.

Usage: scripts/check-junit.py REPORT.xml [SCHEMA.xsd]

Validates the report against the JUnit schema (by default the Jenkins junit-10 schema in
Tests/DFCostCLITests/Fixtures/junit/) with the PyPI package `xmlschema`, then reads it with
the PyPI package `junitparser` and prints what it read as JSON on standard output:

    {"tests": 5, "failures": 0, "errors": 0, "skipped": 0,
     "suites": [{"name": ..., "file": ..., "tests": ..., "failures": ..., "errors": ..., "skipped": ...,
                 "properties": {...},
                 "cases": [{"name": ..., "classname": ..., "result": "passed|failure|error|skipped",
                            "type": ..., "message": ..., "text": ...}]}]}

The counts at the top are junitparser's own (it counts the cases), not the report's attributes.
Exit 0 when the report is valid and read; 1 when it breaks the schema or cannot be read;
3 when python's junitparser or xmlschema is missing (`make test-deps` installs them).
"""
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCHEMA = os.path.join(ROOT, "Tests", "DFCostCLITests", "Fixtures", "junit", "junit-10.xsd")


def main():
    if len(sys.argv) not in (2, 3):
        print(__doc__.strip().split("\n")[2], file=sys.stderr)
        return 64
    try:
        import junitparser
        import xmlschema
    except ImportError as missing:
        print(f"check-junit: {missing}: install with `python3 -m pip install junitparser xmlschema`"
              " (make test-deps does)", file=sys.stderr)
        return 3
    report = sys.argv[1]
    schema = xmlschema.XMLSchema(sys.argv[2] if len(sys.argv) == 3 else SCHEMA)
    try:
        schema.validate(report)
    except xmlschema.XMLSchemaValidationError as invalid:
        print(f"check-junit: {report} breaks the JUnit schema: {invalid.reason} at {invalid.path}", file=sys.stderr)
        return 1
    except Exception as unreadable:  # not well-formed XML, unreadable file
        print(f"check-junit: {report}: {unreadable}", file=sys.stderr)
        return 1

    xml = junitparser.JUnitXml.fromfile(report)
    suites = [xml] if isinstance(xml, junitparser.TestSuite) else list(xml)
    out = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0, "suites": []}
    for suite in suites:
        cases = []
        for case in suite:
            entry = {"name": case.name, "classname": case.classname, "result": "passed",
                     "type": None, "message": None, "text": None}
            for result in case.result:
                kind = {junitparser.Failure: "failure", junitparser.Error: "error",
                        junitparser.Skipped: "skipped"}.get(type(result))
                if kind:
                    entry.update(result=kind, type=result.type, message=result.message, text=result.text)
            cases.append(entry)
        counts = {k: sum(1 for c in cases if c["result"] == r)
                  for k, r in (("failures", "failure"), ("errors", "error"), ("skipped", "skipped"))}
        out["suites"].append({
            "name": suite.name, "file": suite._elem.get("file"), "tests": len(cases), **counts,
            "attributes": {k: suite._elem.get(k) for k in ("tests", "failures", "errors", "skipped")},
            "properties": {p.name: p.value for p in suite.properties()},
            "cases": cases,
        })
        out["tests"] += len(cases)
        for k in counts:
            out[k] += counts[k]
    json.dump(out, sys.stdout, indent=1, ensure_ascii=False)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
