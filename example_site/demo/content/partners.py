"""Demo embedding partners. Both organisations and their codes are made up.

The ``ZZ`` prefix keeps the codes clear of real Organisation Data Service (ODS) codes.
"""

#: Stands for the demo intranet's origins in ``allowed_origins``.
DEMO_INTRANET = "demo-intranet"

PARTNERS = [
    {
        "name": "Northshire Hospitals NHS Trust",
        "ods_code": "ZZN01",
        # The demo trust intranet's origin, wherever it runs (``--intranet-url``).
        "allowed_origins": ["demo-intranet"],
        "theme_colour": "#005eb8",
        "active": True,
    },
    {
        "name": "Eastvale Community Health Partnership",
        "ods_code": "ZZE02",
        "allowed_origins": ["https://intranet.example.nhs.uk"],
        "theme_colour": "#007f3b",
        "active": True,
    },
]
