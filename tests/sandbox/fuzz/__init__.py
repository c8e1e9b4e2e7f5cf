"""Schemathesis's hooks and configuration for the fuzzing test of the sandbox."""
