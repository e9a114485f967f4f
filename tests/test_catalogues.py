"""The Welsh catalogues: they compile, every marked string has a Welsh translation, they
hold exactly the strings the source marks, and the committed .mo files are compiled from
them. A failure names the strings and the command that fixes it."""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parent.parent
#: (source directory, what it is): each has its own locale/cy/LC_MESSAGES/django.po.
CATALOGUES = [
    (ROOT / "wagtail_iitk", "the package"),
    (ROOT / "example_site" / "demo", "the example site"),
]
PLURAL_FORMS = (
    "nplurals=6; plural=(n==0) ? 0 : (n==1) ? 1 : (n==2) ? 2 : (n==3) ? 3 : (n==6) ? 4 : 5;"
)
FIX = (
    "Run `make messages`, translate each new or fuzzy entry in {po} (see "
    "docs/translating.md), then run `make messages` again and commit the .po and .mo."
)
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|\{\{ *\w+ *\}\}")
IDS = [str(source.relative_to(ROOT)) for source, _what in CATALOGUES]


def po_path(source):
    return source / "locale" / "cy" / "LC_MESSAGES" / "django.po"


def label(entry):
    return f"{entry.msgctxt}|{entry.msgid}" if entry.msgctxt else entry.msgid


@pytest.mark.parametrize(("source", "what"), CATALOGUES, ids=IDS)
def test_catalogue_compiles_and_the_committed_mo_is_compiled_from_it(tmp_path, source, what):
    po = po_path(source)
    compiled = tmp_path / "django.mo"
    result = subprocess.run(
        ["msgfmt", "--check", "-o", str(compiled), str(po)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, f"{po} does not compile:\n{result.stderr}"
    committed = po.with_suffix(".mo")
    assert committed.exists() and committed.read_bytes() == compiled.read_bytes(), (
        f"{committed} is missing or stale. " + FIX.format(po=po.relative_to(ROOT))
    )


@pytest.mark.parametrize(("source", "what"), CATALOGUES, ids=IDS)
def test_every_string_has_a_welsh_translation_with_the_same_placeholders(source, what):
    po = polib.pofile(str(po_path(source)))
    assert po.metadata["Language"] == "cy"
    assert po.metadata["Plural-Forms"] == PLURAL_FORMS
    problems = []
    for entry in po:
        if entry.obsolete:
            problems.append(f"obsolete: {label(entry)!r}")
            continue
        if "fuzzy" in entry.flags:
            problems.append(
                f"fuzzy (check the Welsh against the changed English): {label(entry)!r}"
            )
        forms = (
            [entry.msgstr_plural.get(i, "") for i in range(6)]
            if entry.msgid_plural
            else [entry.msgstr]
        )
        if not all(form.strip() for form in forms):
            problems.append(f"untranslated: {label(entry)!r}")
            continue
        wanted = set(PLACEHOLDER.findall(entry.msgid + (entry.msgid_plural or "")))
        for form in forms:
            if set(PLACEHOLDER.findall(form)) - wanted or (
                not entry.msgid_plural and set(PLACEHOLDER.findall(form)) != wanted
            ):
                problems.append(f"placeholders differ: {label(entry)!r} -> {form!r}")
    assert not problems, (
        f"{what}'s Welsh catalogue is incomplete:\n  "
        + "\n  ".join(problems)
        + "\n"
        + FIX.format(po=po_path(source).relative_to(ROOT))
    )


@pytest.mark.parametrize(("source", "what"), CATALOGUES, ids=IDS)
def test_catalogue_holds_exactly_the_strings_the_source_marks(tmp_path, source, what):
    # makemessages over a copy of the source, so the working tree is never touched.
    copy = tmp_path / source.name
    shutil.copytree(
        source,
        copy,
        ignore=shutil.ignore_patterns("static", "test", "__pycache__", "*.mo", "node_modules"),
    )
    po_path(copy).unlink()
    subprocess.run(
        [sys.executable, "-m", "django", "makemessages", "--locale", "cy"]
        + ["--extension", "html,txt,py", "--no-location", "--ignore", "test/*"],
        cwd=copy,
        # makemessages needs no settings (the test settings would import this suite).
        env={k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"},
        capture_output=True,
        check=True,
    )
    marked = {label(e) for e in polib.pofile(str(po_path(copy)))}
    committed = {label(e) for e in polib.pofile(str(po_path(source))) if not e.obsolete}
    new, gone = sorted(marked - committed), sorted(committed - marked)
    assert not new and not gone, (
        f"{what}'s Welsh catalogue is out of date with the source.\n"
        + "".join(f"  marked but not in the catalogue: {m!r}\n" for m in new)
        + "".join(f"  in the catalogue but no longer marked: {m!r}\n" for m in gone)
        + FIX.format(po=po_path(source).relative_to(ROOT))
    )
