"""Contains all the data models used in inputs/outputs"""

from .access_token_request import AccessTokenRequest
from .access_token_response import AccessTokenResponse
from .access_token_response_user_status import AccessTokenResponseUserStatus
from .o_auth_token import OAuthToken
from .o_auth_token_response import OAuthTokenResponse
from .user_info import UserInfo

__all__ = (
    "AccessTokenRequest",
    "AccessTokenResponse",
    "AccessTokenResponseUserStatus",
    "OAuthToken",
    "OAuthTokenResponse",
    "UserInfo",
)
