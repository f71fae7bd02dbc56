"""The agreement's data: supplier contacts and supplier groups, seeded deterministically.

Records are kept in the shape e-conomic answers them (camelCase JSON names, no nulls, no
false booleans), keyed by `number`. `objectVersion` works like the SQL Server `rowversion`
e-conomic exposes (base64 of a database-wide 8-byte counter, e.g. `AAAAAAAAB9E=`): every
write gets a new one, which is what makes a stale PUT detectable.
"""

from __future__ import annotations

import base64
import bisect
import datetime as dt
import math
import random
from collections.abc import Callable, Collection, Hashable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "ALLOWED_ACCOUNT_TYPES",
    "Agreement",
    "Table",
    "seed_contacts",
    "seed_groups",
    "timestamp",
]

Record = dict[str, Any]

# e-conomic's account types a supplier group may post to ("balance or profit and loss").
ALLOWED_ACCOUNT_TYPES = frozenset({"profitAndLoss", "status"})
# Seeded data lies before this instant whatever the clock says, so a seed always gives the same data.
SEED_EPOCH = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
SEED_SPAN_SECONDS = 2 * 365 * 86_400
FIRST_NAMES = ("Mette", "Lars", "Sofie", "Jonas", "Anne", "Mikkel", "Ida", "Rasmus", "Freja", "Søren", "Åse", "Emil")
LAST_NAMES = ("Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen", "Holm")
# Names with the characters a filter must escape, so the escape sequences have something to find.
TRICKY_NAMES = (
    "Kaffe & Co (DK)",
    "Berg, Lise",
    "Star*Line Logistics",
    "Dollar$ Dave",
    "[Team] Invoices",
    "100% Office",
)
GROUP_NAMES = ("Domestic suppliers", "Suppliers abroad (EU)", "Suppliers abroad (non-EU)", "Freight", "Utilities")
DEFAULT_ACCOUNTS = (6800, 6810, 6820, 6830, 6840, 5800, 5810, 7000)


