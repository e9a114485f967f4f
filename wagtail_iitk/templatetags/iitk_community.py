"""Template tags for community contributions on public pages."""

from django import template

from ..community.credit import tool_contributors as _tool_contributors

register = template.Library()


@register.simple_tag
def tool_contributors(tool):
    """``{% tool_contributors page as contributors %}``: the tool's credited contributors."""
    return _tool_contributors(tool.pk)
