"""A client generated from the schema accepts every response the API sends.

datamodel-code-generator makes pydantic models from ``schema/`` with its default
options (a strict generator: a field declared not nullable that comes back null fails);
each endpoint's live response is then parsed with the model of its declared 200 shape.
"""

import importlib.util
import json
import subprocess
import sys

import datamodel_code_generator  # noqa: F401  (in the test extra: fail loudly if missing)
import pytest

from .helpers import API


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    return tmp_path_factory.mktemp("client")


def models_from_schema(client, folder):
    schema = folder / "schema.json"
    schema.write_bytes(client.get(API + "schema/", HTTP_ACCEPT="application/json").content)
    out = folder / "models.py"
    subprocess.run(
        [
            sys.executable, "-m", "datamodel_code_generator",
            "--input", str(schema), "--input-file-type", "openapi", "--output", str(out),
        ],
        check=True, capture_output=True,
    )  # fmt: skip
    spec = importlib.util.spec_from_file_location("iitk_generated_models", out)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # pydantic's generic models look themselves up there
    spec.loader.exec_module(module)
    return module


def endpoints(world):
    """(path, the component its 200 answer is declared as)."""
    tool, story, framework, question = world.fishbone, world.falls, world.lean, world.causes
    return [
        ("", "APIRoot"),
        ("tools/?limit=100", "ToolList"),
        ("frameworks/?limit=100", "FrameworkList"),
        ("stories/?limit=100", "StoryList"),
        ("questions/?limit=100", "QuestionList"),
        (f"tools/{tool.slug}/", "ToolDetail"),
        (f"frameworks/{framework.slug}/", "FrameworkDetail"),
        (f"stories/{story.slug}/", "StoryDetail"),
        (f"questions/{question.pk}/", "QuestionDetail"),
        ("taxonomy/", "Taxonomy"),
        ("search/?q=diagram", "SearchResults"),
        (f"cards/?tools={tool.slug},nope&stories={story.slug}", "Cards"),
    ]


def test_the_generated_models_accept_every_live_response(world, client, generated):
    models = models_from_schema(client, generated)
    problems = []
    for path, component in endpoints(world):
        response = client.get(API + path)
        assert response.status_code == 200, (path, response.content[:200])
        model = getattr(models, component)
        try:
            model.model_validate(json.loads(response.content))
        except Exception as error:  # noqa: BLE001 (collected and reported together)
            problems.append(f"{path} as {component}: {error}")
    assert not problems, "\n\n".join(problems)
