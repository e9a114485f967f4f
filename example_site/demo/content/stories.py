"""Demo stories (case studies). Every story, person and organisation here is fictional.

They carry no patient-identifiable information. Tool, question and framework references
are slugs or keys from the other demo modules.
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
                "measure": "Median wait fell from 4.5 hours to 1.8 hours over 5 months.",
            },
            {
                "outcome": "Earlier discharges",
                "measure": "Discharges before noon rose from 12% to 31%.",
            },
        ],
        "top_tips": [
            "Invite pharmacy from day one, not once you have a plan.",
            "Put the run chart where the whole ward can see it.",
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
                "tool": "fishbone-diagram",
                "why_chosen": "The team had many theories and needed to see them all at once.",
                "how_used": (
                    "In a lunchtime session the team listed 19 possible causes under 5 headings."
                ),
                "would_use_again": "yes",
            },
            {
                "tool": "five-whys",
                "why_chosen": "They wanted to dig into the cause that seemed most common.",
                "how_used": (
                    "Asking why led to results going to the inbox of the GP who ordered them, even "
                    "when that GP was on leave."
                ),
                "would_use_again": "yes",
            },
            {
                "tool": "pareto-chart",
                "why_chosen": "They needed to check which cause mattered most.",
                "how_used": (
                    "They sorted 48 late results by cause; leave cover explained 29 of them."
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
        "top_tips": [
            "Check your clinical system's routing rules before you redesign anything.",
            "Ask reception staff; they see the gaps first.",
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
            "interviews in Welsh where patients preferred it."
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
        "top_tips": [
            "Pay patients for their time and expenses.",
            "Let someone outside the team carry out patient interviews.",
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
        "top_tips": [
            "Involve people with lived experience in the risk workshop; they spot different risks.",
            "Give every barrier a named owner.",
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
            "A fictional example: a hospital, a council-funded home care service and voluntary "
            "groups worked together to cut waits for home care after discharge."
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
            "A social work manager and a hospital discharge lead co-chaired a group of home care "
            "providers, a voluntary sector befriending service and 3 carers of people who had "
            "waited."
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
                    "packages and rework."
                ),
                "would_use_again": "maybe",
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
        "top_tips": [
            "Spend time agreeing the problem before anyone proposes a fix.",
            "Include carers in every meeting, not only the first one.",
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
                    "kit bags for the highest risk."
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
        "top_tips": [
            "Include the make-ready team; they hold half the process.",
            "Assess the risks before you remove any check.",
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
            "A fictional example: a hospital tested a new pump programming screen with nurses "
            "before rollout and cut programming errors."
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
            "from 5 wards, a pharmacist and the supplier's trainer."
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
                    "The team rated the visual and dexterity demands of each step and asked the "
                    "supplier to enlarge 2 key buttons."
                ),
                "would_use_again": "maybe",
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
                    "Median setup time in trials fell from 95 seconds to 60 seconds after changes."
                ),
            },
        ],
        "top_tips": [
            "Test with night staff and in low light.",
            "Agree with the supplier up front which changes they can make.",
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
        "top_tips": [
            "Use an anonymous method when hierarchy might sway the group.",
            "Write down the won't-haves so people know they were heard.",
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
