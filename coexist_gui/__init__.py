"""Coexist: plan history essays from evidence cards and check how well the plan covers the question."""

__version__ = "0.1.0"
