from enum import StrEnum


class IntegrationType(StrEnum):
    EXTERNAL = "External"
    INTERNAL = "Internal"
    PANDIUM = "Pandium"

    def __str__(self) -> str:
        return str(self.value)
