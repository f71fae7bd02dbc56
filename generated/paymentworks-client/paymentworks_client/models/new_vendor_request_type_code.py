from enum import IntEnum


class NewVendorRequestTypeCode(IntEnum):
    FULL = 0
    PARTIAL = 1
    EDIT = 2

    def __str__(self) -> str:
        return str(self.value)
