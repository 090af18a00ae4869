#!/usr/bin/env python3
"""Import oracle for `dfcost import`: random D&F tables in random analyst layouts.

For each case it generates a table (solutions, lines, cells, conditions, published sums), writes
it in one layout (CSV in either dialect, TSV, Windows-1252 CSV, or .xlsx written by openpyxl or
by xlsxwriter), runs `dfcost import FILE -o OUT.toml` and checks the property:

  AGREE    exit 0 and OUT.toml holds exactly the generated table, or
           exit 64/65/66 with one located stderr line and the case "may refuse" (corrupted);
  DISAGREE anything else (a must-import layout refused, a different table, a corrupted case
           accepted, an error without FILE:LINE:COLUMN / FILE:Sheet!A1, a crash, a timeout).

Standard library + openpyxl + xlsxwriter. See README.md beside this file.

    oracle.py --cases 2000 --seed 1 --dfcost .build/debug/dfcost
    oracle.py --seed 1 --case 17            # replay one case, print everything about it
    oracle.py --seed 1 --case 17 --write x  # only write the case's file to x/
"""
from __future__ import annotations

import argparse
import concurrent.futures
import csv
import io
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

# --------------------------------------------------------------------------------------------
# Vocabulary

SOLUTIONS = [
    "E-resept", "Kjernejournal", "Helsenorge", "Helsenettet", "Grunndata", "Helseplattformen",
    "Dokumentdeling", "Økosystem for e-helse", "Velferdsteknologisk knutepunkt",
    "Felles språk og terminologi", "Tjenestebasert adressering", "Sentral forskrivningsmodul",
    "Pasientens legemiddelliste", "Helseanalyseplattformen", "Kvalitetsregistre",
    "Smittesporing og vaksinasjon", "Nasjonalt tjenestekatalog", "Adresseregisteret",
    "Helsedataservice", "Meldingsløftet", "Kommunal journalløsning", "Førstelinjens tjenester",
]
INITIATIVES = [
    "Program Pasientens legemiddelliste", "Program digital samhandling",
    "Digital behandlings- og egenbehandlingsplan", "Helsenorge", "MF Helse", "Felles grunnmur",
    "Akson", "Helsedataprogrammet", "Økt bruk av e-konsultasjon", "Tilgang på tvers av nivåer",
    "Digitalt helsekort for gravide", "Nasjonal løsning for prøvesvar", "Legemiddelområdet",
    "Velferdsteknologiprogrammet", "Innbyggertjenester på nett", "Sikker identitet og tilgang",
    "Modernisering av folkeregisteret", "Standardisering og kodeverk", "Forskrivning på sykehus",
    "Strukturert journal", "Digitale dialoger med fastlegen",
]
PARTS = [
    "", "", "", "SFM", "FM", "PLL", "Deling av journaldokumenter", "Pasientens prøvesvar",
    "Digital hjemmeoppfølging", "Diverse tiltak", "Overført", "Forvaltning", "Drift", "Lisenser",
    "Integrasjoner", "Brukerstøtte", "Sikkerhet og personvern", "Videreutvikling",
    "Innføring i kommunene", "Drift, forvaltning og støtte", "Økt kapasitet", "Lagring og arkiv",
]
CONDITIONS = [
    "Er avhengig av full utfasing av FM.",
    "Forutsetter finansiering i statsbudsjettet for 2025.",
    "Usikkert anslag, avklares med NHN i løpet av våren.",
    "Gjelder kun dersom løsningen tas i bruk i alle helseregioner.",
    "Avhengig av at kommunene slutter seg til samarbeidet.",
    "Kostnaden deles med Helse Sør-Øst når ny avtale er på plass.",
    "Forutsetter vedtak i styret for Norsk helsenett.",
]
MARKS = ["*", "**", "†", "‡"]
NOTES = [
    "Tall i parentes synliggjør drift- og forvaltningskostnader som ble dekket internt, av tiltakseier.",
    "Punktet «Helsenorge, Diverse tiltak» dekker økte kostnader for tiltak som ikke har rapportert direkte.",
    "Kilde: Norsk helsenett, oktober 2023.",
    "Tallene er i millioner kroner og gjelder økning fra året før.",
    "Beløpene er avrundet; summene kan derfor avvike noe.",
    "Oppdatert etter innspill fra regionale helseforetak.",
]
TITLES = [
    "Estimert økning i drift- og forvaltningskostnader for de nasjonale e-helseløsningene",
    "D&F-kostnader, nasjonale e-helseløsninger",
    "Økning i forvaltningskostnader pr år (MNOK)",
    "Tabell 6: Drift og forvaltning",
]
SUM_LABELS = ["Sum", "Sum totalt", "Totalt", "Total", "I alt", "Sum millioner kroner", "Sum MNOK"]
MISSPELLED_SUMS = ["Summ", "Sumt", "Toatlt", "Sum totlat", "I allt", "Summer"]
SOLUTION_HEADERS = ["Løsning", "Økning pr år", "Område", "Nasjonal løsning", ""]
STRAY_SUFFIXES = [" %", "%", "-", " kr"]

# --------------------------------------------------------------------------------------------
# The table


