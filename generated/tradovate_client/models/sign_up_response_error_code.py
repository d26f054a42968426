from enum import StrEnum


class SignUpResponseErrorCode(StrEnum):
    DATAERROR = "DataError"
    EMAILALREADYREGISTERED = "EmailAlreadyRegistered"
    EMAILANDPASSWORDCOMPROMISED = "EmailAndPasswordCompromised"
    EMAILPOLICYFAILED = "EmailPolicyFailed"
    FAILEDRECAPTCHA = "FailedRecaptcha"
    PASSWORDCOMPROMISED = "PasswordCompromised"
    SUCCESS = "Success"
    UNKNOWNERROR = "UnknownError"
    USERALREADYEXISTS = "UserAlreadyExists"
    WEAKPASSWORD = "WeakPassword"
    WRONGCHALLENGE = "WrongChallenge"
    WRONGCHALLENGEORIGIN = "WrongChallengeOrigin"

    def __str__(self) -> str:
        return str(self.value)
