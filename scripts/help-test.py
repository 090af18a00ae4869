#!/usr/bin/env python3
"""Help test: runs the examples that dfcost's `--help` texts show, so that a help text cannot
offer what the command refuses or what prints nothing.

Usage: scripts/help-test.py PATH-TO-DFCOST

For every subcommand the root `--help` lists, it reads `dfcost SUB --help` in both languages
(Norwegian, the default, and `--locale en`) and runs:
- each full command line shown in it (a line starting with `dfcost ` or `$ dfcost `, without
  `<placeholders>`);
- each option example: a value after `e.g.` (Norwegian `f.eks.`) in an option's description
  (`--scale ... e.g. solution:e-resept=1.2, all=1.2`), each value of an option's `(values: ...)`
  (`(verdier: ...)`) list, and each example row of a `--OPTION takes ...:` (`tar ...:`) table in
  the overview (sweep's `--vary` table), as
  `dfcost SUB FIXTURE --OPTION VALUE` on the fixture file named below for the subcommand.
Each must exit 0 (or the code the text gives beside it as `(exit N)`) and print something on
standard output: a CSV (sweep) needs a row after its header. Commands run in a scratch copy of
Scenarios/ like the doc test. Exit 0 when every example passes, 1 otherwise, naming each failure.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PUBLISHED = "Scenarios/published/ehelseportefolje-2023-10.toml"
UNCERTAIN = "Scenarios/bench/standard-workload.toml"

# The arguments an option example is tried on, per subcommand. A value of an option that only
# makes sense with more (a binary format needs -o, a payer breakdown payer keys) gets it from
# EXTRA; nothing here relaxes what is expected of the output.
FIXTURE = {
    "totals": [PUBLISHED],
    "verify": [PUBLISHED],
    "compare": [PUBLISHED, "Scenarios/fm-delayed-1y.toml"],
    "explain": [PUBLISHED],
    "sweep": [PUBLISHED, "--vary", "condition:fm-phaseout=full|none"],
    "simulate": [UNCERTAIN, "--trials", "2000"],
    "report": [PUBLISHED, "--format", "text"],
    "import": ["tabell.csv"],
}
# Files some examples read, made before the examples run.
SETUP = f"dfcost totals {PUBLISHED} --format csv -o tabell.csv"
# Options whose examples need a fixture of their own.
OPTION_FIXTURE = {
    ("totals", "--by", "payer"): ["Scenarios/payers-2024.toml"],
    ("compare", "--by", "payer"): ["Scenarios/payers-2024.toml", "Scenarios/payers-2024.toml"],
    ("simulate", "--by", "payer"): ["Scenarios/payers-uncertain.toml", "--trials", "2000"],
    ("report", "--by", "payer"): ["Scenarios/payers-2024.toml", "--format", "text"],
    ("compare", "--annotations", "github"): [PUBLISHED, PUBLISHED],
    ("simulate", "--compare", None): [UNCERTAIN, "--trials", "2000"],
    ("import", "--sheet", None): ["tabell.xlsx"],
}
# Options whose values are not tried on their own: they need another option's value to mean
# anything (the report's --against needs two --compare files; its simulation options --simulate).
NEEDS = {
    ("report", "--against"): ["--compare", "Scenarios/fm-delayed-1y.toml",
                              "--compare", "Scenarios/overrun-20.toml"],
    ("report", "--trials"): ["--simulate"],
    ("report", "--seed"): ["--simulate"],
    ("report", "--threads"): ["--simulate"],
    ("compare", "--annotations"): ["--fail-on-change"],
}
# Options that write a file, or whose value is a file: their examples are the fixtures above.
# Commands that run until stopped (a server): their --help is checked, their option values are not run
# here (Tests/DFCostServerTests starts and stops the server).
LONG_RUNNING = {"serve"}
# The help is read in each language: Norwegian (the default) and English.
LOCALES = [[], ["--locale", "en"]]
SKIP_VALUES = {"--output", "-o", "--junit", "--samples-out", "--like", "--compare", "--sheet"}


def run(argv_or_line, cwd, env):
    if isinstance(argv_or_line, str):
        args = ["bash", "-c", argv_or_line]
    else:
        args = argv_or_line
    p = subprocess.run(args, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       timeout=600)
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


def subcommands(root_help):
    names, inside = [], False
    for line in root_help.split("\n"):
        if line.startswith("SUBCOMMANDS:") or line.startswith("UNDERKOMMANDOER:"):
            inside = True
            continue
        if inside:
            m = re.match(r"^  ([a-z][a-z-]*)\s", line)
            if m:
                names.append(m.group(1))
            elif line and not line.startswith(" "):
                inside = False
    return names


def options(help_text):
    """Yields (option names, joined description) for each option of the help's option sections."""
    current, names = [], None
    for line in help_text.split("\n"):
        m = re.match(r"^  ((?:-[a-zA-Z], )?--[a-z][a-z-]*)(?: <[^>]+>)?(?:\s{2,}(.*))?$", line)
        if m:
            if names:
                yield names, " ".join(current)
            names = [n.strip() for n in m.group(1).split(",")]
            current = [m.group(2) or ""]
        elif names and re.match(r"^\s{20,}\S", line):
            current.append(line.strip())
        else:
            if names:
                yield names, " ".join(current)
            names, current = None, []
    if names:
        yield names, " ".join(current)


