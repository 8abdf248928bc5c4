"""The browser tests use the same running server as the API tests."""

from tests.api.conftest import demo_home, server  # noqa: F401
