"""Demo frameworks (approaches) that improvers use alongside the toolkit.

``year`` is None where the date of origin is not certain. ``typical_tools`` are tool slugs.
"""

from .tools import EBC_REPORT, IMPROVEMENT_GUIDE

FRAMEWORKS = [
    {
        "slug": "model-for-improvement",
        "title": "Model for Improvement",
        "abbreviation": "MFI",
        "originator": "Associates in Process Improvement",
        "year": 1996,
        "organisation": (
            "Associates in Process Improvement; widely taught by the Institute for Healthcare "
            "Improvement (IHI)"
        ),
        "summary": (
            "Three short questions set your aim, your measures and your ideas for change. You then "
            "test each change in small, rapid Plan-Do-Study-Act (PDSA) cycles."
        ),
        "principles": [
            "Agree a clear, numeric aim with a date.",
            "Measure over time so you can tell improvement from chance.",
            "Test changes on a small scale before you spread them.",
            "Learn from each test, including the ones that fail.",
        ],
        "phases_are_sequential": True,
        "phases": [
            {
                "name": "Set the aim",
                "purpose": "Agree what you want to achieve, for whom and by when.",
                "key_questions": [
                    "What exactly are we trying to achieve?",
                    "By how much, and by when?",
                ],
                "typical_tools": ["project-charter", "five-ws-and-two-hs"],
            },
            {
                "name": "Choose measures",
                "purpose": "Pick the few measures that will show whether a change helps.",
                "key_questions": [
                    "What would we see if things got better?",
                    "What could get worse as a side effect?",
                ],
                "typical_tools": ["run-chart", "spc-chart", "measurement-plan"],
            },
            {
                "name": "Select changes",
                "purpose": "Build a theory of which changes will lead to the aim.",
                "key_questions": ["Which changes do we predict will help?", "Why do we think so?"],
                "typical_tools": ["driver-diagram", "fishbone-diagram", "brainstorming"],
            },
            {
                "name": "Test changes",
                "purpose": "Run small tests, learn and adapt before you scale up.",
                "key_questions": [
                    "What do we predict will happen?",
                    "What did happen, and what will we do next?",
                ],
                "typical_tools": ["pdsa-cycle", "run-chart"],
            },
            {
                "name": "Implement and spread",
                "purpose": "Make the change part of everyday work and share it with other teams.",
                "key_questions": ["Is the gain holding?", "Where else would this work?"],
                "typical_tools": ["spc-chart", "gantt-chart", "sustainability-and-spread-plan"],
            },
        ],
        "perspectives": ["design", "management"],
        "suits_problem": "A service-level problem with a clear aim and data you can collect often.",
        "suits_complexity": "complicated",
        "suits_scale": "service",
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
        "licence": "Link to the original; check the owner's terms before copying materials",
        "attribution": (
            "The Model for Improvement was developed by Associates in Process Improvement."
        ),
    },
    {
        "slug": "lean",
        "title": "Lean",
        "abbreviation": "",
        "originator": (
            "Taiichi Ohno and colleagues at Toyota; the name 'lean' came later from researchers at "
            "the Massachusetts Institute of Technology (MIT)"
        ),
        "year": None,
        "organisation": "Toyota Motor Corporation",
        "summary": (
            "Lean focuses on what adds value for the patient and strips out waste, such as "
            "waiting, rework and needless movement. Staff who do the work lead the changes."
        ),
        "principles": [
            "Define value from the patient's point of view.",
            "Map every step and remove the ones that add no value.",
            "Make work flow without waits or batches.",
            "Let demand pull work through the system.",
            "Keep improving, a little every day.",
        ],
        "phases_are_sequential": True,
        "phases": [
            {
                "name": "Identify value",
                "purpose": "Find out what matters to patients and the people who care for them.",
                "key_questions": [
                    "What does the patient value here?",
                    "Which steps would they happily pay for?",
                ],
                "typical_tools": ["one-to-one-interviews", "observation", "discovery-interviews"],
            },
            {
                "name": "Map the value stream",
                "purpose": "See every step, wait and handover from start to finish.",
                "key_questions": ["Where does time go?", "Which steps add no value?"],
                "typical_tools": ["value-stream-mapping", "process-map", "spaghetti-diagram"],
            },
            {
                "name": "Create flow",
                "purpose": "Remove delays, batches and rework so that work moves smoothly.",
                "key_questions": ["What causes each wait?", "What can we stop doing?"],
                "typical_tools": [
                    "five-whys",
                    "spaghetti-diagram",
                    "pdsa-cycle",
                    "demand-and-capacity-analysis",
                    "five-s",
                ],
            },
            {
                "name": "Establish pull",
                "purpose": (
                    "Start work when the next step or the patient needs it, not when the last step "
                    "happens to finish, so that work does not pile up in queues."
                ),
                "key_questions": [
                    "What signal tells this step to start?",
                    "Where do we push work on before the next step is ready?",
                ],
                "typical_tools": [
                    "value-stream-mapping",
                    "pdsa-cycle",
                    "demand-and-capacity-analysis",
                ],
            },
            {
                "name": "Seek perfection",
                "purpose": "Hold the gains, make the new way the standard, and start again.",
                "key_questions": [
                    "Is the new way now the standard way?",
                    "What is the next biggest waste?",
                ],
                "typical_tools": ["run-chart", "spc-chart", "standard-work", "visual-management"],
            },
        ],
        "perspectives": ["systems", "people"],
        "suits_problem": "Delays, waste and variation in repeated processes.",
        "suits_complexity": "complicated",
        "suits_scale": "organisation",
        "references": [
            {
                "title": "Lean Thinking: Banish Waste and Create Wealth in Your Corporation",
                "authors": "Womack JP, Jones DT",
                "year": 1996,
                "publisher": "Simon & Schuster",
                "url": (
                    "https://www.simonandschuster.com/books/Lean-Thinking/James-P-Womack/"
                    "9781439135952"
                ),
            },
            {
                "title": "Toyota Production System: Beyond Large-Scale Production",
                "authors": "Ohno T",
                "year": 1988,
                "publisher": "Productivity Press",
                "url": "https://doi.org/10.4324/9780429273018",
            },
        ],
        "licence": "No single owner; link to the original sources and check each publisher's terms",
        "attribution": (
            "Lean grew out of the Toyota Production System (TPS), a related but wider management "
            "system."
        ),
    },
    {
        "slug": "lean-six-sigma",
        "title": "Lean Six Sigma (DMAIC)",
        "abbreviation": "LSS",
        "originator": "Six Sigma began at Motorola in the 1980s and was later combined with Lean",
        "year": None,
        "organisation": "Motorola (Six Sigma)",
        "summary": (
            "Lean Six Sigma joins Lean's focus on flow with Six Sigma's focus on reducing "
            "variation. Projects follow five phases: define, measure, analyse, improve and control "
            "(DMAIC)."
        ),
        "principles": [
            "Base decisions on data.",
            "Reduce variation as well as waste.",
            "Find the root cause before you change anything.",
            "Build controls so the gain lasts.",
        ],
        "phases_are_sequential": True,
        "phases": [
            {
                "name": "Define",
                "purpose": "Set the problem, scope, aim and team.",
                "key_questions": [
                    "What is the problem and who does it affect?",
                    "What is in and out of scope?",
                ],
                "typical_tools": [
                    "project-charter",
                    "stakeholder-analysis",
                    "five-ws-and-two-hs",
                    "sipoc",
                ],
            },
            {
                "name": "Measure",
                "purpose": "Map the process and measure how it performs now.",
                "key_questions": [
                    "How does the process really run?",
                    "How well does it perform today?",
                ],
                "typical_tools": [
                    "process-map",
                    "run-chart",
                    "pareto-chart",
                    "measurement-plan",
                    "histogram",
                ],
            },
            {
                "name": "Analyse",
                "purpose": "Find and confirm the causes of the problem.",
                "key_questions": ["What causes the variation?", "Which causes matter most?"],
                "typical_tools": ["fishbone-diagram", "five-whys", "spc-chart", "scatter-diagram"],
            },
            {
                "name": "Improve",
                "purpose": "Develop, test and refine changes that tackle the causes.",
                "key_questions": [
                    "Which change removes the cause?",
                    "What new risks does it bring?",
                ],
                "typical_tools": ["brainstorming", "fmea", "pdsa-cycle", "impact-effort-matrix"],
            },
            {
                "name": "Control",
                "purpose": (
                    "Hold the gain and hand the process back to its owner with a control plan: "
                    "what is measured, how often, by whom, the limits that trigger action and "
                    "what that action is. Update the SIPOC and process map for the new process."
                ),
                "key_questions": [
                    "How will we spot slippage early?",
                    "Who owns the process now, and what is in the control plan?",
                ],
                "typical_tools": ["spc-chart", "risk-matrix", "standard-work", "sipoc"],
            },
        ],
        "perspectives": ["systems", "risk", "management"],
        "suits_problem": "Repeated processes with measurable defects or variation.",
        "suits_complexity": "complicated",
        "suits_scale": "organisation",
        "references": [
            {
                "title": "Lean Six Sigma: Combining Six Sigma Quality with Lean Production Speed",
                "authors": "George ML",
                "year": 2002,
                "publisher": "McGraw-Hill",
                "url": "",
            },
        ],
        "licence": (
            "No single owner; link to the original sources and check each publisher's terms. "
            "Training and certification are sold by many providers"
        ),
        "attribution": "Six Sigma was developed at Motorola.",
    },
    {
        "slug": "engineering-better-care",
        "title": "Engineering Better Care",
        "abbreviation": "EBC",
        "originator": (
            "Royal Academy of Engineering, Royal College of Physicians and Academy of Medical "
            "Sciences"
        ),
        "year": 2017,
        "organisation": "Royal Academy of Engineering",
        "summary": (
            "Engineering Better Care brings a systems approach from engineering into health and "
            "care. It looks at any problem through four perspectives, people, systems, design and "
            "risk, used together as lenses rather than steps, each with its own repeating cycle."
        ),
        "principles": [
            "Ask what you can do better, and what could go wrong.",
            "Use the four perspectives together; come back to each one as the work moves on.",
            "Put the people who receive and give care at the centre.",
            "See the whole system, including its boundary and interfaces.",
            "Design in cycles: explore needs, create ideas, evaluate them.",
            "Manage risk through the whole life of a service.",
        ],
        "phases_are_sequential": False,
        "phases": [
            {
                "name": "People lens: identify, locate, situate",
                "purpose": (
                    "Find everyone who gives, receives or is affected by care, and understand "
                    "their context, abilities and culture. Repeat the cycle as you learn more."
                ),
                "key_questions": [
                    "Who uses, delivers or is affected by the system?",
                    "Where and in what context do they meet the system?",
                    "What shapes how they act?",
                ],
                "typical_tools": [
                    "stakeholder-analysis",
                    "personas",
                    "observation",
                    "discovery-interviews",
                ],
            },
            {
                "name": "Systems lens: understand, organise, integrate",
                "purpose": (
                    "Describe the system's purpose, boundary, parts, interfaces and behaviour, and "
                    "check that the parts work together as a whole."
                ),
                "key_questions": [
                    "What is the system, its purpose and boundary?",
                    "What are its elements and interfaces?",
                    "How will the parts be integrated and checked as a whole?",
                ],
                "typical_tools": [
                    "rich-picture",
                    "process-map",
                    "dependency-structure-matrix",
                    "causal-loop-diagram",
                    "in-situ-simulation",
                ],
            },
            {
                "name": "Design lens: explore, create, evaluate",
                "purpose": "Move from needs to tested ideas in repeated cycles.",
                "key_questions": [
                    "What are the needs?",
                    "How can the needs be met?",
                    "How well are the needs met?",
                ],
                "typical_tools": [
                    "one-to-one-interviews",
                    "morphological-chart",
                    "user-trials",
                    "prototyping",
                ],
            },
            {
                "name": "Risk lens: examine, assess, improve",
                "purpose": (
                    "Look for threats and opportunities through the whole life of the service, "
                    "and act on them."
                ),
                "key_questions": [
                    "What is going on?",
                    "What could go wrong?",
                    "What can we do about it?",
                ],
                "typical_tools": ["swift", "fmea", "risk-matrix"],
            },
        ],
        "perspectives": ["people", "systems", "design", "risk"],
        "suits_problem": "Problems that cross teams or organisations and involve many people.",
        "suits_complexity": "complex",
        "suits_scale": "cross-organisation",
        "references": [EBC_REPORT],
        "licence": (
            "Link to the original report; check the Royal Academy of Engineering's terms before "
            "copying"
        ),
        "attribution": (
            "Engineering Better Care, Royal Academy of Engineering with the Royal College of "
            "Physicians and the Academy of Medical Sciences, 2017."
        ),
    },
    {
        "slug": "improving-improvement",
        "title": "Improving Improvement",
        "abbreviation": "IIT",
        "originator": "University of Cambridge Engineering Design Centre",
        "year": None,
        "organisation": "University of Cambridge Engineering Design Centre",
        "summary": (
            "This toolkit puts Engineering Better Care into practice. You can start from questions "
            "or from the stage of your project, and mix the two routes."
        ),
        "principles": [
            "Start from the question you need to answer, not the tool you know.",
            "Understand the problem before you choose a solution.",
            "Share tools, choices and stories with other improvers.",
            "Measure how the toolkit itself is used.",
        ],
        "phases_are_sequential": True,
        "phases": [
            {
                "name": "Initiate",
                "purpose": "Agree why the work matters and set it up.",
                "key_questions": ["Why are we doing this?", "Who needs to be involved?"],
                "typical_tools": ["project-charter", "five-ws-and-two-hs", "pestle-analysis"],
            },
            {
                "name": "Understand",
                "purpose": "Build a shared picture of the system and the problem.",
                "key_questions": ["What is going on?", "How well are we performing now?"],
                "typical_tools": [
                    "process-map",
                    "stakeholder-analysis",
                    "run-chart",
                    "demand-and-capacity-analysis",
                ],
            },
            {
                "name": "Co-design",
                "purpose": "Create and refine ideas with the people who use and deliver care.",
                "key_questions": ["What are the needs?", "How can the needs be met?"],
                "typical_tools": [
                    "personas",
                    "brainstorming",
                    "morphological-chart",
                    "prototyping",
                ],
            },
            {
                "name": "Deliver",
                "purpose": "Test, refine and put the change in place.",
                "key_questions": ["How well are the needs met?", "What could go wrong?"],
                "typical_tools": ["pdsa-cycle", "user-trials", "gantt-chart", "in-situ-simulation"],
            },
            {
                "name": "Sustain",
                "purpose": "Keep the gains and make the case for spreading them.",
                "key_questions": ["How will we measure success?", "What should we do next?"],
                "typical_tools": ["spc-chart", "swot-analysis", "sustainability-and-spread-plan"],
            },
        ],
        "perspectives": ["people", "systems", "design", "risk", "management"],
        "suits_problem": "Any improvement project where you need help choosing tools.",
        "suits_complexity": "any",
        "suits_scale": "organisation",
        "references": [EBC_REPORT],
        "licence": "Link to the original; check the owner's terms before copying materials",
        "attribution": (
            "Improving Improvement toolkit, University of Cambridge Engineering Design Centre."
        ),
    },
    {
        "slug": "system-safety-assessment",
        "title": "System Safety Assessment",
        "abbreviation": "SSA",
        "originator": (
            "University of Cambridge Engineering Design Centre with NIHR CLAHRC East of England"
        ),
        "year": None,
        "organisation": "University of Cambridge Engineering Design Centre",
        "summary": (
            "System Safety Assessment is a step-by-step way to think ahead about what could go "
            "wrong in a system and act before harm happens. Cycles of examine, assess and improve "
            "are steered throughout by a manage activity."
        ),
        "principles": [
            "Look for risks before they cause harm, not only after.",
            "Involve the people who do the work.",
            "Prefer controls that change the system over ones that rely on memory.",
            "Review risks regularly; the job is never finished.",
        ],
        "phases_are_sequential": True,
        "phases": [
            {
                "name": "Examine",
                "purpose": "Describe the system and how it works in practice.",
                "key_questions": ["What is going on?"],
                "typical_tools": [
                    "process-map",
                    "swimlane-diagram",
                    "observation",
                    "task-analysis",
                ],
            },
            {
                "name": "Assess",
                "purpose": "Find what could go wrong and judge how serious each risk is.",
                "key_questions": ["What could go wrong?", "How serious is each risk?"],
                "typical_tools": ["swift", "fmea", "hazop", "risk-matrix"],
            },
            {
                "name": "Improve",
                "purpose": "Design controls that prevent harm or limit its effects.",
                "key_questions": ["What can we do about it?"],
                "typical_tools": ["bow-tie-analysis", "brainstorming", "driver-diagram"],
            },
            {
                "name": "Manage",
                "purpose": (
                    "Steer the other three throughout: assign owners, plan reviews and decide "
                    "what the assessment does next. In the toolkit's risk perspective, which has "
                    "only three phases, this question sits with improve."
                ),
                "key_questions": ["What should we do next?"],
                "typical_tools": ["risk-matrix", "gantt-chart"],
            },
        ],
        "perspectives": ["risk", "systems"],
        "suits_problem": (
            "Planning a new or changed service, pathway or project where harm is possible."
        ),
        "suits_complexity": "complicated",
        "suits_scale": "service",
        "references": [EBC_REPORT],
        "licence": "Link to the original; check the owner's terms before copying materials",
        "attribution": (
            "System Safety Assessment was developed by the Cambridge Engineering Design Centre "
            "with NIHR CLAHRC East of England. Annex 4 of Engineering Better Care (2017) compiles "
            "it."
        ),
    },
    {
        "slug": "stamp",
        "title": "STAMP, STPA and CAST",
        "abbreviation": "STAMP",
        "originator": "Nancy Leveson",
        "year": 2004,
        "organisation": "Massachusetts Institute of Technology (MIT)",
        "summary": (
            "STAMP (Systems-Theoretic Accident Model and Processes) treats safety as a control "
            "problem, not only a matter of parts failing. STPA uses it to find hazards ahead of "
            "time; CAST uses it to learn from incidents."
        ),
        "principles": [
            "Harm often comes from unsafe interactions, not broken parts.",
            "Model who controls what, and what feedback they get.",
            "Ask how each control action could be unsafe.",
            "Look beyond the front line to management and regulation.",
        ],
        "phases_are_sequential": True,
        "phases": [
            {
                "name": "Define the purpose of the analysis",
                "purpose": (
                    "Agree the losses you want to prevent and the hazards that lead to them."
                ),
                "key_questions": [
                    "What losses matter most?",
                    "Which system states could lead to them?",
                ],
                "typical_tools": ["stakeholder-analysis", "rich-picture"],
            },
            {
                "name": "Model the control structure",
                "purpose": "Draw who controls what, and the feedback each controller receives.",
                "key_questions": [
                    "Who decides, and on what information?",
                    "Where is feedback missing or late?",
                ],
                "typical_tools": ["data-flow-diagram", "swimlane-diagram"],
            },
            {
                "name": "Identify unsafe control actions",
                "purpose": (
                    "Check how each action could be missing, wrong, too early, too late or too "
                    "long."
                ),
                "key_questions": [
                    "When would this action cause harm?",
                    "When would not doing it cause harm?",
                ],
                "typical_tools": ["hazop", "swift"],
            },
            {
                "name": "Identify loss scenarios (or analyse an incident with CAST)",
                "purpose": "Explain why unsafe actions could happen, or did happen.",
                "key_questions": [
                    "Why would the controller believe this was the right action?",
                    "What in the wider system allowed it?",
                ],
                "typical_tools": [
                    "causal-loop-diagram",
                    "fault-tree-analysis",
                    "root-cause-analysis",
                ],
            },
        ],
        "perspectives": ["systems", "risk"],
        "suits_problem": (
            "Safety problems in systems with a lot of software, automation or many organisations."
        ),
        "suits_complexity": "complex",
        "suits_scale": "cross-organisation",
        "references": [
            {
                "title": "A new accident model for engineering safer systems",
                "authors": "Leveson N",
                "year": 2004,
                "publisher": "Safety Science",
                "url": "https://doi.org/10.1016/S0925-7535(03)00047-X",
            },
            {
                "title": "Engineering a Safer World: Systems Thinking Applied to Safety",
                "authors": "Leveson NG",
                "year": 2011,
                "publisher": "MIT Press",
                "url": "https://doi.org/10.7551/mitpress/8179.001.0001",
            },
            {
                "title": "STPA Handbook",
                "authors": "Leveson NG, Thomas JP",
                "year": 2018,
                "publisher": "Massachusetts Institute of Technology",
                "url": "https://psas.scripts.mit.edu/home/get_file.php?name=STPA_handbook.pdf",
            },
        ],
        "licence": "Link to the original handbooks; check the owner's terms before copying",
        "attribution": (
            "STAMP, STPA and CAST were developed by Nancy Leveson and colleagues at MIT."
        ),
    },
    {
        "slug": "bow-tie",
        "title": "Bow-tie approach",
        "abbreviation": "",
        "originator": "The process safety industry; taken up widely by Shell in the 1990s",
        "year": None,
        "organisation": "No single owner",
        "summary": (
            "The bow-tie approach shows, on one page, the causes of a hazardous event, its "
            "possible results and the barriers that stand in between. It helps teams check that "
            "each barrier exists, works and has an owner."
        ),
        "principles": [
            "Focus on one hazardous event at a time.",
            "Show prevention and recovery barriers side by side.",
            "Give every barrier an owner.",
            "Check that barriers work in practice, not only on paper.",
        ],
        "phases_are_sequential": True,
        "phases": [
            {
                "name": "Define the hazard and top event",
                "purpose": "Name the hazard and the moment control is lost.",
                "key_questions": ["What is the hazard?", "At what point do we lose control of it?"],
                "typical_tools": ["swift", "hazop"],
            },
            {
                "name": "Find threats and consequences",
                "purpose": "List what could cause the event and what could follow it.",
                "key_questions": ["What could trigger the event?", "What harm could follow?"],
                "typical_tools": ["fishbone-diagram", "fault-tree-analysis"],
            },
            {
                "name": "Add barriers and owners",
                "purpose": "Show the controls on each path and who looks after them.",
                "key_questions": [
                    "What stops each threat?",
                    "What limits each consequence?",
                    "Who owns each barrier?",
                ],
                "typical_tools": ["bow-tie-analysis", "risk-matrix"],
            },
        ],
        "perspectives": ["risk"],
        "suits_problem": (
            "A known, serious hazard where you need to check and communicate the controls."
        ),
        "suits_complexity": "complicated",
        "suits_scale": "organisation",
        "references": [
            {
                "title": "Bow Ties in Risk Management: A Concept Book for Process Safety",
                "authors": "Center for Chemical Process Safety, Energy Institute",
                "year": 2018,
                "publisher": "Wiley",
                "url": "https://www.wiley.com/en-us/Bow+Ties+in+Risk+Management%3A+A+Concept+Book+for+Process+Safety-p-9781119490395",
            },
            {
                "title": "IEC 31010:2019 Risk management: Risk assessment techniques",
                "authors": "International Electrotechnical Commission",
                "year": 2019,
                "publisher": "IEC",
                "url": "https://www.iso.org/standard/72140.html",
            },
        ],
        "licence": (
            "No single owner; link to the original sources and check each publisher's terms. "
            "Some software for drawing bow-ties is licensed"
        ),
        "attribution": "The bow-tie approach comes from the process safety industry.",
    },
    {
        "slug": "seips",
        "title": "Systems Engineering Initiative for Patient Safety",
        "abbreviation": "SEIPS",
        "originator": "Pascale Carayon and colleagues",
        "year": 2006,
        "organisation": "University of Wisconsin-Madison",
        "summary": (
            "SEIPS is a human factors model of the work system: people, tasks, tools and "
            "technology, organisation and environment. It links the work system to care processes "
            "and to outcomes for patients, staff and organisations."
        ),
        "principles": [
            "Look at the whole work system, not only the person at the sharp end.",
            "Expect the parts of the work system to interact.",
            "Link changes in the work system to outcomes for patients and staff.",
            "Design work to fit people, not the other way round.",
        ],
        "phases_are_sequential": True,
        "phases": [
            {
                "name": "Describe the work system",
                "purpose": (
                    "Capture the people, tasks, tools, organisation and environment involved."
                ),
                "key_questions": [
                    "Who does the work, with what, and where?",
                    "What pressures do they face?",
                ],
                "typical_tools": [
                    "observation",
                    "one-to-one-interviews",
                    "rich-picture",
                    "seips-work-system-analysis",
                    "task-analysis",
                ],
            },
            {
                "name": "Map the processes",
                "purpose": "Show how the work system produces care processes.",
                "key_questions": ["What steps does the work involve?", "Who does each step?"],
                "typical_tools": ["process-map", "swimlane-diagram"],
            },
            {
                "name": "Link to outcomes",
                "purpose": "Trace how features of the work system lead to good or poor outcomes.",
                "key_questions": [
                    "Which features make errors more likely?",
                    "Which help people work well?",
                ],
                "typical_tools": ["fishbone-diagram", "causal-loop-diagram"],
            },
            {
                "name": "Redesign and test",
                "purpose": "Change the work system and check the effect with real users.",
                "key_questions": [
                    "Does the new design fit the people who use it?",
                    "What else did it change?",
                ],
                "typical_tools": [
                    "user-trials",
                    "expert-review",
                    "brainstorming",
                    "in-situ-simulation",
                    "prototyping",
                ],
            },
        ],
        "perspectives": ["people", "systems"],
        "suits_problem": (
            "Safety and quality problems shaped by how work, equipment and places are designed."
        ),
        "suits_complexity": "complex",
        "suits_scale": "service",
        "references": [
            {
                "title": "Work system design for patient safety: the SEIPS model",
                "authors": (
                    "Carayon P, Schoofs Hundt A, Karsh BT, Gurses AP, Alvarado CJ, Smith M, "
                    "Flatley Brennan P"
                ),
                "year": 2006,
                "publisher": "Quality and Safety in Health Care",
                "url": "https://doi.org/10.1136/qshc.2005.015842",
            },
            {
                "title": (
                    "SEIPS 2.0: a human factors framework for studying and improving the work of "
                    "healthcare professionals and patients"
                ),
                "authors": (
                    "Holden RJ, Carayon P, Gurses AP, Hoonakker P, Schoofs Hundt A, Ozok AA, "
                    "Rivera-Rodriguez AJ"
                ),
                "year": 2013,
                "publisher": "Ergonomics",
                "url": "https://doi.org/10.1080/00140139.2013.838643",
            },
        ],
        "licence": "Link to the original papers; check the owner's terms before copying figures",
        "attribution": (
            "SEIPS was developed by Carayon and colleagues at the University of Wisconsin-Madison."
        ),
    },
    {
        "slug": "human-systems-dynamics",
        "title": "Human Systems Dynamics (adaptive action)",
        "abbreviation": "HSD",
        "originator": "Glenda Eoyang",
        "year": None,
        "organisation": "Human Systems Dynamics Institute",
        "summary": (
            "Human Systems Dynamics helps you act in complex situations where cause and effect are "
            "unclear. Its adaptive action cycle has three steps, called 'what', 'so what' and 'now "
            "what'."
        ),
        "principles": [
            "Expect uncertainty and work with it.",
            "Look for patterns rather than single causes.",
            "Take small actions, then look again.",
            "Change the conditions that shape patterns.",
        ],
        "phases_are_sequential": True,
        "phases": [
            {
                "name": "What?",
                "purpose": "Notice the patterns in the situation as it is now.",
                "key_questions": ["What do we see?", "What patterns keep showing up?"],
                "typical_tools": ["observation", "run-chart", "rich-picture"],
            },
            {
                "name": "So what?",
                "purpose": "Make sense of the patterns and what they mean for you.",
                "key_questions": [
                    "Why might this pattern be happening?",
                    "What options does it open or close?",
                ],
                "typical_tools": [
                    "causal-loop-diagram",
                    "six-thinking-hats",
                    "after-action-review",
                ],
            },
            {
                "name": "Now what?",
                "purpose": "Choose a small action, take it and watch what happens.",
                "key_questions": ["What will we do next?", "How will we know if it helped?"],
                "typical_tools": ["pdsa-cycle", "brainstorming"],
            },
        ],
        "perspectives": ["people", "systems"],
        "suits_problem": "Messy, shifting problems with many people and no single right answer.",
        "suits_complexity": "complex",
        "suits_scale": "cross-organisation",
        "references": [
            {
                "title": "Adaptive Action: Leveraging Uncertainty in Your Organization",
                "authors": "Eoyang GH, Holladay RJ",
                "year": 2013,
                "publisher": "Stanford University Press",
                "url": "https://sup.org/books/business/adaptive-action",
            },
        ],
        "licence": (
            "Link to the original; check the HSD Institute's terms before reproducing its models"
        ),
        "attribution": (
            "Human Systems Dynamics and adaptive action come from Glenda Eoyang and the Human "
            "Systems Dynamics Institute."
        ),
    },
    {
        "slug": "cynefin",
        "title": "Cynefin framework",
        "abbreviation": "",
        "originator": "Dave Snowden",
        "year": 1999,
        "organisation": "The Cynefin Company (formerly Cognitive Edge)",
        "summary": (
            "Cynefin helps you decide how to act by first judging what kind of situation you are "
            "in: clear, complicated, complex, chaotic or confused. Each domain calls for a "
            "different response, and a situation can move between domains."
        ),
        "principles": [
            "Judge the type of situation before you choose a method.",
            "Use best practice only where cause and effect are obvious to everyone.",
            "Use experts where cause and effect can be worked out with analysis.",
            "Use safe-to-fail experiments where cause and effect are clear only afterwards.",
            "In a crisis, act first to stabilise; learn once things are calmer.",
        ],
        "phases_are_sequential": False,
        "phases": [
            {
                "name": "Clear: sense, categorise, respond",
                "purpose": (
                    "Cause and effect are obvious. Work out which known case you face and apply "
                    "the agreed way of working. Watch for complacency, which can tip a clear "
                    "situation into chaos."
                ),
                "key_questions": ["Is there an accepted best practice?", "Are we following it?"],
                "typical_tools": ["process-map", "gantt-chart"],
            },
            {
                "name": "Complicated: sense, analyse, respond",
                "purpose": (
                    "Cause and effect can be found with analysis or expertise. Bring in experts "
                    "and choose from several good answers."
                ),
                "key_questions": [
                    "Who has the expertise to analyse this?",
                    "What does the analysis show?",
                ],
                "typical_tools": [
                    "fishbone-diagram",
                    "fault-tree-analysis",
                    "expert-review",
                    "delphi-study",
                ],
            },
            {
                "name": "Complex: probe, sense, respond",
                "purpose": (
                    "Cause and effect are clear only looking back. Run small, safe-to-fail tests, "
                    "then amplify what works and dampen what does not."
                ),
                "key_questions": [
                    "What small test could teach us most?",
                    "How will we amplify or dampen what we see?",
                ],
                "typical_tools": ["pdsa-cycle", "causal-loop-diagram", "run-chart"],
            },
            {
                "name": "Chaotic: act, sense, respond",
                "purpose": (
                    "There is no time to find causes. Act at once to stop harm and create some "
                    "stability, then look at what happened and move the situation into another "
                    "domain."
                ),
                "key_questions": [
                    "What must we do now to stop harm?",
                    "Once stable, what have we learned?",
                ],
                "typical_tools": ["five-ws-and-two-hs", "after-action-review"],
            },
            {
                "name": "Confused: break it down",
                "purpose": (
                    "You do not yet know which domain you are in, and people tend to fall back on "
                    "their favourite method. Split the situation into parts and place each part "
                    "in a domain."
                ),
                "key_questions": [
                    "Which parts of this situation are clear, and which are not?",
                    "Are we choosing a method out of habit?",
                ],
                "typical_tools": ["rich-picture", "five-ws-and-two-hs"],
            },
        ],
        "perspectives": ["systems", "management"],
        "suits_problem": (
            "Choosing an approach when you are not sure what kind of problem you face."
        ),
        "suits_complexity": "any",
        "suits_scale": "organisation",
        "references": [
            {
                "title": "A leader's framework for decision making",
                "authors": "Snowden DJ, Boone ME",
                "year": 2007,
                "publisher": "Harvard Business Review",
                "url": "https://hbr.org/2007/11/a-leaders-framework-for-decision-making",
            },
        ],
        "licence": (
            "Link to the original; check The Cynefin Company's terms before reproducing the diagram"
        ),
        "attribution": "The Cynefin framework was created by Dave Snowden.",
    },
    {
        "slug": "productive-series",
        "title": "The Productive Series",
        "abbreviation": "",
        "originator": "NHS Institute for Innovation and Improvement",
        "year": 2007,
        "organisation": "NHS Institute for Innovation and Improvement",
        "summary": (
            "The Productive Series uses Lean ideas in short modules that front-line teams work "
            "through themselves. The best known, The Productive Ward, aims to free up nurses' time "
            "for direct care."
        ),
        "principles": [
            "Let the staff who do the work lead the change.",
            "Start with a well-organised workplace.",
            "Make performance visible to the whole team.",
            "Release time for direct patient care.",
        ],
        "phases_are_sequential": True,
        "phases": [
            {
                "name": "Prepare",
                "purpose": "Win support, form the team and agree how you will work.",
                "key_questions": [
                    "Who will lead and support the work?",
                    "How will we protect time for it?",
                ],
                "typical_tools": ["stakeholder-analysis", "project-charter"],
            },
            {
                "name": "Foundation modules",
                "purpose": "Organise the workplace and make performance visible.",
                "key_questions": [
                    "How do we know how we are doing?",
                    "Where do we waste time and movement?",
                ],
                "typical_tools": [
                    "spaghetti-diagram",
                    "observation",
                    "run-chart",
                    "five-s",
                    "visual-management",
                ],
            },
            {
                "name": "Process modules",
                "purpose": "Improve core processes such as meals, medicines and handovers.",
                "key_questions": [
                    "Which process causes most frustration?",
                    "What would a better process look like?",
                ],
                "typical_tools": ["process-map", "value-stream-mapping", "pdsa-cycle"],
            },
            {
                "name": "Sustain",
                "purpose": "Keep the gains and hand ownership to the team.",
                "key_questions": ["Are the gains holding?", "What is our next module?"],
                "typical_tools": ["spc-chart", "run-chart", "standard-work"],
            },
        ],
        "perspectives": ["people", "systems"],
        "suits_problem": "Releasing staff time and tidying everyday processes in a ward or team.",
        "suits_complexity": "clear",
        "suits_scale": "service",
        "references": [
            {
                "title": "The Productive Ward: Releasing Time to Care",
                "authors": "NHS Institute for Innovation and Improvement",
                "year": 2007,
                "publisher": "NHS Institute for Innovation and Improvement",
                "url": (
                    "https://webarchive.nationalarchives.gov.uk/20090410060646/https:/"
                    "www.institute.nhs.uk/quality_and_value/productivity_series/"
                    "about_releasing_time_to_care.html"
                ),
            },
        ],
        "licence": "Published for NHS use; check the current host's terms before reuse",
        "attribution": (
            "The Productive Series was developed by the NHS Institute for Innovation and "
            "Improvement."
        ),
    },
    {
        "slug": "virginia-mason-production-system",
        "title": "Virginia Mason Production System",
        "abbreviation": "VMPS",
        "originator": "Virginia Mason Medical Center, Seattle",
        "year": 2002,
        "organisation": "Virginia Mason Medical Center",
        "summary": (
            "The Virginia Mason Production System applies the Toyota Production System to a whole "
            "hospital. It puts the patient first and relies on short, intense improvement "
            "workshops led by staff."
        ),
        "principles": [
            "Put the patient at the top of every decision.",
            "Remove waste from every process.",
            "Stop the line when something is unsafe.",
            "Make improvement part of everyone's job, with leaders in the lead.",
        ],
        "phases_are_sequential": True,
        "phases": [
            {
                "name": "Prepare",
                "purpose": "Pick the value stream, set targets and choose the team.",
                "key_questions": [
                    "Which value stream matters most to patients?",
                    "What targets will we set?",
                ],
                "typical_tools": ["value-stream-mapping", "project-charter"],
            },
            {
                "name": "Rapid process improvement workshop",
                "purpose": (
                    "Spend a focused week redesigning one process with the people who run it."
                ),
                "key_questions": ["What is the current state?", "What can we try this week?"],
                "typical_tools": [
                    "process-map",
                    "spaghetti-diagram",
                    "five-whys",
                    "brainstorming",
                    "visual-management",
                ],
            },
            {
                "name": "Standardise",
                "purpose": "Write down the new standard work and mistake-proof it.",
                "key_questions": [
                    "What is the one best way we know today?",
                    "How could it still fail?",
                ],
                "typical_tools": ["process-map", "fmea", "standard-work", "five-s"],
            },
            {
                "name": "Follow up",
                "purpose": "Check results at set intervals and fix slippage.",
                "key_questions": ["Did we hit the targets?", "What needs another cycle?"],
                "typical_tools": ["run-chart", "spc-chart"],
            },
        ],
        "perspectives": ["systems", "management"],
        "suits_problem": "Organisation-wide improvement where leaders will commit for years.",
        "suits_complexity": "complicated",
        "suits_scale": "organisation",
        "references": [
            {
                "title": (
                    "Transforming Health Care: Virginia Mason Medical Center's Pursuit of the "
                    "Perfect Patient Experience"
                ),
                "authors": "Kenney C",
                "year": 2011,
                "publisher": "Productivity Press",
                "url": "https://www.crcpress.com/recommend/librarian/9781563273759",
            },
        ],
        "licence": (
            "Proprietary management system; link to the Virginia Mason Institute and check its "
            "terms before copying materials"
        ),
        "attribution": (
            "The Virginia Mason Production System was developed at Virginia Mason Medical Center."
        ),
    },
    {
        "slug": "experience-based-co-design",
        "title": "Experience-based co-design",
        "abbreviation": "EBCD",
        "originator": "Paul Bate and Glenn Robert",
        "year": 2006,
        "organisation": "The Point of Care Foundation hosts the current toolkit",
        "summary": (
            "Experience-based co-design brings patients, carers and staff together to improve a "
            "service as equal partners. It starts from people's own accounts of the emotional high "
            "and low points of care."
        ),
        "principles": [
            "Treat patients, carers and staff as equal partners.",
            "Start from real experiences, especially feelings.",
            "Focus on the touchpoints that matter most to people.",
            "Design and test changes together.",
        ],
        "phases_are_sequential": True,
        "phases": [
            {
                "name": "Set up",
                "purpose": "Agree the scope, form a steering group and plan how to reach people.",
                "key_questions": [
                    "Which service or pathway will we focus on?",
                    "Who must be involved?",
                ],
                "typical_tools": ["stakeholder-analysis", "project-charter"],
            },
            {
                "name": "Gather experiences",
                "purpose": "Listen to staff, patients and carers and watch the service in action.",
                "key_questions": [
                    "What are the high and low points?",
                    "Which moments matter most?",
                ],
                "typical_tools": [
                    "one-to-one-interviews",
                    "observation",
                    "scenarios-and-storyboards",
                    "discovery-interviews",
                    "emotional-mapping",
                ],
            },
            {
                "name": "Come together",
                "purpose": "Share what you learned and agree shared priorities.",
                "key_questions": ["What do patients and staff agree on?", "Where should we start?"],
                "typical_tools": [
                    "moscow-prioritisation",
                    "personas",
                    "emotional-mapping",
                    "affinity-diagram",
                ],
            },
            {
                "name": "Co-design",
                "purpose": "Work in small mixed groups to design and test changes.",
                "key_questions": ["What could we change?", "How will we test it?"],
                "typical_tools": ["brainstorming", "pdsa-cycle", "prototyping"],
            },
            {
                "name": "Review and celebrate",
                "purpose": "Look back at what changed and share it.",
                "key_questions": ["What difference did we make?", "What will we do next?"],
                "typical_tools": ["run-chart"],
            },
        ],
        "perspectives": ["people", "design"],
        "suits_problem": "Improving how care feels to patients, carers and staff.",
        "suits_complexity": "complex",
        "suits_scale": "service",
        "references": [
            {
                "title": "Experience-based co-design (EBCD) toolkit",
                "authors": "The Point of Care Foundation",
                "year": None,
                "publisher": "The Point of Care Foundation",
                "url": (
                    "https://www.pointofcarefoundation.org.uk/resource/"
                    "experience-based-co-design-ebcd-toolkit/"
                ),
            },
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
            {
                "title": (
                    "Experience-based design: from redesigning the system around the patient to "
                    "co-designing services with the patient"
                ),
                "authors": "Bate P, Robert G",
                "year": 2006,
                "publisher": "Quality and Safety in Health Care",
                "url": "https://doi.org/10.1136/qshc.2005.016527",
            },
        ],
        "licence": (
            "Link to the Point of Care Foundation's toolkit; check its terms before copying"
        ),
        "attribution": "Experience-based co-design was developed by Paul Bate and Glenn Robert.",
    },
    {
        "slug": "double-diamond",
        "title": "Double Diamond",
        "abbreviation": "",
        "originator": "Design Council",
        "year": 2005,
        "organisation": "Design Council",
        "summary": (
            "The Double Diamond shows design as two rounds of opening out and narrowing down. The "
            "first finds the right problem; the second finds the right solution."
        ),
        "principles": [
            "Put people first.",
            "Explore widely before you narrow down.",
            "Show ideas visually so everyone can take part.",
            "Iterate: go back a step when you learn something new.",
        ],
        "phases_are_sequential": True,
        "phases": [
            {
                "name": "Discover",
                "purpose": "Open out to understand the problem from people's point of view.",
                "key_questions": [
                    "What is really going on for people?",
                    "What do we not yet know?",
                ],
                "typical_tools": ["one-to-one-interviews", "observation", "personas"],
            },
            {
                "name": "Define",
                "purpose": "Narrow down to a clear statement of the problem to solve.",
                "key_questions": [
                    "Which problem matters most?",
                    "How would we describe it in one sentence?",
                ],
                "typical_tools": [
                    "moscow-prioritisation",
                    "pareto-chart",
                    "five-whys",
                    "affinity-diagram",
                ],
            },
            {
                "name": "Develop",
                "purpose": "Open out again to generate many possible answers.",
                "key_questions": [
                    "What are all the ways we could meet the need?",
                    "What would other sectors do?",
                ],
                "typical_tools": [
                    "brainstorming",
                    "morphological-chart",
                    "disney-method",
                    "scenarios-and-storyboards",
                    "nominal-group-technique",
                ],
            },
            {
                "name": "Deliver",
                "purpose": "Test ideas, drop the weak ones and refine the strongest.",
                "key_questions": [
                    "Does it work for real people?",
                    "What needs to change before launch?",
                ],
                "typical_tools": ["user-trials", "expert-review", "pdsa-cycle", "prototyping"],
            },
        ],
        "perspectives": ["design", "people"],
        "suits_problem": "Designing a new service, product or pathway, or rethinking an old one.",
        "suits_complexity": "complex",
        "suits_scale": "service",
        "references": [
            {
                "title": "The Double Diamond",
                "authors": "Design Council",
                "year": None,
                "publisher": "Design Council",
                "url": "https://www.designcouncil.org.uk/our-resources/the-double-diamond/",
            },
        ],
        "licence": "Link to the original; check the Design Council's terms before copying",
        "attribution": "The Double Diamond was developed by the Design Council in 2005.",
    },
    {
        "slug": "nes-qi-journey",
        "title": "NES and HIS quality improvement journey",
        "abbreviation": "QI journey",
        "originator": "NHS Education for Scotland and Healthcare Improvement Scotland",
        "year": None,
        "organisation": "NHS Education for Scotland (Quality Improvement Zone)",
        "summary": (
            "The quality improvement journey sets out the route of an improvement project in "
            "Scotland, from creating the right conditions to spreading what works."
        ),
        "principles": [
            "Create the conditions for improvement before you start.",
            "Understand the system before you set an aim.",
            "Test changes before you implement them.",
            "Plan for spread from the start.",
        ],
        "phases_are_sequential": True,
        "phases": [
            {
                "name": "Create conditions",
                "purpose": "Build the team, support and time you need.",
                "key_questions": ["Who will sponsor the work?", "Do we have time and skills?"],
                "typical_tools": ["project-charter", "stakeholder-analysis"],
            },
            {
                "name": "Understand the system",
                "purpose": (
                    "Learn how the current system works and why it gives the results it does."
                ),
                "key_questions": ["How does the process work today?", "What causes the problem?"],
                "typical_tools": [
                    "process-map",
                    "fishbone-diagram",
                    "one-to-one-interviews",
                    "sipoc",
                    "demand-and-capacity-analysis",
                ],
            },
            {
                "name": "Develop the aim",
                "purpose": "Write a specific, measurable aim and a theory of change.",
                "key_questions": [
                    "What will improve, by how much and by when?",
                    "What will drive it?",
                ],
                "typical_tools": ["driver-diagram", "five-ws-and-two-hs", "measurement-plan"],
            },
            {
                "name": "Test changes",
                "purpose": "Try changes on a small scale and learn from each one.",
                "key_questions": ["What will we test first?", "What did the data show?"],
                "typical_tools": ["pdsa-cycle", "run-chart"],
            },
            {
                "name": "Implement",
                "purpose": "Make the tested change part of normal work.",
                "key_questions": ["Is the change reliable?", "What support does it need?"],
                "typical_tools": ["spc-chart", "gantt-chart"],
            },
            {
                "name": "Spread",
                "purpose": "Take the change to other teams and places.",
                "key_questions": [
                    "Where could this work next?",
                    "What will help or hinder spread?",
                ],
                "typical_tools": [
                    "force-field-analysis",
                    "swot-analysis",
                    "sustainability-and-spread-plan",
                ],
            },
        ],
        "perspectives": ["management", "systems"],
        "suits_problem": (
            "Team and service improvement projects in Scotland, and anyone wanting a clear route."
        ),
        "suits_complexity": "complicated",
        "suits_scale": "service",
        "references": [
            {
                "title": "Quality Improvement Zone",
                "authors": "NHS Education for Scotland",
                "year": None,
                "publisher": "NHS Education for Scotland",
                "url": "https://learn.nes.nhs.scot/741/quality-improvement-zone",
            },
        ],
        "licence": "Link to the original; check NHS Education for Scotland's terms before copying",
        "attribution": (
            "The quality improvement journey is from NHS Education for Scotland and Healthcare "
            "Improvement Scotland."
        ),
    },
]
