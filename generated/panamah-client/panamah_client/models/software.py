from enum import StrEnum


class Software(StrEnum):
    COLETOR = "COLETOR"
    EASYASSIST = "EASYASSIST"
    MILENIO = "MILENIO"
    SYSPDV = "SYSPDV"
    SYSPDVWEB = "SYSPDVWEB"
    SYSPDV_APP = "SYSPDV_APP"
    VAREJOFACIL = "VAREJOFACIL"

    def __str__(self) -> str:
        return str(self.value)
