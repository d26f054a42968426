from enum import StrEnum


class PropertyPropertyType(StrEnum):
    BOOLEAN = "Boolean"
    ENUM = "Enum"
    INTEGER = "Integer"
    STRING = "String"

    def __str__(self) -> str:
        return str(self.value)
