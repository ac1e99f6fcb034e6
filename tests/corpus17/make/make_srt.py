import os
# builds an SRT subtitle file from a transcript; durations from text length
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", 'Careers in Education evening - Kelmsey Ridge - 4 March 2026 (subtitles).txt')
T = """FARAH: Good evening everyone, and welcome to the Careers in Education evening here at Kelmsey Ridge Academy.
I'm Farah Benning, the careers adviser for the Brightwater Learning Trust.
GARETH: And I'm Gareth Lusk. I've been the exams officer here for six years.
[APPLAUSE]
FARAH: We've got about 25 minutes, then questions at the end. There are roughly 90 of you tonight, students and parents.
Let's start with the question I get most: how do you actually become a teacher in Orlesia?
There are three main routes, and all of them end with Qualified Teacher Status from the Orlesian Teaching Council.
Route one: a degree, then a one-year Postgraduate Certificate in Teaching, the PGCT.
At the University of Upper Brennock the fee for 2026/27 is 9,400 marks, and you can borrow that from Orlesian Student Finance.
If you teach physics or chemistry there's a tax-free bursary of 29,000 marks. Maths and computing, 27,000.
Route two is the Salaried Teacher Training route, STT. You're employed by a school from day one.
Trainees are paid on the unqualified scale, usually point UQ2, which is 26,810 marks from September 2026.
Route three, for those of you in Year 13 now: the Teacher Degree Apprenticeship.
It takes four years, you start straight after your Orlesian Higher Certificates, and you're paid while you study.
Apprentices start at 21,600 marks a year, and there are no tuition fees at all. The school's levy pays the university.
You need three OHCs at grade C or above, or equivalent. Brightwater offers 12 apprenticeship places for September 2026.
Once qualified, every new teacher starts on the main pay scale. M1 is 33,700 marks from September 2026.
Here in Kelmsey you also get the Varnmark Fringe allowance, 1,340 marks. In central Varnmark it's 5,320.
GARETH: Which is more than I got when I started, I can tell you.
[LAUGHTER]
FARAH: Not everyone wants to teach a whole class, and that's fine. Teaching assistants are the backbone of every school.
You can start as a TA at 18 with OCSE English and maths at grade 4. Pay is on support staff Grade 3, 22,480 to 23,310 marks full-time equivalent.
Most TA posts are term-time only, so actual pay is lower, roughly 85 percent of that for a full-time 37-hour week.
The Teaching Assistant Level 3 Apprenticeship at Varnmark City College takes 18 months, and the 5,000 mark fee is paid by the employer.
A Higher Level Teaching Assistant, an HLTA, is Grade 5: 25,590 to 27,890.
And lots of teachers I know started as TAs. It's a brilliant way to find out whether you love the classroom.
Now, my own job. Careers advisers need the Level 6 Orlesian Careers Guidance Qualification.
That's one year full-time at UUB, fee 7,800 marks, or two years part-time while working.
In the Trust we pay careers advisers 31,000 to 35,500 marks. The Trust has four of us covering five secondary schools.
Every student here gets at least two one-to-one guidance interviews: one in Year 9 or 10 and one in Year 11.
GARETH: Right, my turn. Hands up if you know what an exams officer does.
[PAUSE]
GARETH: Three hands. Perfect, that's about average.
I run every exam this school sits. Last summer that was 9,600 individual exam entries for 1,420 students.
The summer 2026 series runs from Monday 11 May to Wednesday 24 June.
I recruit and train the invigilators. We have 86 on our list, paid 12.85 marks an hour.
The deadline for access arrangements, things like extra time, readers and scribes, is 21 March.
I work that out with our SENCo. Around 11 percent of our candidates have some access arrangement.
Coursework marks have to reach the Orlesian Examinations Board by 15 May.
And then results days. Orlesian Higher Certificate results: Thursday 13 August 2026. OCSE results: Thursday 20 August.
If a student wants a paper re-marked, a post-results review, the deadline is 24 September and the board charges 48 marks.
FARAH: And what does an exams officer earn, Gareth? They will ask.
GARETH: Grade 6 on the support staff scale: 27,340 to 30,120 marks. I work all year, not term-time, because summer is our busiest time.
You don't need a degree. I was a bank clerk before this. Organisation and a calm head matter most.
The OEB runs a free online exams officer training course, 6 modules, and the Trust pays for the Certificate in Examinations Administration, 340 marks.
Where can it lead? Exams manager across a trust, or data. Our Trust's education data analyst started as an exams officer.
FARAH: That's a good point. Schools run on data now. Education data analysts at the Trust earn 38,000 to 45,000.
The Department for Schools and Skills in Varnmark also hires analysts. They publish the school workforce statistics every June.
Those statistics show 1,184 teacher vacancies across Orlesia last November. 148 of them in maths, 97 in physics.
So if you like maths or physics, schools really do want you.
Other roles to think about: school business managers, who run the finances. Grade 10 to 12, 41,200 to 52,600 marks.
Further education lecturers at colleges like Varnmark City College, where you can teach your trade, from plumbing to accountancy.
And university lecturers, education researchers, and people who design online courses and software for schools.
GARETH: My nephew writes code for an edtech company in Varnmark. Don't tell him I said so, but he earns more than me.
[LAUGHTER]
FARAH: Final practical points. Every job working with children needs an enhanced Orlesian Vetting Certificate. It costs 62 marks.
Work experience: Year 12 students can do a week in one of our nine primary schools, from 29 June to 3 July 2026.
Sign-up forms are on the table at the back. The deadline is 27 March.
And if you want a one-to-one, my drop-in is Tuesday and Thursday lunchtimes in the library, room L4.
GARETH: And please, please check your exam timetable. Every year someone turns up for the afternoon paper in the morning.
FARAH: Or the other way round, which is worse. Right, questions?
[INAUDIBLE QUESTION FROM AUDIENCE]
FARAH: The question was whether you can do the apprenticeship in primary. Yes, both primary and secondary, in all subjects.
Primary apprentices spend four days a week in school and one day at the university.
[END OF RECORDING]"""
lines = [l for l in T.split("\n") if l.strip()]
def ts(ms):
    h, ms = divmod(ms, 3600000); m, ms = divmod(ms, 60000); s, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{s:02d},{ms:03d}"
t = 1000; out = []
for i, l in enumerate(lines, 1):
    dur = min(7000, max(1500, len(l) * 62))
    dur = dur // 100 * 100
    out.append(f"{i}\n{ts(t)} --> {ts(t + dur)}\n{l}\n")
    t += dur + (1300 if l.startswith("[") or l.startswith("GARETH: Right") else 400)
open(OUT, "w", encoding="utf-8").write("\n".join(out))
print(len(lines), ts(t))
