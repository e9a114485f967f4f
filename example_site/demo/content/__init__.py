"""Demo content for the example site: plain Python data, no Django imports."""

from .frameworks import FRAMEWORKS
from .partners import PARTNERS
from .questions import QUESTIONS
from .stories import STORIES
from .taxonomy import PERSPECTIVES_EXTRA
from .tools import TOOLS

__all__ = ["FRAMEWORKS", "PARTNERS", "PERSPECTIVES_EXTRA", "QUESTIONS", "STORIES", "TOOLS"]
