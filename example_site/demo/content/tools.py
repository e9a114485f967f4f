"""Demo tools: more than 60 real improvement tools, described in the project's own words.

Every worked example is fictional. ``frameworks`` lists the frameworks whose phases
name the tool as typical. References are well-known publications; an empty ``url``
means no stable link is given.
"""

EBC_REPORT = {
    "title": (
        "Engineering better care: a systems approach to health and care design and continuous "
        "improvement"
    ),
    "authors": (
        "Royal Academy of Engineering, Royal College of Physicians, Academy of Medical Sciences"
    ),
    "year": 2017,
    "publisher": "Royal Academy of Engineering",
    "url": "https://reports.raeng.org.uk/engineering-better-care",
}

IHI_QI_ESSENTIALS = {
    "title": "QI Essentials Toolkit",
    "authors": "Institute for Healthcare Improvement",
    "year": 2017,
    "publisher": "Institute for Healthcare Improvement",
    "url": "https://www.ihi.org/resources/tools/quality-improvement-essentials-toolkit",
}

QSIR_TOOLS = {
    "title": "Quality, service improvement and redesign (QSIR) tools",
    "authors": "NHS England",
    "year": None,
    "publisher": "NHS England",
    "url": "https://www.england.nhs.uk/sustainableimprovement/qsir-programme/",
}

IEC_31010 = {
    "title": "IEC 31010:2019 Risk management: Risk assessment techniques",
    "authors": "International Electrotechnical Commission",
    "year": 2019,
    "publisher": "IEC",
    "url": "https://www.iso.org/standard/72140.html",
}

INCLUSIVE_DESIGN = {
    "title": "Inclusive Design: Design for the Whole Population",
    "authors": "Clarkson PJ, Coleman R, Keates S, Lebbon C",
    "year": 2003,
    "publisher": "Springer",
    "url": "https://doi.org/10.1007/978-1-4471-0001-0",
}

HEALTH_CARE_DATA_GUIDE = {
    "title": "The Health Care Data Guide: Learning from Data for Improvement (2nd edition)",
    "authors": "Provost LP, Murray SK",
    "year": 2022,
    "publisher": "Jossey-Bass",
    "url": (
        "https://www.wiley.com/en-us/The+Health+Care+Data+Guide%3A+Learning+from+Data+for+"
        "Improvement%2C+2nd+Edition-p-9781119690139"
    ),
}

IMPROVEMENT_GUIDE = {
    "title": (
        "The Improvement Guide: A Practical Approach to Enhancing Organizational Performance (2nd "
        "edition)"
    ),
    "authors": "Langley GJ, Moen RD, Nolan KM, Nolan TW, Norman CL, Provost LP",
    "year": 2009,
    "publisher": "Jossey-Bass",
    "url": (
        "https://www.wiley.com/en-us/The+Improvement+Guide%3A+A+Practical+Approach+to+"
        "Enhancing+Organizational+Performance%2C+2nd+Edition-p-9780470192412"
    ),
}

CHECKLAND = {
    "title": "Systems Thinking, Systems Practice",
    "authors": "Checkland P",
    "year": 1981,
    "publisher": "Wiley",
    "url": (
        "https://www.wiley-vch.de/en/areas-interest/finance-economics-law/"
        "systems-thinking-systems-practice-978-0-471-98606-5"
    ),
}

OHNO = {
    "title": "Toyota Production System: Beyond Large-Scale Production",
    "authors": "Ohno T",
    "year": 1988,
    "publisher": "Productivity Press",
    "url": "https://doi.org/10.4324/9780429273018",
}


MAKING_DATA_COUNT = {
    "title": "Making Data Count",
    "authors": "NHS England and NHS Improvement",
    "year": 2019,
    "publisher": "NHS England",
    "url": "https://www.england.nhs.uk/publication/making-data-count/",
}

PSIRF = {
    "title": "Patient Safety Incident Response Framework",
    "authors": "NHS England",
    "year": 2022,
    "publisher": "NHS England",
    "url": (
        "https://www.england.nhs.uk/patient-safety/patient-safety-insight/"
        "incident-response-framework/"
    ),
}

SEIPS_101 = {
    "title": "SEIPS 101 and seven simple SEIPS tools",
    "authors": "Holden RJ, Carayon P",
    "year": 2021,
    "publisher": "BMJ Quality & Safety",
    "url": "https://doi.org/10.1136/bmjqs-2020-012538",
}

SEIPS_2006 = {
    "title": "Work system design for patient safety: the SEIPS model",
    "authors": (
        "Carayon P, Schoofs Hundt A, Karsh BT, Gurses AP, Alvarado CJ, Smith M, Flatley Brennan P"
    ),
    "year": 2006,
    "publisher": "Quality and Safety in Health Care",
    "url": "https://doi.org/10.1136/qshc.2005.015842",
}

POCF_EBCD = {
    "title": "Experience-based co-design (EBCD) toolkit",
    "authors": "The Point of Care Foundation",
    "year": None,
    "publisher": "The Point of Care Foundation",
    "url": (
        "https://www.pointofcarefoundation.org.uk/resource/experience-based-co-design-ebcd-toolkit/"
    ),
}

BATE_ROBERT_2006 = {
    "title": (
        "Experience-based design: from redesigning the system around the patient to "
        "co-designing services with the patient"
    ),
    "authors": "Bate P, Robert G",
    "year": 2006,
    "publisher": "Quality and Safety in Health Care",
    "url": "https://doi.org/10.1136/qshc.2005.016527",
}

QI_MADE_SIMPLE = {
    "title": (
        "Quality improvement made simple: what everyone should know about health care quality "
        "improvement"
    ),
    "authors": "Jones B, Kwong E, Warburton W",
    "year": 2021,
    "publisher": "The Health Foundation",
    "url": "https://doi.org/10.37829/HF-2021-I05",
}

QUALITY_TOOLBOX = {
    "title": "The Quality Toolbox (2nd edition)",
    "authors": "Tague NR",
    "year": 2005,
    "publisher": "ASQ Quality Press",
    "url": "",
}

PRODUCTIVE_WARD = {
    "title": "The Productive Ward: Releasing Time to Care",
    "authors": "NHS Institute for Innovation and Improvement",
    "year": 2007,
    "publisher": "NHS Institute for Innovation and Improvement",
    "url": (
        "https://webarchive.nationalarchives.gov.uk/20090410060646/https:/www.institute.nhs.uk/"
        "quality_and_value/productivity_series/about_releasing_time_to_care.html"
    ),
}

DOUBLE_DIAMOND = {
    "title": "The Double Diamond",
    "authors": "Design Council",
    "year": None,
    "publisher": "Design Council",
    "url": "https://www.designcouncil.org.uk/our-resources/the-double-diamond/",
}


