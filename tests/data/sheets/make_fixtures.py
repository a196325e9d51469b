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


def fods(sheet_name, rows):
    """A flat ODS of one sheet. rows: lists of cells, each None, ("s", text), ("n", number) or ("d", "YYYY-MM-DD")."""
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"')

    def cell(c):
        if c is None:
            return "<table:table-cell/>"
        kind, value = c
        if kind == "n":
            return (f'<table:table-cell office:value-type="float" office:value="{value}">'
                    f'<text:p>{value}</text:p></table:table-cell>')
        if kind == "d":
            return (f'<table:table-cell table:style-name="ce1" office:value-type="date" office:date-value="{value}">'
                    f'<text:p>{value}</text:p></table:table-cell>')
        return f'<table:table-cell office:value-type="string"><text:p>{value}</text:p></table:table-cell>'

    body = "".join("<table:table-row>" + "".join(cell(c) for c in row) + "</table:table-row>" for row in rows)
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {ns} office:version="1.2" '
            'office:mimetype="application/vnd.oasis.opendocument.spreadsheet">'
            '<office:automatic-styles><number:date-style style:name="N1"><number:year number:style="long"/>'
            '<number:text>-</number:text><number:month number:style="long"/><number:text>-</number:text>'
            '<number:day number:style="long"/></number:date-style>'
            '<style:style style:name="ce1" style:family="table-cell" style:data-style-name="N1"/>'
            f'</office:automatic-styles><office:body><office:spreadsheet><table:table table:name="{sheet_name}">'
            + body + "</table:table></office:spreadsheet></office:body></office:document>")


def t(value):
    return ("s", value) if value not in (None, "") else None


def member_rows(households, columns):
    """One row per member; household columns repeated on every member's row (as most systems export)."""
    rows = []
    for index, h in enumerate(households, 1):
        for k, m in enumerate(h["members"]):
            row = []
            for name in columns:
                value = m.get(name, h.get(name))
                if name == "序号":
                    value = ("n", index) if k == 0 else None
                elif isinstance(value, tuple) or value is None:
                    pass
                else:
                    value = t(value)
                row.append(value)
            rows.append(row)
    return rows


def ident(birth, sequence):
    return id_number("350121", birth, sequence)


def certificate(idn, kind, grade, suffix=""):
    return f"{idn}{kind}{grade}{suffix}"


# The words, codes and spellings of issue 10, as clerks write them (tst_roster_import checks each one).
WORDS_COLUMNS = ["序号", "所在村", "户主姓名", "户主身份证号码", "保障状态", "状态变更日期", "变更原因", "保障人数",
                 "月保障金额（元）", "起始保障年月", "家庭成员姓名", "与户主关系", "成员身份证号码", "残疾类别及等级",
                 "残疾人证号"]