def fmt_decimal(d: Decimal) -> str:
    """Plain text of a decimal with no trailing zeros: 21.5, 22, -0.25."""
    s = format(d, "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    if s in ("-0", ""):
        s = "0"
    return s


def decimals(d: Decimal) -> int:
    s = fmt_decimal(d)
    return len(s.split(".")[1]) if "." in s else 0


def round_whole(d: Decimal) -> Decimal:
    return d.quantize(Decimal(1), rounding=ROUND_HALF_UP)


@dataclass
class GenCell:
    amount: Decimal
    internal: bool = False
    marks: tuple[str, ...] = ()


@dataclass
class GenLine:
    initiative: str
    part: str
    cells: dict[int, GenCell]


@dataclass
class GenSolution:
    name: str
    lines: list[GenLine]


@dataclass
class Table:
    years: list[int]
    summed: list[int]
    solutions: list[GenSolution]
    conditions: list[tuple[str, str]]  # (mark, description)
    sum_style: str  # exact | rounded | exact+avrundet
    sums: dict[int, Decimal]  # the Sum row as written
    rounded: dict[int, Decimal]  # the "Sum, avrundet" row, when written

    def counted(self, year: int, solution: GenSolution | None = None) -> Decimal:
        total = Decimal(0)
        for s in self.solutions if solution is None else [solution]:
            for line in s.lines:
                c = line.cells.get(year)
                if c is not None and not c.internal:
                    total += c.amount
        return total

    def published(self) -> tuple[dict[int, Decimal], Decimal]:
        values = self.rounded if self.rounded else self.sums
        scale = max((decimals(v) for v in values.values()), default=0)
        return values, Decimal(1).scaleb(-scale)

    def expected(self) -> dict:
        """What OUT.toml must hold, in the comparable form of `actual_table`."""
        values, precision = self.published()
        lines = {}
        for s in self.solutions:
            for line in s.lines:
                lines[(s.name, line.initiative, line.part)] = {
                    y: (c.amount, c.internal, tuple(sorted(c.marks))) for y, c in line.cells.items()}
        return {
            "years": list(self.years),
            "summed_years": list(self.summed),
            "published": {y: values[y] for y in self.summed},
            "precision": precision,
            "solutions": sorted(s.name for s in self.solutions),
            "conditions": sorted(self.conditions),
            "lines": lines,
        }


def random_amount(rng: random.Random, whole: bool = False) -> Decimal:
    """An amount with 0-2 decimals, or a whole one (`whole`: a table of whole MNOK, where no
    amount shows the decimal sign)."""
    places = 0 if whole else rng.choices([0, 1, 2], [60, 30, 10])[0]
    r = rng.random()
    if r < 0.05:
        return Decimal(0)
    if r < 0.85:
        top = 60
    elif r < 0.98:
        top = 400
    else:
        top = 2500
    units = rng.randint(1, top * 10 ** places)
    d = Decimal(units).scaleb(-places)
    if rng.random() < 0.15:
        d = -d
    return d


def generate_table(rng: random.Random) -> Table:
    n_years = rng.randint(3, 6)
    first = rng.randint(2020, 2031 - n_years)
    years = list(range(first, first + n_years))
    whole = rng.random() < 0.2
    unsummed = rng.choices([0, 1, 2], [60, 25, 15])[0]
    summed = years[unsummed:]
    n_conditions = rng.choices([0, 1, 2], [40, 40, 20])[0]
    marks = rng.sample(MARKS if n_conditions < 2 else [m for m in MARKS if m != "**"], n_conditions)
    conditions = list(zip(marks, rng.sample(CONDITIONS, n_conditions)))
    names = rng.sample(SOLUTIONS, rng.randint(1, 5))
    solutions = []
    for name in names:
        lines, keys = [], set()
        for _ in range(rng.randint(1, 8)):
            for _attempt in range(20):
                key = (rng.choice(INITIATIVES + [name]), rng.choice(PARTS))
                if key not in keys:
                    break
            else:
                continue
            keys.add(key)
            cells: dict[int, GenCell] = {}
            for y in years:
                if rng.random() < 0.55:
                    cells[y] = GenCell(random_amount(rng, whole))
            if not cells:
                cells[rng.choice(years)] = GenCell(random_amount(rng, whole))
            for y, c in cells.items():
                if rng.random() < (0.35 if y not in summed else 0.07) and c.amount > 0:
                    c.internal = True
                if marks and rng.random() < 0.12:
                    c.marks = tuple(rng.sample(marks, 2 if len(marks) == 2 and rng.random() < 0.15 else 1))
            lines.append(GenLine(key[0], key[1], cells))
        solutions.append(GenSolution(name, lines))
    # Every condition is used by some cell.
    all_cells = [c for s in solutions for line in s.lines for c in line.cells.values()]
    for m in marks:
        if not any(m in c.marks for c in all_cells):
            c = rng.choice(all_cells)
            c.marks = tuple(sorted(set(c.marks) | {m}))
    t = Table(years, summed, solutions, conditions, rng.choice(["exact", "rounded", "exact+avrundet"]), {}, {})
    for y in summed:
        exact = t.counted(y)
        t.sums[y] = round_whole(exact) if t.sum_style == "rounded" else exact
        if t.sum_style == "exact+avrundet":
            t.rounded[y] = round_whole(exact)
    return t


# --------------------------------------------------------------------------------------------
# The grid: rows of typed cells, rendered later as text (CSV) or as workbook cells (xlsx)


@dataclass
class Text:
    text: str


@dataclass
class Year:
    year: int


@dataclass
class Amount:
    amount: Decimal
    internal: bool = False
    marks: tuple[str, ...] = ()
    role: str = "line"  # line | sum | subtotal | rounded | cumulative
    formula_of: list = field(default_factory=list)  # (row, col) of the cells a Sum formula adds
    round_formula: bool = False


@dataclass
class Dash:
    text: str = "-"


@dataclass
class Raw:
    """Text written as it is in every format (a corrupted cell such as `17 %`)."""
    text: str


@dataclass
class Grouped:
    """A whole amount of 1 000 or more written with a separator before its last three digits
    (`1.250`, `1,250`), which a text file can misread. When no other amount of the grid has
    decimals (`mixed` false), the writer uses the file's own decimal sign: 1 250 or 1,25, and
    nothing shows which; otherwise the other sign, so the file mixes the two. Either way dfcost
    must refuse it (text formats only)."""
    amount: int
    mixed: bool


@dataclass
class Grid:
    rows: list[list]  # each row a list of cells (None = empty)
    roles: list[str]
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)  # r1, c1, r2, c2 inclusive
    year_cols: list[int] = field(default_factory=list)
    label_col: int = 0

    def put(self, r: int, c: int, v):
        row = self.rows[r]
        while len(row) <= c:
            row.append(None)
        row[c] = v

    def insert_column(self, c: int):
        for row in self.rows:
            if len(row) > c:
                row.insert(c, None)
        self.merges = [(r1, c1 + (c1 >= c), r2, c2 + (c2 >= c)) for r1, c1, r2, c2 in self.merges]
        self.year_cols = [y + (y >= c) for y in self.year_cols]
        for row in self.rows:
            for v in row:
                if isinstance(v, Amount) and v.formula_of:
                    v.formula_of = [(rr, cc + (cc >= c)) for rr, cc in v.formula_of]


@dataclass
class Case:
    seed: int
    index: int
    fmt: str
    ext: str
    features: dict
    corruption: str | None
    table: Table
    grid: Grid
    bad_row: int | None = None  # 0-based grid row of the corruption


