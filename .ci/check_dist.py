"""Check what `python -m build` made: the package without the test suite, in both files.

Usage: python .ci/check_dist.py DIST_DIR
"""

import sys
import tarfile
import zipfile
from pathlib import Path

dist = Path(sys.argv[1])
(wheel,) = dist.glob("*.whl")
(sdist,) = dist.glob("*.tar.gz")
in_wheel = set(zipfile.ZipFile(wheel).namelist())
with tarfile.open(sdist) as archive:
    # "wagtail_iitk-0.1.0/wagtail_iitk/..." -> "wagtail_iitk/..."
    names = [member.name for member in archive.getmembers() if member.isfile()]
    in_sdist = {name.split("/", 1)[1] for name in names}

problems = []
for name, files in (("wheel", in_wheel), ("sdist", in_sdist)):
    tests = sorted(f for f in files if f.startswith(("tests/", "wagtail_iitk/test/")))
    if tests:
        problems.append(f"the {name} carries part of the test suite: {tests[:5]}")
    for needed in (
        "wagtail_iitk/templates/wagtail_iitk/base.html",
        "wagtail_iitk/static/wagtail_iitk/widgets/iitk-widgets.js",
        # A lazy chunk the core loads from beside itself (widgets/src/lazy.ts).
        "wagtail_iitk/static/wagtail_iitk/widgets/iitk-share-story.js",
        "wagtail_iitk/static/wagtail_iitk/widgets/iitk-discussion.js",
        # The Welsh strings chunk, loaded beside the core when an element is Welsh.
        "wagtail_iitk/static/wagtail_iitk/widgets/iitk-strings-cy.js",
        "wagtail_iitk/static/wagtail_iitk/widgets/iitk-events.js",
        "wagtail_iitk/migrations/0001_initial.py",
        "wagtail_iitk/locale/cy/LC_MESSAGES/django.mo",
    ):
        if needed not in files:
            problems.append(f"the {name} lacks {needed}")
package = {f for f in in_sdist if f.startswith("wagtail_iitk/")}
if package - in_wheel:
    problems.append(f"files in the sdist but not the wheel: {sorted(package - in_wheel)[:5]}")
if "CHANGELOG.md" not in in_sdist:
    problems.append("the sdist lacks CHANGELOG.md")

print("\n".join(problems) or f"{wheel.name} and {sdist.name}: the package, no tests")
sys.exit(1 if problems else 0)
