"""Demo embedding partners. Both organisations and their codes are made up.

The ``ZZ`` prefix keeps the codes clear of real Organisation Data Service (ODS) codes.
"""

PARTNERS = [
    {
        "name": "Northshire Hospitals NHS Trust",
        "ods_code": "ZZN01",
        "allowed_origins": ["http://127.0.0.1:8001", "http://localhost:8001"],
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
