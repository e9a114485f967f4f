"""The toolkit site's own pages, routed by the toolkit home: search, every question,
the perspectives, and the index pages' filters.

HTML over the same pieces the API uses (the kinds' registry, the stored cards, the
filter sets, the search input rules), so the site and the API agree on what is public,
what a filter means and what a search may hold.
"""
