"""Signals: what the findings add up to over time (novel substances, trends, alerts, bulletins)."""
