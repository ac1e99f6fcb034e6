"""Generate DVLO form DVL-7 (vocational licence application) as a fillable AcroForm PDF.

Layout is drawn with fpdf2; form fields are added afterwards with pypdf, and some are filled.
"""
from fpdf import FPDF
from pypdf import PdfReader, PdfWriter
from pypdf.generic import (ArrayObject, BooleanObject, DictionaryObject, FloatObject,
                           NameObject, NumberObject, TextStringObject)
import io
import os

OUT = os.path.join(os.path.dirname(__file__), "..", "docs", "DVL-7_vocational_entitlement_application_2026.pdf")
FONT = "/usr/share/fonts/truetype/liberation/"
PAGE_H = 297.0
MM = 72 / 25.4

fields = []  # (page_index, name, kind, x, y, w, h, value)


class Form(FPDF):
    def header(self):
        self.set_font("L", "B", 9)
        self.set_text_color(0, 70, 40)
        self.cell(0, 5, "Driver and Vehicle Licensing Office (DVLO) - Republic of Brevania", new_x="LMARGIN", new_y="NEXT")
        self.set_font("L", "", 8)
        self.set_text_color(90)
        self.cell(0, 4, "DVL-7  Application for provisional vocational entitlement (Class C, C1, C+E)  -  Rev. 01/2026",
                  new_x="LMARGIN", new_y="NEXT")
        self.line(15, self.get_y() + 1, 195, self.get_y() + 1)
        self.ln(4)

    def footer(self):
        self.set_y(-12)
        self.set_font("L", "", 7.5)
        self.set_text_color(90)
        self.cell(0, 4, f"DVL-7 (01/26)   Page {self.page_no()} of {{nb}}   -   DVLO, Licensing Centre, Kasswick KW1 4DV   -   dvlo.gov.bv",
                  align="C")


pdf = Form("P", "mm", "A4")
pdf.add_font("L", "", FONT + "LiberationSans-Regular.ttf")
pdf.add_font("L", "B", FONT + "LiberationSans-Bold.ttf")
pdf.add_font("L", "I", FONT + "LiberationSans-Italic.ttf")
pdf.alias_nb_pages()
pdf.set_margins(15, 12, 15)
pdf.set_auto_page_break(True, 18)
pdf.set_title("DVL-7 Application for provisional vocational entitlement")
pdf.set_author("Driver and Vehicle Licensing Office")
pdf.add_page()


