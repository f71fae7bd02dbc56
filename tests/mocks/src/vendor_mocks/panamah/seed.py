"""Deterministic seed data for the Panamah mock: subscribers, their products and sales.

Records are built from the spec's own examples (`ModelCatalog.example`) with new ids, so they
are valid by construction. Some sales name products that were never sent, so a fresh mock
already has pending resources to list.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

from .models import ModelCatalog

__all__ = ["SeedSizes", "cnpj", "ean13", "seed_products", "seed_sales", "seed_subscriber"]

CNPJ_WEIGHTS = ((5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2), (6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2))
SUBSCRIBER_NAMES = (
    ("Mercadinho Boa Vista", "Fortaleza", "Aldeota"),
    ("Supermercado Pague Menos", "Fortaleza", "Centro"),
    ("Mercearia Sao Jose", "Sobral", "Centro"),
    ("Atacarejo Litoral", "Caucaia", "Icarai"),
    ("Minimercado Bom Preco", "Maracanau", "Jereissati"),
)
PRODUCT_NAMES = (
    "Arroz branco tipo 1 5kg",
    "Feijao carioca 1kg",
    "Cafe torrado e moido 500g",
    "Acucar cristal 1kg",
    "Oleo de soja 900ml",
    "Leite integral 1l",
    "Macarrao espaguete 500g",
    "Farinha de mandioca 1kg",
)
SEED_HOST = "seed.panamah.mock"
SEED_SDK_IDENTITY = "panamah-api1.0.0"


@dataclass(frozen=True)
class SeedSizes:
    subscribers: int
    products: int  # per subscriber
    sales: int  # per subscriber


def cnpj(rng: random.Random) -> str:
    """A CNPJ (digits only) with valid check digits: 8 random digits, branch 0001, 2 check digits."""
    digits = [rng.randint(0, 9) for _ in range(8)] + [0, 0, 0, 1]
    for weights in CNPJ_WEIGHTS:
        remainder = sum(d * w for d, w in zip(digits, weights, strict=True)) % 11
        digits.append(0 if remainder < 2 else 11 - remainder)
    return "".join(map(str, digits))


def ean13(rng: random.Random) -> str:
    """A Brazilian EAN-13 (prefix 789) with a valid check digit, the usual PRODUTO id."""
    digits = [7, 8, 9] + [rng.randint(0, 9) for _ in range(9)]
    total = sum(d * (3 if index % 2 else 1) for index, d in enumerate(digits))
    return "".join(map(str, digits)) + str((10 - total % 10) % 10)


def seed_subscriber(rng: random.Random, index: int) -> dict[str, Any]:
    """The create body of a seeded subscriber (the mock stores it as a create would)."""
    name, city, district = SUBSCRIBER_NAMES[index % len(SUBSCRIBER_NAMES)]
    number = cnpj(rng)
    return {
        "id": number,
        "nome": f"{name} LTDA",
        "fantasia": name,
        "cnpj": number,
        "ramo": "SUPERMERCADO",
        "uf": "CE",
        "cidade": city,
        "bairro": district,
        "ativo": True,
        "softwaresAtivos": ["SYSPDV"],
        "softwaresEmContratosDeManutencao": ["SYSPDV"],
    }


def seed_products(catalog: ModelCatalog, rng: random.Random, count: int) -> list[dict[str, Any]]:
    products = []
    for _ in range(count):
        product = catalog.example("PRODUTO")
        # A plain product: the example's composition names a component product of its own.
        product.pop("composicao", None)
        product.pop("tipoComposicao", None)
        product.update(id=ean13(rng), descricao=rng.choice(PRODUCT_NAMES))
        products.append(product)
    return products


def seed_sales(catalog: ModelCatalog, rng: random.Random, product_ids: list[str], count: int) -> list[dict[str, Any]]:
    """Sales of known products; about half also sell a product Panamah never received."""
    sales = []
    for number in range(count):
        sale = catalog.example("VENDA")
        template = sale["itens"][0]
        sold = [rng.choice(product_ids)] if product_ids else []
        if not sold or rng.random() < 0.5:
            sold.append(ean13(rng))
        sale["itens"] = [dict(template, produtoId=product_id, codigoRegistrado=product_id) for product_id in sold]
        sale.update(id=f"V-1-3-{200_000 + number}", sequencial=str(200_000 + number), quantidadeItens=len(sold))
        sales.append(sale)
    return sales
