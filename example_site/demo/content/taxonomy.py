"""Extra perspective for the demo: the toolkit's management view.

The EBC perspectives, stages, strands and categories are seeded by the package's
setup command. This adds one more, editable perspective with its own phases.
"""

PERSPECTIVES_EXTRA = [
    {
        "slug": "management",
        "name": "Management",
        "description": (
            "The management view keeps an improvement project on track. It asks why you are doing "
            "the work, what problem you are solving, who is involved and how you will show that it "
            "worked. Use it alongside the people, systems, design and risk perspectives, not "
            "instead of them."
        ),
        "phases": [
            {
                "slug": "trigger",
                "name": "Trigger",
                "description": (
                    "Be clear about what started the work and why it matters now. A good trigger "
                    "names an event, a piece of data or a concern that people share."
                ),
            },
            {
                "slug": "purpose",
                "name": "Purpose",
                "description": (
                    "Agree the purpose of the work, the problem behind it and how well the service "
                    "performs today. This stops you jumping straight to a solution."
                ),
            },
            {
                "slug": "plan",
                "name": "Plan",
                "description": (
                    "Decide who needs to be in the team, who else to involve, and what happens "
                    "when. Keep the plan short enough to update every week."
                ),
            },
            {
                "slug": "success",
                "name": "Success",
                "description": (
                    "Decide how you will measure success and build the case for keeping, spreading "
                    "or stopping the change."
                ),
            },
        ],
    },
]
