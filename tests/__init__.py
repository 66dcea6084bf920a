"""Shared by the test suites.

The tests' own password for the demo users: the demo's real log-ins are random and printed by
`manage.py demo_load`, so no test depends on them.
"""

TEST_PASSWORD = "phep-thu-kehoach-2024"
