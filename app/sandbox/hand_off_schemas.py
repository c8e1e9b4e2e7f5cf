"""The one-time hand-off's request and answer shapes, as the OpenAPI document describes them."""

from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StrictInt, StrictStr

from app.api.hand_off import MAX_SEALED_CHARS
from app.sandbox.schemas import Text, Timestamp

EXPIRY_HOURS = (1, 24, 72)
HandOffStatus = Literal["waiting", "opened", "expired", "withdrawn"]
_STRICT = ConfigDict(strict=True, extra="forbid")
_BASE64URL = "^[A-Za-z0-9_-]+$"
PROOF_CHARS = 43  # 32 bytes in base64url without padding


def _expiry(hours: int) -> int:
    if hours not in EXPIRY_HOURS:
        raise ValueError("This must be 1, 24 or 72 hours.")
    return hours


Base64Url = Annotated[StrictStr, Field(pattern=_BASE64URL)]


class CreateHandOffRequest(BaseModel):
    model_config = _STRICT
    access_token_id: Text = Field(description="The token whose secret the hand-off carries.")
    token_hint: Text = Field(
        description="The last 4 characters of the secret inside: refused (`secret_replaced`) "
        "unless it is the token's current secret, so a show-once screen kept open past a "
        "rotation never sends a secret that no longer works.",
        max_length=16,
    )
    ciphertext: Base64Url = Field(
        description="The sealed hand-off (base64url): a format byte (1), a 96-bit nonce, then "
        "AES-256-GCM's output; made by the sender, never opened by the server.",
        min_length=40,
        max_length=MAX_SEALED_CHARS,
    )
    key_proof: Base64Url = Field(
        description="HKDF-SHA256 of the link's key under the proof label (32 bytes, "
        "base64url): proves the key when the hand-off is opened, without telling it. The "
        "server keeps only its SHA-256.",
        min_length=PROOF_CHARS,
        max_length=PROOF_CHARS,
    )
    expires_in_hours: Annotated[StrictInt, AfterValidator(_expiry)] = Field(
        description="How long the link works unopened: 1, 24 or 72 hours (never past the "
        "token's own expiry).",
        json_schema_extra={"enum": list(EXPIRY_HOURS)},
    )


class HandOffCreated(BaseModel):
    id: str = Field(description="128 random bits; says nothing without the link's key.")
    url: str = Field(
        description="The page that opens it, on this server's own origin. The link to give is "
        "this address, `#`, and the key: the key never reaches the server."
    )
    expires_at: Timestamp


class OpenHandOffRequest(BaseModel):
    model_config = _STRICT
    key_proof: Base64Url = Field(
        description="HKDF-SHA256 of the link's key under the proof label (base64url).",
        min_length=PROOF_CHARS,
        max_length=PROOF_CHARS,
    )


class OpenedHandOff(BaseModel):
    ciphertext: str = Field(description="The sealed hand-off, deleted from the server now.")


class HandOffOpening(BaseModel):
    at: Timestamp
    ip: str | None = Field(description="The address that opened it, as the server saw it.")
    user_agent: str | None = Field(description="The browser's User-Agent, cleaned, 200 at most.")


class HandOffReceipt(BaseModel):
    id: str
    access_token_id: str
    status: HandOffStatus = Field(
        description="`waiting` (until `expires_at`), `opened` (once: see `opened`), `expired` "
        "unopened, or `withdrawn` (by the merchant, or by revoking or rotating the token)."
    )
    created_at: Timestamp
    expires_at: Timestamp
    opened: HandOffOpening | None
    withdrawn_at: Timestamp | None
    wrong_keys: int = Field(description="How many opens with a wrong key were refused.")


class HandOffPage(BaseModel):
    items: list[HandOffReceipt]
    next_cursor: str | None
