"""Contains all the data models used in inputs/outputs"""

from .create_o_auth_token_body import CreateOAuthTokenBody
from .create_o_auth_token_response_403 import CreateOAuthTokenResponse403
from .error_response import ErrorResponse
from .error_response_error import ErrorResponseError
from .token_response import TokenResponse

__all__ = (
    "CreateOAuthTokenBody",
    "CreateOAuthTokenResponse403",
    "ErrorResponse",
    "ErrorResponseError",
    "TokenResponse",
)
