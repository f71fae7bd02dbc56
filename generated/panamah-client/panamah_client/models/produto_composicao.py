from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, EmptyDictUntilSet, Unset, build_list

if TYPE_CHECKING:
    from ..models.produto_composicao_item import ProdutoComposicaoItem


T = TypeVar("T", bound="ProdutoComposicao")
# `from_dict` runs once per item of a page: what it calls is bound once here (one global
# lookup per call instead of a global and an attribute).
_new_instance = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "quantidade",
        "itens",
    }
)
_only_known_keys = _KNOWN_KEYS.issuperset


@_attrs_define
class ProdutoComposicao:
    """Composition of a composite product (kit or recipe): the component items and the quantity the composition yields.

    Attributes:
        quantidade (float): Quantity of the composite product that the components yield.
        itens (list[ProdutoComposicaoItem] | Unset): Component products of the composition.
    """

    quantidade: float
    itens: list[ProdutoComposicaoItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quantidade = self.quantidade

        itens: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.itens, Unset):
            itens = []
            for itens_item_data in self.itens:
                itens_item = itens_item_data.to_dict()
                itens.append(itens_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "quantidade": quantidade,
            }
        )
        if itens is not UNSET:
            field_dict["itens"] = itens

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.produto_composicao_item import ProdutoComposicaoItem  # noqa: PLC0415

        get = src_dict.get
        self = _new_instance(ProdutoComposicao)
        self.quantidade = src_dict["quantidade"]

        _itens = get("itens", UNSET)
        itens: list[ProdutoComposicaoItem] | Unset = UNSET
        if _itens is not UNSET:
            itens = build_list(ProdutoComposicaoItem.from_dict, _itens)

        self.itens = itens

        # Only known keys (most items): the slot stays unset and reads as {} (EmptyDictUntilSet).
        if not _only_known_keys(src_dict):
            self.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}

        if cls is ProdutoComposicao:
            return self  # type: ignore[return-value]
        # A subclass may have an `__init__` of its own (fields with defaults, `__attrs_post_init__`):
        # it is built through it.
        produto_composicao = cls(
            self.quantidade,
            self.itens,
        )
        produto_composicao.additional_properties = self.additional_properties
        return produto_composicao

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


setattr(ProdutoComposicao, "additional_properties", EmptyDictUntilSet(vars(ProdutoComposicao)["additional_properties"]))
