#!/usr/bin/env python3
"""Every JSON document dfcost writes, validated against its JSON Schema in docs/.

Runs DFCOST (a built dfcost) in the package root on the published table and every file under
Scenarios/: totals (plain, --by payer, --by initiative, with what-ifs that warn), explain (every
year, one year, one solution), simulate (one scenario, --compare, --by payer), compare (two scenarios in
detail, --by payer, side by side, --by initiative, --against previous, two rounds) and report (plain,
--compare, several --compare, --by initiative, --simulate); validates each output with the PyPI
package `jsonschema` (draft 2020-12) against the schema its command documents:

    docs/totals.schema.json       totals --format json                       (dfcost.totals/1)
    docs/explain.schema.json      explain --format json
    docs/simulate.schema.json     simulate --format json, with or without --compare (dfcost.simulate/1)
    docs/comparison.schema.json   compare A B --format json: two scenarios of one table in detail
    docs/compare.schema.json      compare, side by side                      (dfcost.compare/1)
    docs/report.schema.json       report --format json                       (dfcost.report/1)

(sweep writes CSV, verify JUnit XML and annotations, import a scenario file and a receipt in
words: no JSON.) A schema refers to another by its file name (report.schema.json embeds the
others); every schema is also registered under its `$id`.

A command that fails, an output that is not JSON, a document the schema rejects, or a schema
that still accepts the document without its first member (a schema that checks too little) fails
the check (exit 1), each named with its command line and the first errors; exit 3 when `jsonschema`
is missing (`make test-deps` installs it).

Usage: scripts/check-schemas.py DFCOST [--dump DIR]
  --dump DIR   also write each output to DIR (named after the command) to read or derive from.
"""
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = os.path.join(ROOT, "docs")
PUBLISHED = "Scenarios/published/ehelseportefolje-2023-10.toml"
TRIALS = ["--trials", "2000"]

try:
    import jsonschema
    from referencing import Registry, Resource
except ImportError as error:
    print(f"check-schemas: needs the PyPI package jsonschema (make test-deps): {error}", file=sys.stderr)
    sys.exit(3)


def scenario_files():
    """Every .toml under Scenarios/, relative to the package root, sorted."""
    found = []
    for folder, _, names in os.walk(os.path.join(ROOT, "Scenarios")):
        found += [os.path.relpath(os.path.join(folder, n), ROOT) for n in names if n.endswith(".toml")]
    return sorted(found)


def runs():
    """(schema file, dfcost arguments) for every output checked."""
    files = scenario_files()
    derived = [f for f in files if f != PUBLISHED and "/bench/" not in f and "/examples/" not in f]
    payers = [f for f in files if "payers" in os.path.basename(f)]
    out = []
    for f in files:
        out.append(("totals", ["totals", f]))
        out.append(("explain", ["explain", f]))
        out.append(("simulate", ["simulate", f] + TRIALS))
        out.append(("report", ["report", f]))
    for f in payers:
        out.append(("totals", ["totals", f, "--by", "payer"]))
        out.append(("report", ["report", f, "--simulate"] + TRIALS))
        out.append(("report", ["report", f, "--by", "payer"]))
    out += [
        ("totals", ["totals", PUBLISHED, "--by", "initiative"]),
        # A warning: an operation that matches no line.
        ("totals", ["totals", PUBLISHED, "--scale", "solution:no-such-solution=2"]),
        ("totals", ["totals", PUBLISHED, "--condition", "fm-phaseout=none"]),
        # A cell moved past the table's years.
        ("totals", ["totals", PUBLISHED, "--condition", "fm-phaseout=delayed:2"]),
        ("explain", ["explain", "Scenarios/fm-delayed-1y.toml", "--year", "2025"]),
        ("explain", ["explain", PUBLISHED, "--solution", "e-resept"]),
        ("explain", ["explain", PUBLISHED, "--year", "2023"]),
        ("simulate", ["simulate", "Scenarios/bench/standard-workload.toml", "--compare", "Scenarios/fm-delayed-1y.toml"] + TRIALS),
        ("simulate", ["simulate", "Scenarios/payers-uncertain.toml", "--budget", "total=140", "--budget", "2025=30"] + TRIALS),
        ("simulate", ["simulate", "Scenarios/payers-uncertain.toml", "--by", "payer"] + TRIALS),
        ("comparison", ["compare", "Scenarios/payers-2024.toml", "Scenarios/payers-uncertain.toml", "--by", "payer"]),
        ("compare", [ "compare", PUBLISHED, "Scenarios/fm-delayed-1y.toml", "Scenarios/overrun-20.toml"]),
        ("compare", ["compare", PUBLISHED, "Scenarios/fm-delayed-1y.toml", "Scenarios/overrun-20.toml", "--against", "previous"]),
        ("compare", ["compare", PUBLISHED, "Scenarios/examples/illustrativ-runde-2.toml"]),
        ("compare", ["compare", PUBLISHED, "Scenarios/overrun-20.toml", "--by", "initiative"]),
        ("compare", ["compare", PUBLISHED, "Scenarios/overrun-20.toml", "--side-by-side"]),
        ("report", ["report", PUBLISHED, "--compare", "Scenarios/fm-delayed-1y.toml", "--simulate"] + TRIALS),
        ("report", ["report", PUBLISHED, "--compare", "Scenarios/fm-delayed-1y.toml", "--compare", "Scenarios/overrun-20.toml",
                    "--by", "initiative"]),
        ("report", ["report", "Scenarios/bench/standard-workload.toml", "--compare", "Scenarios/fm-delayed-1y.toml",
                    "--compare", "Scenarios/overrun-20.toml", "--against", "previous", "--simulate"] + TRIALS),
        # The total D&F level ([baseline]) with each payer's part.
        ("totals", ["totals", "Scenarios/examples/illustrativ-driftsgrunnlag.toml", "--by", "payer"]),
        ("report", ["report", "Scenarios/examples/illustrativ-driftsgrunnlag.toml", "--by", "payer"]),
    ]
    for f in derived:
        out.append(("comparison", ["compare", PUBLISHED, f]))
    return out


