from enum import StrEnum


class StreamOperationKind(StrEnum):
    DELETE = "delete"
    DELETE_UPPERCASE = "DELETE"
    UPDATE = "update"
    UPDATE_UPPERCASE = "UPDATE"

    def __str__(self) -> str:
        return str(self.value)
