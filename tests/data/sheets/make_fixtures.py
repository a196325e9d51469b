#!/usr/bin/env python3
"""Writes the small, deliberate spreadsheet fixtures of tst_sheet_readers by hand (zipfile), and the
office-suite fixtures with LibreOffice (soffice --headless) when it is installed.

Run from anywhere: python3 tests/data/sheets/make_fixtures.py [--soffice]
The sample rosters (sample_roster_*) are copies of ../shared/data and are not written here.
"""
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def content_types(sheet_count):
    overrides = "".join(
        f'<Override PartName="/xl/worksheets/sheet{i}.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        for i in range(1, sheet_count + 1))
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            f'{overrides}</Types>')


PACKAGE_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f'<Relationships xmlns="{PKG_REL_NS}">'
                f'<Relationship Id="rId1" Type="{RT}officeDocument" Target="xl/workbook.xml"/>'
                '</Relationships>')


def workbook(sheets, date1904=False):
    """sheets: list of (name, rel id)."""
    entries = "".join(f'<sheet name="{name}" sheetId="{i + 1}" r:id="{rid}"/>' for i, (name, rid) in enumerate(sheets))
    pr = '<workbookPr date1904="1"/>' if date1904 else '<workbookPr/>'
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<workbook xmlns="{MAIN_NS}" xmlns:r="{REL_NS}">{pr}<sheets>{entries}</sheets></workbook>')


def workbook_rels(relationships):
    """relationships: list of (id, type, target)."""
    entries = "".join(f'<Relationship Id="{rid}" Type="{RT}{kind}" Target="{target}"/>'
                      for rid, kind, target in relationships)
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="{PKG_REL_NS}">{entries}</Relationships>'


def write_zip(name, parts):
    with zipfile.ZipFile(os.path.join(HERE, name), "w", zipfile.ZIP_DEFLATED) as z:
        for part, text in parts.items():
            z.writestr(part, text.encode("utf-8") if isinstance(text, str) else text)


STYLES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          f'<styleSheet xmlns="{MAIN_NS}">'
          '<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;"/>'
          '<numFmt numFmtId="165" formatCode="[h]:mm"/></numFmts>'
          # A date xf among the cell style xfs must not shift the cell xf indexes.
          '<cellStyleXfs count="2"><xf numFmtId="14"/><xf numFmtId="0"/></cellStyleXfs>'
          '<cellXfs count="7">'
          '<xf numFmtId="0" xfId="0"/>'      # 0 General
          '<xf numFmtId="14" xfId="0"/>'     # 1 date
          '<xf numFmtId="22" xfId="0"/>'     # 2 date and time
          '<xf numFmtId="164" xfId="0"/>'    # 3 yyyy"年"m"月"
          '<xf numFmtId="20" xfId="0"/>'     # 4 h:mm (time of day)
          '<xf numFmtId="165" xfId="0"/>'    # 5 [h]:mm (elapsed)
          '<xf numFmtId="49" xfId="0"/>'     # 6 text
          '</cellXfs></styleSheet>')

SHARED = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          f'<sst xmlns="{MAIN_NS}" count="3" uniqueCount="3">'
          # 0: rich text runs, with a phonetic run that is not part of the text
          '<si><r><rPr><b/></rPr><t>B</t></r><r><t xml:space="preserve">类 </t></r>'
          '<rPh sb="0" eb="1"><t>lei</t></rPh><phoneticPr fontId="1"/></si>'
          # 1: entities and an OOXML escape (_x000D_ is a carriage return)
          '<si><t>A&amp;B &lt;c&gt; &quot;q&quot; &apos;s&apos; &#x4E2D;&#25991;_x000D_end</t></si>'
          # 2: plain
          '<si><t>梧桥村</t></si>'
          '</sst>')