TOOLS = [
    # Understand the system
    {
        "slug": "stakeholder-analysis",
        "title": "Stakeholder analysis",
        "aliases": ["Stakeholder map", "Power-interest grid", "Influence and interest grid"],
        "purpose": (
            "Identify everyone with a stake in the work and plan how to involve each of them."
        ),
        "when_to_use": [
            (
                "Use it at the start of a project, before you set up the team. It shows who can "
                "help, who could block the work and who will feel its effects."
            ),
            "Come back to it when the project changes direction or moves into a new stage.",
        ],
        "when_not_to_use": [
            (
                "Do not use it as a substitute for talking to people. A map drawn without them "
                "reflects only what the team assumes."
            ),
        ],
        "steps": [
            "List everyone who receives, gives, pays for or is affected by the service.",
            (
                "Rate each group, high or low, for influence over the work and for interest in it.",
                "Influence is the power to help or block the work, such as through money, "
                "decisions or reputation. Interest is how much the group cares about the work or "
                "will feel its effects.",
            ),
            (
                "Plot each group on one grid: influence up the side, interest along the bottom.",
                "High influence, high interest: manage closely and work with them as partners.\n"
                "High influence, low interest: keep satisfied, without overloading them.\n"
                "Low influence, high interest: keep informed and involved; patients are often "
                "here, and the project may need to raise their voice.\n"
                "Low influence, low interest: monitor, and check now and then whether this has "
                "changed.",
            ),
            "Write an action and an owner for each group, based on its quadrant.",
            "Review the grid at each project milestone, and set the next review date.",
        ],
        "top_tips": [
            "Include patients, carers and families by name of group, not as one block.",
            "Add the people who will keep the change going after the project ends.",
            "Keep the map private if it rates individuals, and share a summary instead.",
        ],
        "pitfalls": [
            "Do not forget back-office teams such as estates, IT and procurement.",
            "Avoid treating low-influence groups as unimportant; they may be most affected.",
        ],
        "inputs": "Knowledge of the service, organisation charts, early conversations.",
        "outputs": "A grid of stakeholders and an engagement plan with an owner for each group.",
        "expertise": "none",
        "duration": "under-an-hour",
        "participants_min": 2,
        "participants_max": 8,
        "facilitation": "helpful",
        "data_needs": "qualitative",
        "evidence_level": "established",
        "references": [
            {
                "title": "Environmental scanning: the impact of the stakeholder concept",
                "authors": "Mendelow AL",
                "year": 1981,
                "publisher": "Proceedings of the International Conference on Information Systems",
                "url": "https://aisel.aisnet.org/icis1981/20",
            },
            {
                "title": "Strategic Management: A Stakeholder Approach",
                "authors": "Freeman RE",
                "year": 2010,
                "publisher": "Cambridge University Press (first published by Pitman, 1984)",
                "url": "https://doi.org/10.1017/CBO9781139192675",
            },
            QSIR_TOOLS,
        ],
        "templates": [
            {
                "title": "Influence and interest grid",
                "description": (
                    "A prompted list of groups, a two-by-two grid with the four quadrants named, "
                    "and an engagement plan with an owner and a review date for each group."
                ),
            },
        ],
        "worked_example": [
            (
                "Fictional example: a community pharmacy team planning a new repeat prescription "
                "service listed 14 groups. The grid showed that care home managers had high "
                "interest but little say, so the team invited two of them to join the steering "
                "group."
            ),
        ],
        "perspectives": ["people", "management"],
        "stages": ["initiate", "understand"],
        "strands": ["understand-the-system", "manage-the-plan"],
        "categories": ["gathering-insight", "planning-and-making-the-case"],
        "frameworks": [
            "lean-six-sigma",
            "engineering-better-care",
            "improving-improvement",
            "stamp",
            "productive-series",
            "experience-based-co-design",
            "nes-qi-journey",
        ],
    },
    {
        "slug": "process-map",
        "title": "Process map",
        "aliases": ["Flowchart", "Process flow diagram"],
        "purpose": (
            "Draw each step of a process in order so that everyone sees how it really works."
        ),
        "when_to_use": [
            (
                "Use it early, when the team needs a shared picture of how a process works today. "
                "It is often the first tool to use in an improvement project."
            ),
            "Use it again to design and agree the new process.",
        ],
        "when_not_to_use": [
            (
                "Avoid it for problems with no clear sequence, such as team culture. A rich "
                "picture or interviews will tell you more."
            ),
        ],
        "steps": [
            "Agree where the process starts and ends.",
            "Walk the process yourself and talk to the people who do each step.",
            "Write each step on a sticky note and place them in order.",
            "Add decisions, waits, loops and handovers.",
            "Check the map with people who were not in the room.",
            "Mark the problems, delays and ideas on the map.",
        ],
        "top_tips": [
            "Walk the process yourself before you map it.",
            "Map what happens now, not what the policy says should happen.",
            "Use sticky notes so you can move steps around easily.",
        ],
        "pitfalls": [
            "Start at a high level; add detail only where the problems are.",
            "Map with the people who do each step; one person sees only part of the process.",
        ],
        "inputs": "People who do the work, a long wall or roll of paper, sticky notes.",
        "outputs": "A shared map of the current process, with problems and ideas marked on it.",
        "expertise": "none",
        "duration": "half-day",
        "participants_min": 3,
        "participants_max": 12,
        "facilitation": "helpful",
        "data_needs": "qualitative",
        "evidence_level": "established",
        "references": [IHI_QI_ESSENTIALS, QSIR_TOOLS],
        "templates": [
            {
                "title": "Process map symbols sheet",
                "description": (
                    "A key to the shapes for start and end, steps, decisions and waits, and a grid "
                    "with a lane for the patient, space to time each wait, a handover count, and "
                    "flags for problems and ideas."
                ),
            },
        ],
        "worked_example": [
            (
                "Fictional example: an outpatient team mapped the referral process for a hearing "
                "clinic. The map had 23 steps, and 6 of them were checks of the same letter. The "
                "team cut the checks to 2 and saved about 4 days on each referral."
            ),
        ],
        "perspectives": ["systems", "risk"],
        "stages": ["understand", "co-design"],
        "strands": ["understand-the-system", "define-the-problem"],
        "categories": ["mapping-and-modelling"],
        "frameworks": [
            "lean",
            "lean-six-sigma",
            "engineering-better-care",
            "improving-improvement",
            "system-safety-assessment",
            "seips",
            "cynefin",
            "productive-series",
            "virginia-mason-production-system",
            "nes-qi-journey",
        ],
    },
    {
        "slug": "swimlane-diagram",
        "title": "Swimlane diagram",
        "aliases": ["Cross-functional flowchart", "Deployment flowchart"],
        "purpose": (
            "Show who does each step of a process and where work passes between people or teams."
        ),
        "when_to_use": [
            (
                "Use it when a process crosses several teams, roles or organisations. Handovers "
                "stand out clearly, and they are often where delays and errors happen."
            ),
        ],
        "when_not_to_use": [
            "Skip it if one person or team does the whole process. A simple process map is enough.",
        ],
        "steps": [
            "List the roles or teams involved and give each a horizontal lane.",
            "Place each step in the lane of the person who does it.",
            "Draw arrows between steps, including across lanes.",
            "Circle each handover between lanes.",
            "Ask what information passes at each handover and what can go wrong.",
        ],
        "top_tips": [
            "Give the patient or carer their own lane.",
            "Count the handovers; fewer usually means faster and safer.",
            "Show electronic systems as lanes when they do work, such as sending a message.",
        ],
        "pitfalls": [
            "Label lanes with roles, not with the names of individuals.",
            "Avoid hiding waits between lanes; draw them as steps.",
        ],
        "inputs": "A basic process map, or the people who do the work.",
        "outputs": "A diagram that shows roles, steps and handovers.",
        "expertise": "none",
        "duration": "half-day",
        "participants_min": 3,
        "participants_max": 12,
        "facilitation": "helpful",
        "data_needs": "qualitative",
        "evidence_level": "established",
        "references": [
            {
                "title": (
                    "Improving Performance: How to Manage the White Space on the Organization Chart"
                ),
                "authors": "Rummler GA, Brache AP",
                "year": 1990,
                "publisher": "Jossey-Bass",
                "url": "",
            },
        ],
        "templates": [
            {
                "title": "Six-lane swimlane sheet",
                "description": (
                    "A landscape grid with six lanes, one of them for the patient, a time axis for "
                    "timed waits, a running count of handovers, and flags for problems and ideas "
                    "at each handover."
                ),
            },
        ],
        "worked_example": [
            (
                "Fictional example: a hospital at night team drew lanes for the doctor, the nurse "
                "in charge, the site manager, the porter and the patient. The diagram showed 9 "
                "handovers to move one patient to a ward. The team removed 3 by letting the nurse "
                "in charge book the porter directly."
            ),
        ],
        "perspectives": ["systems", "risk"],
        "stages": ["understand"],
        "strands": ["understand-the-system"],
        "categories": ["mapping-and-modelling"],
        "frameworks": ["system-safety-assessment", "stamp", "seips"],
    },
    {
        "slug": "spaghetti-diagram",
        "title": "Spaghetti diagram",
        "aliases": ["Movement map", "Walking map"],
        "purpose": (
            "Trace how people or items move around a space to reveal wasted walking and poor "
            "layout."
        ),
        "when_to_use": [
            (
                "Use it when staff or patients seem to walk a long way, or when you plan to change "
                "a room or ward layout."
            ),
        ],
        "when_not_to_use": [
            (
                "Do not use it for problems that are about information or decisions rather than "
                "movement."
            ),
        ],
        "steps": [
            "Get a simple floor plan of the area.",
            "Choose one person or item to follow for a set task or time.",
            "Draw a line on the plan each time they move from place to place.",
            "Count the trips and estimate the distance.",
            "Ask why each trip was needed, and mark the ones you could avoid.",
        ],
        "top_tips": [
            "Explain to staff why you are following them before you start.",
            "Follow several people on different shifts.",
            "Use a different colour for each person or task.",
        ],
        "pitfalls": [
            "Do not use the diagram to judge individuals.",
            "Watch the real movement; memory leaves out the trips people no longer notice.",
        ],
        "inputs": "A floor plan, coloured pens, time on the shop floor.",
        "outputs": "A drawing of movement, with trip counts and distances.",
        "expertise": "none",
        "duration": "half-day",
        "participants_min": 1,
        "participants_max": 3,
        "facilitation": "none",
        "data_needs": "mixed",
        "evidence_level": "established",
        "references": [QSIR_TOOLS],
        "templates": [
            {
                "title": "Spaghetti diagram recording sheet",
                "description": (
                    "A space to paste a floor plan, a key for colours and a tally of trips and "
                    "distances."
                ),
            },
        ],
        "worked_example": [
            (
                "Fictional example: a nurse on a 28-bed ward was followed for one medicines round. "
                "She made 31 trips to the treatment room. Moving a locked drugs trolley to the bay "
                "cut this to 9 trips."
            ),
        ],
        "perspectives": ["systems", "people"],
        "stages": ["understand"],
        "strands": ["understand-the-system", "collect-the-evidence"],
        "categories": ["mapping-and-modelling", "measuring-and-testing"],
        "frameworks": ["lean", "productive-series", "virginia-mason-production-system"],
    },
    {
        "slug": "value-stream-mapping",
        "title": "Value stream mapping",
        "aliases": ["VSM", "Value stream map"],
        "purpose": (
            "Map the whole flow of a patient pathway, showing time that adds value and time spent "
            "waiting."
        ),
        "when_to_use": [
            (
                "Use it when you want to shorten a pathway from start to finish, such as referral "
                "to treatment. It shows where time goes across the whole pathway, not one "
                "department."
            ),
        ],
        "when_not_to_use": [
            "Avoid it for one-off or highly variable work where there is no regular flow to map.",
        ],
        "steps": [
            "Choose one pathway and define its start and end.",
            (
                "Walk the pathway and record each step, its cycle time and the wait before it.",
                "Cycle time is how long a step takes to do once, such as 20 minutes for a "
                "clinic appointment.",
            ),
            "Draw the current state map with a timeline under it.",
            (
                "Work out the lead time and how much of it adds value for the patient.",
                "Lead time is the total time from the start of the pathway to the end, "
                "including every wait. Often less than a tenth of it adds value.",
            ),
            "Draw a future state map that removes waits and needless steps.",
            "Plan the changes needed to move from current to future state.",
        ],
        "top_tips": [
            "Collect real times, not estimates, for at least a few patients.",
            "Include the information flows that trigger each step.",
            "Keep the future state map to changes you can make within a year.",
        ],
        "pitfalls": [
            "Stop polishing the current state map once the big waits are clear.",
            "Avoid treating every step without direct care as waste; some are needed for safety.",
        ],
        "inputs": "Pathway data, time on the floor, people from each part of the pathway.",
        "outputs": "Current and future state maps, with a lead time and a plan.",
        "expertise": "some",
        "duration": "day",
        "participants_min": 4,
        "participants_max": 15,
        "facilitation": "essential",
        "data_needs": "mixed",
        "evidence_level": "established",
        "references": [
            {
                "title": "Learning to See: Value Stream Mapping to Add Value and Eliminate Muda",
                "authors": "Rother M, Shook J",
                "year": 1998,
                "publisher": "Lean Enterprise Institute",
                "url": "https://www.lean.org/store/book/learning-to-see/",
            },
        ],
        "templates": [
            {
                "title": "Value stream map sheet",
                "description": (
                    "Boxes for each step with cycle time and wait time, a timeline strip and a "
                    "summary of total lead time."
                ),
            },
        ],
        "worked_example": [
            (
                "Fictional example: a breast clinic mapped the pathway from GP referral to "
                "diagnosis. Total time was 19 days, but only 3 hours involved care. Booking tests "
                "on the day of the first visit brought the median to 8 days."
            ),
        ],
        "perspectives": ["systems", "management"],
        "stages": ["understand", "co-design"],
        "strands": ["understand-the-system", "define-the-problem"],
        "categories": ["mapping-and-modelling"],
        "frameworks": ["lean", "productive-series", "virginia-mason-production-system"],
    },
    {
        "slug": "rich-picture",
        "title": "Rich picture",
        "aliases": ["Soft systems picture"],
        "purpose": (
            "Draw a messy situation, with its people, relationships and tensions, to build shared "
            "understanding."
        ),
        "when_to_use": [
            (
                "Use it at the start of a messy problem, where people disagree about what the "
                "problem even is. Drawing helps people say things they find hard to put in words."
            ),
        ],
        "when_not_to_use": [
            (
                "Do not use it when you need precise steps or numbers. Use a process map or data "
                "instead."
            ),
        ],
        "related_methods": [
            (
                "Soft systems methodology (SSM), from Peter Checkland, is a whole approach to "
                "messy problems. A rich picture is one of its first steps, not the same thing."
            ),
        ],
        "steps": [
            "Gather a mixed group on a large sheet of paper.",
            "Draw the main people, groups and places involved.",
            "Add lines for relationships, and symbols for conflict, worry or pressure.",
            "Add outside forces such as policy, money and public opinion.",
            "Talk through the picture and note the themes and questions it raises.",
        ],
        "top_tips": [
            "Tell people that drawing skill does not matter.",
            "Use speech bubbles to capture what different groups say or think.",
            "Keep the picture and photograph it; it is useful later.",
        ],
        "pitfalls": [
            "Keep the picture messy until the group has finished talking.",
            "Do not let one person hold the pen all the time.",
        ],
        "inputs": "A mixed group, large paper, pens.",
        "outputs": "A picture of the situation and a list of themes and questions.",
        "expertise": "none",
        "duration": "under-an-hour",
        "participants_min": 3,
        "participants_max": 10,
        "facilitation": "helpful",
        "data_needs": "qualitative",
        "evidence_level": "adapted",
        "references": [
            CHECKLAND,
            {
                "title": "Soft Systems Methodology in Action",
                "authors": "Checkland P, Scholes J",
                "year": 1990,
                "publisher": "Wiley",
                "url": "",
            },
        ],
        "templates": [
            {
                "title": "Rich picture prompt card",
                "description": (
                    "A card with prompts for people, places, relationships, worries and outside "
                    "forces, and a short list of common symbols."
                ),
            },
        ],
        "worked_example": [
            (
                "Fictional example: a group of GPs, social workers and a carer drew the care of "
                "frail older people in one town. The picture showed 7 organisations and a carer "
                "who felt like the only link between them. This became the focus of the project."
            ),
        ],
        "perspectives": ["systems", "people"],
        "stages": ["initiate", "understand"],
        "strands": ["understand-the-system", "define-the-problem"],
        "categories": ["mapping-and-modelling", "gathering-insight"],
        "frameworks": [
            "engineering-better-care",
            "stamp",
            "seips",
            "human-systems-dynamics",
            "cynefin",
        ],
    },
    {
        "slug": "causal-loop-diagram",
        "title": "Causal loop diagram",
        "aliases": ["Feedback loop diagram", "System dynamics map"],
        "purpose": (
            "Show how factors in a system reinforce or balance each other over time through "
            "feedback loops."
        ),
        "when_to_use": [
            (
                "Use it when a problem keeps coming back despite fixes, or when a fix in one place "
                "causes a problem somewhere else."
            ),
        ],
        "when_not_to_use": ["Skip it for simple, linear problems with an obvious cause."],
        "steps": [
            "Name the problem as something that changes over time, such as waiting list size.",
            "List the factors that push it up or down.",
            "Draw arrows between factors and mark each as same direction or opposite direction.",
            "Find the loops and label each as reinforcing or balancing.",
            "Mark delays on arrows where effects take time to show.",
            (
                "Look for leverage points, where a small change could shift the whole loop.",
                "A leverage point is a place in the system where effort has a large effect, "
                "such as a delay you can shorten or a balancing loop you can strengthen.",
            ),
        ],
        "top_tips": [
            "Use nouns that can go up or down, such as staff morale, not actions.",
            "Start with one loop and add more slowly.",
            "Test the diagram against real data over time.",
        ],
        "pitfalls": [
            "Avoid drawing every possible link; the diagram becomes unreadable.",
            "Treat the diagram as a theory and test it against data over time.",
        ],
        "inputs": "Knowledge of the system, data over time where available.",
        "outputs": "A diagram of feedback loops and possible leverage points.",
        "expertise": "some",
        "duration": "half-day",
        "participants_min": 2,
        "participants_max": 8,
        "facilitation": "essential",
        "data_needs": "mixed",
        "evidence_level": "adapted",
        "references": [
            {
                "title": "Business Dynamics: Systems Thinking and Modeling for a Complex World",
                "authors": "Sterman JD",
                "year": 2000,
                "publisher": "McGraw-Hill",
                "url": (
                    "https://www.mheducation.com/highered/product/"
                    "business-dynamics-systems-thinking-modeling-complex-world-sterman/"
                    "M9780072389159.html"
                ),
            },
            {
                "title": "The Fifth Discipline: The Art and Practice of the Learning Organization",
                "authors": "Senge PM",
                "year": 1990,
                "publisher": "Doubleday",
                "url": (
                    "https://www.penguinrandomhouse.com/books/163984/"
                    "the-fifth-discipline-by-peter-m-senge/"
                ),
            },
        ],
        "templates": [
            {
                "title": "Loop builder sheet",
                "description": (
                    "A worksheet to list factors, note the direction of each link and label loops "
                    "as reinforcing or balancing."
                ),
            },
        ],
        "worked_example": [
            (
                "Fictional example: a district nursing team drew a loop linking staff sickness, "
                "caseload per nurse and stress. The loop showed why overtime made sickness worse. "
                "The team protected 2 hours a week for catch-up, and sickness fell from 7% to 5% "
                "over 6 months."
            ),
        ],
        "perspectives": ["systems"],
        "stages": ["understand"],
        "strands": ["understand-the-system", "define-the-problem"],
        "categories": ["mapping-and-modelling", "analysing-problems"],
        "frameworks": [
            "engineering-better-care",
            "stamp",
            "seips",
            "human-systems-dynamics",
            "cynefin",
        ],
    },
    {
        "slug": "data-flow-diagram",
        "title": "Data-flow diagram",
        "aliases": ["DFD", "Information flow map"],
        "purpose": (
            "Map how information moves between people, systems and stores so that gaps and "
            "duplication show."
        ),
        "when_to_use": [
            (
                "Use it when problems come from missing, late or copied information, such as "
                "results not reaching the right clinician."
            ),
            "Use it before you change or add a digital system.",
        ],
        "when_not_to_use": [
            (
                "Do not use it to map physical movement of patients or items; use a process map or "
                "spaghetti diagram."
            ),
        ],
        "steps": [
            "List the people and systems that send or receive information.",
            "List where information is stored, such as records, whiteboards and inboxes.",
            "Draw arrows for each flow of information and label what is sent.",
            "Mark flows that are manual, duplicated or often late.",
            "Check the diagram with the people who use each system.",
        ],
        "top_tips": [
            "Include paper, phone calls and whiteboards, not just computer systems.",
            "Label each arrow with what the information is, not how it travels.",
            "Ask the digital team to check the diagram before you finalise it.",
        ],
        "pitfalls": [
            "Avoid mixing the flow of information with the order of steps.",
            "Include the information that flows back to the patient, such as results letters.",
        ],
        "inputs": "Knowledge of systems and forms, time with users.",
        "outputs": "A diagram of information flows, stores and weak points.",
        "expertise": "some",
        "duration": "half-day",
        "participants_min": 2,
        "participants_max": 8,
        "facilitation": "helpful",
        "data_needs": "qualitative",
        "evidence_level": "adapted",
        "references": [
            {
                "title": "Structured Analysis and System Specification",
                "authors": "DeMarco T",
                "year": 1978,
                "publisher": "Yourdon Press",
                "url": "https://archive.org/details/structuredanalys0000dema",
            },
        ],
        "templates": [
            {
                "title": "Information flow sheet",
                "description": (
                    "Shapes for people, systems and stores, with a table to describe each flow and "
                    "how reliable it is."
                ),
            },
        ],
        "worked_example": [
            (
                "Fictional example: a stroke team mapped how swallow assessment results reached "
                "the ward. The result went into 3 places, and staff checked a whiteboard that was "
                "updated once a day. Moving the result to the electronic record only cut late meal "
                "changes by half."
            ),
        ],
        "perspectives": ["systems", "risk"],
        "stages": ["understand", "co-design"],
        "strands": ["understand-the-system"],
        "categories": ["mapping-and-modelling"],
        "frameworks": ["stamp"],
    },
    {
        "slug": "dependency-structure-matrix",
        "title": "Dependency structure matrix",
        "aliases": ["Design structure matrix", "DSM"],
        "purpose": "Show in a grid which parts or tasks of a system depend on each other.",
        "when_to_use": [
            (
                "Use it when a system or project has many parts that depend on each other, and you "
                "need to see clusters or plan the order of work."
            ),
        ],
        "when_not_to_use": [
            "Skip it for small systems with only a few parts; a simple diagram is quicker.",
        ],
        "steps": [
            (
                "List the parts or tasks of the system along the top and down the side in the same "
                "order."
            ),
            "Mark a cell when the item in the row depends on the item in the column.",
            "Reorder the rows and columns to group items that depend on each other.",
            "Identify clusters, loops and items that many others depend on.",
            "Use the result to plan teams, interfaces or the order of work.",
        ],
        "top_tips": [
            "Agree what counts as a dependency before you start.",
            "Use a spreadsheet so that you can reorder easily.",
            "Pay most attention to items that many others rely on.",
        ],
        "pitfalls": [
            "Avoid mixing different levels of detail in one matrix.",
            "Do not fill the matrix alone; dependencies are often hidden from one view.",
        ],
        "inputs": "A list of parts or tasks and people who know how they connect.",
        "outputs": "A grid showing dependencies, clusters and critical items.",
        "expertise": "specialist",
        "duration": "day",
        "participants_min": 2,
        "participants_max": 6,
        "facilitation": "essential",
        "data_needs": "qualitative",
        "evidence_level": "adapted",
        "references": [
            {
                "title": "Design Structure Matrix Methods and Applications",
                "authors": "Eppinger SD, Browning TR",
                "year": 2012,
                "publisher": "MIT Press",
                "url": "https://doi.org/10.7551/mitpress/8896.001.0001",
            },
            EBC_REPORT,
        ],
        "templates": [
            {
                "title": "Dependency matrix spreadsheet",
                "description": (
                    "A square grid with row and column labels, a key for the strength of each "
                    "dependency and space to note clusters."
                ),
            },
        ],
        "worked_example": [
            (
                "Fictional example: a team opening a new day surgery unit listed 24 tasks, from "
                "staff training to IT setup. The matrix showed that 9 tasks depended on the "
                "booking system going live. The team moved that task to the start of the plan."
            ),
        ],
        "perspectives": ["systems"],
        "stages": ["understand", "deliver"],
        "strands": ["understand-the-system", "manage-the-plan"],
        "categories": ["mapping-and-modelling"],
        "frameworks": ["engineering-better-care"],
    },
    {
        "slug": "one-to-one-interviews",
        "title": "One-to-one interviews",
        "aliases": ["Semi-structured interviews", "In-depth interviews"],
        "purpose": (
            "Talk in depth with individual people to understand their experiences, needs and "
            "reasons."
        ),
        "when_to_use": [
            (
                "Use them when you need to understand why people act as they do, or what a service "
                "feels like from the inside."
            ),
            "Use them to reach people who would not speak up in a group.",
        ],
        "when_not_to_use": [
            "Do not use them to measure how common something is. Use a survey or data for that.",
        ],
        "steps": [
            "Decide what you want to learn and who can tell you.",
            "Write a short guide of open questions.",
            "Explain the purpose, how you will use what they say and their right to stop.",
            "Listen more than you talk, and ask for examples.",
            "Write up notes straight after each interview.",
            "Look across interviews for common themes.",
        ],
        "top_tips": [
            "Ask about the last time something happened, not what usually happens.",
            "Talk to people in a place where they feel at ease.",
            "Stop when new interviews no longer tell you anything new.",
        ],
        "pitfalls": [
            "Avoid leading questions that suggest the answer you want.",
            "Seek out people who are hard to reach, not just the ones who reply first.",
        ],
        "inputs": "An interview guide, consent information, time.",
        "outputs": "Notes or quotes grouped into themes.",
        "expertise": "some",
        "duration": "days",
        "participants_min": 1,
        "participants_max": 2,
        "facilitation": "none",
        "data_needs": "qualitative",
        "evidence_level": "established",
        "references": [
            {
                "title": "Qualitative research: qualitative interviews in medical research",
                "authors": "Britten N",
                "year": 1995,
                "publisher": "BMJ",
                "url": "https://doi.org/10.1136/bmj.311.6999.251",
            },
        ],
        "templates": [
            {
                "title": "Interview guide",
                "description": (
                    "A one-page plan with an introduction script, 6 to 8 open questions, follow-up "
                    "prompts and a box for themes."
                ),
            },
        ],
        "worked_example": [
            (
                "Fictional example: a diabetes team interviewed 12 young adults who had missed "
                "clinic. Most said appointments clashed with work or college. The team trialled "
                "evening video clinics, and missed appointments fell from 30% to 18%."
            ),
        ],
        "perspectives": ["people", "design"],
        "stages": ["understand", "co-design"],
        "strands": ["understand-the-system", "collect-the-evidence"],
        "categories": ["gathering-insight"],
        "frameworks": [
            "lean",
            "engineering-better-care",
            "seips",
            "experience-based-co-design",
            "double-diamond",
            "nes-qi-journey",
        ],
    },
    {
        "slug": "observation",
        "title": "Observation",
        "aliases": ["Shadowing", "Go and see", "Ethnographic observation"],
        "purpose": "Watch work as it really happens to see what people do, not just what they say.",
        "when_to_use": [
            (
                "Use it to understand how work really gets done, including the workarounds people "
                "no longer notice."
            ),
        ],
        "when_not_to_use": [
            (
                "Avoid it where your presence would harm privacy or care, unless you have agreed "
                "safeguards."
            ),
        ],
        "steps": [
            "Agree what you will observe, where and for how long.",
            "Get permission from staff and, where needed, from patients.",
            "Watch quietly and note what happens, with times.",
            "Note workarounds, interruptions and things that surprise you.",
            "Ask people afterwards about what you saw.",
            "Share what you saw with the team and check your understanding.",
        ],
        "top_tips": [
            "Observe at different times of day and on different days.",
            "Write down facts first and your interpretations separately.",
            "Thank people and tell them what you learned.",
        ],
        "pitfalls": [
            "Stay neutral while you observe; step in only if a patient is at risk.",
            "Avoid recording anything that could identify a patient.",
        ],
        "inputs": "Permission, a notebook or checklist, time on site.",
        "outputs": "Field notes describing real work, with issues and ideas.",
        "expertise": "some",
        "duration": "half-day",
        "participants_min": 1,
        "participants_max": 2,
        "facilitation": "none",
        "data_needs": "qualitative",
        "evidence_level": "established",
        "references": [
            {
                "title": "Qualitative research: observational methods in health care settings",
                "authors": "Mays N, Pope C",
                "year": 1995,
                "publisher": "BMJ",
                "url": "https://doi.org/10.1136/bmj.311.6998.182",
            },
        ],
        "templates": [
            {
                "title": "Observation record",
                "description": (
                    "A timed log with columns for what happened, who was involved, interruptions "
                    "and the observer's questions."
                ),
            },
        ],
        "worked_example": [
            (
                "Fictional example: an improvement lead shadowed a discharge coordinator for 2 "
                "shifts. She was interrupted 41 times, mostly by phone calls asking for bed "
                "updates. Putting bed status on a shared screen halved the calls."
            ),
        ],
        "perspectives": ["people", "systems", "risk"],
        "stages": ["understand"],
        "strands": ["understand-the-system", "collect-the-evidence"],
        "categories": ["gathering-insight"],
        "frameworks": [
            "lean",
            "engineering-better-care",
            "system-safety-assessment",
            "seips",
            "human-systems-dynamics",
            "productive-series",
            "experience-based-co-design",
            "double-diamond",
        ],
    },
    {
        "slug": "personas",
        "title": "Personas",
        "aliases": ["User profiles", "Patient personas"],
        "purpose": (
            "Create realistic characters, based on research, who represent the main groups of "
            "service users."
        ),
        "when_to_use": [
            (
                "Use them after you have gathered insight, to keep real people in mind while you "
                "design. They help teams test ideas against different needs."
            ),
        ],
        "when_not_to_use": [
            (
                "Do not create personas from assumptions alone. Without research they reinforce "
                "stereotypes."
            ),
        ],
        "steps": [
            "Gather insight from interviews, observation and data.",
            "Group people with similar needs, goals and barriers.",
            "Write a short profile for each group, with a made-up name and a photo or sketch.",
            "Add their goals, frustrations, abilities and context.",
            "Check each persona with people from that group.",
            "Use the personas to test ideas: would this work for each of them?",
        ],
        "top_tips": [
            "Base every detail on something you learned in your research.",
            "Include at least one persona who finds the service hard to use.",
            "Keep to 3 to 5 personas so that people remember them.",
        ],
        "pitfalls": [
            "Avoid basing a persona on a real, identifiable patient.",
            "Check each persona with real people who fit it.",
        ],
        "inputs": "Research findings from interviews, observation and data.",
        "outputs": "A small set of one-page persona profiles.",
        "expertise": "some",
        "duration": "half-day",
        "participants_min": 2,
        "participants_max": 8,
        "facilitation": "helpful",
        "data_needs": "qualitative",
        "evidence_level": "adapted",
        "references": [
            {
                "title": "The Inmates Are Running the Asylum",
                "authors": "Cooper A",
                "year": 1999,
                "publisher": "Sams",
                "url": (
                    "https://www.pearson.com/en-us/subject-catalog/p/"
                    "inmates-are-running-the-asylum-the-why-high-tech-products-drive-us-crazy-and-"
                    "how-to-restore-the-sanity/P200000009348"
                ),
            },
        ],
        "templates": [
            {
                "title": "Persona profile",
                "description": (
                    "A one-page layout with a name, a sketch, a short story, goals, frustrations, "
                    "abilities and a quote in their own words."
                ),
            },
        ],
        "worked_example": [
            (
                "Fictional example: a team redesigning a falls service created 4 personas. One, "
                "'Maureen', lived alone, had poor sight and no smartphone. Testing ideas against "
                "her needs led the team to keep phone booking when they added an online form."
            ),
        ],
        "perspectives": ["people", "design"],
        "stages": ["understand", "co-design"],
        "strands": ["understand-the-system", "develop-the-solution"],
        "categories": ["gathering-insight"],
        "frameworks": [
            "engineering-better-care",
            "improving-improvement",
            "experience-based-co-design",
            "double-diamond",
        ],
    },
    {
        "slug": "scenarios-and-storyboards",
        "title": "Scenarios and storyboards",
        "aliases": ["Storyboarding", "User scenarios", "Journey storyboard"],
        "purpose": (
            "Tell short stories, in words or pictures, of how a person meets the service step by "
            "step."
        ),
        "when_to_use": [
            (
                "Use them to explore how a current service feels, or to show how a new idea would "
                "work from the user's side before you build it."
            ),
        ],
        "when_not_to_use": [
            "Do not rely on them alone to judge safety or cost; they show experience, not numbers.",
        ],
        "steps": [
            "Pick a person, such as one of your personas, and a goal they have.",
            "Set the scene: where they are, when and what they know.",
            "Sketch or write each moment of their journey as a frame.",
            "Mark what they think and feel at each frame.",
            "Share the storyboard with users and staff and collect reactions.",
        ],
        "top_tips": [
            "Keep each storyboard to 6 to 10 frames.",
            "Include what goes wrong, not just the happy path.",
            "Use stick figures; the story matters more than the drawing.",
        ],
        "pitfalls": [
            "Avoid stories that only show the service at its best.",
            "Check every story with the people it describes before you design from it.",
        ],
        "inputs": "Personas or research findings, paper and pens.",
        "outputs": "Storyboards of current or future journeys, with reactions.",
        "expertise": "none",
        "duration": "under-an-hour",
        "participants_min": 2,
        "participants_max": 10,
        "facilitation": "helpful",
        "data_needs": "qualitative",
        "evidence_level": "adapted",
        "references": [
            {
                "title": "Making Use: Scenario-Based Design of Human-Computer Interactions",
                "authors": "Carroll JM",
                "year": 2000,
                "publisher": "MIT Press",
                "url": "",
            },
        ],
        "templates": [
            {
                "title": "Eight-frame storyboard",
                "description": (
                    "Eight boxes for sketches, each with lines underneath for what happens and how "
                    "the person feels."
                ),
            },
        ],
        "worked_example": [
            (
                "Fictional example: a maternity team storyboarded a first scan for a woman who "
                "speaks little English. The frames showed 3 points where she could not follow what "
                "was happening. The team added picture cards and booked interpreters in advance."
            ),
        ],
        "perspectives": ["people", "design"],
        "stages": ["understand", "co-design"],
        "strands": ["understand-the-system", "develop-the-solution"],
        "categories": ["gathering-insight", "generating-ideas"],
        "frameworks": ["experience-based-co-design", "double-diamond"],
    },
    # Define the problem
    {
        "slug": "delphi-study",
        "title": "Delphi study",
        "aliases": ["Delphi technique", "Delphi consensus"],
        "purpose": (
            "Reach agreement among experts through rounds of anonymous questionnaires with "
            "feedback between rounds."
        ),
        "when_to_use": [
            (
                "Use it when you need a considered view from experts who cannot easily meet, or "
                "when strong voices could sway a group meeting."
            ),
        ],
        "when_not_to_use": ["Avoid it when you need a quick answer; several rounds take weeks."],
        "steps": [
            "Define the question and choose a panel with a range of expertise.",
            "Send the first questionnaire asking for views or ratings.",
            "Summarise the answers and send them back to the panel.",
            "Ask panel members to rate again, in the light of the group's views.",
            "Repeat until answers settle, usually after 2 or 3 rounds.",
            "Report the points of agreement and the points still in dispute.",
        ],
        "top_tips": [
            "Agree in advance what level of agreement counts as consensus.",
            "Include patients and carers as experts in their own experience.",
            "Keep each round short to stop people dropping out.",
        ],
        "pitfalls": [
            "Do not treat consensus as proof that the answer is right.",
            "Avoid a panel drawn from one profession only.",
        ],
        "inputs": "A clear question, a panel, a survey tool.",
        "outputs": "Ranked statements with levels of agreement.",
        "expertise": "some",
        "duration": "weeks",
        "participants_min": 8,
        "participants_max": 40,
        "facilitation": "essential",
        "data_needs": "mixed",
        "evidence_level": "established",
        "references": [
            {
                "title": "The Delphi Method: Techniques and Applications",
                "authors": "Linstone HA, Turoff M",
                "year": 1975,
                "publisher": "Addison-Wesley",
                "url": "https://web.njit.edu/~turoff/pubs/delphibook/",
            },
            {
                "title": "Consensus methods for medical and health services research",
                "authors": "Jones J, Hunter D",
                "year": 1995,
                "publisher": "BMJ",
                "url": "https://doi.org/10.1136/bmj.311.7001.376",
            },
        ],
        "templates": [
            {
                "title": "Delphi round summary",
                "description": (
                    "A table listing each statement, the spread of ratings in the last round and "
                    "space for the panel's comments."
                ),
            },
        ],
        "worked_example": [
            (
                "Fictional example: a regional network asked 25 clinicians and patients which "
                "outcomes mattered most for a new frailty service. After 3 rounds, 7 of 30 "
                "outcomes reached the agreed level of 75% support. These became the service's core "
                "measures."
            ),
        ],
        "perspectives": ["design", "management"],
        "stages": ["understand", "co-design"],
        "strands": ["define-the-problem", "collect-the-evidence"],
        "categories": ["gathering-insight", "analysing-problems"],
        "frameworks": ["cynefin"],
    },
    {
        "slug": "fishbone-diagram",
        "title": "Fishbone diagram",
        "aliases": ["Cause and effect diagram", "Ishikawa diagram"],
        "purpose": (
            "Group the possible causes of a problem into themes so the team can see them all "
            "together."
        ),
        "when_to_use": [
            (
                "Use it when a team needs to think broadly about the causes of a problem before "
                "choosing where to act."
            ),
        ],
        "when_not_to_use": [
            (
                "Do not use it to prove a cause. It lists possible causes; you then need data to "
                "test them."
            ),
        ],
        "steps": [
            "Write the problem at the head of the fish, as a clear statement.",
            (
                "Draw six main bones for themes: people, methods, equipment, materials, "
                "environment and measurement."
            ),
            "Brainstorm causes and add each to the right bone.",
            "Ask why each cause happens and add deeper causes as smaller bones.",
            "Circle the causes the team thinks matter most.",
            "Plan how to test the circled causes with data.",
        ],
        "top_tips": [
            "State the problem with a number, such as 12 late discharges a week.",
            "Rename or merge bones to fit your setting; six is a start, not a rule.",
            "Include people who see the problem from different angles.",
        ],
        "pitfalls": [
            "Avoid blaming individuals; look for causes in the system.",
            "Keep asking why on the bones the data point to; the first layer is rarely enough.",
        ],
        "inputs": "A clear problem statement and a mixed team.",
        "outputs": "A diagram of possible causes, with the most likely ones marked.",
        "expertise": "none",
        "duration": "under-an-hour",
        "participants_min": 3,
        "participants_max": 10,
        "facilitation": "helpful",
        "data_needs": "qualitative",
        "evidence_level": "established",
        "references": [IHI_QI_ESSENTIALS, QSIR_TOOLS],
        "templates": [
            {
                "title": "Fishbone template",
                "description": (
                    "A fish with six bones labelled people, methods, equipment, materials, "
                    "environment and measurement, which you can rename; a box for the problem "
                    "statement; a 'why?' ladder for each chosen cause; space for a vote; and a "
                    "column for how each cause will be tested with data."
                ),
            },
        ],
        "worked_example": [
            (
                "Fictional example: an emergency department team looked at why 1 in 6 patients "
                "with sepsis got antibiotics late. The fishbone showed causes under equipment, "
                "staffing and the triage process. Data confirmed that missing cannulas in cubicles "
                "caused the most delay."
            ),
        ],
        "perspectives": ["systems", "risk"],
        "stages": ["understand"],
        "strands": ["define-the-problem"],
        "categories": ["analysing-problems"],
        "frameworks": [
            "model-for-improvement",
            "lean-six-sigma",
            "bow-tie",
            "seips",
            "cynefin",
            "nes-qi-journey",
        ],
    },
    {
        "slug": "pareto-chart",
        "title": "Pareto chart",
        "aliases": ["80/20 chart", "Pareto analysis"],
        "purpose": (
            "Rank the causes or types of a problem by how often they occur, to focus effort where "
            "it counts."
        ),
        "when_to_use": [
            (
                "Use it when you have counts of problems by type and need to choose where to "
                "start. Often a few types cause most of the problem."
            ),
        ],
        "when_not_to_use": [
            (
                "Avoid it when the most frequent problem is not the most serious. Weigh by harm as "
                "well as by count."
            ),
        ],
        "steps": [
            "Choose the problem and agree categories for its causes or types.",
            "Collect counts for each category over a set period.",
            "Sort the categories from most to least frequent.",
            "Draw bars in that order and add a line for the running total percentage.",
            (
                (
                    "Identify the vital few: the small number of categories that make up most of "
                    "the total."
                ),
                "Often about 20% of the categories account for about 80% of the problems. The "
                "split is a rule of thumb, not a law.",
            ),
        ],
        "top_tips": [
            "Collect at least a few weeks of data before you draw the chart.",
            "Keep an 'other' category small; split it if it grows.",
            "Redraw the chart after changes to see whether the order shifts.",
        ],
        "pitfalls": [
            "Do not ignore rare but severe events.",
            "Check that categories do not overlap; one event counted twice distorts the chart.",
        ],
        "inputs": "Counts of problems or causes by category.",
        "outputs": "A ranked bar chart showing the vital few categories.",
        "expertise": "none",
        "duration": "under-an-hour",
        "participants_min": 1,
        "participants_max": 4,
        "facilitation": "none",
        "data_needs": "quantitative",
        "evidence_level": "established",
        "references": [IHI_QI_ESSENTIALS],
        "templates": [
            {
                "title": "Pareto spreadsheet",
                "description": (
                    "A spreadsheet for categories, counts and the period they cover. It sorts the "
                    "bars, adds the cumulative percentage line, warns when categories may overlap, "
                    "can weight bars by severity, and records the few categories chosen to tackle."
                ),
            },
        ],
        "worked_example": [
            (
                "Fictional example: a pharmacy team counted 240 prescription queries in a month. "
                "Three types, missing doses, illegible allergies and unclear durations, made up "
                "71% of the total. The team tackled those three first."
            ),
        ],
        "perspectives": ["systems", "management"],
        "stages": ["understand"],
        "strands": ["define-the-problem", "collect-the-evidence"],
        "categories": ["analysing-problems", "measuring-and-testing"],
        "frameworks": ["lean-six-sigma", "double-diamond"],
    },
    {
        "slug": "moscow-prioritisation",
        "title": "MoSCoW prioritisation",
        "aliases": ["MoSCoW", "Must, should, could, won't"],
        "purpose": (
            "Sort needs or requirements into must have, should have, could have and won't have "
            "this time."
        ),
        "when_to_use": [
            (
                "Use it when you have more needs or ideas than time or money allows, and you need "
                "to agree what comes first."
            ),
        ],
        "when_not_to_use": ["Avoid it when the list is short and the choice is obvious."],
        "steps": [
            "List all the needs or requirements on cards.",
            "Agree what each category means for this project.",
            "Place each card in must, should, could or won't.",
            "Check that the must-haves alone would give a working service.",
            "Record the reasons for each choice.",
        ],
        "top_tips": [
            "Limit must-haves to what the service cannot work or be safe without.",
            "Record the won't-haves so they are not lost.",
            "Involve users in the sorting, not only managers.",
        ],
        "pitfalls": [
            "Do not let every item become a must-have.",
            "Agree the criteria for 'must' before sorting anything.",
        ],
        "inputs": "A list of needs, requirements or ideas.",
        "outputs": "An agreed list sorted into four groups, with reasons.",
        "expertise": "none",
        "duration": "under-an-hour",
        "participants_min": 3,
        "participants_max": 12,
        "facilitation": "helpful",
        "data_needs": "qualitative",
        "evidence_level": "adapted",
        "references": [
            {
                "title": "Case Method Fast-Track: A RAD Approach",
                "authors": "Clegg D, Barker R",
                "year": 1994,
                "publisher": "Addison-Wesley",
                "url": "",
            },
        ],
        "templates": [
            {
                "title": "MoSCoW board",
                "description": (
                    "A four-column board labelled must, should, could and won't, with space for "
                    "the reason behind each choice."
                ),
            },
        ],
        "worked_example": [
            (
                "Fictional example: a team designing a new wound care app listed 32 wishes from "
                "nurses and patients. They agreed 6 must-haves, including offline use, and moved "
                "photo sharing to a later version."
            ),
        ],
        "perspectives": ["design", "management"],
        "stages": ["co-design"],
        "strands": ["define-the-problem", "develop-the-solution"],
        "categories": ["analysing-problems", "planning-and-making-the-case"],
        "frameworks": ["experience-based-co-design", "double-diamond"],
    },
    {
        "slug": "five-whys",
        "title": "Five whys",
        "aliases": ["5 whys", "Why-why analysis"],
        "purpose": "Ask 'why?' repeatedly to move from a visible problem to a deeper cause.",
        "when_to_use": [
            (
                "Use it for a quick look at the causes of a simple problem, or to dig into one "
                "branch of a fishbone diagram."
            ),
        ],
        "when_not_to_use": [
            (
                "Do not use it alone for serious incidents. Problems with many interacting causes "
                "need a fuller method, such as a systems-based incident investigation. A single "
                "chain of whys tends to find one cause and miss the others (Card, 2017)."
            ),
        ],
        "steps": [
            "Write down the problem as a clear statement.",
            "Ask why it happens and write down the answer.",
            "Ask why that answer happens, and repeat.",
            "Stop when you reach a cause you can act on, often after about five rounds.",
            "Check each link with facts, not opinions.",
        ],
        "top_tips": [
            "Follow more than one branch when there are several answers.",
            "Ask the people closest to the work.",
            "Stop asking when the answer is outside anyone's control.",
        ],
        "pitfalls": [
            "Avoid ending at 'human error'; ask why the error was possible.",
            "Stop when you reach a cause you can act on, whether that takes three whys or seven.",
        ],
        "inputs": "A clear problem statement and people who know the work.",
        "outputs": "A chain of causes ending in one you can act on.",
        "expertise": "none",
        "duration": "under-an-hour",
        "participants_min": 1,
        "participants_max": 6,
        "facilitation": "none",
        "data_needs": "qualitative",
        "evidence_level": "established",
        "references": [
            OHNO,
            {
                "title": "The problem with '5 whys'",
                "authors": "Card AJ",
                "year": 2017,
                "publisher": "BMJ Quality & Safety",
                "url": "https://doi.org/10.1136/bmjqs-2016-005849",
            },
            QSIR_TOOLS,
        ],
        "templates": [
            {
                "title": "Five whys ladder",
                "description": (
                    "A problem box followed by five linked boxes for each answer, and a final box "
                    "for the action."
                ),
            },
        ],
        "worked_example": [
            (
                "Fictional example: a clinic found that 1 in 10 patients arrived without a blood "
                "test. Asking why led from 'they forgot' to 'the letter did not mention it' to "
                "'the letter template was out of date'. The team updated the template."
            ),
        ],
        "perspectives": ["systems", "risk", "management"],
        "stages": ["initiate", "understand"],
        "strands": ["define-the-problem"],
        "categories": ["analysing-problems"],
        "frameworks": [
            "lean",
            "lean-six-sigma",
            "virginia-mason-production-system",
            "double-diamond",
        ],
    },
    # Develop the solution
    {
        "slug": "brainstorming",
        "title": "Brainstorming",
        "aliases": ["Idea generation", "Brainwriting"],
        "purpose": "Generate many ideas quickly in a group, holding back judgement until later.",
        "when_to_use": [
            "Use it when you understand the problem and need a wide range of possible answers.",
        ],
        "when_not_to_use": [
            (
                "Avoid it before you understand the problem; you will get solutions to the wrong "
                "thing."
            ),
        ],
        "steps": [
            "Write a clear question, such as 'How might we cut waits for X?'.",
            "Explain the rules: no criticism, build on others' ideas, go for quantity.",
            "Give people a few minutes to write ideas alone first.",
            "Share ideas in turn and write each one down.",
            "Group similar ideas.",
            "Choose ideas to develop using agreed criteria.",
        ],
        "top_tips": [
            "Let people write ideas silently before anyone speaks.",
            "Set a target number of ideas to push past the obvious.",
            "Invite someone from outside the team for a fresh view.",
        ],
        "pitfalls": [
            "Do not judge ideas during the session.",
            "Let junior staff and patients speak before senior staff.",
        ],
        "inputs": "A clear question, a mixed group, sticky notes.",
        "outputs": "A long list of grouped ideas.",
        "expertise": "none",
        "duration": "under-an-hour",
        "participants_min": 3,
        "participants_max": 12,
        "facilitation": "helpful",
        "data_needs": "none",
        "evidence_level": "established",
        "references": [
            {
                "title": "Applied Imagination",
                "authors": "Osborn AF",
                "year": 1953,
                "publisher": "Scribner",
                "url": "https://archive.org/details/appliedimaginati00osbo",
            },
        ],
        "templates": [
            {
                "title": "Idea capture sheet",
                "description": (
                    "A sheet with the question at the top, boxes for ideas and a simple grid to "
                    "rate ideas afterwards."
                ),
            },
        ],
        "worked_example": [
            (
                "Fictional example: a mental health ward asked 'How might we make the first night "
                "on the ward less frightening?'. Staff and former patients wrote 58 ideas in 20 "
                "minutes. A welcome pack and a named buddy were tested first."
            ),
        ],
        "perspectives": ["design"],
        "stages": ["co-design"],
        "strands": ["develop-the-solution"],
        "categories": ["generating-ideas"],
        "frameworks": [
            "model-for-improvement",
            "lean-six-sigma",
            "improving-improvement",
            "system-safety-assessment",
            "seips",
            "human-systems-dynamics",
            "virginia-mason-production-system",
            "experience-based-co-design",
            "double-diamond",
        ],
    },
    {
        "slug": "six-thinking-hats",
        "title": "Six thinking hats",
        "aliases": ["De Bono's hats", "Parallel thinking"],
        "purpose": (
            "Look at an idea from six angles in turn: facts, feelings, risks, benefits, creativity "
            "and process."
        ),
        "when_to_use": [
            (
                "Use it when a group needs to weigh up an idea fairly, or when debate keeps going "
                "round in circles."
            ),
        ],
        "when_not_to_use": ["Avoid it for simple decisions; the structure can feel heavy."],
        "steps": [
            (
                "Explain the six hats: white for facts, red for feelings, black for risks, yellow "
                "for benefits, green for new ideas and blue for process."
            ),
            "Choose the order of hats for the session.",
            "Spend a few minutes with everyone wearing the same hat.",
            "Record what comes up under each hat.",
            "Use the blue hat at the end to agree next steps.",
        ],
        "top_tips": [
            "Keep everyone in the same hat at the same time.",
            "Keep the black hat to a set time so it does not dominate.",
            "Use the red hat for quick gut reactions without explanation.",
        ],
        "pitfalls": [
            "Do not label people as one kind of hat.",
            "Avoid skipping the blue hat; it turns talk into action.",
        ],
        "inputs": "An idea or decision to discuss, a group.",
        "outputs": "A balanced view of the idea and agreed next steps.",
        "expertise": "none",
        "duration": "under-an-hour",
        "participants_min": 3,
        "participants_max": 10,
        "facilitation": "essential",
        "data_needs": "none",
        "evidence_level": "adapted",
        "references": [
            {
                "title": "Six Thinking Hats",
                "authors": "de Bono E",
                "year": 1985,
                "publisher": "Little, Brown",
                "url": "",
            },
        ],
        "templates": [
            {
                "title": "Six hats record",
                "description": (
                    "Six coloured boxes, one for each hat, with prompts and space for notes."
                ),
            },
        ],
        "worked_example": [
            (
                "Fictional example: a practice team was split on moving to total triage. Working "
                "through the hats, the red hat showed that receptionists feared angry callers. The "
                "team added a script and a 4-week trial before deciding."
            ),
        ],
        "perspectives": ["design", "risk"],
        "stages": ["co-design"],
        "strands": ["develop-the-solution"],
        "categories": ["generating-ideas"],
        "frameworks": ["human-systems-dynamics"],
    },
    {
        "slug": "disney-method",
        "title": "Disney method",
        "aliases": ["Disney creativity strategy", "Dreamer, realist, critic"],
        "purpose": "Develop an idea in three rounds, as a dreamer, a realist and a critic.",
        "when_to_use": [
            "Use it to turn a promising idea into a workable plan, while keeping ambition alive.",
        ],
        "when_not_to_use": [
            "Avoid it when you have not yet got any ideas to work on; start with brainstorming.",
        ],
        "steps": [
            "Choose one idea or goal to work on.",
            "Describe the ideal result as dreamers, with no limits.",
            "Work out, as realists, how it could be done: steps, people and resources.",
            "Find the weak points and risks, as critics.",
            "Go round the three roles again until the plan holds up.",
        ],
        "top_tips": [
            "Use a different space or chair for each role.",
            "Aim criticism at the plan, never at the dreamers.",
            "Write down the dream so it is not lost during critique.",
        ],
        "pitfalls": [
            "Do not let the critic role start too early.",
            "Run at least two rounds; the second dream is usually better.",
        ],
        "inputs": "An idea or goal, a small group.",
        "outputs": "A tested, more realistic version of the idea.",
        "expertise": "none",
        "duration": "under-an-hour",
        "participants_min": 2,
        "participants_max": 8,
        "facilitation": "helpful",
        "data_needs": "none",
        "evidence_level": "adapted",
        "references": [
            {
                "title": "Strategies of Genius, Volume 1",
                "authors": "Dilts R",
                "year": 1994,
                "publisher": "Meta Publications",
                "url": "",
            },
        ],
        "templates": [
            {
                "title": "Dreamer, realist, critic sheet",
                "description": (
                    "Three columns with prompts for each role and a box for the revised idea."
                ),
            },
        ],
        "worked_example": [
            (
                "Fictional example: a hospice team dreamed of care at home for everyone who wanted "
                "it. As realists they planned a 24-hour advice line; as critics they found night "
                "cover was the gap. They started with a 6-month pilot shared with a nearby "
                "hospice."
            ),
        ],
        "perspectives": ["design"],
        "stages": ["co-design"],
        "strands": ["develop-the-solution"],
        "categories": ["generating-ideas"],
        "frameworks": ["double-diamond"],
    },
    {
        "slug": "morphological-chart",
        "title": "Morphological chart",
        "aliases": ["Morphological analysis", "Options matrix"],
        "purpose": (
            "List the functions a solution must perform and the options for each, then combine "
            "them into concepts."
        ),
        "when_to_use": [
            (
                "Use it when a solution has several parts, each with many possible options, and "
                "you want to explore combinations."
            ),
        ],
        "when_not_to_use": ["Skip it when the solution has only one or two parts."],
        "steps": [
            "List the functions the solution must perform down the left side.",
            "For each function, list several ways it could be done along the row.",
            "Pick one option from each row to make a complete concept.",
            "Build several different concepts this way.",
            "Compare the concepts against the needs you agreed.",
        ],
        "top_tips": [
            "Describe functions by what they do, not by current solutions.",
            "Include at least one unusual option in each row.",
            "Draw each concept as a quick sketch to compare them.",
        ],
        "pitfalls": [
            "Avoid combinations where the parts cannot work together.",
            "Do not list so many functions that the chart becomes unmanageable.",
        ],
        "inputs": "A list of functions or needs the solution must meet.",
        "outputs": "A chart of options and several whole-solution concepts.",
        "expertise": "some",
        "duration": "half-day",
        "participants_min": 2,
        "participants_max": 8,
        "facilitation": "helpful",
        "data_needs": "none",
        "evidence_level": "adapted",
        "references": [
            {
                "title": "Discovery, Invention, Research through the Morphological Approach",
                "authors": "Zwicky F",
                "year": 1969,
                "publisher": "Macmillan",
                "url": "https://archive.org/details/discoveryinventi0000zwic",
            },
            {
                "title": "Problem structuring using computer-aided morphological analysis",
                "authors": "Ritchey T",
                "year": 2006,
                "publisher": "Journal of the Operational Research Society",
                "url": "https://doi.org/10.1057/palgrave.jors.2602177",
            },
            EBC_REPORT,
        ],
        "templates": [
            {
                "title": "Morphological chart grid",
                "description": (
                    "A grid with functions in rows and options in columns, and space to trace "
                    "several concepts with coloured lines."
                ),
            },
        ],
        "worked_example": [
            (
                "Fictional example: a team designing a way to get test results to patients listed "
                "4 functions: notify, explain, answer questions and arrange follow-up. Combining "
                "options gave 5 concepts. The chosen one used a text alert, a short video and a "
                "nurse call-back."
            ),
        ],
        "perspectives": ["design"],
        "stages": ["co-design"],
        "strands": ["develop-the-solution"],
        "categories": ["generating-ideas"],
        "frameworks": ["engineering-better-care", "improving-improvement", "double-diamond"],
    },
    # Test and measure
    {
        "slug": "pdsa-cycle",
        "title": "Plan-Do-Study-Act cycle",
        "aliases": ["PDSA", "Plan, do, study, act", "Test of change"],
        "purpose": (
            "Test a change on a small scale, learn from the result and decide what to do next."
        ),
        "when_to_use": [
            (
                "Use it whenever you want to try a change. Start very small, such as one patient "
                "or one shift, and build up."
            ),
            (
                "One cycle can take an hour or a day, but you learn from a series of linked "
                "cycles, called a PDSA ramp. Each cycle tests under wider conditions than the "
                "last, until the change works reliably. A ramp usually runs for several weeks."
            ),
        ],
        "when_not_to_use": [
            (
                "Do not use it to test a change that could cause harm if it fails without first "
                "assessing the risk."
            ),
        ],
        "steps": [
            "Plan: state what you will test, what you predict and how you will measure it.",
            "Do: run the test on a small scale and note what happens.",
            "Study: compare the results with your prediction.",
            "Act: decide to adopt, adapt or abandon the change.",
            (
                "Plan the next cycle on the same ramp, testing under wider conditions.",
                "For example: one nurse on one shift, then 3 nurses on a day shift, then nights "
                "and weekends, then the whole ward for a week.",
            ),
        ],
        "top_tips": [
            "Write down a prediction before every test.",
            "Start with one patient, one clinician or one day.",
            "Run linked cycles days apart, not months, and draw them as a ramp.",
        ],
        "pitfalls": [
            "Do not skip the study step.",
            "Test one change per cycle, or you will not know which one worked.",
        ],
        "inputs": "A change idea, a measure and a small test setting.",
        "outputs": (
            "A record of each test, what you learned and the next step, linked into a ramp of "
            "cycles."
        ),
        "expertise": "none",
        "duration": "weeks",
        "participants_min": 1,
        "participants_max": 6,
        "facilitation": "none",
        "data_needs": "mixed",
        "evidence_level": "established",
        "references": [
            IMPROVEMENT_GUIDE,
            {
                "title": (
                    "Systematic review of the application of the plan-do-study-act method to "
                    "improve quality in healthcare"
                ),
                "authors": "Taylor MJ, McNicholas C, Nicolay C, Darzi A, Bell D, Reed JE",
                "year": 2014,
                "publisher": "BMJ Quality & Safety",
                "url": "https://doi.org/10.1136/bmjqs-2013-001862",
            },
        ],
        "templates": [
            {
                "title": "PDSA worksheet",
                "description": (
                    "Four sections for plan, do, study and act, with space for the question, the "
                    "prediction, the data and the decision to adopt, adapt or abandon."
                ),
            },
            {
                "title": "PDSA ramp sheet",
                "description": (
                    "A ramp of linked cycles for one change idea, drawn as a staircase, with the "
                    "scale and conditions of each test and what it taught you."
                ),
            },
        ],
        "worked_example": [
            (
                "Fictional example: a ward tested a new handover sheet with one nurse on one "
                "shift. She found 2 boxes confusing. The ramp then went to 3 nurses, then nights, "
                "then weekends. After 6 cycles over 3 weeks the whole ward used the sheet."
            ),
        ],
        "perspectives": ["design", "management"],
        "stages": ["co-design", "deliver"],
        "strands": ["develop-the-solution", "collect-the-evidence"],
        "categories": ["measuring-and-testing"],
        "frameworks": [
            "model-for-improvement",
            "lean",
            "lean-six-sigma",
            "improving-improvement",
            "human-systems-dynamics",
            "cynefin",
            "productive-series",
            "experience-based-co-design",
            "double-diamond",
            "nes-qi-journey",
        ],
    },
    {
        "slug": "run-chart",
        "title": "Run chart",
        "aliases": ["Line chart over time", "Time series chart"],
        "purpose": "Plot a measure over time to see whether changes are leading to improvement.",
        "when_to_use": [
            (
                "Use it from the very first data point. Plot the baseline before you change "
                "anything, and keep the chart going as you test changes."
            ),
            (
                "Apply the four rules once you have about 10 points. Before then, use the chart "
                "to talk about the data, not to judge whether things have changed."
            ),
        ],
        "when_not_to_use": [
            (
                "Do not claim an improvement from fewer than about 10 points, or from a single "
                "high or low point."
            ),
            (
                "When you need to know whether a process is stable and what range to expect, "
                "move on to a statistical process control (SPC) chart once you have 15 to 20 "
                "points."
            ),
        ],
        "steps": [
            (
                "Choose a measure, write down exactly how it is counted, and decide how often to "
                "collect it."
            ),
            (
                "Plot each value in time order, with time along the bottom, starting from the "
                "first point."
            ),
            (
                "Draw the median of the baseline points as a horizontal line.",
                "The median is the middle value when the points are sorted. Use at least 10 "
                "baseline points if you can; until then, draw a provisional median and say so.",
            ),
            "Mark on the chart when you made each change.",
            (
                (
                    "Check the four run chart rules, leaving out points that sit exactly on the "
                    "median."
                ),
                "Shift: 6 or more points in a row all above or all below the median. A point on "
                "the median neither breaks nor adds to a shift.\n"
                "Trend: 5 or more points in a row all going up or all going down. If two points "
                "in a row have the same value, count them as one.\n"
                "Too few or too many runs: a run is a series of points on one side of the "
                "median. Count the runs and compare the number with the table for your number of "
                "points that are not on the median.\n"
                "Astronomical point: a point so far from the rest that anyone looking at the "
                "chart would agree it is unusual.",
            ),
            "Say in words what each signal means, and what you will do about it.",
        ],
        "top_tips": [
            "Annotate the chart with each change you test.",
            "Update it often and put it where the team can see it.",
            "Keep the same interval and the same definition for every point.",
        ],
        "pitfalls": [
            "Do not react to a single high or low point unless it is astronomical.",
            "Avoid comparing only 'before' and 'after' averages.",
            "Do not count points on the median when you look for shifts and runs.",
        ],
        "inputs": "Data for one measure collected in time order, with a written definition.",
        "outputs": "A chart showing patterns, the effect of changes and which rules signalled.",
        "expertise": "none",
        "duration": "under-an-hour",
        "participants_min": 1,
        "participants_max": 2,
        "facilitation": "none",
        "data_needs": "quantitative",
        "evidence_level": "established",
        "references": [
            {
                "title": (
                    "The run chart: a simple analytical tool for learning from variation in "
                    "healthcare processes"
                ),
                "authors": "Perla RJ, Provost LP, Murray SK",
                "year": 2011,
                "publisher": "BMJ Quality & Safety",
                "url": "https://doi.org/10.1136/bmjqs.2009.037895",
            },
            HEALTH_CARE_DATA_GUIDE,
        ],
        "templates": [
            {
                "title": "Run chart spreadsheet",
                "description": (
                    "A spreadsheet that plots data from the first point, draws the baseline "
                    "median, has a column for notes on changes and checks the four rules, with "
                    "the table of expected runs."
                ),
            },
        ],
        "worked_example": [
            (
                "Fictional example: a surgical ward plotted the weekly percentage of patients "
                "weighed on admission. The median of the first 12 weeks was 54%. After a scale "
                "was placed at the bay entrance, 8 weeks in a row sat above the median, a shift, "
                "and the last 5 of them rose each week, a trend, reaching 85%."
            ),
        ],
        "perspectives": ["systems", "management", "design"],
        "stages": ["understand", "deliver", "sustain"],
        "strands": ["collect-the-evidence"],
        "categories": ["measuring-and-testing"],
        "frameworks": [
            "model-for-improvement",
            "lean",
            "lean-six-sigma",
            "improving-improvement",
            "human-systems-dynamics",
            "cynefin",
            "productive-series",
            "virginia-mason-production-system",
            "experience-based-co-design",
            "nes-qi-journey",
        ],
    },
    {
        "slug": "spc-chart",
        "title": "Statistical process control chart",
        "aliases": ["SPC chart", "Control chart", "Shewhart chart", "XmR chart"],
        "purpose": (
            "Plot data over time with limits that separate normal variation from unusual change."
        ),
        "when_to_use": [
            (
                "Use it when you have 15 to 20 points or more and need to know whether a change "
                "is real or just normal noise. It also shows whether a target can be met reliably."
            ),
            (
                "Control limits (NHS England calls them process limits) are lines above and below "
                "the mean, set at 3 sigma: three times the process's usual spread (its standard "
                "deviation), estimated from your own data. Nearly all points from a stable process "
                "fall between them. "
                "They are not targets."
            ),
            (
                "This toolkit follows the rules in NHS England's Making Data Count, because NHS "
                "boards and reports use them, so your charts will read the same way. IHI and The "
                "Health Care Data Guide use slightly different rules, such as 8 points for a "
                "shift. Choose one rule set, name it on the chart and keep to it."
            ),
        ],
        "when_not_to_use": [
            "Avoid it with fewer than about 15 points; start with a run chart.",
            (
                "Do not use it to compare many teams at one moment in time; that needs a funnel "
                "plot."
            ),
        ],
        "steps": [
            (
                "Choose the chart type; use the XmR chart unless your data clearly fit another.",
                "XmR (individuals and moving range): the default, for most measures, including "
                "times, lengths of stay and counts.\n"
                "p chart: a percentage or proportion, such as patients seen within 4 hours out of "
                "all patients, when the number of patients varies.\n"
                "u chart: a rate, such as falls per 1,000 bed days, when the exposure varies.\n"
                "c chart: a count of events where the chance for them stays the same each time, "
                "such as incidents a week on a ward with steady beds.",
            ),
            "Plot the data in time order and mark each change you made.",
            "Calculate the mean and the upper and lower limits from a stable baseline.",
            (
                "Apply the Making Data Count rules to look for special cause variation.",
                "1. A single point outside the limits.\n"
                "2. A shift: 7 or more points in a row all above or all below the mean.\n"
                "3. A trend: 7 or more points in a row all going up or all going down.\n"
                "4. Two out of three points in a row close to one limit, in the outer third.",
            ),
            (
                "Investigate special cause variation, and change the system when you see only "
                "common cause variation you do not want."
            ),
            (
                "Recalculate the limits only after a sustained shift linked to a known change, "
                "and log when and why."
            ),
        ],
        "top_tips": [
            "Ask an analyst to check your chart type the first time.",
            "Write the rule set you used on the chart.",
            (
                "Check whether the target sits inside the limits; if so, it will be met only "
                "sometimes."
            ),
        ],
        "pitfalls": [
            "Do not confuse control limits with targets.",
            "Avoid recalculating limits every time a point looks odd.",
            "Do not mix rules from different rule sets on one chart.",
        ],
        "inputs": "At least 15 to 20 data points in time order, with a written definition.",
        "outputs": (
            "A chart that shows whether the process is stable, when it changed and whether a "
            "target is reliably met, with a log of any recalculated limits."
        ),
        "expertise": "some",
        "duration": "under-an-hour",
        "participants_min": 1,
        "participants_max": 3,
        "facilitation": "none",
        "data_needs": "quantitative",
        "evidence_level": "established",
        "references": [
            {
                "title": "Making Data Count",
                "authors": "NHS England and NHS Improvement",
                "year": 2019,
                "publisher": "NHS England",
                "url": "https://www.england.nhs.uk/publication/making-data-count/",
            },
            HEALTH_CARE_DATA_GUIDE,
            {
                "title": (
                    "Statistical process control as a tool for research and healthcare improvement"
                ),
                "authors": "Benneyan JC, Lloyd RC, Plsek PE",
                "year": 2003,
                "publisher": "Quality and Safety in Health Care",
                "url": "https://doi.org/10.1136/qhc.12.6.458",
            },
            {
                "title": "Economic Control of Quality of Manufactured Product",
                "authors": "Shewhart WA",
                "year": 1931,
                "publisher": "Van Nostrand",
                "url": "https://archive.org/details/in.ernet.dli.2015.150272",
            },
        ],
        "templates": [
            {
                "title": "SPC chart spreadsheet",
                "description": (
                    "A spreadsheet that asks three questions to pick the chart type, calculates "
                    "the mean and limits, flags points that break the Making Data Count rules and "
                    "keeps a log of recalculations."
                ),
            },
        ],
        "worked_example": [
            (
                "Fictional example: a trust plotted monthly falls per 1,000 bed days on a u "
                "chart. For 2 years the rate varied between 4 and 9 with no special cause. After "
                "a new falls bundle, 9 months in a row fell below the mean, a shift. The team "
                "recalculated the limits from that month and wrote the reason in the log."
            ),
        ],
        "perspectives": ["systems", "management"],
        "stages": ["understand", "deliver", "sustain"],
        "strands": ["collect-the-evidence", "make-the-case"],
        "categories": ["measuring-and-testing"],
        "frameworks": [
            "model-for-improvement",
            "lean",
            "lean-six-sigma",
            "improving-improvement",
            "productive-series",
            "virginia-mason-production-system",
            "nes-qi-journey",
        ],
    },
    {
        "slug": "user-trials",
        "title": "User trials",
        "aliases": ["Usability testing", "User testing"],
        "purpose": "Watch real users try a design to find what works and what confuses them.",
        "when_to_use": [
            (
                "Use them as soon as you have something to try, even a paper mock-up, and again "
                "before launch."
            ),
        ],
        "when_not_to_use": [
            (
                "Do not use them to prove that a design is safe in every case. They find problems; "
                "they do not show that none remain."
            ),
            (
                "For a medical device, informal trials are not enough: the maker must follow the "
                "usability engineering standard IEC 62366-1, including a summative test with "
                "representative users."
            ),
        ],
        "steps": [
            "Decide what you want to learn and which tasks users will try.",
            "Recruit 5 to 8 users who reflect the range of people who will use it.",
            "Ask each user to do the tasks while thinking aloud.",
            "Watch and note where they hesitate, make mistakes or give up.",
            "Fix the biggest problems and test again.",
        ],
        "top_tips": [
            "Test with people who find things hardest, not only confident users.",
            "Stay quiet and do not help unless the user is stuck.",
            "Test early with rough prototypes; changes are cheaper then.",
        ],
        "pitfalls": [
            "Recruit users who had no part in the design.",
            "Do not ask users what they would like instead of watching what they do.",
        ],
        "inputs": "A prototype, tasks, a small group of real users.",
        "outputs": "A list of problems ranked by severity, and design changes.",
        "expertise": "some",
        "duration": "days",
        "participants_min": 5,
        "participants_max": 12,
        "facilitation": "helpful",
        "data_needs": "mixed",
        "evidence_level": "established",
        "references": [
            INCLUSIVE_DESIGN,
            {
                "title": (
                    "IEC 62366-1:2015 Medical devices, Part 1: Application of usability "
                    "engineering to medical devices"
                ),
                "authors": "International Electrotechnical Commission",
                "year": 2015,
                "publisher": "IEC",
                "url": "https://www.iso.org/standard/63179.html",
            },
            {
                "title": (
                    "ISO 9241-210:2019 Ergonomics of human-system interaction, Part 210: "
                    "Human-centred design for interactive systems"
                ),
                "authors": "International Organization for Standardization",
                "year": 2019,
                "publisher": "ISO",
                "url": "https://www.iso.org/standard/77520.html",
            },
        ],
        "templates": [
            {
                "title": "User trial log",
                "description": (
                    "A sheet listing each task, with columns for success, time taken, problems "
                    "seen and what the user said."
                ),
            },
        ],
        "worked_example": [
            (
                "Fictional example: a team tested a new patient check-in kiosk with 8 patients. "
                "Three could not read the screen in bright light, and 2 did not know their "
                "appointment time. The team added a scan-your-letter option before launch."
            ),
        ],
        "perspectives": ["design", "people"],
        "stages": ["co-design", "deliver"],
        "strands": ["develop-the-solution", "collect-the-evidence"],
        "categories": ["measuring-and-testing", "gathering-insight"],
        "frameworks": [
            "engineering-better-care",
            "improving-improvement",
            "seips",
            "double-diamond",
        ],
    },
    {
        "slug": "expert-review",
        "title": "Expert review",
        "aliases": ["Heuristic evaluation", "Design review"],
        "purpose": (
            "Ask experts to check a design against agreed principles to find problems before users "
            "meet them."
        ),
        "when_to_use": [
            (
                "Use it early and cheaply, before user trials, to catch obvious problems. It also "
                "helps when users are hard to reach."
            ),
        ],
        "when_not_to_use": [
            "Do not use it instead of testing with users; experts miss problems that users find.",
        ],
        "steps": [
            "Choose 3 to 5 reviewers with relevant expertise.",
            "Agree the principles or checklist they will use.",
            "Ask each reviewer to work through the design alone.",
            "Combine the findings and rate each problem by severity.",
            "Agree which problems to fix first.",
        ],
        "top_tips": [
            "Use several reviewers; each finds different problems.",
            "Give reviewers realistic tasks to walk through.",
            "Include a human factors or accessibility expert if you can.",
        ],
        "pitfalls": [
            "Avoid reviewers who designed the thing they are reviewing.",
            "Do not treat personal taste as a finding; link each problem to a principle.",
        ],
        "inputs": "A design or prototype, a checklist, reviewers.",
        "outputs": "A list of problems with severity ratings.",
        "expertise": "specialist",
        "duration": "half-day",
        "participants_min": 3,
        "participants_max": 5,
        "facilitation": "helpful",
        "data_needs": "qualitative",
        "evidence_level": "adapted",
        "references": [
            {
                "title": "Heuristic evaluation of user interfaces",
                "authors": "Nielsen J, Molich R",
                "year": 1990,
                "publisher": "ACM CHI Conference Proceedings",
                "url": "https://doi.org/10.1145/97243.97281",
            },
        ],
        "templates": [
            {
                "title": "Expert review checklist",
                "description": (
                    "A list of design principles with space to note problems, where they occur and "
                    "a severity rating."
                ),
            },
        ],
        "worked_example": [
            (
                "Fictional example: 4 reviewers checked a new drug chart before it went to print. "
                "They found 17 problems, including 2 boxes with almost the same label. The team "
                "fixed the 5 most severe before a user trial."
            ),
        ],
        "perspectives": ["design", "risk"],
        "stages": ["co-design", "deliver"],
        "strands": ["develop-the-solution", "collect-the-evidence"],
        "categories": ["measuring-and-testing"],
        "frameworks": ["seips", "cynefin", "double-diamond"],
    },
    {
        "slug": "exclusion-audit",
        "title": "Exclusion audit",
        "aliases": ["Exclusion calculation", "Inclusive design audit"],
        "purpose": (
            "Estimate how many people a design would exclude because of the demands it places on "
            "them."
        ),
        "when_to_use": [
            (
                "Use it when you design or change anything people must see, hear, read, reach or "
                "understand, such as letters, apps, signs or equipment."
            ),
        ],
        "when_not_to_use": [
            "Do not treat the result as exact; it is an estimate to compare designs.",
        ],
        "steps": [
            "List the tasks a person must do to use the design.",
            (
                "For each task, rate the demand on vision, hearing, thinking, reach and dexterity, "
                "and mobility."
            ),
            "Use population data to estimate how many people could not meet each demand.",
            "Find the tasks that exclude the most people.",
            "Redesign those tasks and audit again.",
        ],
        "top_tips": [
            "Include demands such as language, money and access to technology.",
            "Compare two designs rather than judging one alone.",
            "Check your estimates with people who have those difficulties.",
        ],
        "pitfalls": [
            "Assume that users differ from the design team in sight, reach, grip and language.",
            "Do not forget carers who use the design on someone's behalf.",
        ],
        "inputs": "A design, a task list, population data on abilities.",
        "outputs": "An estimate of exclusion by task, and ideas to reduce it.",
        "expertise": "some",
        "duration": "half-day",
        "participants_min": 1,
        "participants_max": 4,
        "facilitation": "helpful",
        "data_needs": "mixed",
        "evidence_level": "emerging",
        "references": [
            INCLUSIVE_DESIGN,
            {
                "title": "Inclusive Design Toolkit",
                "authors": "University of Cambridge Engineering Design Centre",
                "year": None,
                "publisher": "University of Cambridge",
                "url": "https://www.inclusivedesigntoolkit.com",
            },
        ],
        "templates": [
            {
                "title": "Exclusion audit table",
                "description": (
                    "A table listing each task with ratings for each ability, an estimate of "
                    "people excluded and ideas to reduce it."
                ),
            },
        ],
        "worked_example": [
            (
                "Fictional example: a team audited a bowel screening kit. Opening the pot needed a "
                "strong grip and the leaflet needed good reading skills. A new lid and a picture "
                "guide cut the estimated exclusion by about a third."
            ),
        ],
        "perspectives": ["people", "design"],
        "stages": ["co-design", "deliver"],
        "strands": ["develop-the-solution", "collect-the-evidence"],
        "categories": ["measuring-and-testing", "gathering-insight"],
        "frameworks": [],
    },
    # Risk
    {
        "slug": "fmea",
        "title": "Failure mode and effects analysis",
        "aliases": ["FMEA", "Failure modes and effects analysis"],
        "purpose": (
            "Work through each step of a process to find how it could fail and what would follow."
        ),
        "when_to_use": [
            (
                "Use it before you introduce a new or changed process, especially one with high "
                "risk such as medicines or transfusion."
            ),
            (
                "This page uses the classic scheme that IHI's QI Essentials also uses: occurrence, "
                "detection and severity, each scored from 1 to 10. Their product is the risk "
                "priority number (RPN), from 1 to 1,000."
            ),
        ],
        "when_not_to_use": [
            "Avoid it for very large systems all at once; break them into smaller processes first.",
            (
                "Do not use it to investigate an incident that has already happened. Use a "
                "systems-based incident investigation instead."
            ),
        ],
        "related_methods": [
            (
                "Healthcare FMEA (HFMEA), from the US Department of Veterans Affairs, scores only "
                "severity and probability, each on a 4-point scale, and uses a decision tree "
                "instead of a detection score. Do not mix its scales with the ones on this page."
            ),
        ],
        "steps": [
            "Choose one process and form a team that includes the people who do the work.",
            "Map the process step by step, or bring in the steps from an existing process map.",
            "List the ways each step could fail: these are the failure modes.",
            "Note the effects, causes and current controls for each failure mode.",
            (
                "Score occurrence, detection and severity from 1 to 10, using the scales below.",
                "Occurrence is how often the failure could happen. 1: remote, less than once in "
                "several years. 4: occasional, a few times a year. 7: frequent, about weekly. "
                "10: almost certain, most days.\n"
                "Detection is how likely the failure is to get through to the patient unnoticed. "
                "1: almost certain to be caught, for example by a forcing function. 4: usually "
                "caught by a routine check. 7: only sometimes caught. 10: almost certain not to be "
                "caught. A high detection score means the failure is hard to catch.\n"
                "Severity is the worst credible effect on the patient. 1: no harm or effect. 4: "
                "minor harm, such as a short delay. 7: major harm needing extra treatment or a "
                "longer stay. 9 or 10: catastrophic, such as permanent harm or death.",
            ),
            (
                "Multiply the three scores to get the RPN, and list the failure modes from "
                "highest to lowest.",
                "Put every failure mode with a severity of 9 or 10 at the top of the action list, "
                "whatever its RPN. A rare failure that is easy to catch can still kill, and "
                "multiplying hides that.",
            ),
            "Plan actions with owners, then score the failure modes again once the changes run.",
        ],
        "top_tips": [
            "Act on any failure mode with catastrophic severity (9 or 10), whatever its total.",
            "Agree the written scales before anyone scores, and keep them on the sheet.",
            "Prefer actions that change the system, such as forcing functions, over reminders.",
        ],
        "pitfalls": [
            (
                "Do not read a high detection score as good news; it means the failure is hard to "
                "catch."
            ),
            "Avoid debating one point on a scale for long; agree a score and move on.",
            "Do not complete it alone to tick a box.",
        ],
        "inputs": "A process map and a team who know the process.",
        "outputs": (
            "A table of failure modes with occurrence, detection and severity scores, RPNs, "
            "actions with owners, and scores after the change."
        ),
        "expertise": "some",
        "duration": "days",
        "participants_min": 4,
        "participants_max": 10,
        "facilitation": "essential",
        "data_needs": "mixed",
        "evidence_level": "established",
        "references": [
            IHI_QI_ESSENTIALS,
            {
                "title": (
                    "Using health care failure mode and effect analysis: the VA National Center "
                    "for Patient Safety's prospective risk analysis system"
                ),
                "authors": "DeRosier J, Stalhandske E, Bagian JP, Nudell T",
                "year": 2002,
                "publisher": "Joint Commission Journal on Quality Improvement",
                "url": "https://doi.org/10.1016/S1070-3241(02)28025-6",
            },
        ],
        "templates": [
            {
                "title": "FMEA worksheet",
                "description": (
                    "A table with columns for step, failure mode, effect, cause, current controls, "
                    "occurrence, detection, severity, RPN, action, owner and the score after the "
                    "change. The three scales, with a description for each level, are printed "
                    "at the top."
                ),
            },
        ],
        "worked_example": [
            (
                "Fictional example: a chemotherapy unit ran an FMEA on its new electronic "
                "prescribing process and found 38 failure modes. 'Dose based on an out-of-date "
                "weight' scored occurrence 5, detection 7 and severity 8, an RPN of 280, the "
                "highest on the list. The system now asks for a weight taken within 7 days, and "
                "the re-score was 5 × 2 × 8 = 80."
            ),
            (
                "'Wrong drug picked from a look-alike list' had an RPN of only 90 (occurrence 1, "
                "detection 9, severity 10). Because its severity was 10, the team acted on it "
                "anyway and split the look-alike names in the drop-down list."
            ),
        ],
        "perspectives": ["risk"],
        "stages": ["co-design", "deliver"],
        "strands": ["define-the-problem", "develop-the-solution"],
        "categories": ["managing-risk"],
        "frameworks": [
            "lean-six-sigma",
            "engineering-better-care",
            "system-safety-assessment",
            "virginia-mason-production-system",
        ],
    },
    {
        "slug": "fault-tree-analysis",
        "title": "Fault tree analysis",
        "aliases": ["FTA", "Fault tree"],
        "purpose": (
            "Work backwards from an unwanted event to show the combinations of failures that could "
            "cause it."
        ),
        "when_to_use": [
            (
                "Use it when a serious event could come from several failures together, and you "
                "need to see which combinations matter."
            ),
        ],
        "when_not_to_use": [
            (
                "Avoid it for problems driven mainly by culture or behaviour, which do not break "
                "down neatly into failures."
            ),
        ],
        "steps": [
            (
                "Define the top event clearly.",
                "The top event is the single unwanted outcome at the top of the tree, such as "
                "'patient receives a tenfold overdose'. Everything below it is a cause.",
            ),
            "Ask what could directly cause it, and draw these below.",
            (
                "Link causes with 'and' gates when all are needed, or 'or' gates when any one is "
                "enough."
            ),
            "Keep breaking causes down until you reach basic events.",
            "Find the smallest sets of events that would cause the top event.",
            "Add controls where one failure alone could lead to the top event.",
        ],
        "top_tips": [
            "Define the top event precisely, with when and where.",
            "Look hard for single failures that lead straight to the top event.",
            "Ask a risk or safety engineer to check your logic.",
        ],
        "pitfalls": [
            "Do not assume failures are independent when they share a cause.",
            "Check the top branches with experts before building the lower ones.",
        ],
        "inputs": "A defined unwanted event, knowledge of the system.",
        "outputs": "A tree diagram and a list of critical failure combinations.",
        "expertise": "specialist",
        "duration": "days",
        "participants_min": 2,
        "participants_max": 6,
        "facilitation": "essential",
        "data_needs": "mixed",
        "evidence_level": "adapted",
        "references": [
            {
                "title": "Fault Tree Handbook (NUREG-0492)",
                "authors": "Vesely WE, Goldberg FF, Roberts NH, Haasl DF",
                "year": 1981,
                "publisher": "US Nuclear Regulatory Commission",
                "url": "https://www.nrc.gov/reading-rm/doc-collections/nuregs/staff/sr0492/",
            },
            IEC_31010,
        ],
        "templates": [
            {
                "title": "Fault tree symbols sheet",
                "description": (
                    "A key to event, 'and' gate and 'or' gate symbols, with a blank tree layout."
                ),
            },
        ],
        "worked_example": [
            (
                "Fictional example: a renal unit drew a fault tree for 'patient receives dialysis "
                "with the wrong fluid'. It showed that one mislabelled delivery could lead "
                "straight to harm. The unit added a barcode check at the point of use."
            ),
        ],
        "perspectives": ["risk", "systems"],
        "stages": ["understand", "co-design"],
        "strands": ["define-the-problem"],
        "categories": ["managing-risk", "analysing-problems"],
        "frameworks": ["stamp", "bow-tie", "cynefin"],
    },
    {
        "slug": "hazop",
        "title": "Hazard and operability study",
        "aliases": ["HAZOP"],
        "purpose": (
            "Use guide words, such as 'more', 'less' or 'late', to find ways a process could drift "
            "from its design."
        ),
        "when_to_use": [
            (
                "Use it for a detailed check of a well-defined process or piece of equipment, such "
                "as a medical gas system or a dose calculation."
            ),
        ],
        "when_not_to_use": [
            (
                "Avoid it for early, loosely defined ideas; the structured what-if technique "
                "(SWIFT) is lighter and quicker."
            ),
        ],
        "steps": [
            "Break the process into parts, each with a clear intended function.",
            "For each part, apply guide words such as no, more, less, reverse, early and late.",
            "For each deviation, ask what could cause it and what would follow.",
            "Note existing safeguards.",
            "Record actions where safeguards are weak or missing.",
        ],
        "top_tips": [
            "Adapt the guide words to your setting, such as 'wrong patient'.",
            "Keep a strict record so that no part is skipped.",
            "Use an experienced chair to keep the pace.",
        ],
        "pitfalls": [
            "Do not let sessions run for hours; fatigue hides hazards.",
            "Include people who do the work in every session.",
        ],
        "inputs": "A detailed process or design description.",
        "outputs": "A table of deviations, causes, effects, safeguards and actions.",
        "expertise": "specialist",
        "duration": "days",
        "participants_min": 4,
        "participants_max": 8,
        "facilitation": "essential",
        "data_needs": "qualitative",
        "evidence_level": "adapted",
        "references": [
            {
                "title": (
                    "IEC 61882:2016 Hazard and operability studies (HAZOP studies): Application "
                    "guide"
                ),
                "authors": "International Electrotechnical Commission",
                "year": 2016,
                "publisher": "IEC",
                "url": "https://webstore.iec.ch/publication/24321",
            },
            IEC_31010,
        ],
        "templates": [
            {
                "title": "HAZOP record sheet",
                "description": (
                    "A table with columns for part, guide word, deviation, causes, effects, "
                    "safeguards and actions."
                ),
            },
        ],
        "worked_example": [
            (
                "Fictional example: an intensive care team applied guide words to its insulin "
                "infusion protocol. 'Late' revealed that glucose checks slipped during shift "
                "change. The team moved checks to avoid handover times."
            ),
        ],
        "perspectives": ["risk"],
        "stages": ["co-design", "deliver"],
        "strands": ["define-the-problem", "develop-the-solution"],
        "categories": ["managing-risk"],
        "frameworks": ["system-safety-assessment", "stamp", "bow-tie"],
    },
    {
        "slug": "swift",
        "title": "Structured what-if technique",
        "aliases": ["SWIFT", "What-if analysis"],
        "purpose": (
            "Ask a structured set of 'what if' questions in a workshop to find risks quickly."
        ),
        "when_to_use": [
            (
                "Use it when you need a quick, broad look at risks in a new or changed service, "
                "with a group of people who know it."
            ),
        ],
        "when_not_to_use": [
            (
                "Avoid it when you need detailed analysis of a single high-risk step; use failure "
                "mode and effects analysis (FMEA) or a hazard and operability study (HAZOP)."
            ),
        ],
        "steps": [
            "Describe the system or process and agree its scope.",
            "Prepare prompt words, such as staff, equipment, timing and communication.",
            "Ask 'what if...?' and 'how could...?' questions using the prompts.",
            "For each risk, note causes, consequences and existing controls.",
            "Rate each risk and agree actions for the most serious.",
        ],
        "top_tips": [
            "Prepare prompt words that suit health and care.",
            "Invite a mix of roles, including someone new to the service.",
            "Record risks in a risk register as you go.",
        ],
        "pitfalls": [
            "Do not let the group solve each risk in detail during the session.",
            "Rate every risk before the session ends, even roughly.",
        ],
        "inputs": "A description of the system, a prompt list, a mixed group.",
        "outputs": "A list of risks with ratings and actions.",
        "expertise": "some",
        "duration": "half-day",
        "participants_min": 4,
        "participants_max": 10,
        "facilitation": "essential",
        "data_needs": "qualitative",
        "evidence_level": "adapted",
        "references": [
            {
                "title": "Beyond FMEA: the structured what-if technique (SWIFT)",
                "authors": "Card AJ, Ward JR, Clarkson PJ",
                "year": 2012,
                "publisher": "Journal of Healthcare Risk Management",
                "url": "https://doi.org/10.1002/jhrm.20101",
            },
            IEC_31010,
        ],
        "templates": [
            {
                "title": "SWIFT prompt and record sheet",
                "description": (
                    "The scope, an editable list of prompt words, a what-if log with causes, "
                    "consequences and current controls, a 5 by 5 rating on your organisation's own "
                    "scales, actions with owners, and a layout that copies straight into a risk "
                    "register."
                ),
            },
        ],
        "worked_example": [
            (
                "Fictional example: a team moving a clinic to a new building held a 3-hour SWIFT "
                "workshop. They found 22 risks, including 'what if the lift fails on a clinic "
                "day?'. They agreed a ground floor backup room."
            ),
        ],
        "perspectives": ["risk", "design"],
        "stages": ["understand", "co-design"],
        "strands": ["define-the-problem", "develop-the-solution"],
        "categories": ["managing-risk"],
        "frameworks": ["engineering-better-care", "system-safety-assessment", "stamp", "bow-tie"],
    },
    {
        "slug": "risk-matrix",
        "title": "Risk matrix",
        "aliases": ["Likelihood and consequence matrix", "Risk scoring grid"],
        "purpose": (
            "Rate risks by likelihood and consequence on a grid to decide which need action first."
        ),
        "when_to_use": [
            "Use it after you have found risks, to rank them and compare them in a consistent way.",
        ],
        "when_not_to_use": [
            (
                "Do not use it to find risks in the first place, or as the only basis for big "
                "decisions."
            ),
        ],
        "steps": [
            (
                "Agree the scales for likelihood and consequence, usually 1 to 5.",
                "Many NHS organisations use the 5 by 5 matrix from the National Patient Safety "
                "Agency's 2008 guidance, with descriptions for each level of consequence and "
                "likelihood. Use your own organisation's version.",
            ),
            "Describe each risk clearly, with its cause and effect.",
            "Rate its likelihood and its worst credible consequence.",
            "Multiply or read off the grid to get a risk level.",
            "Agree actions for the highest risks and review them regularly.",
        ],
        "top_tips": [
            "Use your organisation's scales so that scores mean the same everywhere.",
            "Rate the risk as it is now, with current controls.",
            "Record who agreed the score and when to review it.",
        ],
        "pitfalls": [
            "Remember that scores are judgements, not measurements.",
            "Do not ignore low-likelihood, high-harm risks.",
        ],
        "inputs": "A list of risks and agreed rating scales.",
        "outputs": "Rated risks, ranked for action.",
        "expertise": "none",
        "duration": "under-an-hour",
        "participants_min": 2,
        "participants_max": 8,
        "facilitation": "helpful",
        "data_needs": "mixed",
        "evidence_level": "established",
        "references": [
            {
                "title": "A risk matrix for risk managers",
                "authors": "National Patient Safety Agency",
                "year": 2008,
                "publisher": "National Patient Safety Agency",
                "url": "",
            },
            {
                "title": "ISO 31000:2018 Risk management: Guidelines",
                "authors": "International Organization for Standardization",
                "year": 2018,
                "publisher": "ISO",
                "url": "https://www.iso.org/standard/65694.html",
            },
            IEC_31010,
        ],
        "templates": [
            {
                "title": "Five-by-five risk grid",
                "description": (
                    "A coloured grid with descriptions for each likelihood and consequence level, "
                    "and a small risk register table."
                ),
            },
        ],
        "worked_example": [
            (
                "Fictional example: a community team rated 15 risks for a new lone working policy. "
                "'Visit to unknown address at night' scored 16 out of 25. The team introduced "
                "paired visits for first night-time contacts."
            ),
        ],
        "perspectives": ["risk", "management"],
        "stages": ["understand", "deliver", "sustain"],
        "strands": ["define-the-problem", "make-the-case"],
        "categories": ["managing-risk"],
        "frameworks": [
            "lean-six-sigma",
            "engineering-better-care",
            "system-safety-assessment",
            "bow-tie",
        ],
    },
    {
        "slug": "bow-tie-analysis",
        "title": "Bow-tie analysis",
        "aliases": ["Bowtie diagram"],
        "purpose": (
            "Show on one diagram the causes and results of a hazardous event and the barriers "
            "between them."
        ),
        "when_to_use": [
            (
                "Use it to check and explain how a known serious hazard is controlled, and who "
                "owns each control."
            ),
        ],
        "when_not_to_use": [
            (
                "Avoid it when you do not yet know what the main hazards are; use the structured "
                "what-if technique (SWIFT) first."
            ),
        ],
        "related_methods": [
            (
                "Barrier analysis is a separate method that checks, after an event, which "
                "barriers failed or were missing. A bow-tie can use its findings."
            ),
        ],
        "steps": [
            (
                "Name the hazard and the top event.",
                "The top event is the moment control over the hazard is lost, before any harm is "
                "done. For example, the hazard is a high-strength medicine; the top event is the "
                "wrong strength given.",
            ),
            "List the threats that could cause the top event on the left.",
            "List the consequences that could follow on the right.",
            "Add prevention barriers between threats and the event.",
            "Add recovery barriers between the event and consequences.",
            "Note what could weaken each barrier, and assign an owner.",
        ],
        "top_tips": [
            "Keep to one top event per diagram.",
            "Check each barrier actually works on a normal day.",
            "Use the diagram to brief staff; it is easy to read.",
        ],
        "pitfalls": [
            "Do not count a policy document as a barrier on its own.",
            "Name an owner for every barrier, or treat it as missing.",
        ],
        "inputs": "A known hazard, knowledge of current controls.",
        "outputs": "A bow-tie diagram with barriers and owners.",
        "expertise": "some",
        "duration": "half-day",
        "participants_min": 3,
        "participants_max": 8,
        "facilitation": "essential",
        "data_needs": "qualitative",
        "evidence_level": "adapted",
        "references": [
            {
                "title": "Bow Ties in Risk Management: A Concept Book for Process Safety",
                "authors": "Center for Chemical Process Safety, Energy Institute",
                "year": 2018,
                "publisher": "Wiley",
                "url": "https://www.wiley.com/en-us/Bow+Ties+in+Risk+Management%3A+A+Concept+Book+for+Process+Safety-p-9781119490395",
            },
            IEC_31010,
        ],
        "templates": [
            {
                "title": "Bow-tie diagram",
                "description": (
                    "A central knot for the top event, with lanes for threats, prevention "
                    "barriers, recovery barriers and consequences. Each barrier has space for what "
                    "weakens it, its owner and a 'does it work at night and at weekends?' check."
                ),
            },
        ],
        "worked_example": [
            (
                "Fictional example: a maternity unit drew a bow-tie for 'baby taken from the "
                "unit'. It showed 5 prevention barriers, but only 3 worked at night. The unit "
                "fixed the door alarm and added a night check."
            ),
        ],
        "perspectives": ["risk"],
        "stages": ["co-design", "deliver", "sustain"],
        "strands": ["develop-the-solution", "make-the-case"],
        "categories": ["managing-risk"],
        "frameworks": ["system-safety-assessment", "bow-tie"],
    },
    {
        "slug": "root-cause-analysis",
        "title": "Systems-based incident investigation",
        "aliases": ["Patient safety incident investigation", "PSII", "Learning response"],
        "purpose": (
            "Learn from a patient safety incident how the system shaped it, and what to change."
        ),
        "when_to_use": [
            (
                "In England, the Patient Safety Incident Response Framework (PSIRF), published "
                "by NHS England in 2022, replaced the Serious Incident Framework and its root "
                "cause analysis (RCA) reports. Organisations now choose a proportionate learning "
                "response, set out in their own patient safety incident response plan."
            ),
            (
                "The PSIRF learning responses are: a patient safety incident investigation (PSII) "
                "for incidents with the most to learn from, such as Never Events; an after-action "
                "review soon after an event; a swarm huddle straight after an incident, while "
                "memories are fresh; a multidisciplinary team review; and a thematic review "
                "across several incidents. Many teams use SEIPS (the Systems Engineering "
                "Initiative for Patient Safety) to frame the work system."
            ),
            (
                "The other UK nations have their own frameworks: Healthcare Improvement "
                "Scotland's national framework for learning from adverse events, the NHS Wales "
                "national policy on patient safety incidents, and the Northern Ireland procedure "
                "for serious adverse incidents. Check which one applies to you."
            ),
        ],
        "when_not_to_use": [
            (
                "Do not use it to find someone to blame or to judge whether a death was "
                "avoidable. Questions of fault belong to other processes, such as HR or "
                "professional regulation."
            ),
            (
                "Do not run a full investigation for every incident. A swarm huddle or an "
                "after-action review is often the better, proportionate response."
            ),
        ],
        "related_methods": [
            (
                "Root cause analysis (RCA) searched for one root cause and tended to produce "
                "weak actions such as training and reminders. PSIRF moved away from it; the "
                "fishbone diagram and five whys can still help inside a wider systems approach."
            ),
        ],
        "steps": [
            "Choose the response that fits the incident, using your incident response plan.",
            "Involve the patient, family and staff from the start, with compassion.",
            (
                "Gather records and accounts, and build a timeline of what happened.",
                "Ask what made sense to people at the time, not what they should have done.",
            ),
            (
                "Map the work system with SEIPS to find the contributing factors.",
                "Look at the person, the tasks, the tools and technology, the organisation and "
                "the physical and wider environment, and how they interacted.",
            ),
            "Agree safety actions that change the system, each with an owner and a measure.",
            "Share the learning and check that the actions worked.",
        ],
        "top_tips": [
            "Talk to staff in a supportive way; they are a source of learning.",
            "Look for several interacting factors rather than one root cause.",
            "Prefer actions that change design over training and reminders.",
        ],
        "pitfalls": [
            "Avoid hindsight bias; ask what made sense at the time.",
            "Do not close actions without checking their effect.",
            "Do not leave the patient and family out of the learning response.",
        ],
        "inputs": "Incident records, timelines, accounts from staff, patients and families.",
        "outputs": (
            "A learning response report with contributing factors, safety actions, owners and "
            "measures."
        ),
        "expertise": "specialist",
        "duration": "weeks",
        "participants_min": 2,
        "participants_max": 6,
        "facilitation": "essential",
        "data_needs": "mixed",
        "evidence_level": "established",
        "references": [
            {
                "title": "Patient Safety Incident Response Framework",
                "authors": "NHS England",
                "year": 2022,
                "publisher": "NHS England",
                "url": (
                    "https://www.england.nhs.uk/patient-safety/patient-safety-insight/"
                    "incident-response-framework/"
                ),
            },
            {
                "title": "SEIPS 101 and seven simple SEIPS tools",
                "authors": "Holden RJ, Carayon P",
                "year": 2021,
                "publisher": "BMJ Quality & Safety",
                "url": "https://doi.org/10.1136/bmjqs-2020-012538",
            },
            {
                "title": "Framework for analysing risk and safety in clinical medicine",
                "authors": "Vincent C, Taylor-Adams S, Stanhope N",
                "year": 1998,
                "publisher": "BMJ",
                "url": "https://doi.org/10.1136/bmj.316.7138.1154",
            },
        ],
        "templates": [
            {
                "title": "Contributing factors sheet",
                "description": (
                    "A timeline strip and a SEIPS grid for the person, tasks, tools and "
                    "technology, organisation and environment, with a box for safety actions and "
                    "their measures."
                ),
            },
        ],
        "worked_example": [
            (
                "Fictional example: after a near miss where a patient almost received a second "
                "dose of a blood thinner, the ward held a swarm huddle the same afternoon. The "
                "timeline showed two electronic charts open at once on ward computers. The trust "
                "chose a full investigation because the same thing had happened on 2 other wards. "
                "The safety action was to stop a second chart opening for the same patient."
            ),
        ],
        "perspectives": ["risk", "systems"],
        "stages": ["understand"],
        "strands": ["define-the-problem", "collect-the-evidence"],
        "categories": ["analysing-problems", "managing-risk"],
        "frameworks": ["stamp"],
    },
    # Make the case and manage the plan
    {
        "slug": "pestle-analysis",
        "title": "PESTLE analysis",
        "aliases": ["PEST", "PESTLE", "Environmental scan"],
        "purpose": (
            "Scan political, economic, social, technological, legal and environmental factors that "
            "could affect your work."
        ),
        "when_to_use": [
            (
                "Use it at the start of a project or strategy to spot outside forces that could "
                "help or hinder you."
            ),
        ],
        "when_not_to_use": [
            "Avoid it for small, local changes where outside factors make little difference.",
        ],
        "steps": [
            "Draw six boxes, one for each factor.",
            "List the outside factors under each heading.",
            "Rate each for how likely it is and how much it would affect you.",
            "Pick out the few factors that matter most.",
            "Plan how to respond to each of those.",
        ],
        "top_tips": [
            "Include local factors, such as housing or transport, not just national ones.",
            "Ask people outside the team for their view.",
            "Revisit it each year or when policy changes.",
        ],
        "pitfalls": [
            "Do not just list factors; decide what they mean for you.",
            "Leave a box short if little applies; the factors that matter count more than balance.",
        ],
        "inputs": "Policy documents, local data, team knowledge.",
        "outputs": "A list of key outside factors and planned responses.",
        "expertise": "none",
        "duration": "under-an-hour",
        "participants_min": 2,
        "participants_max": 10,
        "facilitation": "helpful",
        "data_needs": "qualitative",
        "evidence_level": "established",
        "references": [
            {
                "title": "Scanning the Business Environment",
                "authors": "Aguilar FJ",
                "year": 1967,
                "publisher": "Macmillan",
                "url": "",
            },
        ],
        "templates": [
            {
                "title": "PESTLE grid",
                "description": (
                    "Six labelled boxes with prompts and a column to rate the impact of each "
                    "factor."
                ),
            },
        ],
        "worked_example": [
            (
                "Fictional example: a team planning a community diagnostic hub found that a new "
                "bus route and a planned housing estate would raise demand. They sized the hub for "
                "20% more scans than current referrals."
            ),
        ],
        "perspectives": ["management", "systems"],
        "stages": ["initiate"],
        "strands": ["understand-the-system", "make-the-case"],
        "categories": ["planning-and-making-the-case"],
        "frameworks": ["improving-improvement"],
    },
    {
        "slug": "swot-analysis",
        "title": "SWOT analysis",
        "aliases": ["SWOT", "Strengths, weaknesses, opportunities, threats"],
        "purpose": (
            "List strengths, weaknesses, opportunities and threats to judge where your service or "
            "project stands."
        ),
        "when_to_use": [
            (
                "Use it when planning a project or making the case for change, to give decision "
                "makers a balanced picture."
            ),
        ],
        "when_not_to_use": [
            (
                "Avoid it as a way to find causes of a specific problem; use a fishbone diagram "
                "instead."
            ),
        ],
        "steps": [
            "Draw four boxes for strengths, weaknesses, opportunities and threats.",
            "Fill in internal strengths and weaknesses.",
            "Fill in outside opportunities and threats.",
            "Look for ways to use strengths to seize opportunities and counter threats.",
            "Agree the actions that follow.",
        ],
        "top_tips": [
            "Back each point with evidence where you can.",
            "Keep internal and external factors separate.",
            "Turn the analysis into actions, not just a list.",
        ],
        "pitfalls": [
            "Do not list only strengths to make the case look good.",
            "Write specific points, such as 'two nurses trained in wound care', not 'good staff'.",
        ],
        "inputs": "Knowledge of the service and its context.",
        "outputs": "A four-box summary and a short list of actions.",
        "expertise": "none",
        "duration": "under-an-hour",
        "participants_min": 2,
        "participants_max": 10,
        "facilitation": "helpful",
        "data_needs": "qualitative",
        "evidence_level": "established",
        "references": [QSIR_TOOLS],
        "templates": [
            {
                "title": "SWOT grid",
                "description": (
                    "Four boxes with prompts, and a space below to link points to actions."
                ),
            },
        ],
        "worked_example": [
            (
                "Fictional example: a GP federation weighed up running a shared phlebotomy "
                "service. A key weakness was no central booking system; an opportunity was new "
                "national funding. The case for change led with both."
            ),
        ],
        "perspectives": ["management"],
        "stages": ["initiate", "sustain"],
        "strands": ["make-the-case"],
        "categories": ["planning-and-making-the-case"],
        "frameworks": ["improving-improvement", "nes-qi-journey"],
    },
    {
        "slug": "five-ws-and-two-hs",
        "title": "Five Ws and two Hs",
        "aliases": ["5W2H", "Kipling questions"],
        "purpose": (
            "Ask who, what, where, when, why, how and how much to describe a problem or plan fully."
        ),
        "when_to_use": [
            (
                "Use it at the start of a project to frame the problem, or to check a plan has no "
                "gaps."
            ),
        ],
        "when_not_to_use": [
            "Avoid it when you need to analyse causes in depth; it describes rather than explains.",
        ],
        "steps": [
            "Write the problem or plan at the top.",
            "Answer each question in turn: who, what, where, when and why.",
            "Answer how it happens or will happen, and how much or how many.",
            "Mark answers you are unsure of and find out.",
            "Use the answers to write a short problem statement or plan summary.",
        ],
        "top_tips": [
            "Answer with facts and numbers where you can.",
            "Ask 'why' last, once the facts are clear.",
            "Use it to brief new team members quickly.",
        ],
        "pitfalls": [
            "Do not guess answers; flag gaps for follow-up.",
            "Avoid writing a solution into the 'what'.",
        ],
        "inputs": "A problem or plan to describe.",
        "outputs": "A structured description and a problem statement.",
        "expertise": "none",
        "duration": "under-an-hour",
        "participants_min": 1,
        "participants_max": 6,
        "facilitation": "none",
        "data_needs": "mixed",
        "evidence_level": "established",
        "references": [QSIR_TOOLS],
        "templates": [
            {
                "title": "5W2H sheet",
                "description": (
                    "Seven labelled boxes, one per question, and a box for the problem statement."
                ),
            },
        ],
        "worked_example": [
            (
                "Fictional example: a hospital team described late theatre starts. Who: 4 surgical "
                "teams. Where: 2 theatres. When: Mondays mostly. How many: 62 late starts in a "
                "quarter. The problem statement led to a Monday briefing test."
            ),
        ],
        "perspectives": ["management", "people"],
        "stages": ["initiate"],
        "strands": ["define-the-problem", "manage-the-plan"],
        "categories": ["planning-and-making-the-case", "analysing-problems"],
        "frameworks": [
            "model-for-improvement",
            "lean-six-sigma",
            "improving-improvement",
            "cynefin",
            "nes-qi-journey",
        ],
    },
    {
        "slug": "driver-diagram",
        "title": "Driver diagram",
        "aliases": ["Theory of change diagram"],
        "purpose": "Link your aim to the factors that drive it and the changes you will test.",
        "when_to_use": [
            (
                "Use it once you have an aim, to set out your theory of change and organise your "
                "tests and measures."
            ),
        ],
        "when_not_to_use": [
            "Avoid it before you understand the problem; the drivers will be guesses.",
        ],
        "steps": [
            "Write your aim on the left, with a number and a date.",
            "List the primary drivers: the main things that must change to reach the aim.",
            "Break each into secondary drivers.",
            "List change ideas for each secondary driver.",
            "Add measures for the aim, drivers and changes.",
            "Update the diagram as you learn from tests.",
        ],
        "top_tips": [
            "Base drivers on what you learned about the system.",
            "Keep it to one page.",
            "Treat it as a living document.",
        ],
        "pitfalls": [
            "Do not confuse drivers with change ideas.",
            "Give the aim a number and a date before you add drivers.",
        ],
        "inputs": "An aim and an understanding of the problem.",
        "outputs": "A one-page theory of change with change ideas and measures.",
        "expertise": "some",
        "duration": "half-day",
        "participants_min": 2,
        "participants_max": 10,
        "facilitation": "helpful",
        "data_needs": "qualitative",
        "evidence_level": "established",
        "references": [
            {
                "title": (
                    "What's your theory? Driver diagram serves as tool for building and testing "
                    "theories for improvement"
                ),
                "authors": "Bennett B, Provost L",
                "year": 2015,
                "publisher": "Quality Progress",
                "url": (
                    "https://asq.org/quality-progress/2015/07/continuous-improvement/"
                    "whats-your-theory.html"
                ),
            },
            IHI_QI_ESSENTIALS,
        ],
        "templates": [
            {
                "title": "Driver diagram template",
                "description": (
                    "A left-to-right layout for the aim (with a check that it has a number and a "
                    "date), primary drivers, secondary drivers and change ideas, plus a measure "
                    "for each driver and a link from each change idea to its PDSA cycles."
                ),
            },
        ],
        "worked_example": [
            (
                "Fictional example: a team aimed to cut pressure ulcers on 3 wards by half in a "
                "year. Primary drivers were risk assessment, skin checks, moving patients and "
                "nutrition. Change ideas included a turning clock by each bed."
            ),
        ],
        "perspectives": ["management", "systems"],
        "stages": ["understand", "co-design"],
        "strands": ["define-the-problem", "manage-the-plan"],
        "categories": ["planning-and-making-the-case"],
        "frameworks": ["model-for-improvement", "system-safety-assessment", "nes-qi-journey"],
    },
    {
        "slug": "force-field-analysis",
        "title": "Force-field analysis",
        "aliases": ["Force field diagram"],
        "purpose": (
            "List the forces for and against a change so you can strengthen helpers and weaken "
            "blockers."
        ),
        "when_to_use": [
            (
                "Use it when planning a change, to think about support and resistance before you "
                "start."
            ),
        ],
        "when_not_to_use": ["Avoid it when there is no clear change proposed yet."],
        "steps": [
            "Write the proposed change in the middle.",
            "List forces for the change on one side.",
            "List forces against the change on the other.",
            "Score each force for strength.",
            "Plan how to strengthen key helping forces and weaken key blocking ones.",
        ],
        "top_tips": [
            "Involve people who may resist the change.",
            "Weaken blockers rather than just pushing harder.",
            "Revisit it as the change goes on.",
        ],
        "pitfalls": [
            "Do not dismiss blocking forces as 'resistance'; they often hold real concerns.",
            "Avoid scores that no one can explain.",
        ],
        "inputs": "A proposed change and people who know the setting.",
        "outputs": "A diagram of forces and an action plan.",
        "expertise": "none",
        "duration": "under-an-hour",
        "participants_min": 2,
        "participants_max": 10,
        "facilitation": "helpful",
        "data_needs": "qualitative",
        "evidence_level": "established",
        "references": [
            {
                "title": "Field Theory in Social Science",
                "authors": "Lewin K",
                "year": 1951,
                "publisher": "Harper & Brothers",
                "url": "",
            },
        ],
        "templates": [
            {
                "title": "Force-field sheet",
                "description": (
                    "A centre line for the change, with arrows on each side for forces and a box "
                    "to score each."
                ),
            },
        ],
        "worked_example": [
            (
                "Fictional example: a team planning to move outpatient follow-ups to "
                "patient-initiated appointments listed 8 forces for and 6 against. The strongest "
                "blocker was fear of losing track of patients. A safety-net review at 12 months "
                "addressed it."
            ),
        ],
        "perspectives": ["management", "people"],
        "stages": ["co-design", "deliver"],
        "strands": ["make-the-case", "manage-the-plan"],
        "categories": ["planning-and-making-the-case", "analysing-problems"],
        "frameworks": ["nes-qi-journey"],
    },
    {
        "slug": "gantt-chart",
        "title": "Gantt chart",
        "aliases": ["Project timeline", "Bar chart schedule"],
        "purpose": "Show project tasks as bars on a timeline so everyone sees what happens when.",
        "when_to_use": [
            (
                "Use it once you know the main tasks, to plan and track a project with several "
                "people and deadlines."
            ),
        ],
        "when_not_to_use": [
            "Avoid it for short tests of change where a simple to-do list will do.",
        ],
        "steps": [
            "List the main tasks of the project.",
            "Estimate how long each will take.",
            "Note which tasks depend on others.",
            "Draw each task as a bar on a timeline.",
            "Mark milestones and assign an owner to each task.",
            "Update the chart at regular team meetings.",
        ],
        "top_tips": [
            "Keep tasks at a level you can track weekly.",
            "Show dependencies so that delays are visible.",
            "Build in time for testing and for people's leave.",
        ],
        "pitfalls": [
            "Do not let the chart become out of date.",
            "Plan the next few weeks in detail and later months in outline.",
        ],
        "inputs": "A task list, estimates, dependencies and owners.",
        "outputs": "A visual project plan.",
        "expertise": "none",
        "duration": "under-an-hour",
        "participants_min": 1,
        "participants_max": 6,
        "facilitation": "none",
        "data_needs": "none",
        "evidence_level": "established",
        "references": [
            {
                "title": "The Gantt Chart: A Working Tool of Management",
                "authors": "Clark W",
                "year": 1922,
                "publisher": "Ronald Press",
                "url": "https://archive.org/details/ganttchartworkin00clar",
            },
            {
                "title": "Gantt charts: a centenary appreciation",
                "authors": "Wilson JM",
                "year": 2003,
                "publisher": "European Journal of Operational Research",
                "url": "https://doi.org/10.1016/S0377-2217(02)00769-5",
            },
        ],
        "templates": [
            {
                "title": "Gantt spreadsheet",
                "description": (
                    "A spreadsheet with task, owner, start and end dates that draws bars "
                    "automatically by week."
                ),
            },
        ],
        "worked_example": [
            (
                "Fictional example: a team rolling out a new sepsis screening tool to 14 wards "
                "used a Gantt chart. It showed that training clashed with the winter peak, so the "
                "team moved 6 wards to the spring."
            ),
        ],
        "perspectives": ["management"],
        "stages": ["initiate", "deliver"],
        "strands": ["manage-the-plan"],
        "categories": ["planning-and-making-the-case"],
        "frameworks": [
            "model-for-improvement",
            "improving-improvement",
            "system-safety-assessment",
            "cynefin",
            "nes-qi-journey",
        ],
    },
    {
        "slug": "activity-dependency-diagram",
        "title": "Activity dependency diagram",
        "aliases": ["Network diagram", "Critical path diagram"],
        "purpose": (
            "Show which activities depend on others so you can find the critical path through a "
            "project."
        ),
        "when_to_use": [
            (
                "Use it for projects with many linked activities where a delay in one could hold "
                "up others."
            ),
        ],
        "when_not_to_use": ["Avoid it for simple projects with few tasks in a clear order."],
        "related_methods": [
            (
                "PERT (programme evaluation and review technique) adds three time estimates "
                "for each activity and works out how likely the end date is. Use it when "
                "durations are very uncertain."
            ),
        ],
        "steps": [
            "List every activity and its expected duration.",
            "For each activity, list what must finish before it can start.",
            "Draw activities as boxes and dependencies as arrows.",
            (
                "Find the critical path: the longest chain of dependent activities.",
                "The critical path sets the shortest time the whole project can take. Any "
                "delay to an activity on it delays the end date.",
            ),
            "Focus management attention on activities on the critical path.",
        ],
        "top_tips": [
            "Check dependencies with the people who do the work.",
            "Look for activities that could run in parallel.",
            "Recalculate the critical path when durations change.",
        ],
        "pitfalls": [
            "Do not forget approvals and procurement as activities.",
            "Add a margin to estimates, especially for approvals.",
        ],
        "inputs": "A list of activities, durations and dependencies.",
        "outputs": "A network diagram with the critical path marked.",
        "expertise": "some",
        "duration": "half-day",
        "participants_min": 1,
        "participants_max": 6,
        "facilitation": "helpful",
        "data_needs": "quantitative",
        "evidence_level": "adapted",
        "references": [
            {
                "title": "Critical-path planning and scheduling",
                "authors": "Kelley JE, Walker MR",
                "year": 1959,
                "publisher": "Proceedings of the Eastern Joint Computer Conference",
                "url": "https://doi.org/10.1145/1460299.1460318",
            },
        ],
        "templates": [
            {
                "title": "Activity network sheet",
                "description": (
                    "Boxes for activities with duration, earliest and latest start, and arrows for "
                    "dependencies."
                ),
            },
        ],
        "worked_example": [
            (
                "Fictional example: a team setting up a virtual ward found its critical path ran "
                "through buying monitoring kit, which took 10 weeks. Starting procurement before "
                "recruitment saved 6 weeks overall."
            ),
        ],
        "perspectives": ["management", "systems"],
        "stages": ["initiate", "deliver"],
        "strands": ["manage-the-plan"],
        "categories": ["planning-and-making-the-case", "mapping-and-modelling"],
        "frameworks": [],
    },
    {
        "slug": "project-charter",
        "title": "Project charter",
        "aliases": ["Improvement canvas", "Project on a page"],
        "purpose": "Summarise a project's purpose, aim, scope, team and measures on one page.",
        "when_to_use": [
            (
                "Use it at the start of a project to agree what you are doing and why, and to get "
                "support from a sponsor."
            ),
        ],
        "when_not_to_use": ["Avoid a long version for small tests of change; a few lines will do."],
        "related_methods": [
            (
                "A project initiation document (PID) is a longer, formal document used in "
                "project management methods such as PRINCE2. A charter is shorter and can feed "
                "into one."
            ),
        ],
        "steps": [
            "Write the trigger and the problem, with a number.",
            "Set an aim that is specific and time bound.",
            "Define the scope: what is in and what is out.",
            "Name the sponsor, lead and team, and how patients will be involved.",
            "List the measures, risks and key dates.",
            "Agree the charter with the sponsor and share it.",
        ],
        "top_tips": [
            "Keep it to one page.",
            "Say clearly what is out of scope.",
            "Revisit it when the project changes direction.",
        ],
        "pitfalls": [
            "Do not write a solution into the aim.",
            "Name a sponsor before the first team meeting.",
        ],
        "inputs": "Early understanding of the problem and who is involved.",
        "outputs": "A one-page agreement of what the project is and how success will be judged.",
        "expertise": "none",
        "duration": "under-an-hour",
        "participants_min": 1,
        "participants_max": 6,
        "facilitation": "none",
        "data_needs": "mixed",
        "evidence_level": "established",
        "references": [QSIR_TOOLS, IHI_QI_ESSENTIALS],
        "templates": [
            {
                "title": "Improvement canvas",
                "description": (
                    "A one-page canvas: the trigger and the problem with a number, an aim with no "
                    "solution written into it, scope, the team and the patients involved, "
                    "measures, risks, key dates and sign-off by the sponsor."
                ),
            },
        ],
        "worked_example": [
            (
                "Fictional example: a physiotherapy team wrote a charter to reduce waits for back "
                "pain assessment from 14 to 6 weeks in 9 months. Stating that surgery referrals "
                "were out of scope avoided a long argument later."
            ),
        ],
        "perspectives": ["management"],
        "stages": ["initiate"],
        "strands": ["manage-the-plan", "make-the-case"],
        "categories": ["planning-and-making-the-case"],
        "frameworks": [
            "model-for-improvement",
            "lean-six-sigma",
            "improving-improvement",
            "productive-series",
            "virginia-mason-production-system",
            "experience-based-co-design",
            "nes-qi-journey",
        ],
    },
    {
        "slug": "wardley-map",
        "title": "Wardley map",
        "aliases": ["Value chain map", "Situational map"],
        "purpose": (
            "Map the parts of a service by how visible they are to users and how mature they are."
        ),
        "when_to_use": [
            (
                "Use it for strategic choices, such as what to build, buy or share, especially in "
                "digital services."
            ),
        ],
        "when_not_to_use": [
            "Avoid it for day-to-day process problems; a process map is more direct.",
        ],
        "steps": [
            "Start with the user and their need at the top.",
            "List the components needed to meet that need, and draw the chain between them.",
            (
                "Place each component from left to right by maturity, from new and custom to "
                "standard commodity."
            ),
            "Discuss which components to build yourself, buy or share.",
            "Mark how components are likely to change over time.",
        ],
        "top_tips": [
            "Start from a real user need, not from your organisation chart.",
            "Map with people from both clinical and digital teams.",
            "Treat the map as a basis for debate, not an answer.",
        ],
        "pitfalls": [
            "Do not spend effort building what you could buy as a standard product.",
            "Avoid maps so detailed that no one can read them.",
        ],
        "inputs": "A user need and knowledge of the components that meet it.",
        "outputs": "A map of components by visibility and maturity, with strategic choices.",
        "expertise": "specialist",
        "duration": "half-day",
        "participants_min": 2,
        "participants_max": 8,
        "facilitation": "essential",
        "data_needs": "qualitative",
        "evidence_level": "emerging",
        "references": [
            {
                "title": "Wardley Maps",
                "authors": "Wardley S",
                "year": None,
                "publisher": "Self-published online book",
                "url": "https://medium.com/wardleymaps",
            },
        ],
        "templates": [
            {
                "title": "Wardley map canvas",
                "description": (
                    "A chart with visibility to the user on the vertical axis and maturity on the "
                    "horizontal axis, with the user need at the top."
                ),
            },
        ],
        "worked_example": [
            (
                "Fictional example: a mental health trust mapped its online self-referral service. "
                "Video calling and hosting were standard products, but the triage questions were "
                "unique. The trust bought the first two and spent its effort on triage."
            ),
        ],
        "perspectives": ["systems", "management"],
        "stages": ["initiate", "understand"],
        "strands": ["understand-the-system", "make-the-case"],
        "categories": ["mapping-and-modelling", "planning-and-making-the-case"],
        "frameworks": [],
    },
    # Measurement and flow
    {
        "slug": "measurement-plan",
        "title": "Measurement plan",
        "aliases": ["Family of measures", "Measures definition sheet"],
        "purpose": (
            "Choose outcome, process and balancing measures and define each one so everyone "
            "counts it the same way."
        ),
        "when_to_use": [
            (
                "Use it once you have an aim and before you test changes, so that the baseline is "
                "collected in the same way as the later data."
            ),
            (
                "A family of measures usually has one or two outcome measures (is the aim being "
                "met?), a few process measures (are we doing the things we think will help?) and "
                "at least one balancing measure (are we causing a problem somewhere else?)."
            ),
        ],
        "when_not_to_use": [
            (
                "Do not build a large dashboard for a small test of change. Three to five "
                "measures are usually enough."
            ),
        ],
        "steps": [
            "Write the aim, with a number and a date.",
            (
                "Choose one or two outcome measures that show whether the aim is met.",
                "For example: the percentage of patients with suspected sepsis who get "
                "antibiotics within 1 hour.",
            ),
            (
                "Choose a few process measures linked to your change ideas.",
                "Process measures show whether the changes are happening, such as the "
                "percentage of patients screened for sepsis at triage.",
            ),
            (
                "Choose at least one balancing measure.",
                "A balancing measure watches for harm elsewhere in the system, such as longer "
                "waits for other patients or antibiotics given when they were not needed.",
            ),
            (
                "Write an operational definition for each measure.",
                "Say exactly what is counted and what is left out, the numerator and "
                "denominator, the data source, who collects it, how often, and how records are "
                "sampled. Two people using the definition on the same records should get the "
                "same number.",
            ),
            "Test the definitions on a week of real data, and fix what is unclear.",
            "Decide how each measure will be shown, usually as a run chart, and who reviews it.",
        ],
        "top_tips": [
            "Collect small samples often, such as 10 records a week, rather than one big audit.",
            "Agree each definition with the people who will collect the data.",
            "Keep the same definitions for the whole project, and note any change on the charts.",
        ],
        "pitfalls": [
            "Do not choose only measures you already collect; they may miss the effect of changes.",
            (
                "Avoid a plan with no balancing measure; a gain in one place can hide a loss "
                "elsewhere."
            ),
        ],
        "inputs": "An aim, change ideas or a driver diagram, and knowledge of what data exist.",
        "outputs": (
            "A short list of outcome, process and balancing measures, each with an operational "
            "definition and a plan for collecting it."
        ),
        "expertise": "some",
        "duration": "half-day",
        "participants_min": 2,
        "participants_max": 6,
        "facilitation": "helpful",
        "data_needs": "quantitative",
        "evidence_level": "established",
        "references": [HEALTH_CARE_DATA_GUIDE, QI_MADE_SIMPLE, MAKING_DATA_COUNT],
        "templates": [
            {
                "title": "Measures definition sheet",
                "description": (
                    "One row for each measure: its type (outcome, process or balancing), name, "
                    "operational definition, numerator, denominator, source, sample, frequency, "
                    "owner and chart."
                ),
            },
        ],
        "worked_example": [
            (
                "Fictional example: a medical admissions unit aimed to give 90% of patients with "
                "suspected sepsis antibiotics within 1 hour by March. The outcome measure was the "
                "weekly percentage treated within the hour. Process measures were screening at "
                "triage and time to first medical review. The balancing measure was the number "
                "of antibiotic courses stopped within 48 hours."
            ),
            (
                "Testing the definitions on one week of records showed that two nurses timed "
                "'recognition' differently. The team fixed it as the time of the first screening "
                "score."
            ),
        ],
        "perspectives": ["management", "systems"],
        "stages": ["initiate", "understand", "deliver"],
        "strands": ["collect-the-evidence", "make-the-case"],
        "categories": ["measuring-and-testing"],
        "frameworks": ["model-for-improvement", "lean-six-sigma", "nes-qi-journey"],
    },
    {
        "slug": "demand-and-capacity-analysis",
        "title": "Demand and capacity analysis",
        "aliases": ["Demand and capacity modelling", "Queue analysis"],
        "purpose": (
            "Compare the work arriving with the capacity to do it, to find why queues and waits "
            "build up."
        ),
        "when_to_use": [
            (
                "Use it when a waiting list grows, a clinic overruns or beds run out at the same "
                "times each week. It shows whether the problem is too little capacity, or "
                "capacity in the wrong place at the wrong time."
            ),
        ],
        "when_not_to_use": [
            (
                "Do not judge it on averages alone. A service can have enough capacity on average "
                "and still build queues, because demand and capacity both vary."
            ),
        ],
        "steps": [
            "Choose the service and the unit of work, such as referrals, appointments or bed days.",
            (
                "Measure demand, by day or hour, for at least 8 to 12 weeks.",
                "Demand is all the work that arrives, including requests turned away or sent "
                "elsewhere. The work you actually did is activity, not demand.",
            ),
            (
                "Measure capacity in the same units and periods.",
                "Capacity is the work the service could do with the staff, rooms and equipment "
                "it has, once planned leave and other duties are taken off.",
            ),
            (
                "Measure activity and the backlog, and plot all four over time on one chart.",
                "The backlog is the queue of work waiting. If demand is above activity week "
                "after week, the backlog grows.",
            ),
            "Find the mismatches, such as capacity that sits idle on Mondays while demand peaks.",
            (
                "Test changes that match capacity to demand, such as moving sessions, before you "
                "ask for more resources."
            ),
        ],
        "top_tips": [
            "Count demand where it arrives, not where it is booked.",
            "Break the data down by day of the week and hour of the day.",
            "Involve the booking team; they know where hidden queues sit.",
        ],
        "pitfalls": [
            "Do not confuse activity with demand.",
            "Avoid planning to run at 100% of capacity; queues grow fast when a service is full.",
        ],
        "inputs": "Referral, booking and activity data, staff rotas and session plans.",
        "outputs": (
            "Charts of demand, capacity, activity and backlog, and a list of mismatches to test."
        ),
        "expertise": "some",
        "duration": "days",
        "participants_min": 2,
        "participants_max": 6,
        "facilitation": "helpful",
        "data_needs": "quantitative",
        "evidence_level": "established",
        "references": [
            QSIR_TOOLS,
            {
                "title": "Reducing waiting times in the NHS: is lack of capacity the problem?",
                "authors": "Silvester K, Lendon R, Bevan H, Steyn R, Walley P",
                "year": 2004,
                "publisher": "Clinician in Management",
                "url": "",
            },
        ],
        "templates": [
            {
                "title": "Demand and capacity workbook",
                "description": (
                    "A spreadsheet with weekly columns for demand, capacity, activity and "
                    "backlog, a chart that plots the four together and a day-of-the-week "
                    "breakdown."
                ),
            },
        ],
        "worked_example": [
            (
                "Fictional example: a community physiotherapy waiting list rose from 310 to 480 "
                "in 6 months. Over 10 weeks, demand averaged 62 referrals a week and capacity 64 "
                "new appointments, so the service looked big enough. But 40% of slots were on "
                "Fridays, when few patients could come, and 18 slots a week went unused. Moving "
                "10 Friday slots to Tuesday and Wednesday evenings stopped the list growing "
                "within 8 weeks."
            ),
        ],
        "perspectives": ["systems", "management"],
        "stages": ["understand", "co-design"],
        "strands": ["understand-the-system", "collect-the-evidence"],
        "categories": ["mapping-and-modelling", "measuring-and-testing"],
        "frameworks": ["lean", "improving-improvement", "nes-qi-journey"],
    },
    {
        "slug": "sipoc",
        "title": "SIPOC diagram",
        "aliases": ["SIPOC", "Suppliers, inputs, process, outputs, customers"],
        "purpose": (
            "Set the boundary of a process by listing its suppliers, inputs, main steps, outputs "
            "and customers."
        ),
        "when_to_use": [
            (
                "Use it at the start of a project to agree where a process starts and ends, and "
                "who gives and receives what. It is a quick first step before a detailed process "
                "map."
            ),
            "Update it at the end of a project, to hand the new process over to its owner.",
        ],
        "when_not_to_use": [
            (
                "Do not use it to find where delays or errors happen; it has too little detail. "
                "Use a process map or a swimlane diagram."
            ),
        ],
        "steps": [
            "Name the process and agree its first and last steps.",
            "List the 4 to 7 main steps between them, each starting with a verb.",
            "List the outputs of the process, and the customers who receive each one.",
            "List the inputs each step needs, and the suppliers who provide them.",
            (
                "Check what each customer needs from each output.",
                "Customers include patients and also the next team in the pathway, such as the "
                "ward that receives a patient from theatre.",
            ),
            "Agree the diagram with the process owner and use it to set the project's scope.",
        ],
        "top_tips": [
            "Fill in the process column first, then outputs and customers, then the rest.",
            "Count other teams and electronic systems as suppliers and customers.",
            "Keep it to one page.",
        ],
        "pitfalls": [
            "Do not add detail; save it for the process map.",
            "Avoid listing the patient as the only customer.",
        ],
        "inputs": "People who know the process from end to end.",
        "outputs": "A one-page table that sets the scope and boundary of the process.",
        "expertise": "none",
        "duration": "under-an-hour",
        "participants_min": 2,
        "participants_max": 8,
        "facilitation": "helpful",
        "data_needs": "qualitative",
        "evidence_level": "established",
        "references": [
            {
                "title": "Lean Six Sigma: Combining Six Sigma Quality with Lean Production Speed",
                "authors": "George ML",
                "year": 2002,
                "publisher": "McGraw-Hill",
                "url": "",
            },
            QSIR_TOOLS,
        ],
        "templates": [
            {
                "title": "SIPOC table",
                "description": (
                    "Five columns for suppliers, inputs, process, outputs and customers, with "
                    "the first and last steps of the process written above them."
                ),
            },
        ],
        "worked_example": [
            (
                "Fictional example: a pathology team drew a SIPOC for urgent blood tests, from "
                "the emergency department request to the result. It showed 6 suppliers, "
                "including the porters and the electronic requesting system, and 4 customers. "
                "The porters had been left out of the project; they joined the next meeting."
            ),
        ],
        "perspectives": ["systems", "management"],
        "stages": ["initiate", "understand", "sustain"],
        "strands": ["understand-the-system", "define-the-problem"],
        "categories": ["mapping-and-modelling"],
        "frameworks": ["lean-six-sigma", "nes-qi-journey"],
    },
    {
        "slug": "histogram",
        "title": "Histogram",
        "aliases": ["Frequency chart", "Frequency distribution"],
        "purpose": (
            "Show how a set of measurements is spread, to see its centre, its range and any "
            "unusual shape."
        ),
        "when_to_use": [
            (
                "Use it when you have 50 or more measurements of something like waiting times or "
                "length of stay, and want to see how they are spread, not just the average. A "
                "long tail or a second peak often shows where to look."
            ),
        ],
        "when_not_to_use": [
            (
                "Do not use it to see change over time; it hides the order of the data. Use a "
                "run chart for that."
            ),
        ],
        "steps": [
            (
                "Collect at least 50 measurements of one thing, such as minutes from arrival to "
                "triage."
            ),
            "Choose 6 to 12 equal bins, such as 0 to 9 minutes, 10 to 19 minutes and so on.",
            "Count how many measurements fall in each bin.",
            "Draw a bar for each bin, with no gaps between the bars.",
            (
                "Describe the shape: its centre, its spread, any skew and any second peak.",
                "A second peak often means two processes mixed together, such as weekday and "
                "weekend patients. A long tail to the right is common for waiting times.",
            ),
            "Mark any target or limit, and count how many values fall beyond it.",
        ],
        "top_tips": [
            "Draw separate histograms if you suspect two processes are mixed together.",
            "Use the same bins when you compare before and after a change.",
            "Report the median and the 90th centile, not only the mean.",
        ],
        "pitfalls": [
            "Do not use so few bins that they hide the shape.",
            "Avoid comparing groups of very different sizes by counts; use percentages.",
        ],
        "inputs": "At least 50 measurements of one measure.",
        "outputs": "A chart of how the data are spread, with a short description of its shape.",
        "expertise": "none",
        "duration": "under-an-hour",
        "participants_min": 1,
        "participants_max": 3,
        "facilitation": "none",
        "data_needs": "quantitative",
        "evidence_level": "established",
        "references": [IHI_QI_ESSENTIALS, QUALITY_TOOLBOX],
        "templates": [
            {
                "title": "Histogram spreadsheet",
                "description": (
                    "A spreadsheet that suggests bin sizes, counts the values in each bin, draws "
                    "the chart and reports the median and the 90th centile."
                ),
            },
        ],
        "worked_example": [
            (
                "Fictional example: an emergency department drew a histogram of 400 times from "
                "arrival to first assessment. Most were under 20 minutes, but a second peak sat "
                "at 50 to 70 minutes. Splitting the data showed that the second peak was almost "
                "all patients who arrived by ambulance between 4pm and 8pm, when handover queues "
                "built up."
            ),
        ],
        "perspectives": ["systems"],
        "stages": ["understand", "deliver"],
        "strands": ["collect-the-evidence", "define-the-problem"],
        "categories": ["measuring-and-testing", "analysing-problems"],
        "frameworks": ["lean-six-sigma"],
    },
    {
        "slug": "scatter-diagram",
        "title": "Scatter diagram",
        "aliases": ["Scatter plot", "Scattergram"],
        "purpose": "Plot two measures against each other to see whether they move together.",
        "when_to_use": [
            (
                "Use it to test a theory from a fishbone diagram or a driver diagram with data, "
                "such as 'more moves between wards lead to more falls'."
            ),
        ],
        "when_not_to_use": [
            (
                "Do not use it to prove that one thing causes another. A link can come from a "
                "third factor, such as a busy week that raises both."
            ),
        ],
        "steps": [
            "Choose two measures you think are linked, and collect them in pairs, one pair a day.",
            "Collect at least 30 pairs.",
            "Put the suspected cause along the bottom and the effect up the side.",
            "Plot one dot for each pair.",
            "Look at the pattern: an upward or downward drift, a curve, or no pattern at all.",
            "Check for a third factor that could explain the pattern before you act on it.",
        ],
        "top_tips": [
            "Label dots that sit far from the rest, and find out what happened on those days.",
            "Use different colours for groups, such as weekdays and weekends.",
            "Pair the chart with a run chart of each measure.",
        ],
        "pitfalls": [
            "Do not read a strong pattern as proof of cause.",
            "Avoid drawing a trend line through a cloud of dots with no clear pattern.",
        ],
        "inputs": "At least 30 pairs of measurements.",
        "outputs": "A chart that shows whether, and how strongly, two measures move together.",
        "expertise": "none",
        "duration": "under-an-hour",
        "participants_min": 1,
        "participants_max": 3,
        "facilitation": "none",
        "data_needs": "quantitative",
        "evidence_level": "established",
        "references": [IHI_QI_ESSENTIALS, QUALITY_TOOLBOX],
        "templates": [
            {
                "title": "Scatter diagram spreadsheet",
                "description": (
                    "A two-column data sheet that draws the chart, colours groups and labels "
                    "outlying points."
                ),
            },
        ],
        "worked_example": [
            (
                "Fictional example: a ward plotted, for 60 days, the number of patients moved in "
                "from other wards against the number of falls that day. Days with 4 or more moves "
                "had most of the falls. The team then looked at how moved patients were handed "
                "over, and found that falls risk assessments did not travel with them."
            ),
        ],
        "perspectives": ["systems", "risk"],
        "stages": ["understand"],
        "strands": ["define-the-problem", "collect-the-evidence"],
        "categories": ["analysing-problems", "measuring-and-testing"],
        "frameworks": ["lean-six-sigma"],
    },
    # Experience and ideas
    {
        "slug": "discovery-interviews",
        "title": "Patient stories and discovery interviews",
        "aliases": ["Patient narratives", "Discovery interviews", "Experience interviews"],
        "purpose": (
            "Hear in people's own words what it is like to receive or give care, including how "
            "it felt."
        ),
        "when_to_use": [
            (
                "Use it early, to understand a service from the side of patients and carers, and "
                "to bring their view into the team."
            ),
            (
                "A discovery interview is an open conversation that follows the person's own "
                "journey, rather than a fixed list of questions."
            ),
        ],
        "when_not_to_use": [
            (
                "Do not treat one story as evidence of how common a problem is; pair stories "
                "with data."
            ),
            (
                "Do not start without consent, a plan to support a person who becomes upset, and "
                "your organisation's rules for involving patients."
            ),
        ],
        "steps": [
            "Decide which part of the service you want to learn about, and who could tell you.",
            "Invite people through staff they trust, explain the purpose and get written consent.",
            (
                "Ask the person to tell their story from the beginning, in their own words.",
                "Use open prompts such as 'What happened next?' and 'How did that feel?'. Let "
                "silences run, and do not correct or defend the service.",
            ),
            "Record the conversation, with permission, or take careful notes.",
            "Mark the touchpoints: the moments that mattered most, good or bad.",
            (
                "Share the themes with the person first, then with the team, with anything that "
                "could identify them removed."
            ),
        ],
        "top_tips": [
            "Meet where the person feels at ease, such as their own home.",
            "Ask someone outside the team to interview, so that people speak freely.",
            "Tell people later what changed because of their story.",
        ],
        "pitfalls": [
            "Do not hear only from people who complained, or only from those who praised you.",
            "Avoid leading questions that steer people to the problem you already suspect.",
        ],
        "inputs": "Consent forms, a quiet place, a recorder and a trained interviewer.",
        "outputs": "Stories, a list of touchpoints and themes for the team to act on.",
        "expertise": "some",
        "duration": "weeks",
        "participants_min": 1,
        "participants_max": 2,
        "facilitation": "helpful",
        "data_needs": "qualitative",
        "evidence_level": "established",
        "references": [POCF_EBCD, BATE_ROBERT_2006],
        "templates": [
            {
                "title": "Discovery interview guide",
                "description": (
                    "Opening words, a consent checklist, open prompts for each stage of the "
                    "journey, a touchpoint log and a plan for support if the person becomes upset."
                ),
            },
        ],
        "worked_example": [
            (
                "Fictional example: a stroke unit heard the stories of 8 patients and 5 carers. "
                "Six of them described the same low point: not knowing when transport would come "
                "on the day of discharge, and sometimes waiting 5 hours in a chair. None of this "
                "showed in the complaints data. It became the first touchpoint the team improved."
            ),
        ],
        "perspectives": ["people", "design"],
        "stages": ["understand", "co-design"],
        "strands": ["understand-the-system", "define-the-problem"],
        "categories": ["gathering-insight"],
        "frameworks": ["lean", "engineering-better-care", "experience-based-co-design"],
    },
    {
        "slug": "emotional-mapping",
        "title": "Emotional mapping",
        "aliases": ["Experience journey map", "Emotional touchpoint map", "Patient journey map"],
        "purpose": (
            "Plot the emotional highs and lows of a journey through care to find the moments that "
            "matter most."
        ),
        "when_to_use": [
            (
                "Use it after you have gathered stories or watched the service, to show patients, "
                "carers and staff together where the journey feels good or bad. It is a core "
                "step of experience-based co-design."
            ),
        ],
        "when_not_to_use": [
            (
                "Do not draw the map for patients without them. A map of what staff think "
                "patients feel often misses the real low points."
            ),
        ],
        "steps": [
            "Draw the journey as a line of steps from first contact to the end of care.",
            (
                "Ask patients and carers to mark how they felt at each step, from very good to "
                "very bad."
            ),
            "Ask staff to do the same for their part of the journey, on a separate map.",
            "Join the marks to show the highs and lows.",
            "Write the words people used at the highest and lowest points.",
            "Choose, with patients and staff, the two or three touchpoints to work on first.",
        ],
        "top_tips": [
            "Use people's own words on the map, not clinical terms.",
            (
                "Put the patient and staff maps side by side; the differences start good "
                "conversations."
            ),
            "Keep the high points in view; they show what to protect.",
        ],
        "pitfalls": [
            "Do not average emotions across people; a few very bad moments matter.",
            "Avoid turning the session into a complaints hearing about individuals.",
        ],
        "inputs": "Stories or observation notes, a long sheet of paper, emotion words or stickers.",
        "outputs": "A journey map with emotional highs and lows, and agreed priority touchpoints.",
        "expertise": "none",
        "duration": "half-day",
        "participants_min": 3,
        "participants_max": 15,
        "facilitation": "essential",
        "data_needs": "qualitative",
        "evidence_level": "established",
        "references": [
            POCF_EBCD,
            {
                "title": (
                    "Bringing User Experience to Healthcare Improvement: The Concepts, Methods and "
                    "Practices of Experience-Based Design"
                ),
                "authors": "Bate P, Robert G",
                "year": 2007,
                "publisher": "Radcliffe Publishing",
                "url": "",
            },
        ],
        "templates": [
            {
                "title": "Emotional journey sheet",
                "description": (
                    "A strip with the steps of the journey along the top, a scale from very good "
                    "to very bad, and space for quotes at each step."
                ),
            },
        ],
        "worked_example": [
            (
                "Fictional example: in a chemotherapy day unit, 9 patients mapped their journey. "
                "For most, the lowest point was the first visit: waiting in a corridor without "
                "knowing what would happen. Staff had marked that step as neutral. The unit "
                "started a welcome phone call the day before each first visit."
            ),
        ],
        "perspectives": ["people", "design"],
        "stages": ["understand", "co-design"],
        "strands": ["understand-the-system", "define-the-problem"],
        "categories": ["gathering-insight", "mapping-and-modelling"],
        "frameworks": ["experience-based-co-design"],
    },
    {
        "slug": "affinity-diagram",
        "title": "Affinity diagram",
        "aliases": ["KJ method", "Affinity mapping", "Thematic grouping"],
        "purpose": (
            "Group many ideas, comments or observations into themes so that a team can make "
            "sense of them."
        ),
        "when_to_use": [
            (
                "Use it after a brainstorm, a round of interviews or a survey with free-text "
                "answers, when there are too many items to discuss one by one."
            ),
        ],
        "when_not_to_use": [
            (
                "Do not use it for a handful of items; just discuss them. To rank the themes "
                "afterwards, use nominal group technique or an impact and effort matrix."
            ),
        ],
        "steps": [
            "Write each idea or comment on its own sticky note.",
            "Spread the notes out where everyone can see them.",
            "Move notes that seem related next to each other, in silence.",
            "Discuss any note that keeps moving, and copy it if it fits two groups.",
            "Write a heading for each group that sums up its theme.",
            "Record the themes and agree which ones to explore further.",
        ],
        "top_tips": [
            "Sort in silence first, and talk afterwards.",
            "Write short phrases with a verb on each note.",
            "Let the headings come from the notes, not from a list you had in mind.",
        ],
        "pitfalls": [
            "Do not force every note into a group; a few loners are fine.",
            "Avoid headings so broad, such as 'communication', that they hide what people said.",
        ],
        "inputs": "Many ideas or comments, sticky notes and wall space.",
        "outputs": "Themes with headings, each with the notes that support it.",
        "expertise": "none",
        "duration": "under-an-hour",
        "participants_min": 3,
        "participants_max": 12,
        "facilitation": "helpful",
        "data_needs": "qualitative",
        "evidence_level": "established",
        "references": [QUALITY_TOOLBOX, QSIR_TOOLS],
        "templates": [
            {
                "title": "Affinity board",
                "description": (
                    "A wall layout with an area for ungrouped notes, columns for the groups and "
                    "a header card for each theme."
                ),
            },
        ],
        "worked_example": [
            (
                "Fictional example: a mental health team had 96 comments about handovers from a "
                "staff survey. In 30 minutes the team grouped them into 7 themes. The largest, "
                "'no time to read notes before the shift', held 23 comments and became the focus "
                "of the first test of change."
            ),
        ],
        "perspectives": ["people", "design"],
        "stages": ["understand", "co-design"],
        "strands": ["define-the-problem", "develop-the-solution"],
        "categories": ["analysing-problems", "gathering-insight"],
        "frameworks": ["experience-based-co-design", "double-diamond"],
    },
    {
        "slug": "nominal-group-technique",
        "title": "Nominal group technique",
        "aliases": ["NGT", "Structured group ranking"],
        "purpose": (
            "Let each person generate and rank ideas in a structured way, so every voice counts "
            "equally."
        ),
        "when_to_use": [
            (
                "Use it when a group must agree priorities and some people tend to dominate, or "
                "when the topic is sensitive. It works well with patients and staff together."
            ),
        ],
        "when_not_to_use": [
            (
                "Do not use it when the group needs to explore a problem freely; the structure "
                "limits discussion. For experts who cannot meet, use a Delphi study instead."
            ),
        ],
        "steps": [
            "Ask one clear question, such as 'What stops patients getting to clinic on time?'.",
            "Give everyone 5 to 10 minutes to write their own ideas in silence.",
            "Go round the group, taking one idea from each person in turn, without discussion.",
            "Discuss each idea briefly to make its meaning clear, and merge duplicates.",
            (
                "Ask each person to rank their top five ideas in private.",
                "Give 5 points to each person's first choice, 4 to their second and so on, then "
                "add up the points for each idea.",
            ),
            "Share the totals and agree the top priorities.",
        ],
        "top_tips": [
            "Record every idea in the person's own words.",
            "Keep discussion to what ideas mean, not to arguing for them.",
            "Ask a neutral person to facilitate.",
        ],
        "pitfalls": [
            "Do not skip the silent writing; it is what protects quieter voices.",
            "Avoid groups of more than about 10; split larger groups and combine the scores.",
        ],
        "inputs": "A clear question, a group of 5 to 10 people and a flipchart.",
        "outputs": "A ranked list of ideas that the whole group has scored.",
        "expertise": "none",
        "duration": "half-day",
        "participants_min": 5,
        "participants_max": 10,
        "facilitation": "essential",
        "data_needs": "qualitative",
        "evidence_level": "established",
        "references": [
            {
                "title": "How to use the nominal group and Delphi techniques",
                "authors": "McMillan SS, King M, Tully MP",
                "year": 2016,
                "publisher": "International Journal of Clinical Pharmacy",
                "url": "https://doi.org/10.1007/s11096-016-0257-x",
            },
            {
                "title": (
                    "Group Techniques for Program Planning: A Guide to Nominal Group and Delphi "
                    "Processes"
                ),
                "authors": "Delbecq AL, Van de Ven AH, Gustafson DH",
                "year": 1975,
                "publisher": "Scott, Foresman",
                "url": "",
            },
        ],
        "templates": [
            {
                "title": "Nominal group scoring sheet",
                "description": (
                    "The question at the top, a numbered list of ideas, and columns for each "
                    "person's points and the total."
                ),
            },
        ],
        "worked_example": [
            (
                "Fictional example: 8 patients and 4 staff in a diabetes clinic used nominal "
                "group technique to choose what to improve first. Of 31 ideas, 'one phone number "
                "that someone answers' scored 41 points, well ahead of the next at 22."
            ),
        ],
        "perspectives": ["people", "design"],
        "stages": ["understand", "co-design"],
        "strands": ["define-the-problem", "develop-the-solution"],
        "categories": ["analysing-problems", "generating-ideas"],
        "frameworks": ["double-diamond"],
    },
    {
        "slug": "impact-effort-matrix",
        "title": "Impact and effort matrix",
        "aliases": ["Impact-effort grid", "Pay-off matrix"],
        "purpose": "Sort change ideas by likely impact and effort to choose which to test first.",
        "when_to_use": [
            (
                "Use it after generating ideas, when there are more than you can test at once. "
                "It helps a team agree a starting point quickly."
            ),
        ],
        "when_not_to_use": [
            (
                "Do not use it to rule ideas out for good; the ratings are guesses that tests "
                "will change. Safety-critical changes need a risk assessment as well."
            ),
        ],
        "steps": [
            "Write each change idea on a sticky note.",
            "Draw a grid with impact up the side and effort along the bottom.",
            (
                "Place each idea on the grid after a short discussion.",
                "Impact is how far the idea would move you towards the aim. Effort covers time, "
                "money, people and how hard the change would be to make.",
            ),
            (
                "Name the four quadrants and agree what to do with each.",
                "High impact, low effort: quick wins; test these first.\n"
                "High impact, high effort: major projects; plan them.\n"
                "Low impact, low effort: fill-ins; do them if there is time.\n"
                "Low impact, high effort: set them aside.",
            ),
            "Choose the ideas to test first, and link each one to a PDSA cycle.",
        ],
        "top_tips": [
            "Rate impact against the aim, not against what people like.",
            "Ask the people who would do the work to rate the effort.",
            "Redraw the grid after the first tests.",
        ],
        "pitfalls": [
            "Do not let the most senior person place every note.",
            "Avoid taking only quick wins; the biggest gains may be in the major projects.",
        ],
        "inputs": "A list of change ideas and a clear aim.",
        "outputs": "Ideas sorted into four groups, and a short list to test first.",
        "expertise": "none",
        "duration": "under-an-hour",
        "participants_min": 3,
        "participants_max": 12,
        "facilitation": "helpful",
        "data_needs": "qualitative",
        "evidence_level": "established",
        "references": [QSIR_TOOLS, QUALITY_TOOLBOX],
        "templates": [
            {
                "title": "Impact and effort grid",
                "description": (
                    "A two-by-two grid with the four quadrants named, and a column that links "
                    "each chosen idea to its first test."
                ),
            },
        ],
        "worked_example": [
            (
                "Fictional example: a GP practice had 17 ideas to cut missed appointments. Text "
                "reminders two days ahead sat in 'quick wins' and were tested first; missed "
                "appointments fell from 9% to 6% over 8 weeks. An evening clinic was rated a "
                "major project and planned for the following year."
            ),
        ],
        "perspectives": ["design", "management"],
        "stages": ["co-design"],
        "strands": ["develop-the-solution", "manage-the-plan"],
        "categories": ["generating-ideas", "planning-and-making-the-case"],
        "frameworks": ["lean-six-sigma"],
    },
    {
        "slug": "prototyping",
        "title": "Prototyping",
        "aliases": ["Mock-up", "Paper prototype", "Rapid prototyping"],
        "purpose": (
            "Make a quick, cheap version of an idea so that people can try it and improve it early."
        ),
        "when_to_use": [
            (
                "Use it as soon as you have an idea for a new form, leaflet, room layout, pathway "
                "or piece of equipment. A rough prototype shows problems that no meeting will."
            ),
        ],
        "when_not_to_use": [
            (
                "Do not try an unfinished prototype on real patients where it could harm them; "
                "use role play or simulation first."
            ),
        ],
        "steps": [
            (
                "Decide what question the prototype should answer, such as 'Can patients use it "
                "alone?'."
            ),
            (
                "Make the simplest version that answers it: paper, cardboard, a role play or a "
                "clickable mock-up."
            ),
            "Ask the people who will use it to try it, while you watch and stay quiet.",
            "Note where they hesitate, make mistakes or ask for help.",
            "Change the prototype and try it again, several times.",
            "Move to a more finished version only when the rough one works.",
        ],
        "top_tips": [
            "Make it rough on purpose; people criticise a rough version more freely.",
            "Try each version with about 5 users; most problems show up by then.",
            "Keep every version, with a note of what changed and why.",
        ],
        "pitfalls": [
            "Expect to throw the first version away.",
            "Say nothing about how it works until people have tried it.",
        ],
        "inputs": "An idea, cheap materials and the people who will use it.",
        "outputs": "A tested, improved design and a record of what each round taught you.",
        "expertise": "none",
        "duration": "days",
        "participants_min": 2,
        "participants_max": 8,
        "facilitation": "helpful",
        "data_needs": "qualitative",
        "evidence_level": "adapted",
        "references": [DOUBLE_DIAMOND, EBC_REPORT],
        "templates": [
            {
                "title": "Prototype test sheet",
                "description": (
                    "The question the prototype answers, tasks for users, an observation grid and "
                    "a box for the changes to make."
                ),
            },
        ],
        "worked_example": [
            (
                "Fictional example: a sexual health clinic made a paper version of a new online "
                "booking page. Of the first 5 people who tried it, 3 could not find how to choose "
                "a clinic near them. After 3 rounds of changes, 9 out of 10 people booked without "
                "help. Only then did the clinic ask its web team to build it."
            ),
        ],
        "perspectives": ["design", "people"],
        "stages": ["co-design"],
        "strands": ["develop-the-solution"],
        "categories": ["generating-ideas", "measuring-and-testing"],
        "frameworks": [
            "engineering-better-care",
            "improving-improvement",
            "seips",
            "experience-based-co-design",
            "double-diamond",
        ],
    },
    # Human factors
    {
        "slug": "seips-work-system-analysis",
        "title": "SEIPS work system analysis",
        "aliases": ["SEIPS 101 tools", "PETT scan", "Work system scan"],
        "purpose": (
            "Describe the people, tasks, tools, organisation and environment behind a problem, and "
            "how they interact."
        ),
        "when_to_use": [
            (
                "Use it when a problem is about how work is done: after an incident, before new "
                "equipment arrives, or when a process works on paper but not in practice. NHS "
                "England's incident response framework (PSIRF) points to SEIPS for learning "
                "responses."
            ),
        ],
        "when_not_to_use": [
            "Do not use it to rate individual performance; it looks at the system around people.",
        ],
        "steps": [
            "Agree the work process or incident you want to understand.",
            (
                "Do a PETT scan: list the people, environment, tools and tasks involved.",
                "People: patients, carers and staff, with their needs and skills. Environment: "
                "the physical space, the organisation and wider pressures. Tools: equipment, IT "
                "and paperwork. Tasks: what is done, how often and how hard it is.",
            ),
            "Watch the work and talk to the people who do it, to fill the gaps in the scan.",
            (
                "Map the interactions: where one part of the work system makes another harder or "
                "easier."
            ),
            "Link those interactions to outcomes for patients, staff and the organisation.",
            "Choose changes to the work system, not to people's effort, and test them.",
        ],
        "top_tips": [
            "Include the patient and family as people in the work system.",
            "Look for what helps work go well, not only for what goes wrong.",
            "Use the short SEIPS 101 worksheets rather than inventing your own.",
        ],
        "pitfalls": [
            "Do not stop at 'human error'; ask what in the system made the error likely.",
            "Avoid filling in the scan from the office; go and see the work.",
        ],
        "inputs": "Time to observe, access to staff and patients, and the SEIPS 101 worksheets.",
        "outputs": (
            "A description of the work system, a map of interactions and a list of system "
            "changes to test."
        ),
        "expertise": "some",
        "duration": "days",
        "participants_min": 2,
        "participants_max": 6,
        "facilitation": "helpful",
        "data_needs": "qualitative",
        "evidence_level": "established",
        "references": [SEIPS_101, SEIPS_2006],
        "templates": [
            {
                "title": "PETT scan sheet",
                "description": (
                    "Four boxes for people, environment, tools and tasks, each with prompts, and "
                    "space to note what gets in the way and what helps."
                ),
            },
        ],
        "worked_example": [
            (
                "Fictional example: a community nursing team used SEIPS after 3 missed insulin "
                "visits in a month. The PETT scan showed that the visit list came from a system "
                "that dropped visits when a patient's address changed, and that new staff did "
                "not know the workaround. The team added a daily check of changed addresses "
                "while the supplier fixed the system."
            ),
        ],
        "perspectives": ["people", "systems", "risk"],
        "stages": ["understand"],
        "strands": ["understand-the-system", "define-the-problem"],
        "categories": ["analysing-problems", "gathering-insight"],
        "frameworks": ["seips"],
    },
    {
        "slug": "task-analysis",
        "title": "Hierarchical task analysis",
        "aliases": ["HTA", "Task analysis"],
        "purpose": (
            "Break a task into goals, sub-tasks and steps to see what people must do, know and "
            "decide."
        ),
        "when_to_use": [
            (
                "Use it to understand a complex or safety-critical task, such as setting up an "
                "infusion pump, before you redesign it, write a checklist or plan training."
            ),
        ],
        "when_not_to_use": [
            (
                "Do not use it for simple tasks with few steps; a process map is quicker. Where "
                "the work depends mostly on team talk and judgement, observe and interview "
                "instead."
            ),
        ],
        "steps": [
            "State the overall goal of the task, such as 'give the prescribed infusion safely'.",
            "Break the goal into 4 to 8 sub-goals, then break each one into steps.",
            (
                "Add a plan at each level that says in what order, and when, the steps are done.",
                "For example: 'Do 1 and 2, then 3. If the alarm sounds, do 4.'",
            ),
            "Check the analysis by watching the task done for real and asking staff.",
            "Mark the steps where errors are likely or their effects would be serious.",
            "Use the marked steps to guide redesign, checklists, training or an FMEA.",
        ],
        "top_tips": [
            "Describe the task as it is done, not as the procedure says.",
            "Stop breaking a step down once more detail would not change what you do.",
            "Draw it as a tree so that others can check it quickly.",
        ],
        "pitfalls": [
            "Do not go too deep too soon; the analysis can grow to hundreds of steps.",
            "Avoid doing it without the people who do the task.",
        ],
        "inputs": "Procedures, time to observe the task, and the staff who do it.",
        "outputs": "A tree of goals, sub-tasks, steps and plans, with error-prone steps marked.",
        "expertise": "specialist",
        "duration": "days",
        "participants_min": 1,
        "participants_max": 4,
        "facilitation": "helpful",
        "data_needs": "qualitative",
        "evidence_level": "adapted",
        "references": [
            {
                "title": "Hierarchical task analysis: developments, applications, and extensions",
                "authors": "Stanton NA",
                "year": 2006,
                "publisher": "Applied Ergonomics",
                "url": "https://doi.org/10.1016/j.apergo.2005.06.003",
            },
            {
                "title": "Task analysis and training design",
                "authors": "Annett J, Duncan KD",
                "year": 1967,
                "publisher": "Occupational Psychology",
                "url": "",
            },
        ],
        "templates": [
            {
                "title": "Task analysis tree",
                "description": (
                    "A tree layout with boxes for the goal, sub-goals and steps, a plan line at "
                    "each level and a column for error risks."
                ),
            },
        ],
        "worked_example": [
            (
                "Fictional example: a surgical team analysed how nurses set up a patient-"
                "controlled analgesia pump. The tree had 6 sub-goals and 31 steps. Step 18, "
                "entering the drug concentration, was where 2 past incidents had happened, and "
                "the pump gave no check. The team added a second-person check at that step and "
                "asked pharmacy to lock the concentration in the pump's drug library."
            ),
        ],
        "perspectives": ["people", "design", "risk"],
        "stages": ["understand", "co-design"],
        "strands": ["understand-the-system", "develop-the-solution"],
        "categories": ["analysing-problems", "managing-risk"],
        "frameworks": ["system-safety-assessment", "seips"],
    },
    {
        "slug": "after-action-review",
        "title": "After-action review",
        "aliases": ["AAR", "Structured debrief"],
        "purpose": (
            "Learn quickly from an event, good or bad, by comparing what was expected with what "
            "happened."
        ),
        "when_to_use": [
            (
                "Use it soon after an event, such as a cardiac arrest call, a very busy shift, a "
                "near miss or the first week of a new process. Under PSIRF it is one of the "
                "learning responses to a patient safety incident."
            ),
        ],
        "when_not_to_use": [
            (
                "Do not use it in place of a patient safety incident investigation where one is "
                "needed; it can come first or run alongside. Do not use it to judge individuals."
            ),
        ],
        "steps": [
            "Bring together the people involved, as soon as you can, with a trained facilitator.",
            "Set the ground rules: every view counts, and the aim is learning, not blame.",
            "Ask: what did we expect to happen?",
            "Ask: what actually happened?",
            "Ask: why was there a difference, or why did it go well?",
            "Ask: what have we learned, and what will we do differently next time?",
            "Record the actions with owners, and share the learning.",
        ],
        "top_tips": [
            "Keep it short: 20 to 60 minutes.",
            "Start with what went well; it makes the rest easier to say.",
            "Invite the most junior people to speak first.",
        ],
        "pitfalls": [
            "Do not let it turn into a blame session; stop and reset if it does.",
            "Avoid writing names beside mistakes in the notes.",
        ],
        "inputs": "The people involved, a facilitator and a quiet room.",
        "outputs": "A short record of what happened, what was learned and the actions agreed.",
        "expertise": "some",
        "duration": "under-an-hour",
        "participants_min": 3,
        "participants_max": 15,
        "facilitation": "essential",
        "data_needs": "qualitative",
        "evidence_level": "established",
        "references": [PSIRF, SEIPS_101],
        "templates": [
            {
                "title": "After-action review record",
                "description": (
                    "The four questions with space for answers, an actions table with owners and "
                    "dates, and a list of who took part, by role."
                ),
            },
        ],
        "worked_example": [
            (
                "Fictional example: after a slow response to a deteriorating child on a ward, the "
                "team held a 30-minute after-action review the next day. Everyone had expected "
                "the outreach team within 10 minutes; it took 25, because the bleep number on "
                "the ward poster was out of date. The poster was fixed that day, and switchboard "
                "now checks all the posters each month."
            ),
        ],
        "perspectives": ["risk", "people"],
        "stages": ["understand", "sustain"],
        "strands": ["collect-the-evidence", "define-the-problem"],
        "categories": ["gathering-insight", "managing-risk"],
        "frameworks": ["human-systems-dynamics", "cynefin"],
    },
    {
        "slug": "in-situ-simulation",
        "title": "In-situ simulation",
        "aliases": ["In situ simulation", "Simulation in the workplace", "Dry run"],
        "purpose": (
            "Rehearse real scenarios in the real workplace with the real team to find hazards "
            "before patients meet them."
        ),
        "when_to_use": [
            (
                "Use it to test a new unit, pathway, piece of equipment or emergency procedure "
                "from end to end before it goes live, and to check existing emergency responses."
            ),
            (
                "It finds latent hazards: problems built into the system that wait for the wrong "
                "moment, such as a missing plug or a door code nobody knows."
            ),
        ],
        "when_not_to_use": [
            (
                "Do not run it when it would take staff away from patients at an unsafe time; "
                "agree a rule for stopping with the person in charge. Do not use it to assess "
                "individuals; it tests the system."
            ),
        ],
        "steps": [
            "Agree the aim: which system, pathway or hazard you want to test.",
            "Write a realistic scenario with a trained simulation facilitator.",
            (
                "Brief the team that the system is being tested, not them, and agree how to stop "
                "if real work needs them."
            ),
            "Run the scenario in the real place with the real equipment.",
            "Debrief straight away: what happened, what helped and what got in the way.",
            "Log each latent hazard with an owner, and fix it before go-live or the next run.",
        ],
        "top_tips": [
            "Run it at night and at weekends as well as on weekday mornings.",
            "Use a manikin or an actor; never a real patient.",
            "Keep a hazard log, and report back to staff what was fixed.",
        ],
        "pitfalls": [
            "Do not spring an unannounced simulation without senior agreement and support.",
            "Avoid scenarios so complex that the learning gets lost.",
        ],
        "inputs": (
            "A scenario, a facilitator, the real team, place and equipment, and a debrief plan."
        ),
        "outputs": "A log of latent hazards with owners, and a team that has practised together.",
        "expertise": "specialist",
        "duration": "half-day",
        "participants_min": 4,
        "participants_max": 15,
        "facilitation": "essential",
        "data_needs": "qualitative",
        "evidence_level": "established",
        "references": [
            {
                "title": (
                    "In situ simulation as a tool for patient safety: a systematic review "
                    "identifying how it is used and its effectiveness"
                ),
                "authors": "Fent G, Blythe J, Farooq O, Purva M",
                "year": 2015,
                "publisher": "BMJ Simulation and Technology Enhanced Learning",
                "url": "https://doi.org/10.1136/bmjstel-2015-000065",
            },
            EBC_REPORT,
        ],
        "templates": [
            {
                "title": "Simulation plan and hazard log",
                "description": (
                    "A scenario outline, a briefing script, a stop rule, debrief questions and a "
                    "log of hazards with owners and the dates they were fixed."
                ),
            },
        ],
        "worked_example": [
            (
                "Fictional example: before a new maternity theatre opened, the team ran 4 "
                "in-situ simulations of an emergency caesarean section, one of them at 3am. They "
                "found 11 latent hazards, including a blood fridge on a different door code and "
                "a theatre phone that could not call outside lines. All 11 were fixed before the "
                "first real case."
            ),
        ],
        "perspectives": ["systems", "risk", "design"],
        "stages": ["co-design", "deliver"],
        "strands": ["develop-the-solution", "collect-the-evidence"],
        "categories": ["measuring-and-testing", "managing-risk"],
        "frameworks": ["engineering-better-care", "improving-improvement", "seips"],
    },
    # Standardise, sustain and spread
    {
        "slug": "five-s",
        "title": "5S workplace organisation",
        "aliases": ["5S", "Sort, set in order, shine, standardise, sustain"],
        "purpose": (
            "Organise a workplace so that what staff need is always in the same place, clean and "
            "ready."
        ),
        "when_to_use": [
            (
                "Use it where staff lose time hunting for equipment or supplies, such as a "
                "treatment room, a store cupboard or a resuscitation trolley. It is often a first, "
                "visible win in a Lean or Productive Ward programme."
            ),
        ],
        "when_not_to_use": [
            (
                "Do not use it as a one-off tidy-up. Without the last two steps, the space drifts "
                "back within weeks."
            ),
        ],
        "steps": [
            (
                "Sort: remove everything the area does not need.",
                "Put doubtful items in a holding area with a date. If nobody needs them within a "
                "month, remove them.",
            ),
            (
                "Set in order: give every item a labelled home, placed by how often it is used.",
                "The most-used items go nearest to hand. Outline or label each place, so that a "
                "gap shows what is missing.",
            ),
            "Shine: clean the area, and check equipment as you clean it.",
            "Standardise: agree and display the layout, the stock levels and who restocks.",
            "Sustain: audit the area with the team on a set day, and act on what slips.",
        ],
        "top_tips": [
            "Start with one small area, and let the staff who use it lead.",
            "Take photographs before and after, and time how long a search takes.",
            "Set minimum and maximum stock levels to stop both shortages and hoarding.",
        ],
        "pitfalls": [
            "Do not let an outside team rearrange staff's space for them.",
            "Avoid removing items that are rarely used but critical, such as emergency kit.",
        ],
        "inputs": "A workspace, the staff who use it, labels and protected time.",
        "outputs": "An organised, labelled workspace with stock levels and an audit routine.",
        "expertise": "none",
        "duration": "days",
        "participants_min": 2,
        "participants_max": 8,
        "facilitation": "helpful",
        "data_needs": "mixed",
        "evidence_level": "established",
        "references": [
            PRODUCTIVE_WARD,
            {
                "title": "5 Pillars of the Visual Workplace",
                "authors": "Hirano H",
                "year": 1995,
                "publisher": "Productivity Press",
                "url": (
                    "https://www.routledge.com/5-Pillars-of-the-Visual-Workplace/Hirano/p/book/"
                    "9781563270475"
                ),
            },
        ],
        "templates": [
            {
                "title": "5S audit sheet",
                "description": (
                    "A checklist for each of the five steps with a score, space for photographs "
                    "and an action log."
                ),
            },
        ],
        "worked_example": [
            (
                "Fictional example: on a surgical ward, nurses timed how long it took to find a "
                "catheter pack: 4 minutes on average over 20 searches. After a 5S of the store "
                "room, with labelled shelves and stock levels, the average fell to 40 seconds, "
                "and weekly audits kept it there for the next 6 months."
            ),
        ],
        "perspectives": ["systems", "people"],
        "stages": ["deliver", "sustain"],
        "strands": ["develop-the-solution"],
        "categories": ["managing-risk"],
        "frameworks": ["lean", "productive-series", "virginia-mason-production-system"],
    },
    {
        "slug": "visual-management",
        "title": "Visual management",
        "aliases": ["Visual controls", "Huddle board", "Improvement board"],
        "purpose": (
            "Show the state of work and performance at a glance, so the team can spot problems "
            "early."
        ),
        "when_to_use": [
            (
                "Use it where a team needs to see, during the shift, how things stand: bed state, "
                "patients due to go home, tests awaited, or the measures of an improvement "
                "project. Pair it with a short daily huddle."
            ),
        ],
        "when_not_to_use": [
            (
                "Do not put up boards that nobody updates or uses to make decisions; they soon "
                "become wallpaper."
            ),
        ],
        "steps": [
            "Decide what the team needs to see to act during the day.",
            "Choose simple signals, such as colours, magnets or a run chart, that anyone can read.",
            "Put the board where the work happens and where the team meets.",
            "Agree who updates each part, and when.",
            "Hold a short huddle at the board at the same time each day, and agree actions.",
            "Review after a month what people use, and remove what they do not.",
        ],
        "top_tips": [
            "Show problems, not only successes; a board that is always green hides risk.",
            "Keep patient-identifiable information off any board the public can see.",
            "Let the team design its own board.",
        ],
        "pitfalls": [
            "Do not copy another ward's board without asking what your team needs.",
            "Avoid repeating the electronic system; show only what helps the next decision.",
        ],
        "inputs": "Agreement on what to show, a board or screen, and a huddle routine.",
        "outputs": (
            "A board that the team updates and uses in a daily huddle, with actions and owners."
        ),
        "expertise": "none",
        "duration": "days",
        "participants_min": 3,
        "participants_max": 15,
        "facilitation": "helpful",
        "data_needs": "mixed",
        "evidence_level": "established",
        "references": [
            PRODUCTIVE_WARD,
            {
                "title": "Visual Systems: Harnessing the Power of the Visual Workplace",
                "authors": "Galsworth GD",
                "year": 1997,
                "publisher": "AMACOM",
                "url": "",
            },
        ],
        "templates": [
            {
                "title": "Huddle board layout",
                "description": (
                    "Sections for safety, today's flow, the project's run chart, problems raised "
                    "and actions with owners."
                ),
            },
        ],
        "worked_example": [
            (
                "Fictional example: a frailty unit put a discharge board by the nurses' station, "
                "showing each bed's expected discharge date and what was awaited. A 10-minute "
                "huddle each morning cleared the blockers. On the unit's run chart, discharges "
                "before noon rose from 12% to 31% over 3 months."
            ),
        ],
        "perspectives": ["systems", "management"],
        "stages": ["deliver", "sustain"],
        "strands": ["manage-the-plan", "collect-the-evidence"],
        "categories": ["measuring-and-testing"],
        "frameworks": ["lean", "productive-series", "virginia-mason-production-system"],
    },
    {
        "slug": "standard-work",
        "title": "Standard work",
        "aliases": ["Standardised work", "Best-known method"],
        "purpose": (
            "Write down the current best way to do a task, so it is done reliably and can be "
            "improved."
        ),
        "when_to_use": [
            (
                "Use it once a change has been tested and works, to make it the normal way of "
                "working. It is also the starting point for the next improvement: you cannot "
                "improve a process that everyone does differently."
            ),
        ],
        "when_not_to_use": [
            (
                "Do not use it for work that needs clinical judgement at every step. Standardise "
                "the things around the judgement instead, such as equipment and checks."
            ),
            "Do not write it before testing; standardise what has been shown to work.",
        ],
        "steps": [
            "Choose a task that is done often and varies between staff.",
            "Watch several people do it, and note the differences.",
            "Agree with the staff who do it the best way known today, including key safety points.",
            "Write it as short steps with pictures on one page, kept where the task is done.",
            "Train staff, and check by watching that the standard is followed.",
            "Invite staff to suggest changes, test them and update the standard.",
        ],
        "top_tips": [
            "Write the reason beside each key step, so that people know why it matters.",
            "Use photographs rather than long text.",
            "Date each version and name its owner.",
        ],
        "pitfalls": [
            "Do not treat the standard as fixed; it is the baseline for improvement.",
            "Avoid writing it in an office without the staff who do the task.",
        ],
        "inputs": "A tested change and the staff who do the task.",
        "outputs": "A one-page standard with key points, an owner and a review date.",
        "expertise": "some",
        "duration": "days",
        "participants_min": 2,
        "participants_max": 8,
        "facilitation": "helpful",
        "data_needs": "qualitative",
        "evidence_level": "established",
        "references": [
            OHNO,
            {
                "title": (
                    "The Toyota Way: 14 Management Principles from the World's Greatest "
                    "Manufacturer"
                ),
                "authors": "Liker JK",
                "year": 2004,
                "publisher": "McGraw-Hill",
                "url": "https://www.mhprofessional.com/9780071392310-usa-the-toyota-way",
            },
        ],
        "templates": [
            {
                "title": "Standard work sheet",
                "description": (
                    "A one-page layout with numbered steps, photographs, key safety points with "
                    "their reasons, the owner and the version date."
                ),
            },
        ],
        "worked_example": [
            (
                "Fictional example: on a renal unit, 5 nurses set up dialysis lines in 5 "
                "different orders. Together they agreed one way, with photographs of each step "
                "and 3 key safety points. Set-up errors caught at the pre-start check fell from "
                "6 a month to 1 over the next 3 months."
            ),
        ],
        "perspectives": ["systems", "risk"],
        "stages": ["deliver", "sustain"],
        "strands": ["develop-the-solution", "manage-the-plan"],
        "categories": ["managing-risk"],
        "frameworks": [
            "lean",
            "lean-six-sigma",
            "productive-series",
            "virginia-mason-production-system",
        ],
    },
    {
        "slug": "sustainability-and-spread-plan",
        "title": "Sustainability and spread planning",
        "aliases": ["Spread plan", "Sustainability assessment"],
        "purpose": (
            "Check what will help a change last and spread, and plan how to hand it over and "
            "share it."
        ),
        "when_to_use": [
            (
                "Use it from the start of a project, and again before the project team steps "
                "back. Many changes slip once a project ends, and few spread without a plan."
            ),
        ],
        "when_not_to_use": [
            (
                "Do not plan spread before the change works reliably where it started; spread a "
                "tested change, not an idea."
            ),
        ],
        "related_methods": [
            (
                "The NHS Sustainability Model, from the NHS Institute for Innovation and "
                "Improvement, is a scored self-assessment of ten factors in three groups. The "
                "checklist on this page is adapted from those groups."
            ),
        ],
        "steps": [
            (
                "Score how likely the change is to last, using a sustainability checklist.",
                "Process: benefits beyond patients, evidence people believe, how easily it "
                "adapts, and whether it is monitored. Staff: involvement, training, attitudes, "
                "and senior and clinical leaders. Organisation: fit with its aims, and the "
                "systems and infrastructure it needs.",
            ),
            "Act on the lowest scores, such as naming who will own the process after the project.",
            (
                "Build the change into normal systems: job descriptions, induction, electronic "
                "templates and standard work."
            ),
            "Keep one measure running after the project ends, with someone who reviews it.",
            "Decide where to spread next, and what each new team will need to adapt.",
            "Write a short handover and a spread plan, with owners and dates.",
        ],
        "top_tips": [
            "Score sustainability early; the answers change how you run the project.",
            "Let each new team adapt the change, and say which parts must stay the same.",
            "Keep measuring for at least 6 months after handover.",
        ],
        "pitfalls": [
            "Do not rely on one enthusiastic person; the change must survive their leaving.",
            "Avoid announcing spread by email; spread happens through people and support.",
        ],
        "inputs": "A tested change, its measures and the people who will own it.",
        "outputs": "A sustainability score with actions, a handover note and a spread plan.",
        "expertise": "some",
        "duration": "half-day",
        "participants_min": 3,
        "participants_max": 10,
        "facilitation": "helpful",
        "data_needs": "mixed",
        "evidence_level": "established",
        "references": [
            {
                "title": "Sustainability Model and Guide",
                "authors": "Maher L, Gustafson D, Evans A",
                "year": 2010,
                "publisher": "NHS Institute for Innovation and Improvement",
                "url": (
                    "https://webarchive.nationalarchives.gov.uk/20091105160904/https:/"
                    "www.institute.nhs.uk/sustainability_model/introduction/"
                    "find_out_more_about_the_guide.html"
                ),
            },
            {
                "title": (
                    "Diffusion of innovations in service organizations: systematic review and "
                    "recommendations"
                ),
                "authors": "Greenhalgh T, Robert G, Macfarlane F, Bate P, Kyriakidou O",
                "year": 2004,
                "publisher": "The Milbank Quarterly",
                "url": "https://doi.org/10.1111/j.0887-378X.2004.00325.x",
            },
        ],
        "templates": [
            {
                "title": "Sustainability and spread planner",
                "description": (
                    "A scoring grid for process, staff and organisation factors, an action list, "
                    "a handover checklist and a spread plan with teams, owners and dates."
                ),
            },
        ],
        "worked_example": [
            (
                "Fictional example: a respiratory team's new inhaler check had run for 6 months "
                "on one ward. Its lowest sustainability score was for senior leadership. The "
                "team took its run chart to the divisional board; the check was added to the "
                "electronic admission template, and 3 more wards took it up, each choosing who "
                "did the check."
            ),
        ],
        "perspectives": ["management", "systems"],
        "stages": ["sustain"],
        "strands": ["make-the-case", "manage-the-plan"],
        "categories": ["planning-and-making-the-case"],
        "frameworks": ["model-for-improvement", "improving-improvement", "nes-qi-journey"],
    },
]
