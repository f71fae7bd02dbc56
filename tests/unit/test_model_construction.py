"""How the generated `from_dict` builds its instance.

For the model class itself, `from_dict` fills the attrs slots directly instead of calling the
generated `__init__` (README, "The parse path: our templates"); a subclass is built through its
own `__init__`, as the stock templates build every class. These tests pin that both give what
`__init__` gives, and that each instance owns its `additional_properties`.
"""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

import attrs
from economic_suppliers_client.models import Contact
from economic_suppliers_client.types import UNSET

CONTACT = {
    "supplierNumber": 7,
    "name": "Ida Jensen",
    "number": 2,
    "email": "ida@example.com",
    "lastUpdated": "2024-02-26T06:18:36Z",
}


@attrs.define
class TaggedContact(Contact):
    """A user's subclass: a field of its own with a default, and a post-init hook."""

    tag: str = "untagged"
    hook_ran: bool = attrs.field(init=False, default=False)

    def __attrs_post_init__(self) -> None:
        self.hook_ran = True


def _by_init(**extra: Any) -> Contact:
    contact = Contact(
        supplier_number=7,
        name="Ida Jensen",
        number=2,
        email="ida@example.com",
        last_updated=dt.datetime(2024, 2, 26, 6, 18, 36, tzinfo=dt.UTC),
    )
    contact.additional_properties.update(extra)
    return contact


def test_from_dict_builds_what_init_builds() -> None:
    parsed = Contact.from_dict(CONTACT)
    assert type(parsed) is Contact
    assert parsed == _by_init()
    assert parsed.phone is UNSET
    assert parsed.to_dict() == Contact.from_dict(parsed.to_dict()).to_dict()


def test_unknown_keys_are_kept_and_each_instance_owns_its_dict() -> None:
    plain, other = Contact.from_dict(CONTACT), Contact.from_dict(CONTACT)
    with_extra = Contact.from_dict({**CONTACT, "vip": True})
    assert with_extra == _by_init(vip=True)
    assert with_extra.additional_properties == {"vip": True}
    plain["note"] = "changed"
    assert other.additional_properties == {}
    assert plain.additional_properties is not other.additional_properties


def test_additional_properties_of_a_plain_item_behave_as_a_stored_empty_dict() -> None:
    # An item without unknown keys leaves the slot unset (one dict less per item); everything a
    # user does with it behaves as if `{}` had been stored: reads, writes, attrs' methods, copies.
    parsed = Contact.from_dict(CONTACT)
    assert parsed == _by_init() and repr(parsed) == repr(_by_init())
    assert attrs.asdict(parsed)["additional_properties"] == {}
    assert copy.copy(parsed) == parsed and copy.copy(parsed).additional_properties == {}
    evolved = attrs.evolve(Contact.from_dict(CONTACT), name="Lars")
    assert evolved.name == "Lars" and evolved.additional_properties == {}
    assert "vip" not in parsed and parsed.additional_keys == []
    parsed["vip"] = True
    assert parsed.additional_properties == {"vip": True} and parsed.to_dict()["vip"] is True
    parsed.additional_properties = {"other": 1}
    assert parsed["other"] == 1 and "vip" not in parsed
    del parsed.additional_properties
    assert parsed.additional_properties == {}


def test_a_subclass_is_built_through_its_own_init() -> None:
    parsed = TaggedContact.from_dict({**CONTACT, "vip": True})
    assert type(parsed) is TaggedContact
    assert parsed.tag == "untagged"
    assert parsed.hook_ran
    assert (parsed.supplier_number, parsed.name, parsed.last_updated) == (7, "Ida Jensen", _by_init().last_updated)
    assert parsed.additional_properties == {"vip": True}
