"""The toolkit's headless JSON API, version 1 (``/api/iitk/v1/``)."""