def build_grid(rng: random.Random, t: Table, feat: dict) -> Grid:
    g = Grid([], [])

    def row(role: str) -> int:
        g.rows.append([])
        g.roles.append(role)
        return len(g.rows) - 1

    left = feat["left_cols"]
    for _ in range(feat["top_rows"]):
        row("blank")
    if feat["title"]:
        g.put(row("title"), left, Text(rng.choice(TITLES)))
        if rng.random() < 0.5:
            g.put(row("title"), left, Text("Kilde: Nasjonal e-helseportefølje, rapport oktober 2023"))
        if rng.random() < 0.7:
            row("blank")
    # Label columns
    sol_col = left if feat["solution"] == "column" else None
    first_label = left + (1 if sol_col is not None else 0)
    if feat["labels"] == "combined":
        label_cols = [first_label]
    else:
        label_cols = [first_label, first_label + 1]
    g.label_col = left
    first_year = label_cols[-1] + 1
    g.year_cols = [first_year + i for i in range(len(t.years))]
    h = row("header")
    if sol_col is not None and feat["solution_header"]:
        g.put(h, sol_col, Text(feat["solution_header"]))
    heads = {
        "combined": [rng.choice(["Tiltak / del", "Tiltak / Del"])],
        "combined-none": [""],
        "tiltak-del": [rng.choice(["Tiltak", "tiltak"]), rng.choice(["Del", "del"])],
        "losning-tiltak-del": ["Løsning / tiltak", "Del"],
        "none": ["", ""],
    }[feat["label_headers"]]
    for c, text in zip(label_cols, heads):
        if text:
            g.put(h, c, Text(text))
    for c, y in zip(g.year_cols, t.years):
        g.put(h, c, Year(y))
    last_col = g.year_cols[-1]
    line_refs: dict[int, list] = defaultdict(list)  # year -> counted (row, col) for formulas

    def put_cells(r: int, cells: dict[int, GenCell]):
        for c, y in zip(g.year_cols, t.years):
            cell = cells.get(y)
            if cell is None:
                if rng.random() < feat["dash_rate"]:
                    g.put(r, c, Dash(rng.choice(["-", "–"])))
            else:
                g.put(r, c, Amount(cell.amount, cell.internal, cell.marks))

    for s in t.solutions:
        if feat["solution"] == "heading":
            r = row("heading")
            g.put(r, left, Text(s.name))
            if feat.get("merge_heading"):
                g.merges.append((r, left, r, last_col))
        first_line_row = len(g.rows)
        sub_refs: dict[int, list] = defaultdict(list)
        for i, line in enumerate(s.lines):
            r = row("line")
            if sol_col is not None and (feat["solution_fill"] in ("every",) or i == 0):
                g.put(r, sol_col, Text(s.name))
            if feat["labels"] == "combined":
                g.put(r, label_cols[0], Text(line.initiative + (" / " + line.part if line.part else "")))
            else:
                g.put(r, label_cols[0], Text(line.initiative))
                if line.part:
                    g.put(r, label_cols[1], Text(line.part))
            put_cells(r, line.cells)
            for c, y in zip(g.year_cols, t.years):
                cell = line.cells.get(y)
                if cell is not None and not cell.internal:
                    sub_refs[y].append((r, c))
                    line_refs[y].append((r, c))
        if sol_col is not None and feat["solution_fill"] == "merged" and len(s.lines) > 1:
            g.merges.append((first_line_row, sol_col, len(g.rows) - 1, sol_col))
        if feat["subtotals"]:
            r = row("subtotal")
            g.put(r, left, Text("Sum " + s.name))
            for c, y in zip(g.year_cols, t.years):
                if y in t.summed:
                    g.put(r, c, Amount(t.counted(y, s), role="subtotal", formula_of=sub_refs[y]))
    if feat["blank_before_sum"]:
        row("blank")
    r = row("sum")
    g.put(r, left, Text(feat["sum_label"]))
    sum_row = r
    for c, y in zip(g.year_cols, t.years):
        if y in t.summed:
            g.put(r, c, Amount(t.sums[y], role="sum", formula_of=line_refs[y],
                               round_formula=t.sum_style == "rounded"))
    if t.rounded:
        r = row("rounded")
        g.put(r, left, Text(rng.choice(["Sum, avrundet", "Sum, avrundet", "sum, avrundet"])))
        for c, y in zip(g.year_cols, t.years):
            if y in t.summed:
                g.put(r, c, Amount(t.rounded[y], role="rounded", formula_of=[(sum_row, c)], round_formula=True))
    if feat["cumulative"]:
        r = row("cumulative")
        g.put(r, left, Text("Kumulativt nivå"))
        acc, prev = Decimal(0), None
        values, _ = t.published()
        for c, y in zip(g.year_cols, t.years):
            if y in t.summed:
                acc += values[y]
                g.put(r, c, Amount(acc, role="cumulative", formula_of=[(r, prev), (sum_row, c)] if prev else [(sum_row, c)]))
                prev = c
    if t.conditions or feat["notes"]:
        if rng.random() < 0.6:
            row("blank")
    footnotes = [("footnote", mark + rng.choice([" ", " ", ""]) + description) for mark, description in t.conditions]
    notes = [("note", note) for note in feat["notes"]]
    for role, text in (notes + footnotes if feat["notes_first"] else footnotes + notes):
        g.put(row(role), left, Text(text))
    return g


def choose_features(rng: random.Random, fmt: str) -> dict:
    xlsx = fmt.startswith("xlsx")
    solution = rng.choice(["heading", "column"])
    labels = rng.choice(["combined", "separate"])
    if labels == "combined":
        label_headers = rng.choice(["combined", "combined", "combined-none"])
    else:
        label_headers = rng.choice(["tiltak-del", "tiltak-del", "losning-tiltak-del", "none"])
        if solution == "column" and label_headers == "losning-tiltak-del":
            label_headers = "tiltak-del"
    f = {
        "format": fmt,
        "solution": solution,
        "solution_fill": rng.choice(["once", "every"] + (["merged", "merged"] if xlsx else [])),
        "solution_header": rng.choice(SOLUTION_HEADERS),
        "merge_heading": xlsx and rng.random() < 0.5,
        "labels": labels,
        "label_headers": label_headers,
        "title": rng.random() < 0.5,
        "top_rows": rng.choices([0, 1, 2], [70, 20, 10])[0],
        "left_cols": rng.choices([0, 1, 2], [70, 20, 10])[0],
        "subtotals": rng.random() < 0.4,
        "cumulative": rng.random() < 0.25,
        "blank_before_sum": rng.random() < 0.3,
        "sum_label": rng.choice(SUM_LABELS),
        "dash_rate": rng.choice([0.0, 0.3, 1.0]),
        "notes": rng.sample(NOTES, rng.choices([0, 1, 2], [40, 40, 20])[0]),
        "notes_first": rng.random() < 0.2,
    }
    case = rng.choice(["same", "same", "lower", "upper"])
    f["sum_label"] = {"same": str, "lower": str.lower, "upper": str.upper}[case](f["sum_label"])
    if solution == "heading":
        f.pop("solution_fill"), f.pop("solution_header")
    else:
        f.pop("merge_heading")
    return f


