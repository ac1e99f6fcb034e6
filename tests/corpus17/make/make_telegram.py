# Generates a Telegram Desktop-style chat export (messages.html)
import html, os
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", 'ChatExport_2026-07-02 (UUB PGCT Secondary)/messages.html')
users = {"Tomasz Rell": 1, "Priya Odell": 4, "Mared Quist": 6, "Jonah Velt": 3, "Sunniva Hart": 7, "Dr Helen Achterberg": 2, "NUOT Student Members": 5}
def ini(n): return "".join(w[0] for w in n.replace("Dr ","").split()[:2]).upper()
# (kind, date_day, time, name, text, reply_to_id, fwd_from(name,stamp))
M = [
("day","8 September 2025"),
("msg","08.09.2025 18:41:07","Sunniva Hart","Hi all! Made this group for the UUB PGCT Secondary cohort 2025/26 🍎 We're 64 trainees across 9 subjects apparently. Add anyone I've missed",None,None),
("msg","08.09.2025 18:44:52","Tomasz Rell","Thanks Sunniva. Tomasz, physics. 11 years as a structural engineer in Varnmark before this, so be gentle 😅",None,None),
("msg","08.09.2025 18:46:10","Mared Quist","Mared, maths. Straight from my MSc at Upper Brennock",None,None),
("msg","08.09.2025 18:50:33","Priya Odell","Priya, English. Was a TA at a primary in Tavish Bay for 3 years so secondary is a new world",None,None),
("msg","08.09.2025 19:02:11","Jonah Velt","Jonah, history. Anyone know when the bursary actually lands?",None,None),
("msg","08.09.2025 19:05:40","Sunniva Hart","Induction slides said 10 equal monthly instalments, October to July, paid on the last working day of the month","Jonah, history",None),
("msg","08.09.2025 19:07:02","Tomasz Rell","So physics 28,000 = 2,800 a month. Maths 26,000 = 2,600. English 8,000 = 800. History gets nothing this year I think?","Induction slides",None),
("msg","08.09.2025 19:08:15","Jonah Velt","Correct, zero for history 🙃 tuition fee loan of 9,250 + maintenance loan for me then","So physics",None),
("day","3 October 2025"),
("fwd","03.10.2025 12:15:44","Sunniva Hart","Placement A allocations are now on the portal. Placement A runs Monday 6 October to Friday 12 December 2025 (50 days). You should teach around 8 hours a week at first, rising to 12 by December. Please send your DBS... sorry, OVC certificate numbers to the placements office by 10 October if you haven't already. Placement B runs 12 January to 5 June 2026 (70 days). - Helen",None,("Dr Helen Achterberg","02.10.2025 16:20:03")),
("msg","03.10.2025 12:20:19","Mared Quist","Kelmsey Ridge Academy for me! 1,400 kids, big maths dept",None,None),
("msg","03.10.2025 12:22:58","Tomasz Rell","Dunholt Park School. 40 min drive each way. Mileage is 0.35 marks per km over the first 20 km right?",None,None),
("msg","03.10.2025 12:31:03","Priya Odell","Brennock High in Upper Brennock. Walking distance 🙌",None,None),
("msg","03.10.2025 12:35:47","Sunniva Hart","Varnmark, St Edda's. Inner zone so I'll be eyeing those weighting jobs later lol",None,None),
("day","14 November 2025"),
("msg","14.11.2025 23:48:20","Jonah Velt","Assignment 1 submitted with 11 minutes to spare. 3,000 words on behaviour management in Year 9. Never again",None,None),
("msg","14.11.2025 23:52:01","Priya Odell","Mine was 3,120 words, within the 10% allowance 😬","Assignment 1",None),
("day","26 January 2026"),
("fwd","26.01.2026 08:02:11","Sunniva Hart","NUOT student membership is FREE for the whole training year and your first term as an ECT. After that it's 10.75 marks/month in your first full year (half rate), then the standard 21.50/month. Join at nuot.or/students. Jobs fair: Varnmark Teacher Jobs Fair, Saturday 7 February 2026, Varnmark Exhibition Hall, 10:00-15:00. 80+ schools and trusts attending.",None,("NUOT Student Members","23.01.2026 10:00:00")),
("msg","26.01.2026 08:10:37","Tomasz Rell","Going to the jobs fair. Heard Brightwater trust pays 3k retention for physics/maths in years 3 and 4 in Kelmsey and Dunholt",None,None),
("msg","26.01.2026 08:14:09","Mared Quist","Same. Also Sallow Isles schools pay the 2,750 island allowance plus a relocation grant","Going to the jobs",None),
("day","20 March 2026"),
("msg","20.03.2026 16:03:48","Mared Quist","GOT IT!!! Teacher of Maths at Kelmsey Ridge from September 🎉🎉 Taught a 30-min Year 9 lesson on ratio, then student panel, then interview. Offer on the phone 2 hours later",None,None),
("msg","20.03.2026 16:05:12","Priya Odell","AMAZING congrats!!","GOT IT",None),
("msg","20.03.2026 16:09:40","Tomasz Rell","Brilliant! What did they offer?","GOT IT",None),
("msg","20.03.2026 16:15:27","Mared Quist","M1, so 33,700 from Sept after the 4% award, plus the Varnmark Fringe 1,340 because Kelmsey counts as fringe. 35,040 total. ECT year 1 timetable is 40 periods out of 50","Brilliant",None),
("day","2 April 2026"),
("msg","02.04.2026 11:22:04","Tomasz Rell","Dunholt Park offered me physics! M1 but they said my engineering years might count - they can start career changers up to M3 for relevant industry experience. Decision by the pay committee on 15 April",None,None),
("msg","02.04.2026 11:30:55","Jonah Velt","M3 would be 37,460 right? Nice","Dunholt Park offered",None),
("day","15 April 2026"),
("msg","15.04.2026 17:40:13","Tomasz Rell","Confirmed M3 🙂 No weighting in Dunholt, but the retention payment in years 3 and 4 still applies","M3 would",None),
("day","24 April 2026"),
("msg","24.04.2026 20:15:36","Priya Odell","Assignment 2 in. 5,000 words, worth 60 master's credits. Still no job though, 4 applications, 2 interviews",None,None),
("msg","24.04.2026 20:19:02","Sunniva Hart","You'll get one. I've got an interview at a Varnmark Inner school on Tuesday - M1 plus 5,120 inner weighting = 38,820!","Assignment 2",None),
("day","29 June 2026"),
("fwd","29.06.2026 09:00:41","Jonah Velt","The examination board met on 26 June 2026. 61 of the 64 trainees have been recommended to the Orlesian Teaching Council for the award of QTS. Your OTC registration (48 marks) is waived for your first year of Early Career Induction. The two-year induction starts on your first day in post; Year 1 mentor meetings are weekly (1 hour). Final transcripts will be issued by 17 July 2026. Congratulations everyone. - Helen",None,("Dr Helen Achterberg","28.06.2026 18:45:10")),
("msg","29.06.2026 09:04:18","Priya Odell","Also I got the Brennock High job in the end!! English, M1, start 1 Sept",None,None),
("msg","29.06.2026 09:06:55","Mared Quist","🥳🥳 see you all at graduation on 14 July","Also I got",None),
]
os.makedirs(os.path.dirname(OUT), exist_ok=True)
out = []
out.append('''<!DOCTYPE html>
<html>

 <head>

  <meta charset="utf-8"/>
<title>Exported Data</title>

  <meta content="width=device-width, initial-scale=1.0" name="viewport"/>

  <link href="css/style.css" rel="stylesheet"/>

  <script src="js/script.js" type="text/javascript">

  </script>

 </head>

 <body onload="CheckLocation();">

  <div class="page_wrap">

   <div class="page_header">

    <div class="content">

     <div class="text bold">
UUB PGCT Secondary 25/26 🍎
     </div>

    </div>

   </div>

   <div class="page_body chat_page">

    <div class="history">
''')
mid = 0; last = None
for m in M:
    mid += 1
    if m[0] == "day":
        out.append(f'''
     <div class="message service" id="message-{mid}">

      <div class="body details">
{m[1]}
      </div>

     </div>
''')
        last = None; continue
    kind, stamp, name, text, reply, fwd = m
    joined = (last == name and kind == "msg")
    cls = "message default clearfix" + (" joined" if joined else "")
    out.append(f'\n     <div class="{cls}" id="message{mid}">\n')
    if not joined:
        u = users[name]
        out.append(f'''
      <div class="pull_left userpic_wrap">

       <div class="userpic userpic{u}" style="width: 42px; height: 42px">

        <div class="initials" style="line-height: 42px">
{ini(name)}
        </div>

       </div>

      </div>
''')
    out.append(f'''
      <div class="body">

       <div class="pull_right date details" title="{stamp} UTC+01:00">
{stamp[11:16]}
       </div>
''')
    if not joined:
        out.append(f'''
       <div class="from_name">
{html.escape(name)}
       </div>
''')
    if reply:
        reply = next(i for i,x in enumerate(M,1) if x[0]!="day" and x[3].startswith(reply))
        out.append(f'''
       <div class="reply_to details">
In reply to <a href="#go_to_message{reply}" onclick="return GoToMessage({reply})">this message</a>
       </div>
''')
    body = html.escape(text)
    if fwd:
        fn, fs = fwd; u = users[fn]
        out.append(f'''
       <div class="forwarded body">

        <div class="pull_left forwarded userpic_wrap">

         <div class="userpic userpic{u}" style="width: 42px; height: 42px">

          <div class="initials" style="line-height: 42px">
{ini(fn)}
          </div>

         </div>

        </div>

        <div class="from_name">
{html.escape(fn)}<span class="date details" title="{fs} UTC+01:00"> {fs}</span>
        </div>

        <div class="text">
{body}
        </div>

       </div>
''')
    else:
        out.append(f'''
       <div class="text">
{body}
       </div>
''')
    out.append('\n      </div>\n\n     </div>\n')
    last = name
out.append('''
    </div>

   </div>

  </div>

 </body>

</html>
''')
open(OUT, "w").write("".join(out))
