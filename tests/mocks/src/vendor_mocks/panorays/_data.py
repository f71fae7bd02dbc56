"""The Panorays mock's in-memory company: suppliers, files, tags, segments, templates.

Seeded from `random.Random(seed)`, so the same seed gives the same company; enum values
(approval statuses, evaluation types, file origins, business information types) are read
from the spec, never restated here.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "Company",
    "Enums",
    "ExampleIds",
    "Question",
    "StoredFile",
    "StoredSupplier",
    "adopt_example_ids",
    "new_id",
    "seed_company",
    "timestamp",
]

NAME_FIRST = ("Acme", "Globex", "Initech", "Umbrella", "Stark", "Wayne", "Hooli", "Vandelay", "Soylent", "Cyberdyne")
NAME_SECOND = ("Cloud", "Payroll", "Logistics", "Analytics", "Security", "Hosting", "Marketing", "Legal", "Health")
TAG_NAMES = ("critical-vendors", "payroll", "cloud", "gdpr", "pci", "hr", "marketing", "legacy", "offshore", "mssp")
SEGMENT_NAMES = ("Tier 1", "Tier 2", "Tier 3", "Internal IT", "Procurement")
TEMPLATE_NAMES = ("SIG Lite", "CAIQ", "Panorays Standard", "GDPR Readiness")
RELATIONSHIPS = ("Data processor", "Software vendor", "Professional services", "Hardware supplier")
PORTFOLIOS = ("IT", "Finance", "HR", "Operations")
USERS = ("security-team@example.com", "vendor-risk@example.com", "procurement@example.com")
FILE_TYPES = ("pdf", "docx", "xlsx", "png", "jpg")
# The first bytes of each file type, so a download looks like the file it claims to be.
MAGIC = {"pdf": b"%PDF-1.7\n", "docx": b"PK\x03\x04", "xlsx": b"PK\x03\x04", "png": b"\x89PNG\r\n\x1a\n"}
JPEG_MAGIC = b"\xff\xd8\xff\xe0"


@dataclass(frozen=True)
class Enums:
    """Enum values read from the spec's component schemas."""

    approval_statuses: tuple[str, ...]
    evaluation_types: tuple[str, ...]
    file_origins: tuple[str, ...]
    question_types: tuple[str, ...]
    events: tuple[str, ...]

    @classmethod
    def from_spec(cls, spec: dict[str, Any]) -> Enums:
        schemas = spec["components"]["schemas"]
        return cls(
            approval_statuses=tuple(schemas["ApprovalStatus"]["enum"]),
            evaluation_types=tuple(schemas["EvaluationType"]["enum"]),
            file_origins=tuple(schemas["FileOrigin"]["enum"]),
            question_types=tuple(schemas["BusinessInformationType"]["enum"]),
            events=tuple(schemas["WebhookEventName"]["enum"]),
        )


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    type: str


@dataclass
class StoredSupplier:
    data: dict[str, Any]  # the representation the API answers (before `fields[]` projection)
    segment_id: str | None = None  # segments are not part of the supplier object

    @property
    def id(self) -> str:
        return str(self.data["id"])


@dataclass
class StoredFile:
    supplier_id: str
    data: dict[str, Any]  # id, origin, type, filename, added_by, insert_ts
    content: bytes


