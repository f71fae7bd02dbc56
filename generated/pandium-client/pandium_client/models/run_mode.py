from enum import StrEnum


class RunMode(StrEnum):
    INIT = "init"
    NORMAL = "normal"

    def __str__(self) -> str:
        return str(self.value)
