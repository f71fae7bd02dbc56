from enum import StrEnum


class EventoCaixaTipo(StrEnum):
    ABERTURA = "ABERTURA"
    ENTRADA_OPERADOR = "ENTRADA_OPERADOR"
    FECHAMENTO = "FECHAMENTO"
    SAIDA_OPERADOR = "SAIDA_OPERADOR"

    def __str__(self) -> str:
        return str(self.value)
