from enum import StrEnum


class ReleaseChannel(StrEnum):
    DEFAULT = "Default"
    LATEST = "Latest"

    def __str__(self) -> str:
        return str(self.value)