def timestamp(moment: dt.datetime) -> str:
    """`lastUpdated` as e-conomic writes it: UTC, seconds, `Z`."""
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class Table:
    """One resource's records by number, kept in ascending number order (an index on `number`).

    Reads are served from caches a write drops: each record's JSON text (a 1,000-item set is
    joined from ready text, not encoded anew) and each sort order asked for. Change a record
    only through `put` (also after editing it in place), so neither cache goes stale."""

    records: dict[int, Record] = field(default_factory=dict)
    _order: list[int] = field(default_factory=list)
    _texts: dict[int, bytes] = field(default_factory=dict)
    _sorted: dict[Hashable, list[Record]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._order = sorted(self.records)

    def __iter__(self) -> Iterator[Record]:
        return (self.records[number] for number in list(self._order))

    def __len__(self) -> int:
        return len(self.records)

    def __reversed__(self) -> Iterator[Record]:
        """Descending number order, from the index (no sort)."""
        return (self.records[number] for number in reversed(list(self._order)))

    def between(self, low: float, high: float) -> Iterator[Record]:
        """Records with `low <= number <= high`, in number order, without scanning the rest."""
        order, records = self._order, self.records
        end = len(order) if high == math.inf else bisect.bisect_right(order, high)
        return (records[order[index]] for index in range(bisect.bisect_left(order, low), end))

    def get(self, number: int) -> Record | None:
        return self.records.get(number)

    def put(self, record: Record) -> None:
        if record["number"] not in self.records:
            bisect.insort(self._order, record["number"])
        self.records[record["number"]] = record
        self._changed(record["number"])

    def delete(self, number: int) -> bool:
        if self.records.pop(number, None) is None:
            return False
        self._order.pop(bisect.bisect_left(self._order, number))
        self._changed(number)
        return True

    def text(self, record: Record, encode: Callable[[Record], bytes]) -> bytes:
        """`encode(record)`, computed once per version of the record."""
        number = record["number"]
        text = self._texts.get(number)
        if text is None:
            text = self._texts[number] = encode(record)
        return text

    def ordered(self, key: Hashable, arrange: Callable[[list[Record]], list[Record]]) -> list[Record]:
        """`arrange(all records in number order)`, computed once per `key` until the next write."""
        arranged = self._sorted.get(key)
        if arranged is None:
            arranged = self._sorted[key] = arrange(list(self))
        return arranged

    def _changed(self, number: int) -> None:
        self._texts.pop(number, None)
        self._sorted.clear()


@dataclass
class Agreement:
    """Everything one e-conomic agreement holds, plus the counters that mint numbers and versions."""

    contacts: Table = field(default_factory=Table)
    groups: Table = field(default_factory=Table)
    row_version: int = 2_000  # e-conomic's versions are a database-wide counter, far from zero
    next_contact_number: int = 1
    # supplier number -> the last contact number its web interface showed
    user_interface_numbers: dict[int, int] = field(default_factory=dict)

    def new_version(self) -> str:
        self.row_version += 1
        return base64.b64encode(self.row_version.to_bytes(8, "big")).decode()

    def new_contact_number(self) -> int:
        number = self.next_contact_number
        self.next_contact_number += 1
        return number

    def next_user_interface_number(self, supplier_number: int) -> int:
        """The per-supplier contact number the web interface shows (1, 2, ... for each supplier)."""
        number = self.user_interface_numbers.get(supplier_number, 0) + 1
        self.user_interface_numbers[supplier_number] = number
        return number


def seed_contacts(agreement: Agreement, rng: random.Random, count: int, suppliers: Collection[int]) -> None:
    """`count` contacts; numbers grow with gaps (deleted contacts), names are unique per supplier."""
    pool = sorted(suppliers)
    taken: set[tuple[int, str]] = set()
    number = 0
    for index in range(count):
        number += rng.randint(1, 3)
        supplier = rng.choice(pool)
        name = _unique_name(rng, index, supplier, taken)
        record: Record = {
            "number": number,
            "supplierNumber": supplier,
            "userInterfaceNumber": agreement.next_user_interface_number(supplier),
            "name": name,
            "lastUpdated": timestamp(SEED_EPOCH + dt.timedelta(seconds=rng.randrange(SEED_SPAN_SECONDS))),
            "objectVersion": agreement.new_version(),
        }
        _add_optional(record, rng, name)
        agreement.contacts.put(record)
    agreement.next_contact_number = number + 1


def _unique_name(rng: random.Random, index: int, supplier: int, taken: set[tuple[int, str]]) -> str:
    name = TRICKY_NAMES[index // 7 % len(TRICKY_NAMES)] if index % 7 == 3 else ""
    # Bounded: a counter suffix always makes the name unique within its supplier.
    for attempt in range(len(taken) + 2):
        if not name or (supplier, name.casefold()) in taken:
            name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}" + (f" {attempt}" if attempt > 3 else "")
            continue
        break
    taken.add((supplier, name.casefold()))
    return name


def _add_optional(record: Record, rng: random.Random, name: str) -> None:
    """Optional properties are absent rather than null, as e-conomic answers them."""
    if rng.random() < 0.8:
        local = "".join(ch for ch in name.lower().replace(" ", ".") if ch.isascii() and (ch.isalnum() or ch == "."))
        record["email"] = f"{local or 'contact'}{record['number']}@supplier{record['supplierNumber']}.dk"
    if rng.random() < 0.6:
        record["phone"] = f"+45 {rng.randint(20, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
    if rng.random() < 0.2:
        record["notes"] = rng.choice(("Handles invoices.", "Call before noon.", "Prefers e-mail; cc accounting."))
    if rng.random() < 0.05:
        record["isDeleted"] = True


def seed_groups(agreement: Agreement, rng: random.Random, count: int, accounts: Mapping[int, str] | None) -> None:
    """`count` groups numbered 1..count, posting to accounts the agreement has (if it says which)."""
    usable = sorted(n for n, kind in accounts.items() if kind in ALLOWED_ACCOUNT_TYPES) if accounts else []
    choices = usable or list(DEFAULT_ACCOUNTS)
    for number in range(1, count + 1):
        base = GROUP_NAMES[(number - 1) % len(GROUP_NAMES)]
        agreement.groups.put(
            {
                "number": number,
                "name": base if number <= len(GROUP_NAMES) else f"{base} {number}",
                "accountNumber": rng.choice(choices),
                "objectVersion": agreement.new_version(),
            }
        )