CORRUPTIONS = ["wrong-sum", "misspelled-sum-label", "number-without-year", "stray-suffix",
               "wrong-subtotal", "undeclared-mark", "thousands-separator"]


def corrupt(rng: random.Random, t: Table, g: Grid, kind: str) -> int | None:
    """Spoils the grid in one place; returns the row of the spoiled cell (None when impossible)."""
    sum_rows = [i for i, r in enumerate(g.roles) if r in ("sum", "rounded")]
    line_rows = [i for i, r in enumerate(g.roles) if r == "line"]
    if kind == "wrong-sum":
        r = rng.choice(sum_rows)
        cells = [v for v in g.rows[r] if isinstance(v, Amount)]
        if not cells:
            return None
        v = rng.choice(cells)
        v.amount += rng.choice([Decimal(1), Decimal(-1), Decimal(2)])
        return r
    if kind == "misspelled-sum-label":
        r = sum_rows[0]
        g.put(r, g.label_col, Text(rng.choice(MISSPELLED_SUMS)))
        return r
    if kind == "number-without-year":
        r = rng.choice(line_rows)
        if rng.random() < 0.5 and len(g.year_cols) > 1:
            c = g.year_cols[rng.randrange(1, len(g.year_cols))]
            g.insert_column(c)
        else:
            c = g.year_cols[-1] + 1
        g.put(r, c, Amount(Decimal(rng.randint(1, 40))))
        return r
    if kind == "stray-suffix":
        options = [(r, c) for r in line_rows for c in g.year_cols
                   if c < len(g.rows[r]) and isinstance(g.rows[r][c], Amount)
                   and not g.rows[r][c].internal and not g.rows[r][c].marks and g.rows[r][c].amount != 0
                   and decimals(g.rows[r][c].amount) == 0]
        if not options:
            return None
        r, c = rng.choice(options)
        v = g.rows[r][c]
        g.rows[r][c] = Raw(fmt_decimal(v.amount).replace(".", ",") + rng.choice(STRAY_SUFFIXES))
        return r
    if kind == "wrong-subtotal":
        rows = [i for i, r in enumerate(g.roles) if r == "subtotal"]
        cells = [(r, v) for r in rows for v in g.rows[r] if isinstance(v, Amount)]
        if not cells:
            return None
        r, v = rng.choice(cells)
        v.amount += rng.choice([Decimal(1), Decimal(-3)])
        return r
    if kind == "undeclared-mark":
        used = {m for m, _ in t.conditions}
        mark = next(m for m in ["*", "†", "‡", "§"] if m not in used)
        options = [(r, c) for r in line_rows for c in g.year_cols
                   if c < len(g.rows[r]) and isinstance(g.rows[r][c], Amount) and not g.rows[r][c].marks]
        if not options:
            return None
        r, c = rng.choice(options)
        g.rows[r][c].marks = (mark,)
        return r
    if kind == "thousands-separator":
        options = [(r, c) for r in line_rows for c in g.year_cols
                   if c < len(g.rows[r]) and isinstance(g.rows[r][c], Amount)]
        if not options:
            return None
        r, c = rng.choice(options)
        g.rows[r][c] = None
        mixed = any(isinstance(v, Amount) and decimals(v.amount) > 0 for row in g.rows for v in row)
        g.rows[r][c] = Grouped(rng.randint(1000, 999_999), mixed)
        return r
    raise ValueError(kind)


FORMATS = ["csv-semicolon", "csv-comma", "tsv", "csv-cp1252", "xlsx-openpyxl", "xlsx-xlsxwriter"]


def make_case(seed: int, index: int) -> Case:
    rng = random.Random(f"dfcost-import-oracle:{seed}:{index}")
    fmt = rng.choice(FORMATS)
    t = generate_table(rng)
    feat = choose_features(rng, fmt)
    corruption = None
    if rng.random() < 0.3:
        corruption = rng.choice(CORRUPTIONS)
        if corruption == "wrong-subtotal" and not feat["subtotals"]:
            corruption = "wrong-sum"
        if corruption == "thousands-separator" and fmt.startswith("xlsx"):
            corruption = "wrong-sum"  # a workbook's numbers are typed: no separator to misread
    g = build_grid(rng, t, feat)
    bad_row = None
    if corruption:
        bad_row = corrupt(rng, t, g, corruption)
        if bad_row is None:
            corruption = None
    ext = "xlsx" if fmt.startswith("xlsx") else ("tsv" if fmt == "tsv" else "csv")
    feat["corruption"] = corruption or "none"
    feat["multi_mark_cells"] = any(len(c.marks) > 1 for s in t.solutions for l in s.lines for c in l.cells.values())
    return Case(seed, index, fmt, ext, feat, corruption, t, g, bad_row)


# --------------------------------------------------------------------------------------------
# Writers


def text_amount(v: Amount, rng: random.Random, comma: bool, real_minus: bool, nbsp_thousands: bool) -> str:
    s = fmt_decimal(abs(v.amount))
    if nbsp_thousands and "." not in s and len(s) > 3:
        s = s[:-3] + "\u00a0" + s[-3:]
    if comma:
        s = s.replace(".", ",")
    if v.amount < 0:
        s = ("\u2212" if real_minus else "-") + s
    if v.internal:
        s = "(" + s + ")"
    if v.marks:
        s += rng.choice([" ", ""]) + "".join(v.marks)
    return s