def words_households():
    lin, wang, jun, hua = ident("19580301", 13), ident("19600502", 24), ident("19850703", 35), ident("19900812", 46)
    chen, ming, hong = ident("19450104", 48), ident("19700211", 17), ident("20080921", 28)
    huang, hmother, hbrother = ident("19700607", 19), ident("19450915", 26), ident("19730303", 31)
    wu, jianguo, xiaoli, grandpa = ident("19761219", 42), ident("19780620", 51), ident("20100101", 64), ident("19420505", 71)
    zheng, zwife, zchild, zsil, zmil, zgs, znephew, zhelper = (
        ident("19650101", 53), ident("19660202", 62), ident("19900303", 73), ident("19880404", 81),
        ident("19400505", 94), ident("20150606", 15), ident("19950707", 23), ident("19700808", 84))
    liu, lfil, lsil, lgm = ident("19800115", 36), ident("19500220", 57), ident("19780325", 68), ident("19380430", 72)
    zhang, zhson, zhdau = ident("19750615", 77), ident("20000101", 89), ident("20050505", 90)
    return [
        {"所在村": "上街村", "户主姓名": "林大山", "户主身份证号码": lin, "保障状态": "在保", "保障人数": ("n", 4),
         "月保障金额（元）": ("n", 900), "起始保障年月": "2013年2月", "members": [
             {"家庭成员姓名": "林大山", "与户主关系": "户主", "成员身份证号码": lin, "残疾类别及等级": "三级（智力）",
              "残疾人证号": certificate(lin, 5, 3)},
             {"家庭成员姓名": "王秀兰", "与户主关系": "妻子", "成员身份证号码": wang, "残疾类别及等级": "肢体二级",
              "残疾人证号": certificate(wang, 4, 2)},
             {"家庭成员姓名": "林小军", "与户主关系": "长子", "成员身份证号码": jun, "残疾类别及等级": "视力残疾一级",
              "残疾人证号": certificate(jun, 1, 1, "B1")},
             {"家庭成员姓名": "林小花", "与户主关系": ("n", 30), "成员身份证号码": hua, "残疾类别及等级": "精神 3级",
              "残疾人证号": certificate(hua, 6, 3)}]},
        {"所在村": "上街村", "户主姓名": "陈阿婆", "户主身份证号码": chen, "保障状态": "在保", "保障人数": ("n", 3),
         "月保障金额（元）": ("n", 600), "起始保障年月": ("d", "2019-05-01"), "members": [
             {"家庭成员姓名": "陈阿婆", "与户主关系": "01", "成员身份证号码": chen},
             {"家庭成员姓名": "陈小明", "与户主关系": ("n", 22), "成员身份证号码": ming, "残疾类别及等级": "二级肢体",
              "残疾人证号": certificate(hong, 4, 2)},  # another member's number: a warning
             {"家庭成员姓名": "陈小红", "与户主关系": "孙女", "成员身份证号码": hong, "残疾类别及等级": "言语四级"}]},
        {"所在村": "下洋村", "户主姓名": "黄志强", "户主身份证号码": huang, "保障状态": "停保",
         "状态变更日期": ("d", "2026-06-15"), "变更原因": "家庭收入超过低保标准", "保障人数": ("n", 1),
         "月保障金额（元）": ("n", 345), "起始保障年月": "2018年3月", "members": [
             {"家庭成员姓名": "黄志强", "与户主关系": "户主", "成员身份证号码": huang, "残疾类别及等级": "多重残疾一级",
              "残疾人证号": certificate(huang, 7, 1)},
             {"家庭成员姓名": "黄阿妹", "与户主关系": "母亲", "成员身份证号码": hmother},
             {"家庭成员姓名": "黄志明", "与户主关系": "兄弟姐妹", "成员身份证号码": hbrother,
              "残疾类别及等级": "肢体残疾2级", "残疾人证号": certificate(hbrother, 4, 3)}]},  # the texts disagree
        {"所在村": "下洋村", "户主姓名": "吴丽娟", "户主身份证号码": wu, "保障状态": "退保",
         "状态变更日期": ("d", "2025-12-31"), "保障人数": ("n", 2), "月保障金额（元）": ("n", 558),
         "起始保障年月": "2016-09", "members": [
             {"家庭成员姓名": "吴丽娟", "与户主关系": "户主", "成员身份证号码": wu, "残疾类别及等级": "无"},
             {"家庭成员姓名": "张建国", "与户主关系": "儿媳", "成员身份证号码": jianguo, "残疾类别及等级": "否"},
             {"家庭成员姓名": "吴小丽", "与户主关系": "外孙女", "成员身份证号码": xiaoli},
             {"家庭成员姓名": "吴老汉", "与户主关系": "爷爷", "成员身份证号码": grandpa}]},
        {"所在村": "上街村", "户主姓名": "郑德福", "户主身份证号码": zheng, "保障状态": "在保", "保障人数": ("n", 8),
         "月保障金额（元）": ("n", 1200), "起始保障年月": "2020年7月", "members": [
             {"家庭成员姓名": "郑德福", "与户主关系": "户主", "成员身份证号码": zheng},
             {"家庭成员姓名": "郑美玉", "与户主关系": ("n", 10), "成员身份证号码": zwife},
             {"家庭成员姓名": "郑小福", "与户主关系": "子女", "成员身份证号码": zchild},
             {"家庭成员姓名": "李建华", "与户主关系": "女婿", "成员身份证号码": zsil},
             {"家庭成员姓名": "李老太", "与户主关系": "岳母", "成员身份证号码": zmil},
             {"家庭成员姓名": "郑小宝", "与户主关系": ("n", 41), "成员身份证号码": zgs},
             {"家庭成员姓名": "郑小侄", "与户主关系": "侄子", "成员身份证号码": znephew},
             {"家庭成员姓名": "王阿姨", "与户主关系": ("n", 99), "成员身份证号码": zhelper}]},
        {"所在村": "上街村", "户主姓名": "刘依妹", "户主身份证号码": liu, "保障状态": "在保", "保障人数": ("n", 4),
         "月保障金额（元）": ("n", 300), "起始保障年月": "2023年12月", "members": [
             {"家庭成员姓名": "刘依妹", "与户主关系": "本人", "成员身份证号码": liu},
             {"家庭成员姓名": "刘公公", "与户主关系": "公公", "成员身份证号码": lfil},
             {"家庭成员姓名": "刘嫂", "与户主关系": "嫂子", "成员身份证号码": lsil},
             {"家庭成员姓名": "刘外婆", "与户主关系": "外婆", "成员身份证号码": lgm, "残疾类别及等级": "智力三级",
              "残疾人证号": certificate(lgm, 5, 2)}]},  # the texts disagree
        {"所在村": "下洋村", "户主姓名": "张阿明", "户主身份证号码": zhang, "保障状态": "在保", "保障人数": ("n", 3),
         "月保障金额（元）": ("n", 450), "起始保障年月": "2021.06", "members": [
             {"家庭成员姓名": "张阿明", "与户主关系": "户主", "成员身份证号码": zhang,
              "残疾人证号": certificate(zhang, 8, 1)},  # kind digit out of range
             {"家庭成员姓名": "张小明", "与户主关系": "次子", "成员身份证号码": zhson,
              "残疾人证号": certificate(zhson, 2, 4)},  # the certificate alone tells
             {"家庭成员姓名": "张小妹", "与户主关系": "次女", "成员身份证号码": zhdau, "残疾类别及等级": "言语四级"}]},
    ]


