from enum import StrEnum


class StreamModelTipo(StrEnum):
    """A value the vendor may add after this client was generated still parses: it becomes a
    `StreamModelTipo` whose `value` is what the vendor sent (`is_known` is False for it)."""

    ACESSO = "ACESSO"
    ASSINANTE = "ASSINANTE"
    CLIENTE = "CLIENTE"
    COMPRA = "COMPRA"
    EAN = "EAN"
    ESTOQUE_MOVIMENTACAO = "ESTOQUE_MOVIMENTACAO"
    EVENTO_CAIXA = "EVENTO_CAIXA"
    FORMA_PAGAMENTO = "FORMA_PAGAMENTO"
    FORNECEDOR = "FORNECEDOR"
    FUNCIONARIO = "FUNCIONARIO"
    GRUPO = "GRUPO"
    HOLDING = "HOLDING"
    LOCAL_ESTOQUE = "LOCAL_ESTOQUE"
    LOJA = "LOJA"
    META = "META"
    PRODUTO = "PRODUTO"
    REVENDA = "REVENDA"
    SECAO = "SECAO"
    SUBGRUPO = "SUBGRUPO"
    TITULO_PAGAR = "TITULO_PAGAR"
    TITULO_RECEBER = "TITULO_RECEBER"
    TROCA_DEVOLUCAO = "TROCA_DEVOLUCAO"
    TROCA_FORMA_PAGAMENTO = "TROCA_FORMA_PAGAMENTO"
    VENDA = "VENDA"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "StreamModelTipo | None":
        if not isinstance(value, str):
            return None
        unknown = str.__new__(cls, value)
        unknown._name_ = "UNKNOWN"
        unknown._value_ = value
        return unknown

    @property
    def is_known(self) -> bool:
        """Whether the spec this client was generated from lists this value."""
        return self._value_ in type(self)._value2member_map_
