from enum import StrEnum


class FileField(StrEnum):
    ADDED_BY = "added_by"
    FILENAME = "filename"
    INSERT_TS = "insert_ts"
    ORIGIN = "origin"
    TYPE = "type"

    def __str__(self) -> str:
        return str(self.value)