KINDS_COLUMNS = ["户主姓名", "户主身份证号", "所在村", "保障状态", "停保日期", "停保原因", "月保障金", "开始保障年月",
                 "姓名", "身份证号码", "家庭关系", "残疾类别", "残疾等级", "残疾证号"]


def kinds_households():
    zhou, zwife, zson, zgc, zparent = (ident("19600101", 11), ident("19620202", 22), ident("19850303", 33),
                                       ident("20120404", 44), ident("19350505", 56))
    xiu, xsib, xrel = ident("19700707", 65), ident("19720808", 77), ident("19990909", 88)
    return [
        {"户主姓名": "周建国", "户主身份证号": zhou, "所在村": "上街村", "保障状态": "在保", "月保障金": ("n", 500),
         "开始保障年月": "2015-01", "members": [
             {"姓名": "周建国", "身份证号码": zhou, "家庭关系": ("n", 0), "残疾类别": "肢体", "残疾等级": "2级"},
             {"姓名": "林秀珍", "身份证号码": zwife, "家庭关系": ("n", 1), "残疾等级": "三级（智力）"},
             {"姓名": "周小龙", "身份证号码": zson, "家庭关系": ("n", 2), "残疾类别": "视力残疾", "残疾等级": "一级"},
             {"姓名": "周小虎", "身份证号码": zgc, "家庭关系": ("n", 4), "残疾类别": "无"},
             {"姓名": "周老太", "身份证号码": zparent, "家庭关系": ("n", 5), "残疾类别": "听力",
              "残疾证号": certificate(zparent, 2, 4)}]},
        {"户主姓名": "周秀英", "户主身份证号": xiu, "所在村": "下洋村", "保障状态": "停保",
         "停保日期": "2026年3月15日", "停保原因": "外出务工收入增加", "月保障金": ("n", 280), "开始保障年月": "2019年10月",
         "members": [
             {"姓名": "周秀英", "身份证号码": xiu, "家庭关系": ("n", 0)},
             {"姓名": "周秀华", "身份证号码": xsib, "家庭关系": ("n", 7)},
             {"姓名": "周远亲", "身份证号码": xrel, "家庭关系": ("n", 8)}]},
    ]


