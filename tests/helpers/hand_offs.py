"""What the developer's page does with a one-time link, for tests and screenshots."""

import httpx

from app.api.hand_off import b64url, key_proof, open_sealed, unb64url

FIREFOX_ON_WINDOWS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0"
)


def open_as_developer(url: str, link: str, agent: str = FIREFOX_ON_WINDOWS) -> dict[str, object]:
    """Press Show: the proof from the link's key, the one open, the contents opened."""
    address, key = link.split("#")
    proof = b64url(key_proof(unb64url(key)))
    hand_off_id = address.rsplit("/", 1)[1]
    opened = httpx.post(
        f"{url}/v1/hand-offs/{hand_off_id}/open",
        json={"key_proof": proof},
        headers={"User-Agent": agent},
    )
    assert opened.status_code == 200, opened.text
    return open_sealed(opened.json()["ciphertext"], key, url)
