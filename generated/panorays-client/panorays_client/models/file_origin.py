from enum import StrEnum


class FileOrigin(StrEnum):
    BUSINESSINFORMATION = "businessInformation"
    CONNECTION = "connection"
    INQUIRY = "inquiry"

    def __str__(self) -> str:
        return str(self.value)
