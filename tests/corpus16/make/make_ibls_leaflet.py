"""IBLS 'Registering as a biomedical scientist' tri-fold leaflet, printed to PDF:
A4 landscape, three panels per page, text flowing panel by panel."""
import os
from fpdf import FPDF

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "IBLS_Registration_Leaflet_2026.pdf")
FD = "/usr/share/fonts/truetype/dejavu/"
NAVY = (20, 45, 90); TEAL = (0, 120, 130)

class Leaflet(FPDF):
    def __init__(self):
        super().__init__(orientation="L", unit="mm", format="A4")
        self.set_auto_page_break(False)
        self.add_font("DV", "", FD + "DejaVuSans.ttf")
        self.add_font("DV", "B", FD + "DejaVuSans-Bold.ttf")
        self.add_font("DV", "I", FD + "DejaVuSans-Oblique.ttf")
        self.set_title("Registering as a biomedical scientist 2026")
        self.set_author("Institute of Biomedical and Laboratory Science (IBLS)")
        self.set_creator("Adobe InDesign 19.2 (Windows)")
        self.pw = 297 / 3; self.m = 8; self.top = 10; self.bottom = 200
        self.panel = -1

    def goto_panel(self, idx):
        if idx // 3 != (self.page - 1 if self.page else -1):
            self.add_page()
            # fold marks
            self.set_draw_color(200, 200, 200)
            for k in (1, 2):
                self.line(k * self.pw, 0, k * self.pw, 4); self.line(k * self.pw, 206, k * self.pw, 210)
        self.panel = idx
        self.x0 = (idx % 3) * self.pw + self.m
        self.w0 = self.pw - 2 * self.m
        self.set_xy(self.x0, self.top)

    def need(self, h):
        if self.get_y() + h > self.bottom:
            self.goto_panel(self.panel + 1)

    def head(self, t, size=11.5, color=NAVY):
        self.set_font("DV", "B", size)
        h = self.multi_cell(self.w0, 5.2, t, dry_run=True, output="HEIGHT")
        self.need(h + 10)
        self.set_x(self.x0); self.set_text_color(*color)
        self.multi_cell(self.w0, 5.2, t, new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(*TEAL); self.set_line_width(0.5)
        self.line(self.x0, self.get_y() + 0.5, self.x0 + 18, self.get_y() + 0.5)
        self.set_y(self.get_y() + 2.5); self.set_text_color(30, 30, 30)

    def text(self, t, size=8.6, style="", lh=3.9, after=1.8):
        self.set_font("DV", style, size)
        h = self.multi_cell(self.w0, lh, t, dry_run=True, output="HEIGHT")
        self.need(h)
        self.set_x(self.x0)
        self.multi_cell(self.w0, lh, t, new_x="LMARGIN", new_y="NEXT")
        self.set_y(self.get_y() + after)

    def bullet(self, t, size=8.6, lh=3.9):
        self.set_font("DV", "", size)
        h = self.multi_cell(self.w0 - 4, lh, t, dry_run=True, output="HEIGHT")
        self.need(h)
        y = self.get_y()
        self.set_xy(self.x0, y); self.set_text_color(*TEAL); self.cell(4, lh, "■" if False else "•")
        self.set_text_color(30, 30, 30)
        self.set_xy(self.x0 + 4, y)
        self.multi_cell(self.w0 - 4, lh, t, new_x="LMARGIN", new_y="NEXT")
        self.set_y(self.get_y() + 0.8)

    def table(self, rows, widths, size=8):
        self.set_font("DV", "", size)
        total = 5.2 * len(rows)
        self.need(total + 2)
        for i, r in enumerate(rows):
            self.set_x(self.x0)
            if i == 0:
                self.set_fill_color(*NAVY); self.set_text_color(255, 255, 255); self.set_font("DV", "B", size)
            else:
                self.set_fill_color(232, 242, 244) if i % 2 else self.set_fill_color(255, 255, 255)
                self.set_text_color(30, 30, 30); self.set_font("DV", "", size)
            for c, w in zip(r, widths):
                self.cell(w * self.w0, 5.2, c, border=0, fill=True)
            self.ln(5.2)
        self.set_y(self.get_y() + 2)

    def small(self, t):
        self.text(t, size=6.6, style="I", lh=3.0, after=1)

pdf = Leaflet()

# ---------- OUTSIDE (page 1): panel 0 = inside flap, panel 1 = back, panel 2 = front cover
pdf.goto_panel(0)
pdf.head("Fees at a glance (2026)")
pdf.table([("Item", "Fee (QKR)"),
           ("Application / eligibility check", "220"),
           ("  concession rate*", "110"),
           ("Registration Knowledge Exam (RKE)", "385"),
           ("RKE resit (per attempt)", "250"),
           ("Portfolio verification + viva", "included"),
           ("Overseas qualification assessment", "310"),
           ("Annual retention fee", "140"),
           ("Late payment fee", "60"),
           ("Restoration to the register", "180")], (0.72, 0.28))
pdf.small("* Concession rate applies to applicants whose gross salary is below QKR 30,000 a year, and to registered apprentices. Evidence (a recent payslip) is required.")
pdf.head("How to pay")
pdf.text("All fees are paid online through your IBLS candidate account by debit or credit card. We do not accept cash or cheques. Employers may pay on your behalf using an IBLS employer voucher code. Fees are non-refundable once an exam slot is booked, except where you withdraw at least 28 days before your exam date (refund less an administration charge of QKR 40).")
pdf.text("The annual retention fee is tax-deductible as a professional subscription under the Quellan Income Tax Act.")
pdf.head("Reasonable adjustments")
pdf.text("Candidates with a disability, long-term condition or specific learning difference may request extra time (normally 25%), a separate room, or a reader. Requests must reach us at least 6 weeks before the exam window opens, with supporting evidence.")

pdf.goto_panel(1)
pdf.head("Contact us")
pdf.text("Institute of Biomedical and Laboratory Science\n12 Saltmarket Row\nBrisk Harbour BH1 4LS\nQuellany")
pdf.text("Registration team: 0131 448 2020\n(Monday to Friday, 09:00-16:30)\nregistration@ibls.org.qk\nwww.ibls.org.qk/register")
pdf.head("Important dates 2026")
pdf.table([("Window", "Exam dates", "Booking closes"),
           ("Spring", "9-20 Mar", "6 Feb"),
           ("Summer", "8-19 Jun", "8 May"),
           ("Autumn", "5-16 Oct", "4 Sep")], (0.3, 0.38, 0.32))
pdf.text("Viva sessions run continuously, except 14 December 2026 to 8 January 2027.", size=8)
pdf.set_y(170)
pdf.small("IBLS is the competent authority for the register of biomedical scientists under the Health Professions (Quellany) Act 2018. Registered charity no. QC 40917.")
pdf.small("Leaflet ref. IBLS/REG/L1, edition 9, January 2026. This leaflet replaces all previous editions. Information correct at time of print; fees are reviewed each October.")
pdf.small("Printed on 100% recycled paper.")

pdf.goto_panel(2)
pdf.set_fill_color(*NAVY); pdf.rect(2 * pdf.pw, 0, pdf.pw, 210, "F")
pdf.set_text_color(255, 255, 255)
pdf.set_xy(pdf.x0, 30); pdf.set_font("DV", "B", 10); pdf.cell(pdf.w0, 6, "IBLS", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(pdf.x0); pdf.set_font("DV", "", 8); pdf.multi_cell(pdf.w0, 4, "Institute of Biomedical and Laboratory Science", new_x="LMARGIN", new_y="NEXT")
pdf.set_xy(pdf.x0, 80); pdf.set_font("DV", "B", 22)
pdf.multi_cell(pdf.w0, 10, "Registering as a biomedical scientist", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(pdf.x0); pdf.set_font("DV", "", 11)
pdf.multi_cell(pdf.w0, 5.5, "Your guide to eligibility, exams, fees and keeping your registration", new_x="LMARGIN", new_y="NEXT")
pdf.set_xy(pdf.x0, 180); pdf.set_font("DV", "B", 12); pdf.cell(pdf.w0, 6, "2026 edition")
pdf.set_text_color(30, 30, 30)

# ---------- INSIDE (page 2): panels 3,4,5 flow continuously
pdf.goto_panel(3)
pdf.head("Why register?")
pdf.text("Since the Health Professions (Quellany) Act 2018 came into force, the title 'Biomedical Scientist' is protected. Only people on the IBLS register may use it, and hospital networks such as Lowmarsh Health Board can only appoint registered staff to Band 5 biomedical scientist posts and above. There are currently 6,870 biomedical scientists on the register.")
pdf.head("Am I eligible?")
pdf.text("You can apply for registration through one of three routes:")
pdf.bullet("Route A – an IBLS-accredited BSc in Biomedical Science (currently offered by 6 Quellan universities, including Ember Vale and Lowmarsh).")
pdf.bullet("Route B – a non-accredited life-science degree plus IBLS top-up modules (up to 4 modules, assessed by the university).")
pdf.bullet("Route C – a qualification gained outside Quellany, assessed through the Overseas Qualification Assessment (decision within 40 working days).")
pdf.text("All routes require completion of the Registration Training Portfolio in an IBLS-approved laboratory. Apprentices on the Laboratory Scientist Degree Apprenticeship follow Route A.")
pdf.head("Step by step")
pdf.text("1. Create a candidate account and pay the application fee. We check your eligibility within 15 working days.\n2. Book and pass Part 1, the Registration Knowledge Exam.\n3. Complete Part 2, the Registration Training Portfolio, in your workplace.\n4. Attend the portfolio verification visit and viva.\n5. Receive your registration decision within 20 working days of the viva.", after=2)
pdf.text("You may complete Parts 1 and 2 in either order, but both must be passed within 5 years of your eligibility letter.")
pdf.head("Part 1: Registration Knowledge Exam")
pdf.text("The RKE is a computer-based exam of 150 single-best-answer questions lasting 3 hours. It is held at test centres in Brisk Harbour, Lowmarsh, Ember Vale and Carrick Point during three windows a year.")
pdf.bullet("Pass mark: 62% (93 correct answers). The mark is set by standard-setting and confirmed for each window.")
pdf.bullet("Results are released within 15 working days of the window closing.")
pdf.bullet("You may attempt the RKE up to 3 times within 24 months of your first attempt. After a third fail, you must wait 12 months and complete a supervised learning plan before trying again.")
pdf.bullet("Content: clinical chemistry and immunology 25%, haematology and transfusion 25%, medical microbiology 20%, cellular pathology 15%, professional practice 15%.")
pdf.head("Part 2: Portfolio and viva")
pdf.text("The Registration Training Portfolio contains evidence against 48 standards in 5 domains: professional conduct; health, safety and quality; laboratory investigations; communication; and personal development. Your training officer signs off each standard. Most trainees take 9 to 15 months.")
pdf.text("When the portfolio is complete, an IBLS verifier visits your laboratory (about 3 hours) and then two examiners hold a 45-minute viva. You must be judged 'competent' in all 5 domains. If one or two domains are 'not yet competent', you may resubmit those domains within 6 months without a further fee; otherwise a new verification is needed.")
pdf.head("Keeping your registration")
pdf.text("Registration is renewed every 2 years. To renew you must:")
pdf.bullet("pay the annual retention fee of QKR 140 by 31 March each year (a late fee of QKR 60 applies from 1 April; registrants who have not paid 60 days after the due date are removed from the register);")
pdf.bullet("record at least 40 hours of CPD in each 2-year cycle, of which at least 10 hours must be participatory learning (courses, conferences, journal clubs, teaching);")
pdf.bullet("sign a declaration of good health and good character.")
pdf.text("Each cycle, we audit 5% of registrants at random. If you are selected you have 28 days to submit your CPD record and evidence. Failing an audit may lead to a 3-month improvement period.")
pdf.head("Coming back after a break")
pdf.text("If you have been off the register for 3 to 5 years, you must complete 150 hours of supervised return-to-practice in an approved laboratory. After more than 5 years away, you must complete 300 hours and pass the RKE again. The restoration fee is QKR 180.")
pdf.head("Frequently asked")
pdf.text("Can my employer pay? Yes – many do. Lowmarsh Health Board, for example, reimburses the RKE fee for a first-time pass.", size=8.2)
pdf.text("Can I work while waiting? Yes, as a trainee or associate, but you cannot use the title 'Biomedical Scientist' until your name appears on the register.", size=8.2)
pdf.output(OUT); print("saved", OUT, "pages", pdf.page)
