from fastapi import APIRouter

from patrol import __version__

router = APIRouter(tags=["health"])


@router.get("/health")
def health() -> dict:
    """Liveness for monitoring; needs no login and says nothing about the data."""
    return {"status": "ok", "version": __version__}
