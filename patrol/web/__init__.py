"""The analyst dashboard: server-rendered pages over the same store and rules as the API."""
