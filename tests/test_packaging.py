"""What goes to PyPI: one version, a changelog that names it, classifiers that match the
Django requirement, and a README whose links work away from GitHub."""

import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement

import wagtail_iitk

ROOT = Path(__file__).resolve().parents[1]
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())


def test_the_version_has_one_source():
    project = PROJECT["project"]
    assert "version" not in project and "version" in project["dynamic"]
    dynamic = PROJECT["tool"]["setuptools"]["dynamic"]["version"]
    assert dynamic == {"attr": "wagtail_iitk.__version__"}


def test_the_changelog_keeps_a_changelog_and_names_this_version():
    text = (ROOT / "CHANGELOG.md").read_text()
    headings = re.findall(r"^## \[([^\]]+)\](?: - (\d{4}-\d{2}-\d{2}))?$", text, re.M)
    assert headings[0] == ("Unreleased", "")
    released = [version for version, date in headings[1:] if date]
    assert released == [version for version, _ in headings[1:]]  # every release is dated
    assert released[0] == wagtail_iitk.__version__
    for version, _ in headings:  # each heading links to its changes
        assert re.search(rf"^\[{re.escape(version)}\]: https://github\.com/", text, re.M)


def test_the_django_classifiers_match_the_django_requirement():
    (django,) = [
        Requirement(r) for r in PROJECT["project"]["dependencies"] if r.startswith("Django")
    ]
    classified = {
        c.rsplit(" :: ", 1)[1]
        for c in PROJECT["project"]["classifiers"]
        if c.startswith("Framework :: Django :: ")
    }
    candidates = {f"{major}.{minor}" for major in (5, 6, 7) for minor in range(3)}
    assert classified == {v for v in candidates if django.specifier.contains(f"{v}.0")}
    assert classified >= {"5.2", "6.0", "6.1"}


def test_the_readme_links_work_on_pypi():
    # PyPI shows the README away from the repository: a relative link there is a 404.
    readme = (ROOT / "README.md").read_text()
    links = re.findall(r"\]\(([^)]+)\)", readme)
    assert links
    assert [link for link in links if not link.startswith("https://")] == []