FEATURES_SHEET = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                  f'<worksheet xmlns="{MAIN_NS}" xmlns:r="{REL_NS}">'
                  '<dimension ref="A1:B2"/>'  # wrong on purpose: never trusted
                  '<sheetData>'
                  # 1: text kinds; attributes in any order and either quote
                  "<row r='1'>"
                  "<c t='s' r='A1' s='0'><v>0</v></c>"
                  '<c r="B1" t="inlineStr"><is><t>内联文本</t></is></c>'
                  '<c r="C1" t="inlineStr"><is><r><t>富</t></r><r><rPr><i/></rPr><t>文本</t></r></is></c>'
                  '<c r="D1" t="str"><f>"公式"&amp;"文本"</f><v>公式文本</v></c>'
                  '<c r="E1" t="s"><v>1</v></c>'
                  '<c r="F1" t="inlineStr"><is><t><![CDATA[<cdata> & more]]></t></is></c>'
                  '</row>'
                  '<!-- a comment between rows -->'
                  # 2–4: formulas with cached values, a shared formula
                  '<row r="2"><c r="A2"><f>SUM(1116)</f><v>1116</v></c>'
                  '<c r="B2"><f t="shared" ref="B2:B4" si="0">A2*2</f><v>2232</v></c></row>'
                  '<row r="3"><c r="A3"><v>279</v></c><c r="B3"><f t="shared" si="0"/><v>558</v></c></row>'
                  '<row r="4"><c r="B4"><f t="shared" si="0"/><v>0</v></c></row>'
                  # 5: booleans, an error, ID numbers stored as numbers
                  '<row r="5"><c r="A5" t="b"><v>1</v></c><c r="B5" t="b"><v>0</v></c><c r="C5" t="e"><v>#N/A</v></c>'
                  '<c r="D5"><v>3.50121198001012E+17</v></c><c r="E5" s="6"><v>350121198001011000</v></c></row>'
                  # 6: dates: 1900 quirk around serial 60, date-time, custom, time of day, elapsed, ISO
                  '<row r="6"><c r="A6" s="1"><v>59</v></c><c r="B6" s="1"><v>60</v></c><c r="C6" s="1"><v>61</v></c>'
                  '<c r="D6" s="1"><v>43466</v></c><c r="E6" s="2"><v>43466.75</v></c><c r="F6" s="3"><v>43525</v></c>'
                  '<c r="G6" s="4"><v>0.5</v></c><c r="H6" s="5"><v>1.5</v></c><c r="I6"><v>43466</v></c>'
                  '<c r="J6" t="d"><v>2020-05-17T00:00:00</v></c><c r="K6" s="1"><v>1</v></c></row>'
                  # 8: cells without r count on from the last one
                  '<row r="8"><c><v>1</v></c><c t="inlineStr"><is><t>x</t></is></c><c r="E8"><v>5</v></c><c><v>6</v></c></row>'
                  # 9: a row without r follows the last one
                  '<row><c t="inlineStr"><is><t>row nine</t></is></c></row>'
                  # 10: only styled empty cells: not reported
                  '<row r="10"><c r="A10" s="1"/><c r="B10" s="3"></c></row>'
                  # 12–14: one row per member, the village merged over the household
                  '<row r="12"><c r="A12" t="s"><v>2</v></c><c r="B12" t="inlineStr"><is><t>吴志强</t></is></c></row>'
                  '<row r="13"><c r="A13" s="0"/><c r="B13" t="inlineStr"><is><t>吴丽娟</t></is></c></row>'
                  '<row r="14"><c r="B14" t="inlineStr"><is><t>吴小红</t></is></c></row>'
                  '<row r="20"><c r="B20" t="inlineStr"><is><t>合并标题</t></is></c></row>'
                  '</sheetData>'
                  '<mergeCells count="2"><mergeCell ref="A12:A14"/><mergeCell ref="B20:E20"/></mergeCells>'
                  '</worksheet>')

