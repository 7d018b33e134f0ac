"""pytest plugin for downstream test suites (fixtures land with the mock server)."""
