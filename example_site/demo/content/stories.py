"""Demo stories (case studies). Every story, person and organisation here is fictional.

They carry no patient-identifiable information. Tool, question and framework references
are slugs or keys from the other demo modules. ``what_changed``, ``do_differently`` and
``measure_over_time`` (the run chart data behind the before-and-after claim: a baseline,
the changes made and the points since) are shown with the outcomes.
"""

STORIES = [
    {
        "slug": "faster-take-home-medicines",
        "title": "Faster take-home medicines on a surgical ward",
        "summary": (
            "A fictional example: a surgical ward cut the wait for take-home medicines by mapping "
            "the process with pharmacy and testing small changes."
        ),
        "care_sector": "acute",
        "organisation_type": "District general hospital",
        "nation": "england",
        "scale": "service",
        "complexity": "complicated",
        "trigger": (
            "This is a fictional example. Patients on a 30-bed surgical ward waited a median of "
            "4.5 hours for their take-home medicines after the decision to discharge. Beds stayed "
            "full while the emergency department queued, and patients complained at almost every "
            "discharge."
        ),
        "aim": (
            "Cut the median wait for take-home medicines from 4.5 hours to under 2 hours within 6 "
            "months."
        ),
        "team_and_involvement": (
            "A ward sister led the work with a pharmacist, a junior doctor, a discharge "
            "coordinator and a porter. Two former patients joined the first mapping session and "
            "told the team what the wait felt like."
        ),
        "questions": ["systems-flow", "management-performance", "management-success"],
        "frameworks": ["model-for-improvement", "lean"],
        "tool_usages": [
            {
                "tool": "swimlane-diagram",
                "why_chosen": (
                    "Take-home medicines pass between 5 roles, and the team suspected the "
                    "handovers caused the delay."
                ),
                "how_used": (
                    "The team drew one lane per role in a 2-hour session and counted 11 handovers "
                    "and 4 waits."
                ),
                "would_use_again": "yes",
            },
            {
                "tool": "run-chart",
                "why_chosen": "The team needed to see whether changes made a real difference.",
                "how_used": (
                    "The discharge coordinator plotted the daily median wait and the team reviewed "
                    "it at each Friday huddle."
                ),
                "would_use_again": "yes",
            },
            {
                "tool": "pdsa-cycle",
                "why_chosen": "The team wanted to try ideas without disrupting the whole ward.",
                "how_used": (
                    "They ran 7 cycles, starting with writing prescriptions the day before "
                    "discharge for one consultant's patients."
                ),
                "would_use_again": "yes",
            },
        ],
        "outcomes": [
            {
                "outcome": "Shorter wait for medicines",
                "measure": "Median wait fell from 4.5 hours to 1.8 hours over 4 months.",
            },
            {
                "outcome": "Earlier discharges",
                "measure": "Discharges before noon rose from 12% to 31%.",
            },
        ],
        "what_changed": (
            "Prescriptions for planned discharges are now written the afternoon before. Pharmacy "
            "screens them at the 9am board round, and a porter collects medicines on a fixed 11am "
            "round instead of waiting to be bleeped."
        ),
        "do_differently": (
            "We would invite the porters from the first session, not in month 3, and collect a "
            "longer baseline before the first change."
        ),
        "measure_over_time": {
            "measure": "Median wait for take-home medicines (hours)",
            "period": "week",
            "values": [
                4.7,
                4.3,
                4.6,
                4.4,
                4.8,
                4.5,
                4.2,
                4.6,
                4.5,
                4.4,
                3.9,
                3.6,
                3.8,
                3.5,
                3.0,
                2.7,
                2.9,
                2.6,
                2.1,
                1.9,
                1.8,
                2.0,
                1.7,
                1.8,
                1.9,
                1.8,
            ],
            "baseline_points": 10,
            "changes": [
                {"at": 11, "label": "Prescriptions written the day before"},
                {"at": 15, "label": "Pharmacy screens at the board round"},
                {"at": 19, "label": "Fixed porter round at 11am"},
            ],
            "before": 4.5,
            "after": 1.8,
            "after_points": 8,
        },
        "top_tips": [
            (
                "Write prescriptions for planned discharges the afternoon before; no other change "
                "saved as much."
            ),
            "Review the run chart at the Friday huddle; it kept the porters and pharmacy engaged.",
        ],
        "pitfalls": [
            "Do not test on the busiest day of the week first.",
            "Avoid relying on one enthusiastic junior doctor; rotations end.",
        ],
        "time_and_resources": (
            "About 2 hours a week from the core team for 6 months, and one half-day mapping "
            "session."
        ),
        "author_name": "Sam Example",
        "author_organisation": "Northshire Hospitals NHS Trust (fictional)",
        "fictional": True,
    },
    {
        "slug": "no-lost-blood-results",
        "title": "No more lost blood test results in a GP practice",
        "summary": (
            "A fictional example: a GP practice found why some blood test results went unactioned "
            "and fixed the inbox rules behind it."
        ),
        "care_sector": "primary",
        "organisation_type": "GP practice",
        "nation": "scotland",
        "scale": "team",
        "complexity": "clear",
        "trigger": (
            "This is a fictional example. An audit at a practice with 9,000 patients found that 1 "
            "in 12 abnormal blood results was not acted on within 5 working days. One late result "
            "had led to a delayed change of medicine."
        ),
        "aim": (
            "Make sure 95% of abnormal results are acted on within 2 working days by the end of "
            "the year."
        ),
        "team_and_involvement": (
            "A GP partner, the practice manager, 2 receptionists and a healthcare assistant met "
            "weekly. The patient participation group reviewed the new message that tells patients "
            "about results."
        ),
        "questions": ["management-problem", "management-why", "systems-flow"],
        "frameworks": ["nes-qi-journey", "model-for-improvement"],
        "tool_usages": [
            {
                "tool": "pareto-chart",
                "why_chosen": (
                    "The audit had already listed every late result, so the team could start from "
                    "data rather than opinion."
                ),
                "how_used": (
                    "They sorted the 48 late results by cause; leave cover explained 29 of them."
                ),
                "would_use_again": "yes",
            },
            {
                "tool": "fishbone-diagram",
                "why_chosen": (
                    "They wanted to see everything that fed into the leave-cover problem."
                ),
                "how_used": (
                    "In a lunchtime session the team listed 19 possible causes under 5 headings."
                ),
                "would_use_again": "yes",
            },
            {
                "tool": "five-whys",
                "why_chosen": "They wanted to dig into the leave-cover branch of the fishbone.",
                "how_used": (
                    "Asking why led to the routing rule: results went to the inbox of the GP who "
                    "ordered them, even when that GP was on leave. A second branch found that the "
                    "leave calendar was not linked to the clinical system."
                ),
                "would_use_again": "maybe",
            },
        ],
        "outcomes": [
            {
                "outcome": "Faster action on results",
                "measure": "Results acted on within 2 days rose from 78% to 96%.",
            },
            {
                "outcome": "Fewer orphaned results",
                "measure": (
                    "Results sitting in the inbox of an absent GP fell from 29 a quarter to 2."
                ),
            },
        ],
        "what_changed": (
            "The clinical system now sends results for an absent GP to the duty doctor, using the "
            "leave calendar, and reception checks a daily report of unassigned results."
        ),
        "do_differently": (
            "We would count the late results by cause before the fishbone session. We spent an "
            "hour debating causes that the count settled in minutes."
        ),
        "measure_over_time": {
            "measure": "Abnormal results acted on within 2 working days (%)",
            "period": "week",
            "values": [
                80,
                75,
                79,
                77,
                81,
                76,
                78,
                79,
                88,
                91,
                94,
                95,
                97,
                96,
                95,
                98,
                96,
                97,
                96,
                97,
            ],
            "baseline_points": 8,
            "changes": [
                {"at": 9, "label": "Results for absent GPs routed to the duty doctor"},
                {"at": 11, "label": "Daily report of unassigned results"},
            ],
            "before": 78,
            "after": 96,
            "after_points": 10,
        },
        "top_tips": [
            "Check your clinical system's routing rules first; ours held the answer.",
            "Ask reception staff; they had spotted unassigned results months before the audit.",
        ],
        "pitfalls": [
            "Do not assume the problem is individual workload.",
            "Avoid a fix that depends on someone remembering to reassign results.",
        ],
        "time_and_resources": "Five one-hour meetings and half a day of IT support over 3 months.",
        "author_name": "Morgan Sample",
        "author_organisation": "Glenbrae Medical Practice (fictional)",
        "fictional": True,
    },
    {
        "slug": "leg-ulcer-clinic-co-design",
        "title": "Co-designing a leg ulcer clinic with patients",
        "summary": (
            "A fictional example: a community nursing service redesigned its leg ulcer clinic with "
            "patients, and more people healed within 12 weeks."
        ),
        "care_sector": "community",
        "organisation_type": "Community nursing service in a health board",
        "nation": "wales",
        "scale": "service",
        "complexity": "complex",
        "trigger": (
            "This is a fictional example. Only 38% of people with venous leg ulcers healed within "
            "12 weeks. Patients often missed appointments, and nurses felt they spent visits on "
            "dressings rather than on healing."
        ),
        "aim": (
            "Raise the share of leg ulcers healed within 12 weeks from 38% to 60% within 18 months."
        ),
        "team_and_involvement": (
            "A tissue viability nurse led a group of 4 district nurses and 6 patients. Patients "
            "took part as equal members and were paid for their time. A Welsh-speaking nurse ran "
            "interviews in Welsh where patients preferred it. Before a researcher observed "
            "clinics, the health board's research and development office confirmed that the work "
            "was a service evaluation, not research, so it did not need ethics review. Patients "
            "agreed before each observed session, and the notes held no names."
        ),
        "questions": ["design-needs", "people-journey", "design-meet-needs", "people-influences"],
        "frameworks": ["experience-based-co-design", "double-diamond"],
        "tool_usages": [
            {
                "tool": "one-to-one-interviews",
                "why_chosen": (
                    "The team wanted to hear what living with an ulcer was like, in people's own "
                    "words."
                ),
                "how_used": (
                    "A nurse from another area interviewed 14 patients at home, so that they felt "
                    "free to speak."
                ),
                "would_use_again": "yes",
            },
            {
                "tool": "observation",
                "why_chosen": (
                    "Staff accounts of clinic visits did not match what patients described."
                ),
                "how_used": (
                    "A researcher sat in on 10 clinic sessions and timed each part of the visit."
                ),
                "would_use_again": "yes",
            },
            {
                "tool": "personas",
                "why_chosen": (
                    "The team needed a way to keep different patients in mind while designing."
                ),
                "how_used": (
                    "They wrote 4 personas from the interviews and tested each new idea against "
                    "them."
                ),
                "would_use_again": "maybe",
            },
            {
                "tool": "brainstorming",
                "why_chosen": "The mixed group needed to produce ideas together.",
                "how_used": (
                    "Patients and nurses wrote ideas silently and then shared them, giving 46 "
                    "ideas."
                ),
                "would_use_again": "yes",
            },
        ],
        "outcomes": [
            {
                "outcome": "More ulcers healed",
                "measure": "Healing within 12 weeks rose from 38% to 57% after 18 months.",
            },
            {
                "outcome": "Fewer missed appointments",
                "measure": "Missed appointments fell from 22% to 9%.",
            },
        ],
        "what_changed": (
            "The clinic became a drop-in afternoon with a patient-run 'leg club' space. "
            "Compression "
            "is now fitted and checked at the first visit, and each visit starts from the "
            "patient's own healing goal rather than the dressing."
        ),
        "do_differently": (
            "We would ask the research and development office about governance at the start. "
            "Checking whether the observation counted as research cost us 6 weeks."
        ),
        "measure_over_time": {
            "measure": "Leg ulcers healed within 12 weeks (%), by month of referral",
            "period": "month",
            "values": [
                36,
                40,
                35,
                39,
                38,
                37,
                41,
                36,
                42,
                45,
                44,
                49,
                51,
                50,
                54,
                55,
                53,
                57,
                56,
                58,
                57,
                59,
                56,
                58,
            ],
            "baseline_points": 8,
            "changes": [
                {"at": 9, "label": "Drop-in clinic and compression at first visit"},
                {"at": 12, "label": "Leg club space opens"},
            ],
            "before": 38,
            "after": 57,
            "after_points": 8,
        },
        "top_tips": [
            "Pay patients for their time and expenses; two would not have come otherwise.",
            "Ask a nurse from another area to interview; patients told her what they hid from us.",
        ],
        "pitfalls": [
            "Do not rush the gathering stage to get to solutions.",
            "Avoid holding joint meetings in clinical rooms that feel like staff territory.",
        ],
        "time_and_resources": (
            "18 months, with a part-time project nurse for 1 year and a small budget for patient "
            "payments."
        ),
        "author_name": "Rhys Demo",
        "author_organisation": "Bro Dyffryn Health Board (fictional)",
        "fictional": True,
    },
    {
        "slug": "safer-crisis-handovers",
        "title": "Safer handovers between crisis team and inpatient wards",
        "summary": (
            "A fictional example: a mental health trust used a proactive risk assessment to make "
            "handovers between its crisis team and wards safer."
        ),
        "care_sector": "mental-health",
        "organisation_type": "Mental health trust",
        "nation": "england",
        "scale": "organisation",
        "complexity": "complex",
        "trigger": (
            "This is a fictional example. In one year the trust logged 14 incidents in which key "
            "risk information did not reach the ward when a person was admitted from the crisis "
            "team. No one was seriously harmed, but staff felt it was only a matter of time."
        ),
        "aim": (
            "Cut incidents linked to missing handover information from 14 a year to 3 or fewer "
            "within 12 months."
        ),
        "team_and_involvement": (
            "A consultant nurse led a group of crisis team staff, ward nurses, a psychiatrist and "
            "2 people with lived experience of admission. The patient safety team supported the "
            "analysis."
        ),
        "questions": ["risk-going-on", "risk-go-wrong", "risk-what-to-do", "risk-next-steps"],
        "frameworks": ["system-safety-assessment", "engineering-better-care"],
        "tool_usages": [
            {
                "tool": "stakeholder-analysis",
                "why_chosen": "Handover involved more teams than the project group first thought.",
                "how_used": (
                    "The group mapped 11 groups, which led them to add the bed management team and "
                    "the approved mental health professionals."
                ),
                "would_use_again": "yes",
            },
            {
                "tool": "swift",
                "why_chosen": "The team wanted a quick but broad look at what could go wrong.",
                "how_used": (
                    "A 3-hour workshop with prompt words found 26 risks, 5 of them rated high."
                ),
                "would_use_again": "yes",
            },
            {
                "tool": "bow-tie-analysis",
                "why_chosen": "The top risk needed a clear picture of its controls.",
                "how_used": (
                    "The team drew a bow-tie for 'ward unaware of current risk' and found 2 "
                    "barriers that no one owned."
                ),
                "would_use_again": "yes",
            },
            {
                "tool": "risk-matrix",
                "why_chosen": "The trust's risk register uses a standard 5 by 5 grid.",
                "how_used": (
                    "Each risk was rated before and after the changes to show the reduction."
                ),
                "would_use_again": "maybe",
            },
        ],
        "outcomes": [
            {
                "outcome": "Fewer handover incidents",
                "measure": "Incidents fell from 14 to 4 in the following 12 months.",
            },
            {
                "outcome": "More complete handovers",
                "measure": "Audited handovers with all 6 key items rose from 52% to 90%.",
            },
        ],
        "what_changed": (
            "Crisis staff now phone the ward and complete a 6-item handover in the electronic "
            "record before the person arrives. The nurse in charge reads it back, and bed "
            "management does not confirm a bed until the handover is complete."
        ),
        "do_differently": (
            "We would test the new handover on night shifts from the first week. Three of the 4 "
            "incidents after the change happened at night, when the read-back was skipped."
        ),
        "measure_over_time": {
            "measure": "Handover incidents with missing risk information (count)",
            "period": "month",
            "values": [1, 2, 1, 1, 0, 2, 1, 1, 2, 1, 1, 1, 1, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 0],
            "baseline_points": 12,
            "changes": [
                {"at": 13, "label": "6-item handover and read-back"},
                {"at": 15, "label": "Bed confirmed only after handover"},
            ],
            "statistic": "total",
            "before": 14,
            "after": 4,
            "after_points": 12,
        },
        "top_tips": [
            (
                "Invite people with lived experience to the risk workshop; they found 4 risks "
                "staff missed."
            ),
            "Name an owner for every barrier; the 2 unowned barriers were the ones that failed.",
        ],
        "pitfalls": [
            "Do not rely on a new form alone; test it on night shifts.",
            "Avoid rating risks without the people who do the handover.",
        ],
        "time_and_resources": (
            "Three workshops, 4 hours a week from the lead for 9 months and support from the "
            "patient safety team."
        ),
        "author_name": "Priya Placeholder",
        "author_organisation": "Eastvale Mental Health NHS Foundation Trust (fictional)",
        "fictional": True,
    },
    {
        "slug": "home-care-after-discharge",
        "title": "Joining up home care after hospital discharge",
        "summary": (
            "A fictional example: a hospital, the Health and Social Care trust that commissions "
            "home care, independent providers and a voluntary group cut waits for home care."
        ),
        "care_sector": "social-care",
        "organisation_type": "Health and social care trust with independent home care providers",
        "nation": "northern-ireland",
        "scale": "cross-organisation",
        "complexity": "complex",
        "trigger": (
            "This is a fictional example. People ready to leave hospital waited an average of 9 "
            "days for a home care package to start. Each team blamed another, and fixes in one "
            "place kept causing delays somewhere else."
        ),
        "aim": (
            "Cut the average wait for home care after discharge from 9 days to 4 days within a "
            "year."
        ),
        "team_and_involvement": (
            "A social work manager from the trust's home care commissioning team and a hospital "
            "discharge lead co-chaired a group of independent home care providers, a voluntary "
            "sector befriending service and 3 carers of people who had waited."
        ),
        "questions": [
            "systems-purpose-boundary",
            "systems-behaviour",
            "management-theory",
            "people-who",
        ],
        "frameworks": ["engineering-better-care", "human-systems-dynamics"],
        "tool_usages": [
            {
                "tool": "rich-picture",
                "why_chosen": "Partners did not agree on what the problem was.",
                "how_used": (
                    "The whole group drew the discharge system on a 3-metre sheet, including the "
                    "pressures on each partner."
                ),
                "would_use_again": "yes",
            },
            {
                "tool": "causal-loop-diagram",
                "why_chosen": "Fixes kept backfiring, which suggested feedback loops.",
                "how_used": (
                    "A facilitator helped the group draw a loop linking rushed referrals, rejected "
                    "packages and rework. The loop was right, but partners found it too abstract "
                    "to act on, and the driver diagram did the same job in a form they used. We "
                    "would not use it again with a group this large."
                ),
                "would_use_again": "no",
            },
            {
                "tool": "driver-diagram",
                "why_chosen": "The group needed one shared theory of change across organisations.",
                "how_used": (
                    "They agreed 3 primary drivers and 9 change ideas, each with an owner from one "
                    "partner."
                ),
                "would_use_again": "yes",
            },
        ],
        "outcomes": [
            {
                "outcome": "Shorter waits for home care",
                "measure": "Average wait fell from 9 days to 5 days in 12 months.",
            },
            {
                "outcome": "Fewer rejected referrals",
                "measure": (
                    "Referrals returned for missing information fell from 1 in 4 to 1 in 10."
                ),
            },
        ],
        "what_changed": (
            "Ward staff and the trust's home care team now use one shared assessment that every "
            "provider accepts. Providers join a weekly call with the discharge team to match "
            "packages to people before they are medically fit to leave."
        ),
        "do_differently": (
            "We would go straight from the rich picture to the driver diagram, and agree one "
            "shared measure in the first month; data that all partners trusted took 4 months."
        ),
        "measure_over_time": {
            "measure": "Average days from medically fit to home care start",
            "period": "fortnight",
            "values": [
                9.2,
                8.9,
                9.5,
                8.7,
                9.1,
                9.4,
                8.8,
                9.0,
                8.1,
                7.6,
                7.9,
                7.0,
                6.4,
                6.1,
                6.0,
                5.6,
                5.4,
                5.2,
                5.0,
                5.3,
                4.9,
                5.1,
                5.0,
                4.8,
                5.2,
                5.0,
            ],
            "baseline_points": 8,
            "changes": [
                {"at": 9, "label": "One shared assessment accepted by all providers"},
                {"at": 13, "label": "Weekly matching call with providers"},
            ],
            "before": 9,
            "after": 5,
            "after_points": 10,
        },
        "top_tips": [
            "Agree the problem before anyone proposes a fix; our first 2 fixes made waits longer.",
            "Keep carers in every meeting; they knew where referrals stalled.",
        ],
        "pitfalls": [
            "Do not let the biggest organisation set the agenda.",
            "Avoid measures that only one partner can see.",
        ],
        "time_and_resources": (
            "A monthly half-day meeting for a year, an external facilitator for 4 sessions and "
            "shared data from each partner."
        ),
        "author_name": "Ciara Fictional",
        "author_organisation": "Loughside Health and Social Care Trust (fictional)",
        "fictional": True,
    },
    {
        "slug": "ambulance-vehicle-checks",
        "title": "Quicker vehicle checks at the start of an ambulance shift",
        "summary": (
            "A fictional example: an ambulance station cut the time crews spent on vehicle and "
            "equipment checks, getting them on the road sooner."
        ),
        "care_sector": "ambulance",
        "organisation_type": "Ambulance service station",
        "nation": "wales",
        "scale": "team",
        "complexity": "complicated",
        "trigger": (
            "This is a fictional example. Crews at one station spent an average of 25 minutes on "
            "checks at the start of each shift. Missing items were still found during calls about "
            "once a week."
        ),
        "aim": (
            "Cut start-of-shift checks to 10 minutes while finding zero missing items during "
            "calls, within 4 months."
        ),
        "team_and_involvement": (
            "A station manager worked with 6 paramedics and technicians, the fleet team and the "
            "make-ready staff who restock vehicles."
        ),
        "questions": ["people-context", "systems-flow", "risk-go-wrong"],
        "frameworks": ["lean", "productive-series"],
        "tool_usages": [
            {
                "tool": "spaghetti-diagram",
                "why_chosen": (
                    "Crews said they walked back and forth to the stores room many times."
                ),
                "how_used": (
                    "A paramedic traced 3 crews' movements on a plan of the station and counted 19 "
                    "trips per check."
                ),
                "would_use_again": "yes",
            },
            {
                "tool": "value-stream-mapping",
                "why_chosen": (
                    "The team wanted to see the whole flow from vehicle return to ready for the "
                    "next shift."
                ),
                "how_used": (
                    "They mapped restocking and checks together and found crews rechecked what "
                    "make-ready staff had already checked."
                ),
                "would_use_again": "maybe",
            },
            {
                "tool": "fmea",
                "why_chosen": "Removing duplicate checks could let a missing item slip through.",
                "how_used": (
                    "The team scored 12 failure modes in the new process and added sealed, tagged "
                    "kit bags for the highest risk. Controlled drug checks were out of scope and "
                    "did not change: two crew members still check and sign for them at the start "
                    "of every shift."
                ),
                "would_use_again": "yes",
            },
        ],
        "outcomes": [
            {
                "outcome": "Shorter checks",
                "measure": "Average check time fell from 25 minutes to 9 minutes.",
            },
            {
                "outcome": "No missing kit",
                "measure": (
                    "Missing items found during calls fell from about 4 a month to 0 over 3 months."
                ),
            },
        ],
        "what_changed": (
            "Make-ready staff now seal and tag each kit bag after restocking and sign a sheet on "
            "the vehicle. Crews check the seals, the vehicle and the controlled drugs, instead of "
            "opening every bag."
        ),
        "do_differently": (
            "We would involve the fleet team from the start. A vehicle check we thought was a "
            "duplicate turned out to be required, and we had to put it back in week 2."
        ),
        "measure_over_time": {
            "measure": "Average start-of-shift check time (minutes)",
            "period": "week",
            "values": [26, 24, 25, 27, 23, 25, 26, 24, 17, 14, 11, 10, 9, 9, 8, 10, 9, 9, 8, 9],
            "baseline_points": 8,
            "changes": [
                {"at": 9, "label": "Sealed, tagged kit bags"},
                {"at": 11, "label": "Make-ready sign-off sheet on each vehicle"},
            ],
            "before": 25,
            "after": 9,
            "after_points": 10,
        },
        "top_tips": [
            "Include the make-ready team; they were already checking what crews checked again.",
            "Run an FMEA before you remove any check; it showed which checks had to stay.",
        ],
        "pitfalls": [
            "Do not change the process on one shift pattern only.",
            "Avoid new kit bags that crews cannot open quickly with gloves on.",
        ],
        "time_and_resources": (
            "About 30 hours of staff time over 4 months and £600 for tagged seals."
        ),
        "author_name": "Gethin Sample",
        "author_organisation": "Western Valleys Ambulance Station (fictional)",
        "fictional": True,
    },
    {
        "slug": "infusion-pump-screen-testing",
        "title": "Testing a new infusion pump setup screen",
        "summary": (
            "A fictional example: a hospital tested a new pump's programming screen with nurses "
            "before rollout, then used the drug library and training to cut programming errors."
        ),
        "care_sector": "acute",
        "organisation_type": "Teaching hospital",
        "nation": "england",
        "scale": "organisation",
        "complexity": "complicated",
        "trigger": (
            "This is a fictional example. The hospital recorded 6 programming errors per 1,000 "
            "infusions with its old pumps. A new pump model was due, with a new setup screen, and "
            "the medical devices team wanted to avoid new kinds of error."
        ),
        "aim": (
            "Cut programming errors to fewer than 2 per 1,000 infusions within 6 months of the new "
            "pumps going live."
        ),
        "team_and_involvement": (
            "A medical devices lead and a human factors specialist led the work with 12 nurses "
            "from 5 wards, a pharmacist who owned the pump's drug library, and the supplier's "
            "trainer."
        ),
        "questions": ["design-evaluate", "people-exclusion", "people-influences"],
        "frameworks": ["seips", "engineering-better-care"],
        "tool_usages": [
            {
                "tool": "expert-review",
                "why_chosen": (
                    "The team wanted to catch obvious design problems before involving busy nurses."
                ),
                "how_used": (
                    "Three reviewers checked the screens against a checklist and found 14 problems."
                ),
                "would_use_again": "yes",
            },
            {
                "tool": "user-trials",
                "why_chosen": "Only real nurses doing real tasks would show how errors happen.",
                "how_used": (
                    "Twelve nurses programmed 6 common infusions in a simulation room while "
                    "thinking aloud."
                ),
                "would_use_again": "yes",
            },
            {
                "tool": "exclusion-audit",
                "why_chosen": "Nurses work in low light at night, and some wear reading glasses.",
                "how_used": (
                    "The team rated the visual and dexterity demands of each step and found 2 "
                    "buttons too small for gloved hands. The pump's hardware could not change, and "
                    "the night-time user trials had already shown the same problem. We would not "
                    "use it again for a device we cannot alter; we would use it when choosing "
                    "between models."
                ),
                "would_use_again": "no",
            },
        ],
        "outcomes": [
            {
                "outcome": "Fewer programming errors",
                "measure": "Errors fell from 6 to 1.5 per 1,000 infusions in the first 6 months.",
            },
            {
                "outcome": "Faster setup",
                "measure": (
                    "Median setup time in trials fell from 95 seconds to 60 seconds once the drug "
                    "library was loaded."
                ),
            },
        ],
        "what_changed": (
            "Pharmacy built the pump's drug library with fixed concentrations and hard limits for "
            "8 high-risk drugs. Training used the trial scenarios, and the supplier logged the "
            "screen findings for a future software release."
        ),
        "do_differently": (
            "We would run the user trials before the contract was signed. Afterwards, the only "
            "levers left were the drug library and training, not the design of the screen."
        ),
        "measure_over_time": {
            "measure": "Pump programming errors per 1,000 infusions",
            "period": "month",
            "values": [
                6.2,
                5.8,
                6.5,
                5.9,
                6.1,
                6.4,
                5.7,
                6.0,
                6.3,
                5.9,
                6.1,
                6.0,
                2.0,
                1.7,
                1.5,
                1.3,
                1.2,
                1.3,
            ],
            "baseline_points": 12,
            "changes": [
                {"at": 13, "label": "New pumps with drug library"},
                {"at": 16, "label": "Hard limits for 8 high-risk drugs"},
            ],
            "before": 6,
            "after": 1.5,
            "after_points": 6,
        },
        "top_tips": [
            "Test with night staff and in low light; half the errors we saw happened there.",
            "Give pharmacy ownership of the drug library early; it was our main lever.",
        ],
        "pitfalls": [
            "Do not test only with the nurses who chose the pump.",
            "Avoid leaving trials until after the contract is signed.",
        ],
        "time_and_resources": (
            "Two simulation days, 40 hours of specialist time and backfill for 12 nurses for 2 "
            "hours each."
        ),
        "author_name": "Alex Specimen",
        "author_organisation": "Northshire Hospitals NHS Trust (fictional)",
        "fictional": True,
    },
    {
        "slug": "frailty-pathway-priorities",
        "title": "Choosing priorities for a new frailty pathway",
        "summary": (
            "A fictional example: GP practices, a community team and a hospital agreed what a new "
            "frailty pathway must do, then planned its launch."
        ),
        "care_sector": "primary",
        "organisation_type": "Health and social care partnership",
        "nation": "scotland",
        "scale": "cross-organisation",
        "complexity": "complex",
        "trigger": (
            "This is a fictional example. In one area, 1 in 5 people over 75 with moderate frailty "
            "had an emergency admission each year. Each organisation had its own plans for "
            "frailty, and none of them matched."
        ),
        "aim": (
            "Launch a shared frailty pathway covering 12 practices within 9 months, and cut "
            "emergency admissions in this group by 15% in its first year."
        ),
        "team_and_involvement": (
            "A partnership programme manager led a group of 2 GPs, a community geriatrician, a "
            "social worker, a third sector lead and 2 older people from a local forum."
        ),
        "questions": [
            "management-why",
            "management-context",
            "design-priorities",
            "management-team-plan",
        ],
        "frameworks": ["improving-improvement", "nes-qi-journey"],
        "tool_usages": [
            {
                "tool": "pestle-analysis",
                "why_chosen": "National frailty policy and local budgets were both changing.",
                "how_used": (
                    "The group listed 18 outside factors and picked 4 that shaped the pathway."
                ),
                "would_use_again": "maybe",
            },
            {
                "tool": "delphi-study",
                "why_chosen": (
                    "Partners could not meet often, and senior voices dominated meetings."
                ),
                "how_used": (
                    "Twenty-two people rated 30 possible pathway features over 2 online rounds."
                ),
                "would_use_again": "yes",
            },
            {
                "tool": "moscow-prioritisation",
                "why_chosen": (
                    "The group needed to turn ratings into a first version it could deliver."
                ),
                "how_used": (
                    "They sorted the features into 7 must-haves, 9 should-haves and the rest for "
                    "later."
                ),
                "would_use_again": "yes",
            },
            {
                "tool": "gantt-chart",
                "why_chosen": "Launch across 12 practices needed a shared timeline.",
                "how_used": (
                    "The programme manager kept a chart of training, IT and launch dates for each "
                    "practice and reviewed it monthly."
                ),
                "would_use_again": "yes",
            },
        ],
        "outcomes": [
            {
                "outcome": "Pathway launched on time",
                "measure": "All 12 practices were live within 8 months.",
            },
            {
                "outcome": "Fewer emergency admissions",
                "measure": "Admissions in the target group fell by 11% in the first year.",
            },
        ],
        "what_changed": (
            "The 12 practices share one frailty register. A monthly huddle of GP, community "
            "geriatrician, social worker and third sector lead reviews the people at highest "
            "risk, and there is one phone number for urgent community review."
        ),
        "do_differently": (
            "We would look at two winters of data before setting the admissions target. Our "
            "launch ran into winter, which made early results look worse than they were."
        ),
        "measure_over_time": {
            "measure": "Emergency admissions per 1,000 people over 75 with moderate frailty",
            "period": "month",
            "values": [
                17,
                18,
                16,
                19,
                22,
                21,
                17,
                16,
                15,
                17,
                18,
                20,
                19,
                17,
                15,
                14,
                16,
                15,
                13,
                14,
                16,
                17,
                15,
                16,
            ],
            "baseline_points": 12,
            "changes": [
                {"at": 13, "label": "Pathway starts in the first 4 practices"},
                {"at": 17, "label": "All 12 practices live"},
            ],
            "before": 17.5,
            "after": 15.5,
            "after_points": 12,
        },
        "top_tips": [
            (
                "Use an anonymous method when hierarchy might sway the group; the Delphi ranking "
                "surprised the consultants."
            ),
            "Publish the won't-haves; partners accepted them once they saw their ideas recorded.",
        ],
        "pitfalls": [
            "Do not launch in all practices in the same week.",
            "Avoid setting an admissions target without checking seasonal patterns first.",
        ],
        "time_and_resources": (
            "A programme manager at half time for 9 months, 2 online survey rounds and 4 workshops."
        ),
        "author_name": "Fiona Madeup",
        "author_organisation": "Glenbrae Health and Social Care Partnership (fictional)",
        "fictional": True,
    },
]