# The second sheet: a producer that prefixes the main namespace, and a relative target with "./".
PREFIXED_SHEET = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                  f'<x:worksheet xmlns:x="{MAIN_NS}"><x:sheetData>'
                  '<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>prefixed</x:t></x:is></x:c>'
                  '<x:c r="B1"><x:v>42</x:v></x:c></x:row>'
                  '</x:sheetData></x:worksheet>')


def features():
    write_zip("features.xlsx", {
        "[Content_Types].xml": content_types(2),
        "_rels/.rels": PACKAGE_RELS,
        "xl/workbook.xml": workbook([("Data", "rId1"), ("Prefixed", "rId2")]),
        "xl/_rels/workbook.xml.rels": workbook_rels([
            ("rId1", "worksheet", "/xl/worksheets/sheet1.xml"),       # absolute
            ("rId2", "worksheet", "./worksheets/../worksheets/sheet2.xml"),  # relative
            ("rId3", "styles", "styles.xml"),
            ("rId4", "sharedStrings", "sharedStrings.xml")]),
        "xl/styles.xml": STYLES,
        "xl/sharedStrings.xml": SHARED,
        "xl/worksheets/sheet1.xml": FEATURES_SHEET,
        "xl/worksheets/sheet2.xml": PREFIXED_SHEET,
    })


def features_1904():
    sheet = ('<?xml version="1.0" encoding="UTF-8"?>\n'
             f'<worksheet xmlns="{MAIN_NS}"><sheetData>'
             '<row r="1"><c r="A1" s="1"><v>0</v></c><c r="B1" s="1"><v>1</v></c>'
             '<c r="C1" s="1"><v>42004</v></c><c r="D1" s="3"><v>42063</v></c><c r="E1"><v>42004</v></c></row>'
             '</sheetData></worksheet>')
    write_zip("features_1904.xlsx", {
        "[Content_Types].xml": content_types(1),
        "_rels/.rels": PACKAGE_RELS,
        "xl/workbook.xml": workbook([("Mac", "rId1")], date1904=True),
        "xl/_rels/workbook.xml.rels": workbook_rels([
            ("rId1", "worksheet", "worksheets/sheet1.xml"), ("rId2", "styles", "styles.xml")]),
        "xl/styles.xml": STYLES,
        "xl/worksheets/sheet1.xml": sheet,
    })


def broken():
    bad_xml = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               f'<worksheet xmlns="{MAIN_NS}"><sheetData>'
               '<row r="1"><c r="A1" t="inlineStr"><is><t>ok</t></is></c></row>'
               '<row r="2"><c r="A2"><v>1</c></v></row>'  # mismatched end tags
               '</sheetData></worksheet>')
    bad_index = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                 f'<worksheet xmlns="{MAIN_NS}"><sheetData>'
                 '<row r="1"><c r="A1" t="s"><v>0</v></c></row>'
                 '<row r="2"><c r="B2" t="s"><v>999</v></c></row>'
                 '</sheetData></worksheet>')
    write_zip("broken.xlsx", {
        "[Content_Types].xml": content_types(3),
        "_rels/.rels": PACKAGE_RELS,
        "xl/workbook.xml": workbook([("Broken", "rId1"), ("Missing", "rId2"), ("BadIndex", "rId3")]),
        "xl/_rels/workbook.xml.rels": workbook_rels([
            ("rId1", "worksheet", "worksheets/sheet1.xml"),
            ("rId2", "worksheet", "worksheets/sheet2.xml"),  # not in the zip
            ("rId3", "worksheet", "worksheets/sheet3.xml"),
            ("rId4", "sharedStrings", "sharedStrings.xml")]),
        "xl/sharedStrings.xml": SHARED,
        "xl/worksheets/sheet1.xml": bad_xml,
        "xl/worksheets/sheet3.xml": bad_index,
    })


