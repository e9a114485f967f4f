"""What the public may see: live, public, unexpired pages and live questions.

Every public surface (page templates, browse routes, the API and embeds) starts from
these functions, so hidden content cannot leak through a forgotten filter.
"""

from django.db.models import BooleanField, F, Func, Q
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

#: Ancestors up to this depth are found through the tree-path index; deeper pages (rare)
#: fall back to comparing against every restriction.
INDEXED_ANCESTOR_DEPTH = 6


class InRestrictedSection(Func):
    """True for a page at or below a view restriction (login, password, groups).

    Wagtail's ``PageQuerySet.public()`` loads every restriction and builds one OR clause
    per restriction, which grows with the number of private sections. Here a page's
    ancestors are found by their tree paths (the path's first 4, 8, 12... characters),
    which the path index answers in a few lookups however many restrictions exist; when
    there are no restrictions at all, one uncorrelated EXISTS settles it for every row.

    The SQL is written out here rather than built from ORM expressions: the API compiles
    this check several times per request, and expression compilation was most of its
    cost.
    """

    arity = 1
    output_field = BooleanField()
    conditional = True

    def as_sql(self, compiler, connection, **extra_context):
        path, params = compiler.compile(self.source_expressions[0])
        sql, uses = restriction_sql(path, connection)
        return sql, tuple(params) * uses


def restriction_sql(path, connection):
    """SQL that is true for a page whose tree path is the SQL expression ``path`` and
    that lies at or below a view restriction; returns ``(sql, uses)``, where ``uses`` is
    how many times ``path`` (and so its parameters) appears in it."""
    quote = connection.ops.quote_name
    restrictions = quote(PageViewRestriction._meta.db_table)
    page_id = quote(PageViewRestriction._meta.get_field("page").column)
    pages = quote(Page._meta.db_table)
    page_pk = quote(Page._meta.pk.column)
    page_path = quote("path")
    steplen = Page.steplen
    ancestors = ", ".join(
        f"SUBSTR({path}, 1, {steplen * depth})" for depth in range(1, INDEXED_ANCESTOR_DEPTH + 1)
    )
    joined = f"SELECT 1 FROM {restrictions} r INNER JOIN {pages} rp ON rp.{page_pk} = r.{page_id}"
    sql = (
        f"(EXISTS (SELECT 1 FROM {restrictions}) AND ("
        f"EXISTS ({joined} WHERE rp.{page_path} IN ({ancestors}))"
        f" OR (LENGTH({path}) > {steplen * INDEXED_ANCESTOR_DEPTH} AND EXISTS ("
        f"{joined} WHERE SUBSTR({path}, 1, LENGTH(rp.{page_path})) = rp.{page_path}))))"
    )
    return sql, INDEXED_ANCESTOR_DEPTH + 2


def restricted_q():
    """A Q for pages at or below a view restriction."""
    return Q(InRestrictedSection(F("path")))


def visible_pages(queryset):
    """Live pages, outside any view-restricted section, and not expired.

    An expired page is normally unpublished by ``publish_scheduled``; filtering on
    ``expire_at`` too keeps it hidden if that command has not run yet.
    """
    return (
        queryset.filter(live=True)
        .exclude(restricted_q())
        .filter(Q(expire_at__isnull=True) | Q(expire_at__gt=timezone.now()))
    )


def visible_questions(queryset):
    """Published questions that have not expired (like pages, in case
    ``publish_scheduled`` has not unpublished them yet)."""
    return queryset.filter(live=True).filter(
        Q(expire_at__isnull=True) | Q(expire_at__gt=timezone.now())
    )
