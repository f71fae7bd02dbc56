from enum import StrEnum


class SortDirection(StrEnum):
    ASC = "ASC"
    ASC_LOWER = "asc"
    ASC_NUMERIC = "1"
    DESC = "DESC"
    DESC_LOWER = "desc"
    DESC_NUMERIC = "-1"

    def __str__(self) -> str:
        return str(self.value)
