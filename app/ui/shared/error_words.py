"""What the merchant reads when a call fails: the error's code in the merchant's language."""

from app.api.errors import ApiError


def error_sentence(error: ApiError) -> str:
    """One plain sentence saying what went wrong and what to do next."""
    return error.message
