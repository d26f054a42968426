from enum import StrEnum


class AccessTokenResponseHibpHint(StrEnum):
    EMAILANDPASSWORDCOMPROMISED = "EmailAndPasswordCompromised"
    PASSWORDCOMPROMISED = "PasswordCompromised"

    def __str__(self) -> str:
        return str(self.value)