def write_delimited(case: Case, path: str, rng: random.Random):
    fmt = case.fmt
    delim = {"csv-semicolon": ";", "csv-cp1252": ";", "csv-comma": ",", "tsv": "\t"}[fmt]
    comma = delim == ";" or (delim == "\t" and rng.random() < 0.6)
    real_minus = fmt != "csv-cp1252" and rng.random() < 0.3
    nbsp = comma and rng.random() < 0.3
    pad = rng.random() < 0.5
    width = max(len(r) for r in case.grid.rows)
    out = io.StringIO()
    w = csv.writer(out, delimiter=delim, quotechar='"', lineterminator=rng.choice(["\n", "\r\n"]),
                   quoting=csv.QUOTE_MINIMAL)
    for row in case.grid.rows:
        texts = []
        for v in row:
            if v is None:
                texts.append("")
            elif isinstance(v, (Text, Dash, Raw)):
                texts.append(v.text)
            elif isinstance(v, Year):
                texts.append(str(v.year))
            elif isinstance(v, Grouped):
                point = comma if v.mixed else not comma
                texts.append(f"{v.amount // 1000}{'.' if point else ','}{v.amount % 1000:03d}")
            else:
                texts.append(text_amount(v, rng, comma, real_minus and v.role == "line", nbsp))
        if pad:
            texts += [""] * (width - len(texts))
        while len(texts) > 1 and texts[-1] == "" and not pad:
            texts.pop()
        w.writerow(texts)
    text = out.getvalue()
    if fmt == "csv-cp1252":
        data = text.encode("cp1252")
    else:
        data = (b"\xef\xbb\xbf" if rng.random() < 0.3 else b"") + text.encode("utf-8")
    with open(path, "wb") as f:
        f.write(data)


def number_format(decs: int, style: str) -> str:
    if style == "general" and decs == 0:
        return "General"
    base = "#,##0" if style == "grouped" else "0"
    return base + ("." + "0" * decs if decs else "")


def xlsx_cell(v: Amount, rng: random.Random, style: str, min_decs: int, row_decs: int):
    """(value, number format) of an amount: a number with a format, or text in the report's notation.

    A line's format shows at least the value's decimals; a sum row's shows exactly the most
    decimals of its values (so the decimals shown and the value's agree: 22 is not shown as 22,0
    beside 21,5's 0 decimals, and a rounded 22 is never 22,0)."""
    decs = max(min_decs, decimals(v.amount)) if v.role == "line" else row_decs
    base = number_format(decs, "plain" if style == "general" else style)
    as_text = v.role == "line" and rng.random() < 0.15
    if v.internal and rng.random() < 0.4:
        as_text = True
    if v.marks and rng.random() < 0.4:
        as_text = True
    if as_text:
        return text_amount(v, rng, True, False, False), "@"
    fmt = number_format(decs, style) if not (v.internal or v.marks) else base
    if v.internal:
        fmt = "\\(" + base + "\\)"
    if v.marks:
        fmt += '" ' + "".join(v.marks) + '"'
    if v.amount < 0 and not v.internal and not v.marks and rng.random() < 0.15:
        fmt = base + ";(" + base + ")"  # accounting style: a negative number shown in parentheses
    return float(v.amount) if decs else int(v.amount), fmt


def a1(r: int, c: int) -> str:
    letters = ""
    c += 1
    while c:
        c, rem = divmod(c - 1, 26)
        letters = chr(65 + rem) + letters
    return f"{letters}{r + 1}"


def write_xlsx(case: Case, path: str, rng: random.Random):
    style = rng.choice(["general", "plain", "grouped"])
    min_decs = rng.choice([0, 0, 1])
    sheet = rng.choice(["Tabell", "Ark1", "D&F", "Sheet1", "Økning pr år"])
    notes_sheet = rng.random() < 0.3
    years_as_text = rng.random() < 0.2
    g = case.grid
    covered = {(r, c) for r1, c1, r2, c2 in g.merges for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)
               if (r, c) != (r1, c1)}
    cells = []  # (r, c, kind, value, fmt, formula)
    for r, row in enumerate(g.rows):
        for c, v in enumerate(row):
            if v is None or (r, c) in covered:
                continue
            if isinstance(v, (Text, Dash, Raw)):
                cells.append((r, c, "s", v.text, None, None))
            elif isinstance(v, Year):
                cells.append((r, c, "s", str(v.year), None, None) if years_as_text else (r, c, "n", v.year, None, None))
            else:
                row_decs = max(decimals(x.amount) for x in row if isinstance(x, Amount))
                value, fmt = xlsx_cell(v, rng, style, min_decs, row_decs)
                formula = None
                if v.role == "line" and case.fmt == "xlsx-xlsxwriter" and fmt != "@" and rng.random() < 0.05:
                    whole = Decimal(rng.randint(1, 20))  # a line typed as a sum: =20+(-8.5)
                    rest = v.amount - whole
                    formula = f"={fmt_decimal(whole)}{'-' if rest < 0 else '+'}{fmt_decimal(abs(rest))}"
                if v.role != "line" and case.fmt == "xlsx-xlsxwriter" and rng.random() < 0.8 and fmt != "@":
                    refs = [a1(rr, cc) for rr, cc in v.formula_of]
                    body = "+".join(refs) if refs else "0"
                    formula = f"=ROUND({body},0)" if v.round_formula else (f"=SUM({','.join(refs)})" if refs else "=0")
                cells.append((r, c, "t" if fmt == "@" else "n", value, fmt if fmt != "@" else None, formula))
    merges = [(r1, c1, r2, c2, g.rows[r1][c1]) for r1, c1, r2, c2 in g.merges]
    notes = ["Notater", "Tallene er hentet fra NHN sine innspill.", "Se arket med tabellen.",
             "Spørsmål rettes til porteføljekontoret."]
    if case.fmt == "xlsx-openpyxl":
        import openpyxl
        wb = openpyxl.Workbook()
        ws = wb.active
        if notes_sheet:
            ws.title = "Notater"
            for i, n in enumerate(notes):
                ws.cell(row=i + 1, column=1, value=n)
            ws = wb.create_sheet(sheet)
        else:
            ws.title = sheet
        for r, c, kind, value, fmt, _formula in cells:
            cell = ws.cell(row=r + 1, column=c + 1, value=value)
            if fmt:
                cell.number_format = fmt
        for r1, c1, r2, c2, _v in merges:
            ws.merge_cells(start_row=r1 + 1, start_column=c1 + 1, end_row=r2 + 1, end_column=c2 + 1)
        wb.save(path)
    else:
        import xlsxwriter
        wb = xlsxwriter.Workbook(path)
        if notes_sheet:
            ns = wb.add_worksheet("Notater")
            for i, n in enumerate(notes):
                ns.write_string(i, 0, n)
        ws = wb.add_worksheet(sheet)
        formats = {}

        def fmt_obj(code):
            if code is None:
                return None
            if code not in formats:
                formats[code] = wb.add_format({"num_format": code})
            return formats[code]

        merged_at = {(r1, c1): (r2, c2) for r1, c1, r2, c2, _ in merges}
        for r, c, kind, value, fmt, formula in cells:
            if (r, c) in merged_at:
                r2, c2 = merged_at[(r, c)]
                ws.merge_range(r, c, r2, c2, value, fmt_obj(fmt))
            elif formula:
                ws.write_formula(r, c, formula, fmt_obj(fmt), value)
            elif kind == "n":
                ws.write_number(r, c, value, fmt_obj(fmt))
            else:
                ws.write_string(r, c, value, fmt_obj(fmt))
        wb.close()


