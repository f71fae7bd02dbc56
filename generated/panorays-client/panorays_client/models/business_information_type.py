from enum import StrEnum


class BusinessInformationType(StrEnum):
    DATE = "date"
    DROPDOWN = "dropDown"
    FILE = "file"
    MULTISELECTION = "multiSelection"
    TEXT = "text"

    def __str__(self) -> str:
        return str(self.value)