def registry():
    """Every docs/*.schema.json under its file name and its $id."""
    resources, schemas = [], {}
    for name in sorted(os.listdir(DOCS)):
        if not name.endswith(".schema.json"):
            continue
        with open(os.path.join(DOCS, name), encoding="utf-8") as f:
            contents = json.load(f)
        jsonschema.Draft202012Validator.check_schema(contents)
        resource = Resource.from_contents(contents)
        resources.append((name, resource))
        if "$id" in contents:
            resources.append((contents["$id"], resource))
        schemas[name[: -len(".schema.json")]] = contents
    return Registry().with_resources(resources), schemas


def without_first_member(document):
    """A copy of the document (or of its first item, for a list) without its first member, which
    every schema here requires: a schema that accepts it checks too little."""
    copy = json.loads(json.dumps(document))
    target = copy[0] if isinstance(copy, list) and copy else copy
    if isinstance(target, dict) and target:
        del target[next(iter(target))]
    return copy


def main():
    if len(sys.argv) < 2:
        print(__doc__.strip().splitlines()[-3], file=sys.stderr)
        return 64
    dfcost = os.path.abspath(sys.argv[1])
    dump = sys.argv[sys.argv.index("--dump") + 1] if "--dump" in sys.argv else None
    if dump:
        os.makedirs(dump, exist_ok=True)
    reg, schemas = registry()
    failures, count = [], {}
    for number, (schema, arguments) in enumerate(runs()):
        line = "dfcost " + " ".join(arguments) + " --format json"
        result = subprocess.run([dfcost] + arguments + ["--format", "json"], cwd=ROOT, capture_output=True, text=True)
        if result.returncode != 0:
            failures.append(f"{line}: exit {result.returncode}: {result.stderr.strip()}")
            continue
        if dump:
            with open(os.path.join(dump, f"{number:02d}-{schema}.json"), "w", encoding="utf-8") as f:
                f.write(result.stdout)
        try:
            document = json.loads(result.stdout)
        except json.JSONDecodeError as error:
            failures.append(f"{line}: not JSON: {error}")
            continue
        validator = jsonschema.Draft202012Validator(schemas[schema], registry=reg,
                                                    format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
        errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
        if errors:
            shown = "; ".join(f"at /{'/'.join(map(str, e.absolute_path))}: {e.message[:200]}" for e in errors[:3])
            failures.append(f"{line}: {len(errors)} error(s) against docs/{schema}.schema.json: {shown}")
        elif validator.is_valid(without_first_member(document)):
            failures.append(f"{line}: docs/{schema}.schema.json also accepts the output without its first member: "
                            "the schema checks too little")
        count[schema] = count.get(schema, 0) + 1
    for f in failures:
        print(f)
    if failures:
        print(f"check-schemas: {len(failures)} of {sum(count.values()) + len(failures)} outputs failed", file=sys.stderr)
        return 1
    print("check-schemas: " + ", ".join(f"{n} {s}" for s, n in sorted(count.items())) + " outputs valid against docs/*.schema.json")
    return 0


if __name__ == "__main__":
    sys.exit(main())
