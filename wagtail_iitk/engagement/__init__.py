"""Engagement: anonymous daily counts of how the toolkit is used.

``ingest`` checks batches of events and adds them to ``DailyEngagement`` in one upsert;
``privacy`` decides what is not counted (bots, Global Privacy Control, Do Not Track);
``views`` serves the no-JavaScript "I used this tool" and "helpful" buttons.
"""
