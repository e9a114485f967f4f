from django.apps import AppConfig


class NotesConfig(AppConfig):
    name = "tests.notes"
    label = "iitk_test_notes"
    default_auto_field = "django.db.models.BigAutoField"
