"""Contains all the data models used in inputs/outputs"""

from .authentication_response import AuthenticationResponse
from .authorization_request import AuthorizationRequest
from .get_token_response_400 import GetTokenResponse400
from .get_token_response_400_error import GetTokenResponse400Error

__all__ = (
    "AuthenticationResponse",
    "AuthorizationRequest",
    "GetTokenResponse400",
    "GetTokenResponse400Error",
)
