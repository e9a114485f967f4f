"""Event services: registration with a waiting list, confirmation emails with a
calendar file, signed cancellation links, iCalendar feeds, and the retention of
registrants' personal data. The models are in ``wagtail_iitk.models.events``."""