def h(txt, size=11):
    pdf.set_font("L", "B", size)
    pdf.set_text_color(0, 70, 40)
    pdf.ln(1)
    pdf.multi_cell(0, 6, txt, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(20)


def para(txt, size=8.8):
    pdf.set_font("L", "", size)
    pdf.set_text_color(20)
    pdf.multi_cell(0, 4.3, txt, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.2)


def field(label, name, value="", w=110, lh=7):
    pdf.set_font("L", "", 8.5)
    y = pdf.get_y()
    pdf.set_x(15)
    pdf.cell(65, lh, label)
    pdf.set_draw_color(120)
    pdf.rect(80, y + 0.5, w, lh - 1)
    fields.append((pdf.page_no() - 1, name, "text", 80, y + 0.5, w, lh - 1, value))
    pdf.ln(lh + 0.8)


def check(label, name, on=False):
    pdf.set_font("L", "", 8.5)
    y = pdf.get_y()
    pdf.rect(17, y + 1, 4, 4)
    fields.append((pdf.page_no() - 1, name, "check", 17, y + 1, 4, 4, on))
    pdf.set_x(24)
    pdf.multi_cell(0, 6, label, new_x="LMARGIN", new_y="NEXT")


pdf.set_font("L", "B", 15)
pdf.cell(0, 8, "Apply for a provisional lorry licence", new_x="LMARGIN", new_y="NEXT")
para("Use this form to add provisional Class C1, C or C+E (large goods vehicle) entitlement to your full "
     "Class B driving licence. Read the guidance on this page before you fill in the form. You can type "
     "into the boxes on screen, print the form, sign it and post it, or upload it at dvlo.gov.bv/vocational.")

h("Guidance notes")
para("1. Who can apply. You must hold a full Class B licence. The minimum age is 18 for Class C1 and C. For C+E the "
     "minimum age is 21, or 18 if you are enrolled on an approved apprenticeship or are training for the Driver "
     "Qualification Card (DQC) with an approved employer. Write the scheme number in Section 4 if this applies.")
para("2. Medical report. You must send a completed medical report (form D-4B) with this application. The "
     "examination must be carried out by a registered doctor, and the report must be signed no more than 4 months "
     "before we receive your application. DVLO does not pay for the examination.")
para("3. Eyesight. You must be able to read a number plate from 20 metres and have a visual acuity of at least "
     "0.8 (6/7.5) in your better eye and 0.1 (6/60) in the other, with glasses or contact lenses if needed.")
para("4. After we grant provisional entitlement, you may drive a large goods vehicle on public roads only under "
     "the supervision of a driver aged 21 or over who has held full entitlement for that class for at least 3 years. "
     "Provisional entitlement does not allow you to drive for hire or reward until you pass the practical test "
     "and hold a DQC.")
para("5. Processing. We aim to process 90% of complete applications within 15 working days. Incomplete "
     "applications are returned and the fee is not refunded.")

h("Fees from 1 January 2026")
rows = [("Service", "Fee (BVL)"),
        ("Provisional C1 / C / C+E entitlement (this form)", "85"),
        ("Theory test (multiple choice and hazard perception)", "42"),
        ("DQC Part 2: case study test", "38"),
        ("DQC Part 4: practical demonstration test", "70"),
        ("Practical driving test, Class C or C+E (weekday)", "165"),
        ("Practical driving test, Class C or C+E (evening, Saturday)", "210"),
        ("Driver Qualification Card (issue or renewal)", "35"),
        ("Replacement licence (lost or damaged)", "24")]
pdf.set_font("L", "", 8.5)
for i, (a, b) in enumerate(rows):
    pdf.set_font("L", "B" if i == 0 else "", 8.5)
    fill = i == 0
    pdf.set_fill_color(220, 235, 225)
    pdf.cell(140, 6, a, border=1, fill=fill)
    pdf.cell(40, 6, b, border=1, fill=fill, align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
para("Theory test pass marks: multiple choice 85 out of 100; hazard perception 67 out of 100. A theory pass is "
     "valid for 2 years. The DQC needs 35 hours of periodic training every 5 years to remain valid.", 8.3)

pdf.add_page()
h("Section 1: About you")
field("1.1 Surname", "surname", "Voss")
field("1.2 First names", "first_names", "Dana Maria")
field("1.3 Date of birth (DD/MM/YYYY)", "dob", "03/06/1991", 40)
field("1.4 Address line 1", "addr1", "Flat 4, 22 Tanner Street")
field("1.5 Town", "town", "Kasswick", 60)
field("1.6 Postcode", "postcode", "KW3 7PL", 30)
field("1.7 Email", "email", "")
field("1.8 Phone", "phone", "")

h("Section 2: Your current licence")
field("2.1 Driving licence number", "licence_no", "VOSSD 910603 DM 9KW", 80)
field("2.2 Date Class B first granted", "b_date", "14/08/2010", 40)
field("2.3 Penalty points (number)", "points", "0", 20)

h("Section 3: Entitlement you want to add (tick all that apply)")
check("Class C1 (3,500 to 7,500 kg)", "want_c1", False)
check("Class C (over 3,500 kg, trailer up to 750 kg)", "want_c", True)
check("Class C+E (Class C with a trailer over 750 kg)", "want_ce", False)

h("Section 4: Apprenticeship or employer scheme (only if you are under 21 and applying for C+E)")
field("4.1 Approved scheme number", "scheme_no", "", 60)
field("4.2 Employer / training provider", "scheme_employer", "")

h("Section 5: Medical")
check("I have enclosed a D-4B medical report signed within the last 4 months", "medical_enclosed", True)
field("5.1 Date of medical examination", "medical_date", "19/01/2026", 40)
check("I have a condition that I must tell DVLO about (attach form M-1)", "medical_condition", False)

h("Section 6: Payment")
check("Card payment by phone (we will call you)", "pay_card", False)
check("Bank transfer with reference DVL7 and your licence number", "pay_transfer", True)
field("6.1 Amount paid (BVL)", "amount", "85", 30)

h("Section 7: Declaration")
para("I declare that the information I have given is correct. I understand that it is an offence to make a false "
     "declaration to obtain a driving licence and that I can be fined up to BVL 2,500.")
field("7.1 Signature", "signature", "")
field("7.2 Date", "sign_date", "25/01/2026", 40)

buf = io.BytesIO(pdf.output())
reader = PdfReader(buf)
writer = PdfWriter()
writer.append(reader)

acro_fields = ArrayObject()
for (pi, name, kind, x, y, w, hgt, val) in fields:
    page = writer.pages[pi]
    rect = ArrayObject([FloatObject(x * MM), FloatObject((PAGE_H - y - hgt) * MM),
                        FloatObject((x + w) * MM), FloatObject((PAGE_H - y) * MM)])
    annot = DictionaryObject({
        NameObject("/Type"): NameObject("/Annot"),
        NameObject("/Subtype"): NameObject("/Widget"),
        NameObject("/T"): TextStringObject(name),
        NameObject("/Rect"): rect,
        NameObject("/F"): NumberObject(4),
        NameObject("/P"): page.indirect_reference,
    })
    if kind == "text":
        annot[NameObject("/FT")] = NameObject("/Tx")
        annot[NameObject("/DA")] = TextStringObject("/Helv 9 Tf 0 g")
        annot[NameObject("/V")] = TextStringObject("")
    else:
        annot[NameObject("/FT")] = NameObject("/Btn")
        state = NameObject("/Yes") if val else NameObject("/Off")
        annot[NameObject("/V")] = state
        annot[NameObject("/AS")] = state
        annot[NameObject("/MK")] = DictionaryObject({NameObject("/CA"): TextStringObject("4")})
        annot[NameObject("/DA")] = TextStringObject("/ZaDb 0 Tf 0 g")
        # appearance streams for on/off
        from pypdf.generic import StreamObject
        wpt, hpt = w * MM, hgt * MM
        on = StreamObject()
        on._data = (f"q 0 g BT /ZaDb {hpt*0.8:.2f} Tf 0.8 0.9 Td (4) Tj ET Q").encode()
        on.update({NameObject("/Type"): NameObject("/XObject"), NameObject("/Subtype"): NameObject("/Form"),
                   NameObject("/BBox"): ArrayObject([FloatObject(0), FloatObject(0), FloatObject(wpt), FloatObject(hpt)]),
                   NameObject("/Resources"): DictionaryObject({NameObject("/Font"): DictionaryObject({
                       NameObject("/ZaDb"): DictionaryObject({NameObject("/Type"): NameObject("/Font"),
                                                              NameObject("/Subtype"): NameObject("/Type1"),
                                                              NameObject("/BaseFont"): NameObject("/ZapfDingbats")})})})})
        off = StreamObject()
        off._data = b""
        off.update({NameObject("/Type"): NameObject("/XObject"), NameObject("/Subtype"): NameObject("/Form"),
                    NameObject("/BBox"): ArrayObject([FloatObject(0), FloatObject(0), FloatObject(wpt), FloatObject(hpt)])})
        annot[NameObject("/AP")] = DictionaryObject({NameObject("/N"): DictionaryObject({
            NameObject("/Yes"): writer._add_object(on), NameObject("/Off"): writer._add_object(off)})})
    ref = writer._add_object(annot)
    if "/Annots" not in page:
        page[NameObject("/Annots")] = ArrayObject()
    page["/Annots"].append(ref)
    acro_fields.append(ref)

helv = DictionaryObject({NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
                         NameObject("/BaseFont"): NameObject("/Helvetica"),
                         NameObject("/Encoding"): NameObject("/WinAnsiEncoding")})
writer._root_object[NameObject("/AcroForm")] = DictionaryObject({
    NameObject("/Fields"): acro_fields,
    NameObject("/DA"): TextStringObject("/Helv 9 Tf 0 g"),
    NameObject("/DR"): DictionaryObject({NameObject("/Font"): DictionaryObject({NameObject("/Helv"): writer._add_object(helv)})}),
    NameObject("/NeedAppearances"): BooleanObject(True),
})

# fill in the text fields that the applicant has completed
for pi in sorted({f[0] for f in fields}):
    vals = {f[1]: f[7] for f in fields if f[0] == pi and f[2] == "text" and f[7]}
    if vals:
        writer.update_page_form_field_values(writer.pages[pi], vals, auto_regenerate=False)

writer.add_metadata({"/Title": "DVL-7 Application for provisional vocational entitlement",
                     "/Author": "Driver and Vehicle Licensing Office"})
with open(OUT, "wb") as fh:
    writer.write(fh)
print("wrote", OUT)
