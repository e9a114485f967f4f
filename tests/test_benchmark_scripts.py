"""The benchmark scripts start as their README says (``python benchmarks/<name>.py``).

Python puts a script's folder first on its path, and ``benchmarks/http.py`` is named
after the standard library's ``http`` package, which Django, urllib and http.server
import: each script must take its folder off the path before anything imports them.
"""

import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
SCRIPTS = sorted(
    path for path in BENCHMARKS.glob("*.py") if 'if __name__ == "__main__":' in path.read_text()
)

# The script's module code runs as Python would run the script (its folder first on the
# path), without its main(); then the standard library's http must be the one found.
START = """
import runpy, sys
sys.path.insert(0, sys.argv[1])
runpy.run_path(sys.argv[2])
import http.cookies, urllib.request
print(http.__file__)
"""


def test_every_benchmark_script_is_checked():
    assert {path.name for path in SCRIPTS} >= {"api.py", "http.py", "widgets.py"}


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda path: path.name)
def test_a_script_started_from_its_folder_imports_the_standard_librarys_http(script):
    result = subprocess.run(
        [sys.executable, "-c", START, str(BENCHMARKS), str(script)],
        cwd=BENCHMARKS,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert Path(result.stdout.strip()) != BENCHMARKS / "http.py"
