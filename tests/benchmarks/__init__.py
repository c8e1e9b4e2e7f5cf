"""Benchmarks: commands that print measured figures against their targets (not tests)."""
