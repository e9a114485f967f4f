"""Community contributions: intake, screening and (in ``conversion``) drafts for review.

- :mod:`.sanitising`: contributions are plain text; markup is stripped with nh3.
- :mod:`.screening`: possible patient-identifiable information, and spam signals.
- :mod:`.schema` (with :mod:`.fields`): what each kind of submission holds, its limits,
  and validation.
- :mod:`.intake`: ``receive()``, the one way in for the API, the widget and the site forms.
- :mod:`.tasks`: the background task that turns a received submission into a draft.
- :mod:`.forms`, :mod:`.story_form` and :mod:`.views`: the toolkit site's own contribution
  forms.
"""