def example_values(description):
    """The values after `e.g.` (`f.eks.`) in a description, split at `, ` and ` or ` (` eller `)."""
    values = []
    for m in re.finditer(r"(?:e\.g\.|f\.eks\.)\s+", description):
        text = description[m.end():]
        depth, quote, out = 0, None, ""
        for i, ch in enumerate(text):
            if quote:
                out += ch
                if ch == quote:
                    quote = None
                continue
            if ch in "'\"":
                quote = ch
            elif ch == "(":
                depth += 1
            elif ch == ")":
                if depth == 0:
                    break
                depth -= 1
            elif ch == "." and (i + 1 == len(text) or text[i + 1] == " "):
                break
            out += ch
        for v in re.split(r",\s+|\s+or\s+|\s+eller\s+", out.strip()):
            v = v.strip()
            if len(v) >= 2 and v[0] == v[-1] and v[0] in "'\"":
                v = v[1:-1]
            if v:
                values.append(v)
    return values


def listed_values(description):
    m = re.search(r"\((?:values|verdier): ([^);]*)[);]", description)
    return [v.strip() for v in m.group(1).split(",")] if m else []


def takes_tables(help_text):
    """Example rows under an overview line `--OPTION takes ...:`: (option, value). A row is
    indented two spaces, its value and description apart by two or more; a line starting in the
    first column in lower case is a wrapped description; anything else ends the table."""
    rows, option = [], None
    for line in help_text.split("\n"):
        m = re.match(r"^(--[a-z][a-z-]*) (?:takes|tar) .*:$", line)
        if m:
            option = m.group(1)
            continue
        if not option:
            continue
        r = re.match(r"^  (\S+)\s{2,}\S", line)
        if r:
            rows.append((option, r.group(1)))
        elif not re.match(r"^[a-z0-9]", line):
            option = None
    return rows


def command_lines(help_text):
    for line in help_text.split("\n"):
        m = re.match(r"^\s*(?:\$ )?(dfcost [a-z].*)$", line)
        if m and "<" not in m.group(1) and "'" not in m.group(1)[:8]:
            yield m.group(1).strip()


def expected_exit(description, value):
    m = re.search(re.escape(value) + r"[^()]*\(exit (\d+)\)", description)
    return int(m.group(1)) if m else 0


def check(cases, sub, args, want, cwd, env, failures):
    code, out, err = run(args, cwd, env)
    shown = " ".join(a if re.fullmatch(r"[\w./:=@,-]+", a) else repr(a) for a in args) \
        if isinstance(args, list) else args
    lines = [l for l in out.split("\n") if l.strip()]
    problem = None
    if code != want:
        problem = f"exit {code}, expected {want}"
    elif want == 0 and not lines and not any(a in ("-o", "--output") for a in args):
        problem = "printed nothing"
    elif want == 0 and sub == "sweep" and len(lines) < 2:
        problem = "printed no row after the header"
    cases.append(shown)
    if problem:
        failures.append(f"{shown}: {problem}\n    " + "\n    ".join((err or out).strip().split("\n")[:4]))


