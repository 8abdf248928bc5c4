"""The service: REST API (FastAPI) and the analyst dashboard over the same store."""
