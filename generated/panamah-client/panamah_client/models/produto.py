from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, EmptyDictUntilSet, Unset, build_list, parse_date_time

if TYPE_CHECKING:
    from ..models.produto_composicao import ProdutoComposicao
    from ..models.produto_fornecedor import ProdutoFornecedor


T = TypeVar("T", bound="Produto")
# `from_dict` runs once per item of a page: what it calls is bound once here (one global
# lookup per call instead of a global and an attribute).
_new_instance = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "descricao",
        "id",
        "secaoId",
        "composicao",
        "tipoComposicao",
        "dataInclusao",
        "finalidade",
        "ativo",
        "grupoId",
        "pesoVariavel",
        "quantidadeItensEmbalagem",
        "subgrupoId",
        "fornecedores",
    }
)
_only_known_keys = _KNOWN_KEYS.issuperset


@_attrs_define
class Produto:
    """Product (produto) sold by the subscriber.

    Attributes:
        descricao (str): Description (name) of the record as shown in the partner's software.
        id (str): Identifier of the record in the partner's system.
        secao_id (str): Id of the section (SECAO).
        composicao (ProdutoComposicao | Unset): Composition of a composite product (kit or recipe): the component items
            and the quantity the composition yields.
        tipo_composicao (str | Unset): Kind of composition of the product (e.g. KIT).
        data_inclusao (datetime.datetime | Unset): When the product was registered.
        finalidade (str | Unset): Purpose of the product (e.g. COMERCIALIZACAO).
        ativo (bool | Unset): Whether the product is active.
        grupo_id (str | Unset): Id of the group (GRUPO).
        peso_variavel (bool | Unset): Whether the product is sold by variable weight.
        quantidade_itens_embalagem (float | Unset): Number of units in the product's package.
        subgrupo_id (str | Unset): Id of the subgroup (SUBGRUPO).
        fornecedores (list[ProdutoFornecedor] | Unset): Suppliers of the product.
    """

    descricao: str
    id: str
    secao_id: str
    composicao: ProdutoComposicao | Unset = UNSET
    tipo_composicao: str | Unset = UNSET
    data_inclusao: datetime.datetime | Unset = UNSET
    finalidade: str | Unset = UNSET
    ativo: bool | Unset = UNSET
    grupo_id: str | Unset = UNSET
    peso_variavel: bool | Unset = UNSET
    quantidade_itens_embalagem: float | Unset = UNSET
    subgrupo_id: str | Unset = UNSET
    fornecedores: list[ProdutoFornecedor] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        descricao = self.descricao

        id = self.id

        secao_id = self.secao_id

        composicao: dict[str, Any] | Unset = UNSET
        if not isinstance(self.composicao, Unset):
            composicao = self.composicao.to_dict()

        tipo_composicao = self.tipo_composicao

        data_inclusao: str | Unset = UNSET
        if not isinstance(self.data_inclusao, Unset):
            data_inclusao = self.data_inclusao.isoformat()

        finalidade = self.finalidade

        ativo = self.ativo

        grupo_id = self.grupo_id

        peso_variavel = self.peso_variavel

        quantidade_itens_embalagem = self.quantidade_itens_embalagem

        subgrupo_id = self.subgrupo_id

        fornecedores: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fornecedores, Unset):
            fornecedores = []
            for fornecedores_item_data in self.fornecedores:
                fornecedores_item = fornecedores_item_data.to_dict()
                fornecedores.append(fornecedores_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "descricao": descricao,
                "id": id,
                "secaoId": secao_id,
            }
        )
        if composicao is not UNSET:
            field_dict["composicao"] = composicao
        if tipo_composicao is not UNSET:
            field_dict["tipoComposicao"] = tipo_composicao
        if data_inclusao is not UNSET:
            field_dict["dataInclusao"] = data_inclusao
        if finalidade is not UNSET:
            field_dict["finalidade"] = finalidade
        if ativo is not UNSET:
            field_dict["ativo"] = ativo
        if grupo_id is not UNSET:
            field_dict["grupoId"] = grupo_id
        if peso_variavel is not UNSET:
            field_dict["pesoVariavel"] = peso_variavel
        if quantidade_itens_embalagem is not UNSET:
            field_dict["quantidadeItensEmbalagem"] = quantidade_itens_embalagem
        if subgrupo_id is not UNSET:
            field_dict["subgrupoId"] = subgrupo_id
        if fornecedores is not UNSET:
            field_dict["fornecedores"] = fornecedores

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.produto_composicao import ProdutoComposicao  # noqa: PLC0415
        from ..models.produto_fornecedor import ProdutoFornecedor  # noqa: PLC0415

        get = src_dict.get
        self = _new_instance(Produto)
        self.descricao = src_dict["descricao"]

        self.id = src_dict["id"]

        self.secao_id = src_dict["secaoId"]

        _composicao = get("composicao", UNSET)
        self.composicao = UNSET if _composicao is UNSET else ProdutoComposicao.from_dict(_composicao)

        self.tipo_composicao = get("tipoComposicao", UNSET)

        _data_inclusao = get("dataInclusao", UNSET)
        self.data_inclusao = UNSET if _data_inclusao is UNSET else parse_date_time(_data_inclusao)

        self.finalidade = get("finalidade", UNSET)

        self.ativo = get("ativo", UNSET)

        self.grupo_id = get("grupoId", UNSET)

        self.peso_variavel = get("pesoVariavel", UNSET)

        self.quantidade_itens_embalagem = get("quantidadeItensEmbalagem", UNSET)

        self.subgrupo_id = get("subgrupoId", UNSET)

        _fornecedores = get("fornecedores", UNSET)
        fornecedores: list[ProdutoFornecedor] | Unset = UNSET
        if _fornecedores is not UNSET:
            fornecedores = build_list(ProdutoFornecedor.from_dict, _fornecedores)

        self.fornecedores = fornecedores

        # Only known keys (most items): the slot stays unset and reads as {} (EmptyDictUntilSet).
        if not _only_known_keys(src_dict):
            self.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}

        if cls is Produto:
            return self  # type: ignore[return-value]
        # A subclass may have an `__init__` of its own (fields with defaults, `__attrs_post_init__`):
        # it is built through it.
        produto = cls(
            self.descricao,
            self.id,
            self.secao_id,
            self.composicao,
            self.tipo_composicao,
            self.data_inclusao,
            self.finalidade,
            self.ativo,
            self.grupo_id,
            self.peso_variavel,
            self.quantidade_itens_embalagem,
            self.subgrupo_id,
            self.fornecedores,
        )
        produto.additional_properties = self.additional_properties
        return produto

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


setattr(Produto, "additional_properties", EmptyDictUntilSet(vars(Produto)["additional_properties"]))
