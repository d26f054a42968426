from enum import StrEnum


class UserPromoCodeSource(StrEnum):
    ADMIN = "Admin"
    INPUT = "Input"
    URL = "URL"

    def __str__(self) -> str:
        return str(self.value)
