"""Request and response shapes of the contract, as the OpenAPI document describes them."""

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictStr

_STRICT = ConfigDict(strict=True, extra="forbid")

TokenStatus = Literal["active", "revoked", "expired"]
StatusFilter = Literal["active", "revoked", "expired", "all"]


class SignInRequest(BaseModel):
    model_config = _STRICT
    email: StrictStr
    password: StrictStr


class CreateTokenRequest(BaseModel):
    model_config = _STRICT
    username: StrictStr = Field(description="3-64 letters, digits, '.', '_' or '-'.")
    password: StrictStr = Field(description="12-128 characters, not containing the username.")
    permissions: list[StrictStr] = Field(description="Permission keys, e.g. ['orders'].")
    expires_at: StrictStr | None = Field(
        default=None, description="RFC 3339 time, at most 366 days ahead; null for never."
    )
    note: StrictStr | None = Field(default=None, description="At most 200 characters.")


class ErrorDetail(BaseModel):
    code: str
    message: str
    fields: dict[str, str] | None = None


class ErrorBody(BaseModel):
    error: ErrorDetail


class Health(BaseModel):
    status: Literal["ok"]
    version: str


class MerchantOut(BaseModel):
    id: str
    name: str
    email: str
    api_integration: StrictBool


class SessionOut(BaseModel):
    session_token: str
    expires_at: str
    merchant: MerchantOut


class Permission(BaseModel):
    key: str
    label: str
    description: str


class PermissionList(BaseModel):
    items: list[Permission]


class AccessToken(BaseModel):
    id: str
    username: str
    permissions: list[str]
    status: TokenStatus
    created_at: str
    expires_at: str | None
    revoked_at: str | None
    last_used_at: str | None
    token_hint: str = Field(description="The last 4 characters of the token.")
    note: str | None


class AccessTokenPage(BaseModel):
    items: list[AccessToken]
    next_cursor: str | None


class CreatedToken(BaseModel):
    access_token: AccessToken
    token: str = Field(description="The secret. This is the only response that carries it.")


class TokenMerchant(BaseModel):
    name: str


class TokenInfo(BaseModel):
    username: str
    permissions: list[str]
    expires_at: str | None
    merchant: TokenMerchant


class SampleList(BaseModel):
    items: list[dict[str, Any]]


def error_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """Document the error statuses a route can answer with, all in the one error shape."""
    return {status: {"model": ErrorBody} for status in statuses}
