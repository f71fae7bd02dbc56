"""The rules e-conomic applies to writes beyond what the schema says, answered with the error
codes the spec's tags list in `x-error-codes` (the mock checks at start-up that each code it
uses is declared there).

Which suppliers and accounts exist is outside the Suppliers API: the mock only knows them when a
test says so (`supplier_numbers`, `accounts`); otherwise every number is taken to exist.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from typing import Any

from .problems import ErrorItem
from .state import ALLOWED_ACCOUNT_TYPES, Table

__all__ = ["ERROR_CODES", "contact_errors", "group_errors", "undeclared_codes"]

CONTACT_NAME_EXISTS = "SupplierContactNameAlreadyExists"
CONTACT_NAME_EMPTY = "SupplierContactNameNullOrEmpty"
SUPPLIER_MISSING = "SupplierDoesNotExist"
SUPPLIER_MISMATCH = "SupplierNumberMismatch"
GROUP_EXISTS = "SupplierGroupIdAlreadyExists"
GROUP_NAME_EMPTY = "SupplierGroupNameEmpty"
ACCOUNT_MISSING = "ERROR_CODE_AccountDoesNotExist"
ACCOUNT_WRONG_TYPE = "ERROR_CODE_AccountIsNotBalanceOrProfitAndLossType"
ERROR_CODES = {
    "Contacts": (CONTACT_NAME_EXISTS, CONTACT_NAME_EMPTY, SUPPLIER_MISSING, SUPPLIER_MISMATCH),
    "Groups": (GROUP_EXISTS, GROUP_NAME_EMPTY, ACCOUNT_MISSING, ACCOUNT_WRONG_TYPE),
}

Body = Mapping[str, Any]


def undeclared_codes(tags: Iterable[Mapping[str, Any]]) -> list[str]:
    """Codes this module answers that the spec's tag does not declare (should be none)."""
    declared = {tag["name"]: set(tag.get("x-error-codes", [])) for tag in tags}
    return [code for tag, codes in ERROR_CODES.items() for code in codes if code not in declared.get(tag, set())]


def contact_errors(
    body: Body, *, existing: Mapping[str, Any] | None, contacts: Table, suppliers: Collection[int] | None
) -> list[ErrorItem]:
    name = str(body["name"])
    supplier = int(body["supplierNumber"])
    errors: list[ErrorItem] = []
    if not name.strip():
        errors.append(ErrorItem("Supplier contact name cannot be empty.", "name", CONTACT_NAME_EMPTY))
    if existing is not None and existing["supplierNumber"] != supplier:
        errors.append(ErrorItem("The supplier number cannot be updated.", "supplierNumber", SUPPLIER_MISMATCH))
    elif suppliers is not None and supplier not in suppliers:
        errors.append(ErrorItem(f"The supplier {supplier} does not exist.", "supplierNumber", SUPPLIER_MISSING))
    if name.strip() and _name_taken(contacts, supplier, name, existing):
        errors.append(ErrorItem("This supplier already has a contact with the same name.", "name", CONTACT_NAME_EXISTS))
    return errors


def _name_taken(contacts: Table, supplier: int, name: str, existing: Mapping[str, Any] | None) -> bool:
    """Names are unique per supplier, compared case-insensitively (SQL Server's default collation)."""
    wanted = name.casefold()
    own = existing["number"] if existing is not None else None
    return any(
        c["supplierNumber"] == supplier and c["name"].casefold() == wanted and c["number"] != own for c in contacts
    )


def group_errors(body: Body, *, creating: bool, groups: Table, accounts: Mapping[int, str] | None) -> list[ErrorItem]:
    errors: list[ErrorItem] = []
    if creating and groups.get(int(body["number"])) is not None:
        errors.append(ErrorItem("There is a supplier group with the same number already.", "number", GROUP_EXISTS))
    if not str(body["name"]).strip():
        errors.append(ErrorItem("Group name cannot be empty.", "name", GROUP_NAME_EMPTY))
    errors += _account_errors(int(body["accountNumber"]), accounts)
    return errors


def _account_errors(account: int, accounts: Mapping[int, str] | None) -> list[ErrorItem]:
    if accounts is None:
        return []
    if account not in accounts:
        return [ErrorItem(f"The account number {account} does not exist.", "accountNumber", ACCOUNT_MISSING)]
    if accounts[account] not in ALLOWED_ACCOUNT_TYPES:
        return [ErrorItem("The type of the account is invalid.", "accountNumber", ACCOUNT_WRONG_TYPE)]
    return []