def self_test():
    """The readers find the examples of a help text like dfcost's, and the check fails an
    example that exits non-zero, prints nothing, or (sweep) prints a header alone."""
    text = "\n".join([
        "OVERVIEW: Run every combination.",
        "",
        "--vary takes KIND:TARGET=VALUES:",
        "  condition:fm-phaseout=delayed:0..3          every delay",
        "  scale:solution:e-resept=0.8..1.5:0.1        factors from 0.8 to 1.5 in steps",
        "of 0.1",
        "  shift:tag:dokumentdeling=0..2               delays in years",
        "The first --vary varies slowest.",
        "",
        "OPTIONS:",
        "  --scale <selector=factor>",
        "                          Scale selected cells: SELECTOR=FACTOR, e.g.",
        "                          solution:e-resept=1.2, all=1.2. Repeatable.",
        "  --condition <name=state>",
        "                          Set a state (e.g. fm-phaseout=delayed:1). Repeatable.",
        "  --set <selector@year=cell>",
        "                          e.g. line:pll-pll@2025=-12* or line:mf-helse@2023=(5).",
        "  --add <line>            e.g. 'id=nytt;initiative=Nytt",
        "                          tiltak;2025=-5*'. Repeatable.",
        "  --format <format>       Output format. (values: text, xlsx; default: text)",
        "  -o, --output <output>   Write here.",
    ])
    assert takes_tables(text) == [("--vary", "condition:fm-phaseout=delayed:0..3"),
                                  ("--vary", "scale:solution:e-resept=0.8..1.5:0.1"),
                                  ("--vary", "shift:tag:dokumentdeling=0..2")]
    found = {n[-1]: (example_values(d), listed_values(d)) for n, d in options(text)}
    assert found["--scale"] == (["solution:e-resept=1.2", "all=1.2"], [])
    assert found["--condition"] == (["fm-phaseout=delayed:1"], [])
    assert found["--set"] == (["line:pll-pll@2025=-12*", "line:mf-helse@2023=(5)"], [])
    assert found["--add"] == (["id=nytt;initiative=Nytt tiltak;2025=-5*"], [])
    assert found["--format"] == ([], ["text", "xlsx"])
    assert found["--output"] == ([], [])
    norwegian = "\n".join([
        "OVERSIKT: Kjør hver kombinasjon.",
        "",
        "--vary tar TYPE:MÅL=VERDIER:",
        "  scale:solution:e-resept=0.8..1.5:0.1        faktorer fra 0,8 til 1,5",
        "Den første --vary varieres langsomst.",
        "",
        "VALG:",
        "  --scale <selector=factor>",
        "                          Skaler cellene: VELGER=FAKTOR, f.eks.",
        "                          solution:e-resept=1,2, all=1,2. Kan gjentas.",
        "  --set <selector@year=cell>",
        "                          f.eks. line:pll-pll@2025=-12* eller line:mf-helse@2023=(5).",
        "  --format <format>       Utdataformat. (verdier: text, xlsx; standard: text)",
    ])
    assert takes_tables(norwegian) == [("--vary", "scale:solution:e-resept=0.8..1.5:0.1")]
    found = {n[-1]: (example_values(d), listed_values(d)) for n, d in options(norwegian)}
    assert found["--scale"] == (["solution:e-resept=1,2", "all=1,2"], [])
    assert found["--set"] == (["line:pll-pll@2025=-12*", "line:mf-helse@2023=(5)"], [])
    assert found["--format"] == ([], ["text", "xlsx"])
    assert subcommands("UNDERKOMMANDOER:\n  totals   Skriv ut.\n  verify   Kontroller.\n\n") == ["totals", "verify"]
    env = dict(os.environ)
    for args, sub, fails in [(["true"], "totals", True), (["false"], "totals", True),
                             (["echo", "header"], "sweep", True), (["echo", "row"], "totals", False)]:
        failures = []
        check([], sub, args, 0, ".", env, failures)
        assert bool(failures) == fails, (args, failures)


def main():
    self_test()
    if len(sys.argv) != 2:
        print(__doc__)
        return 64
    binary = os.path.abspath(sys.argv[1])
    scratch = tempfile.mkdtemp(prefix="dfcost-helptest-")
    cases, failures = [], []
    try:
        shutil.copytree(os.path.join(ROOT, "Scenarios"), os.path.join(scratch, "Scenarios"))
        bindir = os.path.join(scratch, ".bin")
        os.mkdir(bindir)
        os.symlink(binary, os.path.join(bindir, "dfcost"))
        env = dict(os.environ, PATH=bindir + os.pathsep + os.environ.get("PATH", ""))
        run(SETUP, scratch, env)
        run(f"dfcost totals {PUBLISHED} --format xlsx -o tabell.xlsx", scratch, env)
        tried = set()
        for locale in LOCALES:
            code, root_help, _ = run(["dfcost", "--help"] + locale, scratch, env)
            names = subcommands(root_help)
            if code != 0 or not names:
                failures.append(f"dfcost --help {' '.join(locale)}: exit {code}, {len(names)} subcommands")
            for line in command_lines(root_help):
                if ("", line) not in tried:
                    tried.add(("", line))
                    check(cases, "", line, 0, scratch, env, failures)
            for sub in names:
                code, text, err = run(["dfcost", sub, "--help"] + locale, scratch, env)
                if code != 0:
                    failures.append(f"dfcost {sub} --help {' '.join(locale)}: exit {code}")
                    continue
                for line in command_lines(text):
                    if (sub, line) not in tried:
                        tried.add((sub, line))
                        check(cases, sub, line, 0, scratch, env, failures)
                if sub in LONG_RUNNING:
                    continue
                for names_, description in options(text):
                    option = names_[-1]
                    if option in ("--help", "--version") or option in SKIP_VALUES:
                        continue
                    for value in example_values(description) + listed_values(description):
                        if (sub, option, value) in tried:
                            continue
                        tried.add((sub, option, value))
                        base = OPTION_FIXTURE.get((sub, option, value)) or FIXTURE[sub]
                        args = ["dfcost", sub] + base + NEEDS.get((sub, option), []) + [option, value]
                        if value == "xlsx":
                            args += ["-o", f"help-{sub}.xlsx"]
                        check(cases, sub, args, expected_exit(description, value), scratch, env,
                              failures)
                for option, value in takes_tables(text):
                    if (sub, option, value) in tried:
                        continue
                    tried.add((sub, option, value))
                    args = ["dfcost", sub] + FIXTURE[sub][:1] + [option, value]
                    check(cases, sub, args, 0, scratch, env, failures)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    for f in failures:
        print("help example failed: " + f)
    print(f"help test: {len(cases)} examples, {len(failures)} failing")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
