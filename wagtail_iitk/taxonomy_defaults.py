"""The Engineering Better Care (EBC) taxonomy that ``iitk_setup`` seeds.

These are starting content, not code: editors rename, reorder, add and delete terms in
the admin, and ``iitk_setup`` never touches a taxonomy that already has terms.
"""

PERSPECTIVES = [
    {
        "slug": "people",
        "name": "People",
        "description": "Everyone who receives, gives or is affected by care: their abilities, "
        "culture, context and inclusion.",
        "phases": [
            ("identify", "Identify", "Find out who uses, delivers or is affected by the system."),
            ("locate", "Locate", "Find where and in what context they meet the system."),
            ("situate", "Situate", "Understand what shapes how they think and act."),
        ],
    },
    {
        "slug": "systems",
        "name": "Systems",
        "description": "The system's purpose, boundary, elements, interfaces and behaviour, "
        "whether simple, complicated or complex.",
        "phases": [
            ("understand", "Understand", "Describe the system, its purpose and its boundary."),
            ("organise", "Organise", "Set out its elements and the interfaces between them."),
            ("integrate", "Integrate", "Bring the parts together and check them as a whole."),
        ],
    },
    {
        "slug": "design",
        "name": "Design",
        "description": "A people-centred, iterative way to work out needs, develop ideas and "
        "test how well they work.",
        "phases": [
            ("explore", "Explore", "Find out what the needs are."),
            ("create", "Create", "Develop ways the needs can be met."),
            ("evaluate", "Evaluate", "Test how well the needs are met."),
        ],
    },
    {
        "slug": "risk",
        "name": "Risk",
        "description": "Threats and opportunities, managed through the whole life of a service.",
        "phases": [
            ("examine", "Examine", "Describe the system and see what is going on."),
            ("assess", "Assess", "Find what could go wrong and judge how serious each risk is."),
            ("improve", "Improve", "Decide what you can do about each risk, and what to do next."),
        ],
    },
]

STAGES = [
    ("initiate", "Initiate", "Agree why the work is needed and who will do it."),
    ("understand", "Understand", "Learn how the current system works and where it falls short."),
    ("co-design", "Co-design", "Develop and test changes with the people they affect."),
    ("deliver", "Deliver", "Put the changes into practice."),
    ("sustain", "Sustain", "Keep the gains and spread what works."),
]

STRANDS = [
    ("understand-the-system", "Understand the system", "The context the work sits in."),
    ("define-the-problem", "Define the problem", "What needs to change, and why."),
    ("develop-the-solution", "Develop the solution", "Ideas, prototypes and tests."),
    ("collect-the-evidence", "Collect the evidence", "Measures that show what changed."),
    ("make-the-case", "Make the case", "Persuade others to support and fund the change."),
    ("manage-the-plan", "Manage the plan", "Plan, track and adapt the work."),
]

CATEGORIES = [
    ("mapping-and-modelling", "Mapping and modelling", "Draw how the system works."),
    ("gathering-insight", "Gathering insight", "Learn from the people in the system."),
    ("analysing-problems", "Analysing problems", "Find causes and priorities."),
    ("generating-ideas", "Generating ideas", "Widen the range of options."),
    ("measuring-and-testing", "Measuring and testing", "Test changes and track results."),
    ("managing-risk", "Managing risk", "Find, judge and reduce risks."),
    ("planning-and-making-the-case", "Planning and making the case", "Plan work and win support."),
]
