"""The engagement reports: toolkit engagement, content health and partners.

Each report is a Wagtail ``ReportView`` (paged, exportable as CSV and XLSX) driven by
a form of GET parameters; the SQL is in ``queries``, the chart in ``admin.charts``.
"""
