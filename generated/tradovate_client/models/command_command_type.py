from enum import StrEnum


class CommandCommandType(StrEnum):
    CANCEL = "Cancel"
    MODIFY = "Modify"
    NEW = "New"

    def __str__(self) -> str:
        return str(self.value)
