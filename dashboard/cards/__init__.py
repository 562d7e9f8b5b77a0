"""Every chart card of the dashboard, declared once per page module; see registry.py.

Importing this package registers them all (the batch export and tests use that)."""

from dashboard.cards import cannabis, deaths, injection, stimulants, wastewater  # noqa: F401