def truncated_and_fake():
    with open(os.path.join(HERE, "sample_roster_libreoffice.xlsx"), "rb") as f:
        data = f.read()
    with open(os.path.join(HERE, "truncated.xlsx"), "wb") as f:
        f.write(data[: len(data) // 2])
    with open(os.path.join(HERE, "not_a_workbook.xlsx"), "w", encoding="utf-8") as f:
        f.write("序号,姓名\n1,吴志强\n")


def id_number(region, birth, sequence):
    body = f"{region}{birth}{sequence:03d}"
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body + "10X98765432"[sum(int(c) * w for c, w in zip(body, weights)) % 11]


def csv_variants():
    rows = [["序号", "所在村", "户主", "公民身份号码", "保障金额", "备注"],
            ["1", "梧桥村", "吴志强", id_number("350121", "19530301", 528), "1116,50", '说明"含引号"'],
            ["2", "洋里村", "黄志强", id_number("350121", "19860319", 185), "279", "第一行\n第二行"],
            ["3", "洋里村", "吴丽娟", id_number("350121", "19761219", 5), "558", ""]]

    def quoted(field, delimiter):
        if any(c in field for c in (delimiter, '"', "\n", "\r")):
            return '"' + field.replace('"', '""') + '"'
        return field

    def render(delimiter, newline, title=None):
        lines = ([title] if title else []) + [delimiter.join(quoted(f, delimiter) for f in row) for row in rows]
        return newline.join(lines) + newline

    with open(os.path.join(HERE, "semicolon.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(render(";", "\r\n", title="花名册（分号分隔）"))
    with open(os.path.join(HERE, "tab.txt"), "w", encoding="gb18030", newline="") as f:
        f.write(render("\t", "\r"))
    with open(os.path.join(HERE, "bom.csv"), "w", encoding="utf-8-sig", newline="") as f:
        f.write(render(",", "\r\n"))
    with open(os.path.join(HERE, "unclosed_quote.csv"), "w", encoding="utf-8", newline="") as f:
        f.write('序号,姓名\n1,吴志强\n2,"黄志强\n3,吴丽娟\n')


def members_fods():
    """One row per member, household cells merged over the members' rows, as a flat ODS for soffice."""
    households = [
        ("梧桥村", "吴志强", "19530301", 3, 1116, "2014-08-01", [("吴丽娟", "配偶", "19550612"), ("吴小红", "子女", "19820303")]),
        ("洋里村", "黄志强", "19860319", 1, 279, "2015-03-01", []),
        ("洋里村", "张丽娟", "19750615", 2, 558, "2020-10-01", [("张建国", "子女", "20010101")]),
        ("南屿社区", "林国平", "19670514", 2, 558, "2021-06-01", [("林美玲", "配偶", "19690909"), ("林德福", "父母", "19400101")]),
    ]
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"')

    def text(value, span=None):
        attr = f' table:number-rows-spanned="{span}"' if span else ""
        return f'<table:table-cell office:value-type="string"{attr}><text:p>{value}</text:p></table:table-cell>'

    def number(value, span=None):
        attr = f' table:number-rows-spanned="{span}"' if span else ""
        return f'<table:table-cell office:value-type="float" office:value="{value}"{attr}><text:p>{value}</text:p></table:table-cell>'

    def date(value, span=None):
        attr = f' table:number-rows-spanned="{span}"' if span else ""
        return (f'<table:table-cell table:style-name="ce1" office:value-type="date" office:date-value="{value}"{attr}>'
                f'<text:p>{value}</text:p></table:table-cell>')

    covered = "<table:covered-table-cell/>"
    rows = ['<table:table-row><table:table-cell office:value-type="string" table:number-columns-spanned="9">'
            '<text:p>闽侯县南屿镇农村低保对象花名册（按成员）</text:p></table:table-cell>'
            '<table:covered-table-cell table:number-columns-repeated="8"/></table:table-row>',
            "<table:table-row>" + "".join(text(h) for h in (
                "序号", "所在村", "户主姓名", "成员姓名", "与户主关系", "公民身份号码", "保障人口", "月保障金额（元）", "开始保障年月")) +
            "</table:table-row>"]
    total = 0
    for index, (village, head, birth, covered_count, amount, start, members) in enumerate(households, 1):
        span = 1 + len(members)
        s = span if span > 1 else None
        total += amount
        rows.append("<table:table-row>" + number(index, s) + text(village, s) + text(head, s) + text(head) + text("户主") +
                    text(id_number("350121", birth, 11 + 2 * index)) + number(covered_count, s) + number(amount, s) +
                    date(start, s) + "</table:table-row>")
        for k, (name, relation, member_birth) in enumerate(members):
            rows.append("<table:table-row>" + covered * 3 + text(name) + text(relation) +
                        text(id_number("350121", member_birth, 20 + 2 * k)) + covered * 3 + "</table:table-row>")
    rows.append("<table:table-row>" + text("合计") + "<table:table-cell table:number-columns-repeated=\"6\"/>" +
                number(total) + "<table:table-cell/></table:table-row>")
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {ns} office:version="1.2" '
            'office:mimetype="application/vnd.oasis.opendocument.spreadsheet">'
            '<office:automatic-styles><number:date-style style:name="N1"><number:year number:style="long"/>'
            '<number:text>-</number:text><number:month number:style="long"/><number:text>-</number:text>'
            '<number:day number:style="long"/></number:date-style>'
            '<style:style style:name="ce1" style:family="table-cell" style:data-style-name="N1"/>'
            '</office:automatic-styles><office:body><office:spreadsheet><table:table table:name="花名册">'
            + "".join(rows) + "</table:table></office:spreadsheet></office:body></office:document>")


def id_as_number_csv():
    lines = ["序号,户主,公民身份号码,保障金额"]
    lines += [f"{i},户主{i},{id_number('350121', '1980010' + str(i), 100 + i)},{279 * i}" for i in range(1, 4)]
    return "\n".join(lines) + "\n"


def soffice(source, target_format, out_name, filter_options=None):
    with tempfile.TemporaryDirectory() as tmp:
        profile = f"-env:UserInstallation=file://{tmp}/profile"
        convert = target_format + (f":{filter_options}" if filter_options else "")
        # CSV sources are UTF-8 (character set 76); without this LibreOffice reads them as Latin-1.
        infilter = ["--infilter=CSV:44,34,76,1"] if source.endswith(".csv") else []
        subprocess.run(["soffice", profile, "--headless", *infilter, "--convert-to", convert, "--outdir", tmp, source],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        produced = os.path.join(tmp, os.path.splitext(os.path.basename(source))[0] + "." + target_format.split(":")[0])
        shutil.copyfile(produced, os.path.join(HERE, out_name))


def office_suite_fixtures():
    soffice(os.path.join(HERE, "sample_roster_libreoffice.xlsx"), "xls", "sample_roster_libreoffice.xls")
    with tempfile.TemporaryDirectory() as tmp:
        fods = os.path.join(tmp, "members_merged.fods")
        with open(fods, "w", encoding="utf-8") as f:
            f.write(members_fods())
        soffice(fods, "xlsx", "members_merged_libreoffice.xlsx")
        soffice(fods, "xls", "members_merged_libreoffice.xls")
        csv = os.path.join(tmp, "id_as_number.csv")
        with open(csv, "w", encoding="utf-8") as f:
            f.write(id_as_number_csv())
        # LibreOffice reads the 18-digit IDs as numbers, as Excel does when a clerk opens such a CSV.
        soffice(csv, "xlsx", "id_as_number_libreoffice.xlsx")
        soffice(csv, "xls", "id_as_number_libreoffice.xls")


if __name__ == "__main__":
    features()
    features_1904()
    broken()
    truncated_and_fake()
    csv_variants()
    if "--soffice" in sys.argv:
        office_suite_fixtures()
