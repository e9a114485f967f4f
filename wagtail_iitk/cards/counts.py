"""Social proof: how many people said they used a tool, summed over every day."""

from django.db.models import IntegerField, OuterRef, Subquery, Sum
from django.db.models.functions import Coalesce

from ..models import DailyEngagement, EngagementEventType


def _used_marks(kind_name="tool"):
    return DailyEngagement.objects.filter(item_kind=kind_name, event=EngagementEventType.USED)


def _used_sum(outer_id, kind_name="tool"):
    """The all-time "I used this" count of the item whose id is the outer ``outer_id``,
    as a correlated subquery (so a list of items costs no extra query)."""
    marks = (
        _used_marks(kind_name)
        .filter(item_id=OuterRef(outer_id))
        .order_by()
        .values("item_id")
        .annotate(n=Sum("count"))
        .values("n")
    )
    return Coalesce(Subquery(marks, output_field=IntegerField()), 0)


def used_count_annotation():
    """For ``ToolPage`` querysets: the tool's all-time "I used this tool" count."""
    return _used_sum("pk")


def used_total(kind_name):
    """For ``PublicCard`` querysets: the card's item's all-time "I used this" count."""
    return _used_sum("item_id", kind_name)


def used_count(tool_id):
    """One tool's all-time "I used this tool" count (one query)."""
    return _used_marks().filter(item_id=tool_id).aggregate(n=Sum("count"))["n"] or 0
