"""Demo questions for the question-driven route.

Questions confirmed in Engineering Better Care and the toolkit carry ``adapted: False``.
The rest are a working set written for the demo and carry ``adapted: True``.
``tools`` lists tool slugs, best first.
"""

QUESTIONS = [
    # People: identify, locate, situate
    {
        "key": "people-who",
        "wording": "Who uses, delivers or is affected by the system?",
        "short_label": "Who is involved",
        "perspective": "people",
        "phase": "identify",
        "stages": ["initiate", "understand"],
        "help_text": (
            "List everyone who receives care, gives care or feels the effects of the service. "
            "Include carers, families and staff in other teams."
        ),
        "prompts": [
            "Who relies on this service day to day?",
            "Who supports the people who deliver it?",
            "Who would notice first if it stopped working?",
        ],
        "tools": [
            "stakeholder-analysis",
            "rich-picture",
            "five-ws-and-two-hs",
            "one-to-one-interviews",
        ],
        "adapted": True,
    },
    {
        "key": "people-missing-voices",
        "wording": "Whose voice is missing?",
        "short_label": "Missing voices",
        "perspective": "people",
        "phase": "identify",
        "stages": ["initiate", "understand", "co-design"],
        "help_text": (
            "Check who has not yet been heard. People who find services hard to reach often have "
            "the most useful insight."
        ),
        "prompts": [
            "Which groups rarely answer surveys or come to meetings?",
            "Who might find it hard to take part, and why?",
            "How could you go to them rather than ask them to come to you?",
        ],
        "tools": [
            "stakeholder-analysis",
            "one-to-one-interviews",
            "exclusion-audit",
            "observation",
        ],
        "adapted": True,
    },
    {
        "key": "people-context",
        "wording": "Where and in what context do they meet the system?",
        "short_label": "Where and when",
        "perspective": "people",
        "phase": "locate",
        "stages": ["understand"],
        "help_text": (
            "Find the places, times and situations in which people come into contact with the "
            "service. The same task can feel very different at 3am or at home."
        ),
        "prompts": [
            "Where does each contact happen: at home, on the phone, on a ward?",
            "What else is going on for people at that moment?",
            "How do they travel between places?",
        ],
        "tools": ["observation", "spaghetti-diagram", "scenarios-and-storyboards", "process-map"],
        "adapted": True,
    },
    {
        "key": "people-journey",
        "wording": "What is their journey through the service?",
        "short_label": "Journey",
        "perspective": "people",
        "phase": "locate",
        "stages": ["understand", "co-design"],
        "help_text": (
            "Follow one person from first contact to the end of their care. Note where they wait, "
            "repeat themselves or get lost."
        ),
        "prompts": [
            "Where does the journey really start and end for them?",
            "Where do they have to tell their story again?",
            "Which moments matter most to them?",
        ],
        "tools": [
            "scenarios-and-storyboards",
            "emotional-mapping",
            "personas",
            "swimlane-diagram",
            "one-to-one-interviews",
        ],
        "adapted": True,
    },
    {
        "key": "people-influences",
        "wording": "What shapes how they act?",
        "short_label": "What shapes behaviour",
        "perspective": "people",
        "phase": "situate",
        "stages": ["understand", "co-design"],
        "help_text": (
            "Look at the abilities, culture, pressures and rules that shape what people do. "
            "Behaviour that looks odd from outside often makes sense from inside."
        ),
        "prompts": [
            "What do people need to know, see or remember to do this well?",
            "Which targets, habits or rules push them one way or another?",
            "What gets in the way on a busy day?",
        ],
        "tools": ["observation", "one-to-one-interviews", "personas", "force-field-analysis"],
        "adapted": True,
    },
    {
        "key": "people-work-system",
        "wording": "What makes the work hard to do well?",
        "short_label": "Work system",
        "perspective": "people",
        "phase": "situate",
        "stages": ["understand", "co-design"],
        "help_text": (
            "Look at the tasks, tools, places and pressures that shape how staff and patients "
            "act. Change the work system rather than asking people to try harder."
        ),
        "prompts": [
            "Which tasks, tools or places make mistakes more likely?",
            "What workarounds do people use, and why?",
            "What helps the work go well on a good day?",
        ],
        "tools": [
            "seips-work-system-analysis",
            "task-analysis",
            "observation",
            "after-action-review",
        ],
        "adapted": True,
    },
    {
        "key": "people-experience",
        "wording": "How does the care feel to the people who receive it?",
        "short_label": "Experience of care",
        "perspective": "people",
        "phase": "situate",
        "stages": ["understand", "co-design"],
        "help_text": (
            "Hear from patients and carers, in their own words, where the journey feels good and "
            "where it feels bad. Those moments often differ from what staff expect."
        ),
        "prompts": [
            "Which moments do patients and carers remember most?",
            "Where do they feel anxious, rushed or ignored?",
            "Where do staff and patients see the journey differently?",
        ],
        "tools": ["discovery-interviews", "emotional-mapping", "personas", "observation"],
        "adapted": True,
    },
    {
        "key": "people-exclusion",
        "wording": "Who might the service leave out?",
        "short_label": "Who is left out",
        "perspective": "people",
        "phase": "situate",
        "stages": ["co-design", "deliver"],
        "help_text": (
            "Check whether the demands of the service on sight, hearing, thinking, movement, "
            "language or money exclude anyone. Design for the widest range of people you can."
        ),
        "prompts": [
            "What does someone need to be able to do to use this service?",
            "How many people would struggle with each of those demands?",
            "What simple change would include more people?",
        ],
        "tools": ["exclusion-audit", "personas", "user-trials", "expert-review"],
        "adapted": True,
    },
    # Systems: understand, organise, integrate
    {
        "key": "systems-purpose-boundary",
        "wording": "What is the system, its purpose and boundary?",
        "short_label": "Purpose and boundary",
        "perspective": "systems",
        "phase": "understand",
        "stages": ["initiate", "understand"],
        "help_text": (
            "Agree what the system is for and where its edges are. A clear boundary tells you what "
            "you can change and what you must work around."
        ),
        "prompts": [
            "What is the system trying to achieve, and for whom?",
            "What is inside the boundary, and what sits just outside it?",
            "Which outside pressures affect it most?",
        ],
        "tools": [
            "rich-picture",
            "sipoc",
            "wardley-map",
            "pestle-analysis",
            "stakeholder-analysis",
        ],
        "adapted": True,
    },
    {
        "key": "systems-behaviour",
        "wording": "How does the system behave over time?",
        "short_label": "Behaviour over time",
        "perspective": "systems",
        "phase": "understand",
        "stages": ["understand", "sustain"],
        "help_text": (
            "Look at patterns over weeks and months, not single bad days. Feedback loops and "
            "delays often explain why problems keep coming back."
        ),
        "prompts": [
            "Is performance stable, or does it swing up and down?",
            "What feeds back on itself to make things better or worse?",
            "Where do delays hide the effect of a decision?",
        ],
        "tools": ["run-chart", "spc-chart", "causal-loop-diagram", "pareto-chart"],
        "adapted": True,
    },
    {
        "key": "systems-demand-capacity",
        "wording": "Does our capacity match the demand, hour by hour and week by week?",
        "short_label": "Demand and capacity",
        "perspective": "systems",
        "phase": "understand",
        "stages": ["understand", "co-design"],
        "help_text": (
            "Compare the work that arrives with the capacity to do it, over time. Queues often "
            "come from capacity in the wrong place at the wrong time, not from too little of it."
        ),
        "prompts": [
            "How much work arrives each day, and when?",
            "How much could we do with the staff, rooms and kit we have?",
            "Where does the queue build, and on which days?",
        ],
        "tools": [
            "demand-and-capacity-analysis",
            "histogram",
            "run-chart",
            "value-stream-mapping",
        ],
        "adapted": True,
    },
    {
        "key": "systems-elements-interfaces",
        "wording": "What are its elements and interfaces?",
        "short_label": "Elements and interfaces",
        "perspective": "systems",
        "phase": "organise",
        "stages": ["understand", "co-design"],
        "help_text": (
            "Break the system into its parts: people, tasks, equipment, information and places. "
            "Then look at where the parts meet, because that is where things often go wrong."
        ),
        "prompts": [
            "What are the main parts of the system?",
            "Which parts depend on each other?",
            "Where do handovers between teams or systems happen?",
        ],
        "tools": [
            "dependency-structure-matrix",
            "data-flow-diagram",
            "swimlane-diagram",
            "rich-picture",
        ],
        "adapted": True,
    },
    {
        "key": "systems-flow",
        "wording": "How do people, work and information flow between the parts?",
        "short_label": "Flow",
        "perspective": "systems",
        "phase": "organise",
        "stages": ["understand"],
        "help_text": (
            "Trace how patients, tasks and information move through the system. Waits, loops and "
            "dead ends show you where to look first."
        ),
        "prompts": [
            "What are the steps, in the order they really happen?",
            "Where do things wait, and for how long?",
            "Where does information get copied, lost or changed?",
        ],
        "tools": [
            "process-map",
            "value-stream-mapping",
            "swimlane-diagram",
            "data-flow-diagram",
            "spaghetti-diagram",
        ],
        "adapted": True,
    },
    {
        "key": "systems-integration",
        "wording": "How will the parts be integrated and checked as a whole?",
        "short_label": "Integration",
        "perspective": "systems",
        "phase": "integrate",
        "stages": ["deliver", "sustain"],
        "help_text": (
            "Plan how new and old parts will work together, and how you will test the whole system "
            "rather than each piece alone."
        ),
        "prompts": [
            "Which parts must be ready before others can start?",
            "How will you test the whole pathway end to end?",
            "Who owns each interface once the change is live?",
        ],
        "tools": [
            "dependency-structure-matrix",
            "activity-dependency-diagram",
            "user-trials",
            "gantt-chart",
        ],
        "adapted": True,
    },
    {
        "key": "systems-end-to-end",
        "wording": "How will we test the whole system end to end before it goes live?",
        "short_label": "End-to-end test",
        "perspective": "systems",
        "phase": "integrate",
        "stages": ["co-design", "deliver"],
        "help_text": (
            "Rehearse the new system in the real place, with the real team and equipment, at the "
            "times it will be used. Hazards often sit where the parts meet."
        ),
        "prompts": [
            "Have we tried the whole pathway, not just each part?",
            "Have we tried it at night and at the weekend?",
            "Who will fix what the test finds, and by when?",
        ],
        "tools": ["in-situ-simulation", "prototyping", "user-trials", "fmea"],
        "adapted": True,
    },
    # Design: explore, create, evaluate
    {
        "key": "design-needs",
        "wording": "What are the needs?",
        "short_label": "Needs",
        "perspective": "design",
        "phase": "explore",
        "stages": ["understand", "co-design"],
        "help_text": (
            "Find out what patients, carers and staff need from the service before you think about "
            "answers. Needs are about outcomes, not features."
        ),
        "prompts": [
            "What are people trying to achieve?",
            "What frustrates them today?",
            "Which needs are unmet, and for whom?",
        ],
        "tools": [
            "one-to-one-interviews",
            "discovery-interviews",
            "observation",
            "personas",
            "affinity-diagram",
        ],
        "adapted": False,
    },
    {
        "key": "design-priorities",
        "wording": "Which needs matter most?",
        "short_label": "Priorities",
        "perspective": "design",
        "phase": "explore",
        "stages": ["understand", "co-design"],
        "help_text": (
            "You cannot meet every need at once. Agree which ones must be met and which can wait."
        ),
        "prompts": [
            "Which needs are essential for safety or dignity?",
            "Which problems cause the most harm or delay?",
            "Who should have a say in the ranking?",
        ],
        "tools": [
            "moscow-prioritisation",
            "nominal-group-technique",
            "pareto-chart",
            "delphi-study",
            "risk-matrix",
        ],
        "adapted": True,
    },
    {
        "key": "design-meet-needs",
        "wording": "How can the needs be met?",
        "short_label": "Ideas",
        "perspective": "design",
        "phase": "create",
        "stages": ["co-design"],
        "help_text": (
            "Generate many ideas before you choose one. Involve the people who will use and "
            "deliver the service."
        ),
        "prompts": [
            "What would an ideal service look like?",
            "How have other services or industries solved a similar problem?",
            "Which ideas could you test quickly and cheaply?",
        ],
        "tools": [
            "brainstorming",
            "morphological-chart",
            "disney-method",
            "six-thinking-hats",
            "scenarios-and-storyboards",
        ],
        "adapted": False,
    },
    {
        "key": "design-choose",
        "wording": "Which idea should we take forward?",
        "short_label": "Choosing ideas",
        "perspective": "design",
        "phase": "create",
        "stages": ["co-design"],
        "help_text": (
            "Compare ideas fairly against the needs you agreed. Look at benefits, risks and what "
            "it takes to make each one work."
        ),
        "prompts": [
            "How well does each idea meet the priority needs?",
            "What could go wrong with each one?",
            "What would help or hinder each idea?",
        ],
        "tools": [
            "impact-effort-matrix",
            "six-thinking-hats",
            "force-field-analysis",
            "moscow-prioritisation",
            "swift",
        ],
        "adapted": True,
    },
    {
        "key": "design-evaluate",
        "wording": "How well are the needs met?",
        "short_label": "Evaluation",
        "perspective": "design",
        "phase": "evaluate",
        "stages": ["co-design", "deliver", "sustain"],
        "help_text": (
            "Test the design with real users and real data. Check it against the needs you found, "
            "not against what the team hoped for."
        ),
        "prompts": [
            "Can people use it without help?",
            "Is the measure you care about moving in the right direction?",
            "Who is still not well served?",
        ],
        "tools": ["user-trials", "expert-review", "pdsa-cycle", "run-chart", "exclusion-audit"],
        "adapted": False,
    },
    # Risk (System Safety Assessment): examine, assess, improve
    {
        "key": "risk-going-on",
        "wording": "What is going on?",
        "short_label": "What is going on",
        "perspective": "risk",
        "phase": "examine",
        "stages": ["understand"],
        "help_text": (
            "Describe the system and how it works in practice before you look for risks. Include "
            "the workarounds people use."
        ),
        "prompts": [
            "What does the process look like on a normal day?",
            "What has gone wrong before, and what nearly went wrong?",
            "What has recently changed?",
        ],
        "tools": [
            "process-map",
            "observation",
            "swimlane-diagram",
            "after-action-review",
            "root-cause-analysis",
        ],
        "adapted": False,
    },
    {
        "key": "risk-go-wrong",
        "wording": "What could go wrong?",
        "short_label": "What could go wrong",
        "perspective": "risk",
        "phase": "assess",
        "stages": ["understand", "co-design"],
        "help_text": (
            "Look ahead for hazards and failures before they cause harm. Think about people, "
            "equipment, information and the environment."
        ),
        "prompts": [
            "At each step, how could it fail?",
            "What if a key person, system or item was not available?",
            "Which combinations of small failures could lead to harm?",
        ],
        "tools": ["swift", "fmea", "hazop", "fault-tree-analysis"],
        "adapted": False,
    },
    {
        "key": "risk-how-serious",
        "wording": "How serious is each risk?",
        "short_label": "Risk level",
        "perspective": "risk",
        "phase": "assess",
        "stages": ["understand", "co-design"],
        "help_text": (
            "Rate how likely each risk is and how bad the harm could be. Use the ratings to decide "
            "where to act first."
        ),
        "prompts": [
            "How often could this happen?",
            "What is the worst likely outcome?",
            "Which controls are already in place, and do they work?",
        ],
        "tools": ["risk-matrix", "fmea", "fault-tree-analysis", "bow-tie-analysis"],
        "adapted": True,
    },
    {
        "key": "risk-what-to-do",
        "wording": "What can we do about it?",
        "short_label": "Risk controls",
        "perspective": "risk",
        "phase": "improve",
        "stages": ["co-design", "deliver"],
        "help_text": (
            "Find ways to prevent each risk or reduce its effects. Stronger controls change the "
            "system; weaker ones rely on people remembering."
        ),
        "prompts": [
            "Can you remove the hazard altogether?",
            "What would stop the failure, or catch it early?",
            "How would you limit the harm if it still happened?",
        ],
        "tools": ["bow-tie-analysis", "brainstorming", "driver-diagram", "fmea"],
        "adapted": False,
    },
    {
        "key": "risk-next-steps",
        "wording": "What should we do next?",
        "short_label": "Next steps",
        "perspective": "risk",
        "phase": "improve",
        "stages": ["deliver", "sustain"],
        "help_text": (
            "Decide which actions to take, who owns them and when you will review the risks again. "
            "System Safety Assessment asks this in its manage activity, which steers every cycle; "
            "here it sits with improve, at the end of each cycle."
        ),
        "prompts": [
            "Which actions give the biggest reduction in risk for the effort?",
            "Who owns each action and each remaining risk?",
            "When and how will you check that the controls still work?",
        ],
        "tools": ["risk-matrix", "gantt-chart", "pdsa-cycle", "spc-chart"],
        "adapted": False,
    },
    # Management: trigger, purpose, plan, success
    {
        "key": "management-why",
        "wording": "Why are we doing this?",
        "short_label": "Why",
        "perspective": "management",
        "phase": "trigger",
        "stages": ["initiate"],
        "help_text": (
            "Write down what started the work and why it matters now. If the team cannot agree on "
            "this, stop and talk before you go further."
        ),
        "prompts": [
            "What event, data or concern triggered the work?",
            "Who is asking for the change, and why now?",
            "What happens if you do nothing?",
        ],
        "tools": ["five-ws-and-two-hs", "five-whys", "project-charter", "swot-analysis"],
        "adapted": False,
    },
    {
        "key": "management-context",
        "wording": "What is happening around us that we need to take into account?",
        "short_label": "Wider context",
        "perspective": "management",
        "phase": "trigger",
        "stages": ["initiate"],
        "help_text": (
            "Scan the wider context: policy, money, people, technology and law. These can help or "
            "sink a project."
        ),
        "prompts": [
            "Which national or local policies affect this work?",
            "What are your strengths, and where are you exposed?",
            "What is changing in the next year or two?",
        ],
        "tools": ["pestle-analysis", "swot-analysis", "wardley-map"],
        "adapted": True,
    },
    {
        "key": "management-problem",
        "wording": "What problem are we trying to solve?",
        "short_label": "Problem",
        "perspective": "management",
        "phase": "purpose",
        "stages": ["initiate", "understand"],
        "help_text": (
            "State the problem in one or two sentences, with a number if you can. Resist the urge "
            "to describe a solution."
        ),
        "prompts": [
            "What is happening that should not, or not happening that should?",
            "How big is the problem, and how do you know?",
            "What are the likely causes?",
        ],
        "tools": [
            "pareto-chart",
            "fishbone-diagram",
            "five-whys",
            "scatter-diagram",
            "root-cause-analysis",
        ],
        "adapted": True,
    },
    {
        "key": "management-performance",
        "wording": "How well are we performing now?",
        "short_label": "Current performance",
        "perspective": "management",
        "phase": "purpose",
        "stages": ["understand"],
        "help_text": (
            "Measure how the service performs before you change it. Without a baseline you cannot "
            "show that a change made a difference."
        ),
        "prompts": [
            "Which one or two measures matter most?",
            "What does the data look like over the last few months?",
            "Is the variation normal for this process, or unusual?",
        ],
        "tools": ["run-chart", "spc-chart", "pareto-chart", "value-stream-mapping"],
        "adapted": True,
    },
    {
        "key": "management-team-plan",
        "wording": "Who needs to be involved, and what is the plan?",
        "short_label": "Team and plan",
        "perspective": "management",
        "phase": "plan",
        "stages": ["initiate", "deliver"],
        "help_text": (
            "Name the core team, the sponsor and the people you will involve. Then set out the "
            "main tasks, their order and their dates."
        ),
        "prompts": [
            "Who has the skills, time and authority you need?",
            "How will patients and carers take part?",
            "Which tasks depend on others finishing first?",
        ],
        "tools": [
            "project-charter",
            "stakeholder-analysis",
            "gantt-chart",
            "activity-dependency-diagram",
        ],
        "adapted": True,
    },
    {
        "key": "management-theory",
        "wording": "What changes do we think will lead to improvement?",
        "short_label": "Theory of change",
        "perspective": "management",
        "phase": "plan",
        "stages": ["understand", "co-design"],
        "help_text": (
            "Set out your theory of how the changes you plan will lead to your aim. This tells you "
            "what to test and what to measure."
        ),
        "prompts": [
            "What are the main factors that drive your aim?",
            "Which changes act on each factor?",
            "Which links in your theory are you least sure about?",
        ],
        "tools": ["driver-diagram", "causal-loop-diagram", "force-field-analysis"],
        "adapted": True,
    },
    {
        "key": "management-success",
        "wording": "How will we measure success?",
        "short_label": "Measures",
        "perspective": "management",
        "phase": "success",
        "stages": ["deliver", "sustain"],
        "help_text": (
            "Choose a few measures: one for the aim, some for the process and one to warn you if "
            "something else gets worse. Plot them over time."
        ),
        "prompts": [
            "What number will tell you that you reached your aim?",
            "Which process measures show the change is happening?",
            "What could get worse as a side effect?",
        ],
        "tools": ["measurement-plan", "run-chart", "spc-chart", "pdsa-cycle", "driver-diagram"],
        "adapted": True,
    },
    {
        "key": "management-sustain-spread",
        "wording": "How will we make the change last and spread?",
        "short_label": "Sustain and spread",
        "perspective": "management",
        "phase": "success",
        "stages": ["deliver", "sustain"],
        "help_text": (
            "Build the change into everyday systems before the project team steps back. Plan who "
            "owns it, how it is measured, and where it goes next."
        ),
        "prompts": [
            "Who owns the new process when the project ends?",
            "Which measure will keep running, and who will look at it?",
            "Which team could use this next, and what would they need to adapt?",
        ],
        "tools": [
            "sustainability-and-spread-plan",
            "standard-work",
            "visual-management",
            "five-s",
        ],
        "adapted": True,
    },
    {
        "key": "management-case",
        "wording": "How do we make the case to keep or spread the change?",
        "short_label": "Case for change",
        "perspective": "management",
        "phase": "success",
        "stages": ["deliver", "sustain"],
        "help_text": (
            "Bring together the evidence, costs and stories that show what changed. Tailor the "
            "case to the people who decide."
        ),
        "prompts": [
            "What evidence will convince the decision makers?",
            "What will it cost to keep the change going?",
            "Which risks remain, and how are they managed?",
        ],
        "tools": ["swot-analysis", "force-field-analysis", "spc-chart", "bow-tie-analysis"],
        "adapted": True,
    },
]
