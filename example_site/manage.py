#!/usr/bin/env python
"""Django's command-line utility for the example site."""

import os
import sys
from pathlib import Path

if __name__ == "__main__":
    # The repository root holds both the package and this example site.
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "example_site.settings.dev")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
