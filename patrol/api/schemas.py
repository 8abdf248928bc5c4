"""Request and response shapes: separate create, decision and public views."""

from __future__ import annotations

from pydantic import BaseModel, Field


class LoginIn(BaseModel):
    username: str = Field(max_length=64)
    password: str = Field(max_length=256)


class TokenOut(BaseModel):
    token: str
    token_type: str = "bearer"
    expires_in_hours: int | None
    role: str


class TokenCreate(BaseModel):
    label: str = Field(default="api", max_length=64)
    hours: int | None = Field(default=None, ge=1, le=24 * 365)


class UserCreate(BaseModel):
    username: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=12, max_length=256)
    role: str = "viewer"


class UserPublic(BaseModel):
    username: str
    role: str
    created_at: str
    disabled: bool


class Decision(BaseModel):
    reason: str | None = Field(default=None, max_length=2000)


class ClassifyIn(BaseModel):
    smiles: str = Field(min_length=1, max_length=2000)
