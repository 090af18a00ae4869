#!/usr/bin/env python3
"""Makes the .xlsx fixtures of the workbook tests (run from the repository root, with LibreOffice
and a built dfcost): the LibreOffice-made workbooks under Tests/DFCostWorkbookTests/Fixtures and
the hostile workbooks of the malformed corpus (Tests/DFCostCLITests/Fixtures/malformed).

    scripts/make-workbook-fixtures.py .build/debug/dfcost
    scripts/make-workbook-fixtures.py --merged     # only the openpyxl-made merged-range ones

The hostile ones are edits of the LibreOffice-made tabell-libreoffice.xlsx, made with Python's
zipfile (a test-data tool, not part of dfcost). The encrypted one needs msoffcrypto-tool (PyPI)."""
import io, os, shutil, struct, subprocess, sys, tempfile, zipfile

BIN = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".build/debug/dfcost")
FIX = "Tests/DFCostWorkbookTests/Fixtures"
BAD = "Tests/DFCostCLITests/Fixtures/malformed"
PUBLISHED = "Scenarios/published/ehelseportefolje-2023-10.toml"


def soffice(src, fmt, outdir, infilter=None):
    cmd = ["soffice", "--headless"]
    if infilter:
        cmd.append("--infilter=" + infilter)
    cmd += ["--convert-to", fmt, "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def rewrite(src, dst, edit):
    """Copies the zip `src` to `dst`, passing each entry's bytes through edit(name, data)."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, edit(info.filename, zin.read(info.filename)))


def merged():
    """Vertically merged ranges reaching below the last row with a value (SheetReader.grid
    trapped on them), made with openpyxl."""
    import openpyxl

    def table(ws):
        for row in [["Tiltak", "Del", 2024, 2025], ["E-resept", None, None, None],
                    ["Program Pasientens legemiddelliste", "SFM", 14, 55],
                    ["Program Pasientens legemiddelliste", "FM", 3, 4]]:
            ws.append(row)

    # A1 = "x" merged over A1:A2, nothing else.
    wb = openpyxl.Workbook()
    wb.active.title = "Ark1"
    wb.active["A1"] = "x"
    wb.active.merge_cells("A1:A2")
    wb.save(os.path.join(FIX, "merged-below-last-value.xlsx"))
    # A table with a footnote merged over three rows under it.
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Ark1"
    table(ws)
    ws["A6"] = "* Er avhengig av full utfasing av FM."
    ws.merge_cells("A6:D8")
    wb.save(os.path.join(FIX, "merged-footnote.xlsx"))
    # The table on one sheet, a merged block of text on a second sheet "Notater".
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Ark1"
    table(ws)
    notes = wb.create_sheet("Notater")
    notes["A1"] = "Tallene er fra NHN, og gjelder per oktober 2023."
    notes.merge_cells("A1:D6")
    wb.save(os.path.join(FIX, "merged-notes-sheet.xlsx"))
    # Malformed-corpus cases: a notes sheet's merged block (trapped before), and a 1 MB shared
    # string used by 12 000 cells (took 24-56 s before it was refused).
    wb = openpyxl.Workbook()
    wb.active.title = "Notater"
    wb.active["A1"] = "Tallene er fra NHN."
    wb.active.merge_cells("A1:C4")
    wb.save(os.path.join(BAD, "workbook-merged-notes-only.xlsx"))
    import xlsxwriter
    tmp = tempfile.mkdtemp()
    try:
        small = os.path.join(tmp, "small.xlsx")
        book = xlsxwriter.Workbook(small)
        sheet = book.add_worksheet("Ark1")
        for r in range(12_000):
            sheet.write_string(r, 0, "LONG")
        book.close()
        def long_string(name, data):
            if name == "xl/sharedStrings.xml":
                assert b"<t>LONG</t>" in data
                data = data.replace(b"<t>LONG</t>", b"<t>" + b"a" * 1_000_000 + b"</t>")
            return data
        rewrite(small, os.path.join(BAD, "workbook-shared-string-too-long.xlsx"), long_string)
    finally:
        shutil.rmtree(tmp)


def main():
    if sys.argv[1:] == ["--merged"]:
        merged()
        return
    merged()
    tmp = tempfile.mkdtemp()
    try:
        # LibreOffice-made workbooks: from the flat ODS source, and from dfcost's own CSVs.
        soffice(os.path.join(FIX, "tabell.fods"), "xlsx", tmp)
        shutil.copy(os.path.join(tmp, "tabell.xlsx"), os.path.join(FIX, "tabell-libreoffice.xlsx"))
        subprocess.run([BIN, "report", PUBLISHED, "--format", "csv", "-o", os.path.join(tmp, "report.csv")], check=True)
        subprocess.run([BIN, "totals", PUBLISHED, "--format", "csv", "-o", os.path.join(tmp, "machine.csv")], check=True)
        # ';' separated, '"' quoted, UTF-8, from line 1, Norwegian (1044): 21,5 is a number.
        for name in ["report", "machine"]:
            soffice(os.path.join(tmp, name + ".csv"), "xlsx", tmp, "CSV:59,34,76,1,,1044")
            shutil.copy(os.path.join(tmp, name + ".xlsx"), os.path.join(FIX, name + "-libreoffice.xlsx"))
            shutil.copy(os.path.join(tmp, name + ".csv"), os.path.join(FIX, name + ".csv"))

        tabell = os.path.join(FIX, "tabell-libreoffice.xlsx")
        with open(tabell, "rb") as f:
            whole = f.read()
        # Not a zip: CSV text under an .xlsx name.
        with open(os.path.join(BAD, "workbook-not-a-zip.xlsx"), "w") as f:
            f.write("Tiltak;Del;2024\nE-resept;;\n")
        # Truncated: the first half of a real workbook (no central directory).
        with open(os.path.join(BAD, "workbook-truncated.xlsx"), "wb") as f:
            f.write(whole[: len(whole) // 2])
        # A formula whose saved value was removed (C8 = C5+C7).
        def no_value(name, data):
            if name == "xl/worksheets/sheet1.xml":
                text = data.decode()
                assert "<f aca=\"false\">C5+C7</f><v>6</v>" in text
                data = text.replace("<f aca=\"false\">C5+C7</f><v>6</v>", "<f aca=\"false\">C5+C7</f>").encode()
            return data
        rewrite(tabell, os.path.join(BAD, "workbook-formula-without-value.xlsx"), no_value)
        # A cell that is not an amount: "(14" for "(14)".
        def broken_cell(name, data):
            if name == "xl/sharedStrings.xml":
                assert b"<t xml:space=\"preserve\">(14)</t>" in data or b"<t>(14)</t>" in data
                data = data.replace(b">(14)</t>", b">(14</t>")
            return data
        rewrite(tabell, os.path.join(BAD, "workbook-cell-not-an-amount.xlsx"), broken_cell)
        # Zip bomb: the sheet inflates to 200 MB of spaces, while both headers claim 3 000 bytes,
        # so only the limit checked while inflating stops it.
        bomb = os.path.join(BAD, "workbook-zip-bomb.xlsx")
        with zipfile.ZipFile(tabell) as zin, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zout:
            for info in zin.infolist():
                data = zin.read(info.filename)
                if info.filename == "xl/worksheets/sheet1.xml":
                    data = data.replace(b"<sheetData>", b"<sheetData>" + b" " * 200_000_000)
                zout.writestr(info.filename, data)
        raw = bytearray(open(bomb, "rb").read())
        for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
            start = 0
            while (start := raw.find(signature, start)) >= 0:
                name_len = struct.unpack_from("<H", raw, start + (26 if signature == b"PK\x03\x04" else 28))[0]
                name_at = start + (30 if signature == b"PK\x03\x04" else 46)
                if raw[name_at:name_at + name_len] == b"xl/worksheets/sheet1.xml":
                    struct.pack_into("<I", raw, start + offset, 3000)
                start += 4
        open(bomb, "wb").write(raw)
        # Old binary .xls.
        soffice(tabell, "xls", tmp)
        shutil.copy(os.path.join(tmp, "tabell-libreoffice.xls"), os.path.join(BAD, "workbook-old-binary.xls"))
        # Encrypted (password "hemmelig"): an OLE file holding EncryptedPackage.
        import msoffcrypto.format.ooxml
        out = io.BytesIO()
        with open(tabell, "rb") as f:
            msoffcrypto.format.ooxml.OOXMLFile(f).encrypt("hemmelig", out)
        open(os.path.join(BAD, "workbook-encrypted.xlsx"), "wb").write(out.getvalue())
        # Two sheets with years: the choice must be made with --sheet.
        def two_tables(name, data):
            if name == "xl/worksheets/sheet2.xml":
                return zipfile.ZipFile(tabell).read("xl/worksheets/sheet1.xml")
            return data
        rewrite(tabell, os.path.join(BAD, "workbook-two-tables.xlsx"), two_tables)
    finally:
        shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
