from enum import IntEnum


class UpdateStatusCode(IntEnum):
    PENDING = 0
    APPROVED = 1
    REJECTED = 2
    PROCESSED = 3
    PROMOTED = 4

    def __str__(self) -> str:
        return str(self.value)