def write_case(case: Case, path: str):
    rng = random.Random(f"dfcost-import-oracle-writer:{case.seed}:{case.index}")
    if case.ext == "xlsx":
        write_xlsx(case, path, rng)
    else:
        write_delimited(case, path, rng)


# --------------------------------------------------------------------------------------------
# Reading OUT.toml


def to_decimal(v) -> Decimal:
    if isinstance(v, bool):
        raise ValueError("boolean amount")
    if isinstance(v, int):
        return Decimal(v)
    if isinstance(v, float):
        return Decimal(repr(v))
    return Decimal(str(v).replace(",", ".").replace("\u2212", "-"))


CELL = re.compile(r"^\s*(\()?\s*([-\u2212]?[0-9][0-9.,]*)\s*(\))?\s*(.*?)\s*$")


def split_marks(text: str, known: list[str]) -> tuple[str, ...]:
    out = []
    known = sorted(known, key=len, reverse=True)
    while text:
        for m in known:
            if text.startswith(m):
                out.append(m)
                text = text[len(m):].lstrip()
                break
        else:
            out.append(text)
            break
    return tuple(sorted(out))


def actual_table(doc: dict) -> dict:
    table = doc.get("table", {})
    conditions = doc.get("conditions", {}) or {}
    marks = [c.get("mark", "") for c in conditions.values()]
    names = {s["id"]: s.get("name", s["id"]) for s in doc.get("solutions", [])}
    lines = {}
    duplicates = []
    for line in doc.get("lines", []):
        key = (names.get(line.get("solution"), "?" + str(line.get("solution"))), line.get("initiative", ""), line.get("part", ""))
        cells = {}
        for y, v in (line.get("cells") or {}).items():
            if isinstance(v, str):
                m = CELL.match(v)
                if not m:
                    cells[int(y)] = ("unreadable", v)
                    continue
                cells[int(y)] = (to_decimal(m.group(2)), bool(m.group(1)), split_marks(m.group(4), marks))
            else:
                cells[int(y)] = (to_decimal(v), False, ())
        if key in lines:
            duplicates.append(key)
        lines[key] = cells
    ps = doc.get("published_sums", {}) or {}
    return {
        "years": list(table.get("years", [])),
        "summed_years": list(table.get("summed_years", [])),
        "published": {int(k): to_decimal(v) for k, v in ps.items() if k.isdigit()},
        "precision": to_decimal(ps["precision"]) if "precision" in ps else None,
        "solutions": sorted(names.values()),
        "conditions": sorted((c.get("mark", ""), c.get("description", "")) for c in conditions.values()),
        "lines": lines,
        "duplicates": duplicates,
    }


def compare_tables(expected: dict, actual: dict) -> list[tuple[str, str]]:
    """(aspect, detail) for every difference."""
    diffs = []
    for key in ("years", "summed_years", "solutions", "conditions"):
        if expected[key] != actual[key]:
            diffs.append((key.replace("_", "-"), f"expected {expected[key]!r}, got {actual[key]!r}"))
    if expected["published"] != actual["published"]:
        diffs.append(("published-sums", f"expected {fmt_map(expected['published'])}, got {fmt_map(actual['published'])}"))
    if actual["precision"] is None or expected["precision"] != actual["precision"]:
        diffs.append(("precision", f"expected {expected['precision']}, got {actual['precision']}"))
    if actual["duplicates"]:
        diffs.append(("duplicate-lines", repr(actual["duplicates"][:3])))
    exp, act = expected["lines"], actual["lines"]
    missing = [k for k in exp if k not in act]
    extra = [k for k in act if k not in exp]
    if missing:
        diffs.append(("lines-missing", f"{len(missing)} missing, e.g. {' / '.join(missing[0])}"))
    if extra:
        diffs.append(("lines-extra", f"{len(extra)} extra, e.g. {' / '.join(extra[0])}"))
    for k in exp:
        if k in act and exp[k] != act[k]:
            diffs.append(("cells", f"{' / '.join(k)}: expected {fmt_cells(exp[k])}, got {fmt_cells(act[k])}"))
            break
    return diffs


def fmt_map(m: dict) -> str:
    return "{" + ", ".join(f"{k}: {fmt_decimal(v)}" for k, v in sorted(m.items())) + "}"


def fmt_cells(cells: dict) -> str:
    parts = []
    for y, c in sorted(cells.items()):
        if c[0] == "unreadable":
            parts.append(f"{y}={c[1]!r}")
            continue
        a, internal, marks = c
        s = fmt_decimal(a)
        parts.append(f"{y}={'(' + s + ')' if internal else s}{''.join(marks)}")
    return "{" + ", ".join(parts) + "}"


# --------------------------------------------------------------------------------------------
# Running one case


@dataclass
class Result:
    case_index: int
    verdict: str  # agreed-exact | agreed-refused | disagree
    category: str = ""
    detail: str = ""
    stderr: str = ""
    exit: int | None = None
    at_bad_row: bool | None = None


def located(line: str, name: str) -> tuple[bool, int | None]:
    # Every error line starts with the one prefix dfcost prints ("Feil: " / "Error: "), then the place.
    line = re.sub(r"^(?:Feil|Error): ", "", line)
    m = re.match(re.escape(name) + r":(\d+):(\d+):", line)
    if m:
        return True, int(m.group(1))
    m = re.match(re.escape(name) + r":(?:'(?:[^']|'')*'|[^!:\n]+)!\$?[A-Z]{1,3}\$?(\d+):", line)
    if m:
        return True, int(m.group(1))
    return False, None


