"""The setup's own tools (run as scripts; importable by the tests)."""