UNMAPPED_COLUMNS = ["所在村", "户主姓名", "户主身份证号码", "保障状态", "月保障金额", "起始保障年月", "姓名", "身份证号码",
                    "与户主关系", "残疾情况"]


def unmapped_households():
    a, a1, a2 = ident("19660101", 19), ident("19680202", 28), ident("19990303", 37)
    b, b1 = ident("19550404", 46), ident("19800505", 55)
    return [
        {"所在村": "上街村", "户主姓名": "何大海", "户主身份证号码": a, "保障状态": "在保", "月保障金额": ("n", 700),
         "起始保障年月": "2017年4月", "members": [
             {"姓名": "何大海", "身份证号码": a, "与户主关系": "户主"},
             {"姓名": "何干女", "身份证号码": a1, "与户主关系": "干亲"},
             {"姓名": "何小海", "身份证号码": a2, "与户主关系": "儿子", "残疾情况": "侏儒"}]},
        {"所在村": "下洋村", "户主姓名": "潘阿公", "户主身份证号码": b, "保障状态": "在保", "月保障金额": ("n", 350),
         "起始保障年月": "2022年1月", "members": [
             {"姓名": "潘阿公", "身份证号码": b, "与户主关系": "户主"},
             {"姓名": "潘干儿", "身份证号码": b1, "与户主关系": "干亲"}]},
    ]


NO_DATES_COLUMNS = ["村(居)名称", "户主姓名", "户主身份证号码", "保障状态", "月保障金额", "姓名", "身份证号码", "与户主关系"]


def no_dates_households():
    a, a1, b, c = ident("19510101", 12), ident("19530202", 21), ident("19640303", 34), ident("19720404", 43)
    return [
        {"村(居)名称": "上街村", "户主姓名": "宋老伯", "户主身份证号码": a, "保障状态": "在保", "月保障金额": ("n", 640),
         "members": [{"姓名": "宋老伯", "身份证号码": a, "与户主关系": "户主"},
                     {"姓名": "宋阿婆", "身份证号码": a1, "与户主关系": "配偶"}]},
        {"村(居)名称": "下洋村", "户主姓名": "唐一民", "户主身份证号码": b, "保障状态": "在保", "月保障金额": ("n", 320),
         "members": [{"姓名": "唐一民", "身份证号码": b, "与户主关系": "户主"}]},
        {"村(居)名称": "下洋村", "户主姓名": "韩二妹", "户主身份证号码": c, "保障状态": "停保", "月保障金额": ("n", 300),
         "members": [{"姓名": "韩二妹", "身份证号码": c, "与户主关系": "户主"}]},
    ]


def word_fixtures(tmp):
    sheets = [
        ("members_words", "镇低保家庭成员花名册（关系、残疾写法）", WORDS_COLUMNS, words_households(), ["xlsx", "xls"]),
        ("members_kinds", "成员花名册（代码与分列残疾）", KINDS_COLUMNS, kinds_households(), ["xlsx"]),
        ("members_unmapped", "成员花名册（无法识别的词）", UNMAPPED_COLUMNS, unmapped_households(), ["xlsx"]),
        ("members_no_dates", "成员花名册（无起始年月）", NO_DATES_COLUMNS, no_dates_households(), ["xlsx"]),
    ]
    for name, title, columns, households, formats in sheets:
        rows = [[("s", title)], [("s", c) for c in columns]] + member_rows(households, columns)
        source = os.path.join(tmp, name + ".fods")
        with open(source, "w", encoding="utf-8") as f:
            f.write(fods("花名册", rows))
        for fmt in formats:
            soffice(source, fmt, f"{name}_libreoffice.{fmt}")


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
        word_fixtures(tmp)


if __name__ == "__main__":
    features()
    features_1904()
    broken()
    truncated_and_fake()
    csv_variants()
    if "--soffice" in sys.argv:
        office_suite_fixtures()
