"""URLconfs that install wagtail_iitk.urls wrongly, or rightly, for the system checks."""
