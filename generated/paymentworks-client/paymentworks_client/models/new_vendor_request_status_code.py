from enum import IntEnum


class NewVendorRequestStatusCode(IntEnum):
    PENDING = 0
    APPROVED = 1
    PROCESSED = 2
    CONNECTED = 3
    REJECTED = 4
    RETURNED = 5

    def __str__(self) -> str:
        return str(self.value)
