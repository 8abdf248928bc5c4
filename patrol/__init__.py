"""patrol: watch online drug markets and give early warning of new psychoactive substances."""

__version__ = "0.1.0"
