"""Who to thank on a tool: contributors who agreed to be credited.

Contributors are listed on a tool's page and in its API detail once what they sent is
published: the tool they suggested, or a reference, tip or example they added to it.
Only those who ticked "credit me" appear, by name and organisation; never an email.
"""

from django.db.models import CharField, IntegerField, Q, Value

from ..models.submissions import Submission, SubmissionKind, SubmissionStatus
from .sanitising import plain_text

TOOL_KINDS = (
    SubmissionKind.TOOL,
    SubmissionKind.REFERENCE,
    SubmissionKind.TIP,
    SubmissionKind.EXAMPLE,
)
#: The key of contributor rows among the API's related-slug rows (``api.cards``).
SOURCE_KEY = "submission.contributors"


def contributors_source(tool_id):
    """The credited contributors as (tool id, key, name, order, organisation) rows.

    The shape of ``api.cards.related_slugs`` sources, so the tool's API detail folds
    this into the query it already makes for the tool's taxonomy.
    """
    return Submission.objects.filter(
        Q(tool_id=tool_id) | Q(page_id=tool_id),
        kind__in=TOOL_KINDS,
        status=SubmissionStatus.PUBLISHED,
        credit_contributor=True,
    ).values_list(
        Value(tool_id, output_field=IntegerField()),
        Value(SOURCE_KEY, output_field=CharField()),
        "contributor_name",
        "pk",
        "contributor_organisation",
    )


def contributor_list(rows):
    """[{"name", "organisation"}] from (name, organisation) rows in order; a contributor
    who sent several things is listed once."""
    contributors, seen = [], set()
    for name, organisation in rows:
        name = plain_text(name, multiline=False)
        organisation = plain_text(organisation, multiline=False)
        key = (name.casefold(), organisation.casefold())
        if not (name or organisation) or key in seen:
            continue
        seen.add(key)
        contributors.append({"name": name, "organisation": organisation})
    return contributors


def tool_contributors(tool_id):
    """The tool's credited contributors, first contribution first (one query)."""
    rows = sorted(contributors_source(tool_id), key=lambda row: row[3])
    return contributor_list((name, organisation) for _, _, name, _, organisation in rows)
