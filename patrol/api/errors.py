"""One error body for every failure: {"error": {"code": ..., "message": ...}}; the message
says how to fix it. Domain errors from the core keep their code."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from patrol.errors import PatrolError

STATUS = {"alert_not_found": 404, "vendor_not_found": 404, "not_found": 404, "bad_transition": 409,
          "invalid_smiles": 422, "unauthorized": 401, "forbidden": 403, "too_large": 413, "rate_limited": 429}


class ApiError(PatrolError):
    def __init__(self, code: str, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.status = status or STATUS.get(code, 400)


def body(code: str, message: str) -> dict:
    return {"error": {"code": code, "message": message}}


def install(app: FastAPI) -> None:
    @app.exception_handler(PatrolError)
    async def _domain(request: Request, exc: PatrolError):
        status = getattr(exc, "status", None) or STATUS.get(exc.code, 400)
        headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
        return JSONResponse(body(exc.code, str(exc)), status_code=status, headers=headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError):
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(x) for x in first.get("loc", ()))
        return JSONResponse(body("invalid_request", f"{where}: {first.get('msg', 'invalid')}"), status_code=422)

    @app.exception_handler(HTTPException)
    async def _http(request: Request, exc: HTTPException):
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        return JSONResponse(body(code, str(exc.detail)), status_code=exc.status_code)
