import pytest

from tests.factories import make_story, make_tool

from .helpers import no_throttle  # noqa: F401


@pytest.fixture
def tool(toolkit):
    return make_tool(title="Process map", slug="process-map", purpose="Shows each step.")


@pytest.fixture
def story(toolkit):
    return make_story(title="Fewer falls at night", slug="fewer-falls")
