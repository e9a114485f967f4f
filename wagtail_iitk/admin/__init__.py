"""Wagtail admin wiring for the toolkit: viewsets, the review report, and the menu."""
