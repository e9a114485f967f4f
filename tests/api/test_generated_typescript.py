"""TypeScript types generated from the schema accept every response the API sends.

openapi-typescript (pinned in widgets/package.json) makes types from the live
``schema/``; each endpoint's live response is captured as JSON and written into a small
TypeScript file as ``<response> satisfies components["schemas"][<its 200 shape>]``, which
``tsc --noEmit`` (strict) checks: a null where the schema says never null, a missing
required field, a value of the wrong type, or a field the schema does not declare fails.
"""

import json
import subprocess
from pathlib import Path

import pytest

from .helpers import API
from .test_generated_clients import endpoints

WIDGETS = Path(__file__).resolve().parents[2] / "widgets"
BIN = WIDGETS / "node_modules" / ".bin"
TSCONFIG = {
    "compilerOptions": {
        "strict": True,
        "noEmit": True,
        "target": "es2022",
        "module": "esnext",
        "moduleResolution": "bundler",
        "skipLibCheck": True,
        "types": [],
    },
    "files": ["responses.ts"],
}


@pytest.fixture(scope="module")
def typed(tmp_path_factory):
    """A folder with the tsconfig; ``generate_types()`` writes schema.d.ts into it."""
    folder = tmp_path_factory.mktemp("typescript")
    (folder / "tsconfig.json").write_text(json.dumps(TSCONFIG))
    return folder


def generate_types(client, folder):
    """schema.d.ts from the live schema, once per module (the schema is the same)."""
    if (folder / "schema.d.ts").exists():
        return
    schema = folder / "schema.json"
    schema.write_bytes(client.get(API + "schema/", HTTP_ACCEPT="application/json").content)
    subprocess.run(
        [str(BIN / "openapi-typescript"), str(schema), "--output", str(folder / "schema.d.ts")],
        check=True,
        capture_output=True,
    )


def typecheck(folder, checks):
    """Run tsc over ``checks`` ([(name, component, response data)]); (ok, tsc's output)."""
    lines = ['import type { components } from "./schema";', ""]
    for name, component, data in checks:
        lines.append(
            f"export const {name} = {json.dumps(data, indent=1)} "
            f'satisfies components["schemas"]["{component}"];'
        )
    (folder / "responses.ts").write_text("\n".join(lines) + "\n")
    result = subprocess.run(
        [str(BIN / "tsc"), "--project", str(folder / "tsconfig.json")],
        capture_output=True,
        text=True,
        check=False,
    )
    return result.returncode == 0, result.stdout + result.stderr


def test_the_generated_types_accept_every_live_response(world, client, typed):
    generate_types(client, typed)
    checks = []
    for index, (path, component) in enumerate(endpoints(world)):
        response = client.get(API + path)
        assert response.status_code == 200, (path, response.content[:200])
        checks.append((f"response{index}", component, json.loads(response.content)))
    ok, output = typecheck(typed, checks)
    assert ok, "tsc rejected live responses:\n" + output


#: A change to a live tool that the schema forbids, and what tsc says of it.
DISAGREEMENTS = {
    "nullTitle": (lambda tool: tool.update(title=None), "Type 'null' is not assignable"),
    "noSlug": (lambda tool: tool.pop("slug"), "Property 'slug' is missing"),
    "idAsText": (lambda tool: tool.update(id="11"), "Type 'string' is not assignable"),
    "undeclared": (lambda tool: tool.update(undeclared="x"), "'\"undeclared\"' does not exist"),
}


def test_a_response_that_disagrees_with_the_schema_fails(world, client, typed):
    generate_types(client, typed)
    live = client.get(API + f"tools/{world.fishbone.slug}/").content
    checks = []
    for name, (change, _message) in DISAGREEMENTS.items():
        tool = json.loads(live)
        change(tool)
        checks.append((name, "ToolDetail", tool))
    ok, output = typecheck(typed, checks)
    assert not ok
    # One error for each, on its own constant (tsc names the line of each).
    errors = [line for line in output.splitlines() if "error TS" in line]
    assert len(errors) == len(DISAGREEMENTS), output
    for _change, message in DISAGREEMENTS.values():
        assert message in output, output
