"""wagtail-iitk: the Improving Improvement Toolkit as a reusable Wagtail package."""

__version__ = "0.1.0"
