"""Create the demo's users (an administrator, an editor and a reviewer), once.

Each password is generated and printed only when its user is created; it is not
stored anywhere else. Reset one with ``manage.py changepassword USERNAME``.
"""

import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand

from wagtail_iitk.conf import iitk_settings


class Command(BaseCommand):
    help = __doc__

    def handle(self, *args, **options):
        User = get_user_model()
        users = [
            ("admin", "Ada", "Admin", None, True),
            ("editor", "Eddie", "Editor", iitk_settings.EDITORS_GROUP, False),
            ("reviewer", "Ruth", "Reviewer", iitk_settings.REVIEWERS_GROUP, False),
        ]
        for username, first, last, group_name, superuser in users:
            if User.objects.filter(username=username).exists():
                self.stdout.write(
                    f"User '{username}' already exists (reset its password with "
                    f"`manage.py changepassword {username}`)."
                )
                continue
            password = secrets.token_urlsafe(12)
            user = User.objects.create_user(
                username=username,
                email=f"{username}@example.org",
                password=password,
                first_name=first,
                last_name=last,
                is_staff=superuser,
                is_superuser=superuser,
            )
            if group_name:
                user.groups.add(Group.objects.get(name=group_name))
            self.stdout.write(
                self.style.SUCCESS(f"Created user '{username}' with password: {password}")
            )