@dataclass
class Company:
    suppliers: dict[str, StoredSupplier] = field(default_factory=dict)  # in insertion order
    files: dict[str, StoredFile] = field(default_factory=dict)
    tags: dict[str, str] = field(default_factory=dict)  # id -> name, in insertion order
    segments: dict[str, str] = field(default_factory=dict)  # id -> name
    templates: dict[str, str] = field(default_factory=dict)  # questionnaire template id -> name
    questions: dict[str, Question] = field(default_factory=dict)  # business information questions

    def tag_id(self, name: str) -> str | None:
        return next((tag_id for tag_id, tag_name in self.tags.items() if tag_name == name), None)

    def template_id(self, name: str) -> str | None:
        return next((template_id for template_id, n in self.templates.items() if n == name), None)

    def files_of(self, supplier_id: str) -> list[StoredFile]:
        return [stored for stored in self.files.values() if stored.supplier_id == supplier_id]

    def business_information(self, answers: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Request answers as the supplier shows them: with the question's text and type when known."""
        items = []
        for answer in answers:
            item: dict[str, Any] = {"question_id": answer["question_id"], "answer": answer["answer"]}
            question = self.questions.get(answer["question_id"])
            if question is not None:
                item |= {"question": question.text, "type": question.type}
            items.append(item)
        return items


def new_id(rng: random.Random, taken: Any = ()) -> str:
    """A 24-hex-digit id like Panorays' (MongoDB ObjectIds), unused in `taken`."""
    for _ in range(100):  # a collision of 96 random bits is already astronomically unlikely
        candidate = rng.randbytes(12).hex()
        if candidate not in taken:
            return candidate
    raise RuntimeError("could not draw an unused id")


def timestamp(moment: float) -> str:
    return dt.datetime.fromtimestamp(moment, dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def seed_company(rng: random.Random, enums: Enums, now: float, *, suppliers: int, files: int) -> Company:
    """A company with `suppliers` suppliers and about `files` files per supplier on average."""
    company = Company()
    company.tags = {new_id(rng): name for name in TAG_NAMES}
    company.segments = {new_id(rng): name for name in SEGMENT_NAMES}
    company.templates = {new_id(rng): name for name in TEMPLATE_NAMES}
    for text, kind in zip(("Service category", "Data processed", "Contract end"), enums.question_types, strict=False):
        question = Question(new_id(rng), text, kind)
        company.questions[question.id] = question
    for index, name in enumerate(_supplier_names(rng, suppliers)):
        stored = _seed_supplier(rng, enums, company, now, name, index)
        company.suppliers[stored.id] = stored
        for _ in range(rng.randint(0, 2 * files)):
            _seed_file(rng, enums, company, stored, now)
    return company


def _supplier_names(rng: random.Random, count: int) -> list[str]:
    names = [f"{first} {second}" for first in NAME_FIRST for second in NAME_SECOND]
    rng.shuffle(names)
    # Beyond the combinations, numbered names keep every supplier's name distinct.
    return [names[i] if i < len(names) else f"{names[i % len(names)]} {i // len(names) + 1}" for i in range(count)]


def _slug(name: str) -> str:
    return "-".join(name.lower().split())


def _seed_supplier(
    rng: random.Random, enums: Enums, company: Company, now: float, name: str, index: int
) -> StoredSupplier:
    inserted = now - rng.randint(30, 900) * 86_400 - rng.randint(0, 86_399)
    assessed = rng.random() < 0.85
    assets = [f"{_slug(name)}.com"] + ([f"{_slug(name)}-cdn.net"] if rng.random() < 0.3 else [])
    data: dict[str, Any] = {
        "id": new_id(rng, company.suppliers),
        "name": name,
        "insert_ts": timestamp(inserted),
        "created_by": rng.choice(USERS),
        "business_impact": rng.randint(1, 5),
        "combined_score": rng.randint(300, 950) if assessed else None,
        "approval": _seed_approval(rng, enums, inserted),
        "assets": assets,
        "contacts": [_seed_contact(rng, name, assets[0], n) for n in range(rng.randint(0, 2))],
        "tags": sorted(rng.sample(list(company.tags.values()), rng.randint(0, 2))),
        "relationships": rng.sample(RELATIONSHIPS, rng.randint(0, 2)),
        "portfolios": rng.sample(PORTFOLIOS, rng.randint(0, 1)),
        "evaluation_type": rng.choice(enums.evaluation_types),
        "latest_assessment_date": timestamp(inserted + 7 * 86_400) if assessed else None,
        "business_information": _seed_business_information(rng, company),
        "questionnaires": [_seed_questionnaire(rng, company, inserted) for _ in range(rng.randint(0, 2))],
    }
    segment = rng.choice([None, *company.segments])
    return StoredSupplier(data, segment)


def _seed_approval(rng: random.Random, enums: Enums, inserted: float) -> dict[str, Any]:
    return {
        "status": rng.choice(enums.approval_statuses),
        "by": rng.choice(USERS),
        "update_ts": timestamp(inserted + rng.randint(1, 60) * 86_400),
        "reason": None,
    }


def _seed_contact(rng: random.Random, name: str, domain: str, number: int) -> dict[str, Any]:
    first = ("jane", "john", "maria", "li", "omar")[rng.randint(0, 4)]
    return {
        "email": f"{first}.{number}@{domain}",
        "name": f"{first.title()} of {name}",
        "language": "en",
        "position": ("CISO", "CTO", "Compliance officer")[number % 3],
        "phone": f"+1 212 555 {rng.randint(1000, 9999)}",
    }


def _seed_business_information(rng: random.Random, company: Company) -> list[dict[str, Any]]:
    answered = [q for q in company.questions.values() if rng.random() < 0.5]
    return [
        {"question_id": q.id, "question": q.text, "type": q.type, "answer": f"Answer {rng.randint(1, 9)}"}
        for q in answered
    ]


def _seed_questionnaire(rng: random.Random, company: Company, inserted: float) -> dict[str, Any]:
    sent = inserted + rng.randint(1, 20) * 86_400
    submitted = rng.random() < 0.6
    return {
        "questionnaire_id": new_id(rng),
        "questionnaire_score": round(rng.uniform(40, 100), 1) if submitted else None,
        "questionnaire_sent_date": timestamp(sent),
        "questionnaire_submit_date": timestamp(sent + rng.randint(1, 20) * 86_400) if submitted else None,
        "questionnaire_type": rng.choice(list(company.templates.values())),
    }


def _seed_file(rng: random.Random, enums: Enums, company: Company, supplier: StoredSupplier, now: float) -> None:
    file_id = new_id(rng, company.files)
    kind = rng.choice(FILE_TYPES)
    content = MAGIC.get(kind, JPEG_MAGIC) + rng.randbytes(rng.randint(32, 256))
    data = {
        "id": file_id,
        "origin": rng.choice(enums.file_origins),
        "type": kind,
        "filename": f"{_slug(supplier.data['name'])}-{len(company.files_of(supplier.id)) + 1}.{kind}",
        "added_by": rng.choice(USERS),
        "insert_ts": timestamp(now - rng.randint(0, 300) * 86_400),
    }
    company.files[file_id] = StoredFile(supplier.id, data, content)


@dataclass(frozen=True)
class ExampleIds:
    """The ids the spec's examples name, so that a copied example finds its record in the mock."""

    supplier: str
    segment: str
    template: str
    questionnaire: str
    file: str
    tag: str

    @classmethod
    def from_spec(cls, spec: dict[str, Any]) -> ExampleIds:
        def example(path: str, method: str, name: str) -> str:
            item = spec["paths"][path]
            for parameter in [*item.get("parameters", []), *item[method].get("parameters", [])]:
                if "$ref" in parameter:
                    parameter = spec["components"]["parameters"][parameter["$ref"].rpartition("/")[2]]
                if parameter["name"] == name:
                    return str(parameter["example"])
            raise LookupError(f"{method.upper()} {path} has no parameter {name}")

        questionnaire = "/v2/suppliers/{supplierId}/questionnaires/{templateOrQuestionnaireId}"
        return cls(
            supplier=example("/v2/suppliers/{supplierId}", "get", "supplierId"),
            segment=example("/v2/suppliers/{supplierId}/segments/{segmentId}", "put", "segmentId"),
            template=example(questionnaire, "post", "templateOrQuestionnaireId"),
            questionnaire=example(questionnaire, "get", "templateOrQuestionnaireId"),
            file=example("/v2/files/{fileId}", "get", "fileId"),
            tag=example("/v2/tags/{tagId}", "get", "tagId"),
        )


def adopt_example_ids(company: Company, ids: ExampleIds, rng: random.Random, enums: Enums, now: float) -> None:
    """Give the first seeded supplier, segment, template and tag the ids the spec's examples use,
    and that supplier a file and a questionnaire with the examples' ids."""
    first = next(iter(company.suppliers.values()))
    old_supplier = first.id
    first.data["id"] = ids.supplier
    company.suppliers = {stored.id: stored for stored in company.suppliers.values()}
    for stored_file in company.files.values():
        if stored_file.supplier_id == old_supplier:
            stored_file.supplier_id = ids.supplier
    old_segment = next(iter(company.segments))
    company.segments = {(ids.segment if key == old_segment else key): name for key, name in company.segments.items()}
    for stored in company.suppliers.values():
        if stored.segment_id == old_segment:
            stored.segment_id = ids.segment
    old_template = next(iter(company.templates))
    company.templates = {(ids.template if k == old_template else k): v for k, v in company.templates.items()}
    old_tag = next(iter(company.tags))
    company.tags = {(ids.tag if key == old_tag else key): name for key, name in company.tags.items()}
    if not company.files_of(ids.supplier):
        _seed_file(rng, enums, company, first, now)
    old_file = company.files_of(ids.supplier)[0].data["id"]
    company.files = {(ids.file if k == old_file else k): v for k, v in company.files.items()}
    company.files[ids.file].data["id"] = ids.file
    if not first.data["questionnaires"]:
        first.data["questionnaires"].append(_seed_questionnaire(rng, company, now))
    first.data["questionnaires"][0]["questionnaire_id"] = ids.questionnaire