def run_case(case: Case, workdir: str, dfcost: str, timeout: float = 20.0) -> Result:
    name = f"case-{case.index}.{case.ext}"
    path = os.path.join(workdir, name)
    out = os.path.join(workdir, f"case-{case.index}.toml")
    for p in (path, out):
        if os.path.exists(p):
            os.remove(p)
    write_case(case, path)
    res = Result(case.index, "disagree")
    try:
        proc = subprocess.run([dfcost, "import", name, "-o", os.path.basename(out)], cwd=workdir,
                              capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        res.category, res.detail = "timeout", f"no answer within {timeout:.0f} s"
        return res
    res.exit = proc.returncode
    res.stderr = proc.stderr.decode("utf-8", "replace")
    err_lines = [l for l in res.stderr.splitlines() if l.strip()]
    if proc.returncode == 0:
        if case.corruption:
            res.category = f"accepted-corrupted:{case.corruption}"
            res.detail = "exit 0 for a corrupted table (a wrong table accepted)"
            return res
        try:
            with open(out, "rb") as f:
                doc = tomllib.load(f)
            actual = actual_table(doc)
        except (OSError, tomllib.TOMLDecodeError, ValueError, KeyError, TypeError) as e:
            res.category, res.detail = "unreadable-output", f"{type(e).__name__}: {e}"
            return res
        diffs = compare_tables(case.table.expected(), actual)
        if not diffs:
            res.verdict = "agreed-exact"
            return res
        res.category = "wrong-table:" + diffs[0][0]
        res.detail = "; ".join(f"{a}: {d}" for a, d in diffs)
        return res
    if proc.returncode < 0 or proc.returncode not in (64, 65, 66):
        res.category = "crash" if proc.returncode < 0 else "bad-exit-code"
        res.detail = f"exit {proc.returncode}: {err_lines[-1] if err_lines else ''}"[:300]
        return res
    ok, line_no = located(err_lines[0], name) if len(err_lines) == 1 else (False, None)
    if not ok:
        res.category = "unlocated-error"
        res.detail = f"exit {proc.returncode}, {len(err_lines)} stderr line(s): " + " | ".join(err_lines[:3])[:300]
        return res
    if case.corruption:
        res.verdict = "agreed-refused"
        res.at_bad_row = case.bad_row is not None and line_no == case.bad_row + 1
        return res
    res.category = "refused-must-import"
    res.detail = err_lines[0]
    return res


def message_shape(line: str) -> str:
    """An error message without its place and quoted values, for grouping."""
    s = re.sub(r"^[^:]*:(\d+:\d+|[^!]*![A-Z]+\d+):\s*", "", line)
    s = re.sub(r"'[^']*'", "'…'", s)
    s = re.sub(r"-?\d+([.,]\d+)?", "N", s)
    return s[:110]


def describe(case: Case) -> dict:
    t = case.table
    return {
        "seed": case.seed, "case": case.index, "expect": "may-refuse" if case.corruption else "must-import",
        "format": case.fmt, "features": case.features,
        "corruption": case.corruption, "bad_row": None if case.bad_row is None else case.bad_row + 1,
        "years": t.years, "summed_years": t.summed, "sum_style": t.sum_style,
        "conditions": t.conditions,
        "solutions": [{"name": s.name, "lines": [
            {"initiative": l.initiative, "part": l.part,
             "cells": {y: fmt_cells({y: (c.amount, c.internal, c.marks)})[1:-1].split("=", 1)[1]
                       for y, c in sorted(l.cells.items())}} for l in s.lines]} for s in t.solutions],
    }


def keep(case: Case, res: Result, workdir: str, keepdir: str):
    d = os.path.join(keepdir, f"seed-{case.seed}-case-{case.index}")
    os.makedirs(d, exist_ok=True)
    for suffix in (f".{case.ext}", ".toml"):
        p = os.path.join(workdir, f"case-{case.index}{suffix}")
        if os.path.exists(p):
            shutil.copy(p, os.path.join(d, os.path.basename(p).replace(".toml", ".out.toml")))
    with open(os.path.join(d, "case.json"), "w", encoding="utf-8") as f:
        json.dump({**describe(case), "category": res.category, "detail": res.detail, "exit": res.exit,
                   "stderr": res.stderr}, f, ensure_ascii=False, indent=1)
    return d


# --------------------------------------------------------------------------------------------


def self_check(case: Case, workdir: str) -> list[str]:
    """Problems of the oracle itself in one case: a table that breaks its own rules, or a file that
    does not read back (with Python's csv module, or openpyxl with the saved formula values) as
    the grid it was written from."""
    t, g, problems = case.table, case.grid, []
    keys = [(s.name, l.initiative, l.part) for s in t.solutions for l in s.lines]
    if len(keys) != len(set(keys)):
        problems.append("two lines with one solution + initiative + part")
    if any(" / " in k[1] or " / " in k[2] for k in keys):
        problems.append("a label with ' / ' in it")
    if any(not l.cells or all(c.amount is None for c in l.cells.values()) for s in t.solutions for l in s.lines):
        problems.append("a line without a number")
    for y in t.summed:
        exact = t.counted(y)
        if t.sum_style == "rounded" and t.sums[y] != round_whole(exact) or t.sum_style != "rounded" and t.sums[y] != exact:
            problems.append(f"Sum {y} is not the lines' sum")
    used = {m for s in t.solutions for l in s.lines for c in l.cells.values() for m in c.marks}
    if used != {m for m, _ in t.conditions} and case.corruption != "undeclared-mark":
        problems.append(f"marks used {sorted(used)} are not the conditions' {t.conditions}")
    path = os.path.join(workdir, f"check-{case.index}.{case.ext}")
    write_case(case, path)
    if case.ext != "xlsx":
        raw = open(path, "rb").read()
        text = raw.decode("cp1252") if case.fmt == "csv-cp1252" else raw.decode("utf-8-sig")
        delim = {"csv-semicolon": ";", "csv-cp1252": ";", "csv-comma": ",", "tsv": "\t"}[case.fmt]
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delim))
        if len(rows) != len(g.rows):
            problems.append(f"{len(rows)} rows read back, {len(g.rows)} written")
        for r, (back, row) in enumerate(zip(rows, g.rows)):
            for c, v in enumerate(row):
                got = back[c] if c < len(back) else ""
                if isinstance(v, Text) and got != v.text or isinstance(v, Year) and got != str(v.year):
                    problems.append(f"row {r + 1} column {c + 1}: {got!r} read back for {v}")
                if isinstance(v, Amount):
                    m = CELL.match(got.replace("\u00a0", "").replace("\u2212", "-"))
                    if not m or to_decimal(m.group(2)) != v.amount or bool(m.group(1)) != v.internal \
                            or split_marks(m.group(4), list(v.marks)) != tuple(sorted(v.marks)):
                        problems.append(f"row {r + 1} column {c + 1}: {got!r} read back for {v}")
    else:
        import openpyxl
        wb = openpyxl.load_workbook(path, data_only=True)
        ws = wb.worksheets[-1]
        if len(wb.worksheets) > 1 and wb.worksheets[0].title != "Notater":
            problems.append("the first of two sheets is not Notater")
        for r, row in enumerate(g.rows):
            for c, v in enumerate(row):
                got = ws.cell(row=r + 1, column=c + 1).value
                if isinstance(v, Text) and got != v.text:
                    problems.append(f"{a1(r, c)}: {got!r} read back for {v}")
                if isinstance(v, Amount):
                    if isinstance(got, (int, float)):
                        if Decimal(repr(float(got))) != v.amount:
                            problems.append(f"{a1(r, c)}: {got!r} read back for {v}")
                    elif not isinstance(got, str):
                        problems.append(f"{a1(r, c)}: {got!r} read back for {v}")
        for r1, c1, r2, c2 in g.merges:
            if f"{a1(r1, c1)}:{a1(r2, c2)}" not in {str(m) for m in ws.merged_cells.ranges}:
                problems.append(f"merge {a1(r1, c1)}:{a1(r2, c2)} not in the workbook")
    os.remove(path)
    return problems


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dfcost", default=".build/debug/dfcost")
    ap.add_argument("--cases", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--case", type=int, help="replay this one case (prints it in full)")
    ap.add_argument("--write", metavar="DIR", help="with --case: only write the case's file into DIR")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=20.0)
    ap.add_argument("--keep", default=".build/import-oracle", help="folder for the disagreeing cases")
    ap.add_argument("--self-check", action="store_true",
                    help="check the generator and writers (files read back with csv/openpyxl); no dfcost")
    ap.add_argument("--show", type=int, default=-1, help="how many disagreements to list (default all)")
    args = ap.parse_args()

    if args.case is not None and args.write:
        case = make_case(args.seed, args.case)
        os.makedirs(args.write, exist_ok=True)
        path = os.path.join(args.write, f"case-{case.index}.{case.ext}")
        write_case(case, path)
        print(path)
        return 0
    if args.self_check:
        workdir = tempfile.mkdtemp(prefix="dfcost-import-oracle-check-")
        bad = 0
        try:
            for i in [args.case] if args.case is not None else range(args.cases):
                problems = self_check(make_case(args.seed, i), workdir)
                if problems:
                    bad += 1
                    print(f"--seed {args.seed} --case {i}: " + "; ".join(problems[:4]))
        finally:
            shutil.rmtree(workdir, ignore_errors=True)
        n = 1 if args.case is not None else args.cases
        print(f"self-check: {n - bad} passed, {bad} failed")
        return 1 if bad else 0
    dfcost = os.path.abspath(args.dfcost)
    if not os.access(dfcost, os.X_OK):
        print(f"oracle.py: no dfcost binary at {args.dfcost} (build it: swift build --product dfcost)", file=sys.stderr)
        return 66
    indices = [args.case] if args.case is not None else list(range(args.cases))
    if args.case is None and os.path.isdir(args.keep):
        for d in os.listdir(args.keep):  # the cases a previous run kept
            if re.fullmatch(r"seed-\d+-case-\d+", d):
                shutil.rmtree(os.path.join(args.keep, d), ignore_errors=True)
    workdir = tempfile.mkdtemp(prefix="dfcost-import-oracle-")
    counts = Counter()
    categories = Counter()
    shapes = Counter()
    by_feature: dict[tuple[str, str], Counter] = defaultdict(Counter)
    refused_at_row = Counter()
    failures = []
    try:
        def work(i):
            case = make_case(args.seed, i)
            res = run_case(case, workdir, dfcost, args.timeout)
            kept = keep(case, res, workdir, args.keep) if res.verdict == "disagree" else None
            for suffix in (f".{case.ext}", ".toml"):
                p = os.path.join(workdir, f"case-{case.index}{suffix}")
                if os.path.exists(p):
                    os.remove(p)
            return case, res, kept

        with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
            for case, res, kept in pool.map(work, indices):
                counts[res.verdict] += 1
                for k, v in case.features.items():
                    if k != "notes":
                        by_feature[(k, str(v))]["all"] += 1
                        if res.verdict == "disagree":
                            by_feature[(k, str(v))]["bad"] += 1
                if res.verdict == "agreed-refused":
                    refused_at_row["at" if res.at_bad_row else "elsewhere"] += 1
                if args.case is not None:
                    print(json.dumps(describe(case), ensure_ascii=False, indent=1))
                    print(f"verdict: {res.verdict} {res.category}\nexit: {res.exit}\nstderr: {res.stderr.strip()}")
                    if res.detail:
                        print(f"detail: {res.detail}")
                if res.verdict == "disagree":
                    categories[res.category] += 1
                    if res.category == "refused-must-import":
                        shapes[message_shape(res.detail)] += 1
                    failures.append((case, res, kept))
    finally:
        shutil.rmtree(workdir, ignore_errors=True)

    total = len(indices)
    failed = counts["disagree"]
    if args.case is None:
        print(f"import oracle: seed {args.seed}, {total} cases, dfcost {args.dfcost}")
        print(f"  agreed-exact:   {counts['agreed-exact']}")
        print(f"  agreed-refused: {counts['agreed-refused']}"
              + (f" (error on the corrupted row: {refused_at_row['at']}, elsewhere: {refused_at_row['elsewhere']})"
                 if counts["agreed-refused"] else ""))
        print(f"  disagreements:  {failed}")
        for cat, n in categories.most_common():
            print(f"    {n:5d}  {cat}")
        if shapes:
            print("  refused must-import cases, by message:")
            for s, n in shapes.most_common(12):
                print(f"    {n:5d}  {s}")
        if failed:
            print("  disagreement rate by layout feature (bad/all, only where some disagree):")
            for (k, v), c in sorted(by_feature.items()):
                if c["bad"]:
                    print(f"    {k}={v}: {c['bad']}/{c['all']}")
            shown = failures if args.show < 0 else failures[:args.show]
            print(f"  {len(shown)} of {failed} disagreements; replay one with"
                  f" `Tests/ImportOracle/oracle.py --seed S --case K`, its file and case.json are in {args.keep}/seed-S-case-K:")
            for case, res, kept in shown:
                print(f"    --seed {case.seed} --case {case.index} [{case.fmt}] {res.category}: {res.detail[:200]}")
    print(f"{total - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
