"""An Atom feed of each page's discussion: its approved posts, newest first.

Built with Django's syndication framework. Post text is plain text; it is escaped and
given line breaks here, so a feed reader shows it as text, never as markup.
"""

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape, linebreaks
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .threads import feed_posts, visible_page

ANONYMOUS = gettext_lazy("A member of the improvement community")


class DiscussionFeed(Feed):
    feed_type = Atom1Feed

    def get_object(self, request, kind, slug):
        page = visible_page(kind, slug)
        if page is None:
            raise Http404(_("No such page."))
        self.page_url = page.get_full_url(request)
        return page

    def title(self, page):
        return _("Discussion of %(title)s") % {"title": page.title}

    def link(self, page):
        return self.page_url + "#iitk-discussion"

    def subtitle(self, page):
        return _("Questions, answers and experiences shared by improvers.")

    def items(self, page):
        return feed_posts(page)

    def item_title(self, post):
        author = post.author_name or ANONYMOUS
        if post.parent_id:
            return _("Reply from %(author)s") % {"author": author}
        return _("Post from %(author)s") % {"author": author}

    def item_description(self, post):
        return linebreaks(escape(post.body))

    def item_link(self, post):
        return f"{self.page_url}#iitk-post-{post.pk}"

    def item_guid(self, post):
        return f"{self.page_url}#iitk-post-{post.pk}"

    def item_pubdate(self, post):
        return post.published_at or post.created_at

    def item_author_name(self, post):
        return post.author_name or str(ANONYMOUS)
