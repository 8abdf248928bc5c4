"""The FastAPI application: API routers, dashboard pages, one error shape."""

from __future__ import annotations

from functools import cache

from fastapi import FastAPI

from patrol import __version__
from patrol.api import errors
from patrol.api.limits import RateLimiter
from patrol.api.routers import alerts, audit, auth, documents, exports, health, ingest, substances, trends
from patrol.api.settings import Settings

# The route table, one router per resource (tests generate their access-control cases from it).
ROUTERS = tuple(m.router for m in (health, auth, documents, substances, alerts, trends, ingest, exports, audit))


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()
    app = FastAPI(title="patrol", version=__version__,
                  description="Online drug-market monitoring and early warning of new psychoactive substances.")
    app.state.settings = settings
    app.state.login_limiter = RateLimiter(settings.login_attempts_per_minute)

    @cache
    def resolver():
        from patrol.knowledge.kb import KnowledgeBase
        from patrol.knowledge.resolver import Resolver

        return Resolver(KnowledgeBase.load(None))

    app.state.resolver = resolver
    errors.install(app)
    for router in ROUTERS:
        app.include_router(router)
    from patrol.web import pages

    pages.install(app)
    return app


def app_from_env() -> FastAPI:
    """The factory each server worker calls (`patrol serve --workers N`): settings from PATROL_HOME."""
    return create_app(Settings())
