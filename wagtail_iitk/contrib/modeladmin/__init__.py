"""Optional: register the toolkit's non-moderated models with wagtail-modeladmin.

For sites standardised on ModelAdmin. Install with ``pip install wagtail-iitk[modeladmin]``
and add ``"wagtail_modeladmin"`` and ``"wagtail_iitk.contrib.modeladmin"`` to
INSTALLED_APPS. ModelAdmin cannot moderate (no drafts, workflow or revisions), so
questions, tools, frameworks and stories are never registered here.
"""
