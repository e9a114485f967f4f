"""Discussion on tool, framework and story pages, built on the contribution intake.

A post is a submission of kind "discussion": ``intake.receive()`` validates it
(:mod:`.schema`), screens it, stores it and, in the same transaction, the post itself
(:mod:`.posting`). Reviewers decide in the discussion queue (:mod:`.moderation`);
contributors who gave an email are told (:mod:`.notifications`); public reads start from
:mod:`.threads`.
"""
