"""Contains all the data models used in inputs/outputs

Each model's module is imported on first use of its name (`from .models import Contact`, or
`models.Contact`), not when the package is imported: a program pays only for the models it uses.
Type checkers see every name through the imports under `TYPE_CHECKING`.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .acesso import Acesso
    from .assinante import Assinante
    from .assinante_create_request import AssinanteCreateRequest
    from .assinante_record import AssinanteRecord
    from .assinante_record_plano_uso import AssinanteRecordPlanoUso
    from .assinante_update_request import AssinanteUpdateRequest
    from .assinante_update_request_plano_uso import AssinanteUpdateRequestPlanoUso
    from .cliente import Cliente
    from .compra import Compra
    from .compra_item import CompraItem
    from .ean import Ean
    from .error import Error
    from .estoque_movimentacao import EstoqueMovimentacao
    from .evento_caixa import EventoCaixa
    from .evento_caixa_tipo import EventoCaixaTipo
    from .evento_caixa_valor_declarado import EventoCaixaValorDeclarado
    from .forma_pagamento import FormaPagamento
    from .fornecedor import Fornecedor
    from .funcionario import Funcionario
    from .grupo import Grupo
    from .holding import Holding
    from .local_estoque import LocalEstoque
    from .loja import Loja
    from .meta import Meta
    from .pending_resources import PendingResources
    from .pending_resources_by_tipo import PendingResourcesByTipo
    from .produto import Produto
    from .produto_composicao import ProdutoComposicao
    from .produto_composicao_item import ProdutoComposicaoItem
    from .produto_fornecedor import ProdutoFornecedor
    from .revenda import Revenda
    from .secao import Secao
    from .software import Software
    from .stream_auth_request import StreamAuthRequest
    from .stream_data_result import StreamDataResult
    from .stream_failure_item import StreamFailureItem
    from .stream_failures import StreamFailures
    from .stream_model_tipo import StreamModelTipo
    from .stream_operation import StreamOperation
    from .stream_operation_data import StreamOperationData
    from .stream_operation_kind import StreamOperationKind
    from .stream_result_item import StreamResultItem
    from .stream_successes import StreamSuccesses
    from .stream_tokens import StreamTokens
    from .subgrupo import Subgrupo
    from .titulo_pagar import TituloPagar
    from .titulo_pagar_pagamento import TituloPagarPagamento
    from .titulo_receber import TituloReceber
    from .titulo_receber_pagamento import TituloReceberPagamento
    from .troca_devolucao import TrocaDevolucao
    from .troca_devolucao_item import TrocaDevolucaoItem
    from .troca_forma_pagamento import TrocaFormaPagamento
    from .venda import Venda
    from .venda_item import VendaItem
    from .venda_pagamento import VendaPagamento

_MODULES = {
    "Acesso": ".acesso",
    "Assinante": ".assinante",
    "AssinanteCreateRequest": ".assinante_create_request",
    "AssinanteRecord": ".assinante_record",
    "AssinanteRecordPlanoUso": ".assinante_record_plano_uso",
    "AssinanteUpdateRequest": ".assinante_update_request",
    "AssinanteUpdateRequestPlanoUso": ".assinante_update_request_plano_uso",
    "Cliente": ".cliente",
    "Compra": ".compra",
    "CompraItem": ".compra_item",
    "Ean": ".ean",
    "Error": ".error",
    "EstoqueMovimentacao": ".estoque_movimentacao",
    "EventoCaixa": ".evento_caixa",
    "EventoCaixaTipo": ".evento_caixa_tipo",
    "EventoCaixaValorDeclarado": ".evento_caixa_valor_declarado",
    "FormaPagamento": ".forma_pagamento",
    "Fornecedor": ".fornecedor",
    "Funcionario": ".funcionario",
    "Grupo": ".grupo",
    "Holding": ".holding",
    "LocalEstoque": ".local_estoque",
    "Loja": ".loja",
    "Meta": ".meta",
    "PendingResources": ".pending_resources",
    "PendingResourcesByTipo": ".pending_resources_by_tipo",
    "Produto": ".produto",
    "ProdutoComposicao": ".produto_composicao",
    "ProdutoComposicaoItem": ".produto_composicao_item",
    "ProdutoFornecedor": ".produto_fornecedor",
    "Revenda": ".revenda",
    "Secao": ".secao",
    "Software": ".software",
    "StreamAuthRequest": ".stream_auth_request",
    "StreamDataResult": ".stream_data_result",
    "StreamFailureItem": ".stream_failure_item",
    "StreamFailures": ".stream_failures",
    "StreamModelTipo": ".stream_model_tipo",
    "StreamOperation": ".stream_operation",
    "StreamOperationData": ".stream_operation_data",
    "StreamOperationKind": ".stream_operation_kind",
    "StreamResultItem": ".stream_result_item",
    "StreamSuccesses": ".stream_successes",
    "StreamTokens": ".stream_tokens",
    "Subgrupo": ".subgrupo",
    "TituloPagar": ".titulo_pagar",
    "TituloPagarPagamento": ".titulo_pagar_pagamento",
    "TituloReceber": ".titulo_receber",
    "TituloReceberPagamento": ".titulo_receber_pagamento",
    "TrocaDevolucao": ".troca_devolucao",
    "TrocaDevolucaoItem": ".troca_devolucao_item",
    "TrocaFormaPagamento": ".troca_forma_pagamento",
    "Venda": ".venda",
    "VendaItem": ".venda_item",
    "VendaPagamento": ".venda_pagamento",
}

__all__ = (
    "Acesso",
    "Assinante",
    "AssinanteCreateRequest",
    "AssinanteRecord",
    "AssinanteRecordPlanoUso",
    "AssinanteUpdateRequest",
    "AssinanteUpdateRequestPlanoUso",
    "Cliente",
    "Compra",
    "CompraItem",
    "Ean",
    "Error",
    "EstoqueMovimentacao",
    "EventoCaixa",
    "EventoCaixaTipo",
    "EventoCaixaValorDeclarado",
    "FormaPagamento",
    "Fornecedor",
    "Funcionario",
    "Grupo",
    "Holding",
    "LocalEstoque",
    "Loja",
    "Meta",
    "PendingResources",
    "PendingResourcesByTipo",
    "Produto",
    "ProdutoComposicao",
    "ProdutoComposicaoItem",
    "ProdutoFornecedor",
    "Revenda",
    "Secao",
    "Software",
    "StreamAuthRequest",
    "StreamDataResult",
    "StreamFailureItem",
    "StreamFailures",
    "StreamModelTipo",
    "StreamOperation",
    "StreamOperationData",
    "StreamOperationKind",
    "StreamResultItem",
    "StreamSuccesses",
    "StreamTokens",
    "Subgrupo",
    "TituloPagar",
    "TituloPagarPagamento",
    "TituloReceber",
    "TituloReceberPagamento",
    "TrocaDevolucao",
    "TrocaDevolucaoItem",
    "TrocaFormaPagamento",
    "Venda",
    "VendaItem",
    "VendaPagamento",
)


def __getattr__(name: str) -> Any:
    try:
        module = _MODULES[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value  # later look-ups find it without calling this again
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
