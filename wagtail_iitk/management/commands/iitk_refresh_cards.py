"""``manage.py iitk_refresh_cards``: rebuild every stored public card.

Publishing, unpublishing, moving and deleting keep the cards up to date by themselves.
Run this after changing content without Wagtail's publishing actions: a bulk import
that creates live pages directly, or SQL run against the tables.
"""

import time

from django.core.management.base import BaseCommand

from ...cards import store as card_store
from ...cards import version
from ...models import PublicCard


class Command(BaseCommand):
    help = __doc__

    def handle(self, *args, verbosity=1, **options):
        started = time.perf_counter()
        card_store.refresh_all()
        # Responses cached before the rebuild may show the old cards.
        version.bump()
        if verbosity:
            self.stdout.write(
                f"{PublicCard.objects.count()} public cards rebuilt in "
                f"{time.perf_counter() - started:.1f} s."
            )
