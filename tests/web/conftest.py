"""The browser tests use the same running server as the API tests."""

from tests.api.conftest import demo_store, server  # noqa: F401
