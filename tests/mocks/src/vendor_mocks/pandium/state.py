"""Pandium's resources as the mock keeps them, and how runs and builds move with the clock.

Nothing here reads the wall clock: every time-dependent answer takes `now` from the mock's
injected clock, and progress is a pure function of it. A sync request opens a *pending* run
that collects the triggers of the same tenant and mode for `debounce` seconds (Pandium
debounces triggers); it then becomes a run that is queued for `queued` seconds and in progress
for `running` seconds. A source-control build becomes a release `build` seconds after it was
requested.
"""

from __future__ import annotations

import copy
import datetime as dt
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "SEED_EPOCH",
    "Build",
    "Connector",
    "Integration",
    "PandiumState",
    "PendingRun",
    "Release",
    "Run",
    "Tenant",
    "Timings",
    "Trigger",
    "iso",
]

# Seeded data is dated before this fixed instant (the FakeClock's default start), so the same
# seed gives the same data whatever clock the mock runs on.
SEED_EPOCH = 1_767_225_600.0  # 2026-01-01T00:00:00Z
PHASE_STATUS = {"Pending": "queued", "Running": "in progress", "Succeeded": "completed", "Failed": "failed"}
Json = dict[str, Any]


def iso(moment: float) -> str:
    """An ISO 8601 UTC timestamp with `Z`, as pydantic serialises aware datetimes."""
    return dt.datetime.fromtimestamp(moment, dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


@dataclass(frozen=True)
class Timings:
    """How long things take, in clock seconds."""

    debounce: float = 5.0  # a sync's triggers are collected this long before the run exists
    queued: float = 5.0  # a new run waits this long before it starts
    running: float = 30.0  # and runs this long
    build: float = 60.0  # a source-control build becomes a release after this long
    log_url_ttl: float = 300.0  # lifetime of the signed run-log URL

    def __post_init__(self) -> None:
        for name, value in vars(self).items():
            if value < 0:
                raise ValueError(f"{name} must be >= 0 seconds, got {value}")


@dataclass(frozen=True)
class Connector:
    name: str
    is_global: bool  # global: the integration owner's credentials, shared by every tenant

    def to_json(self) -> Json:
        return {"name": self.name, "isGlobal": self.is_global}


@dataclass
class Release:
    id: int
    integration_id: int
    name: str
    tag: str | None
    branch: str | None
    run_command: str | None
    config_schema: Json | None
    config_version: str
    created: float

    def to_json(self) -> Json:
        return {
            "id": self.id,
            "name": self.name,
            "repository_tracking_branch": self.branch,
            "run_command": self.run_command,
            "tag": self.tag,
            "config_schema": copy.deepcopy(self.config_schema),
            "config_version": self.config_version,
            "created_date": iso(self.created),
            "modified_date": iso(self.created),
        }


@dataclass
class Integration:
    id: int
    name: str
    long_name: str
    type: str
    connectors: list[Connector]
    repository_path: str | None
    repository_tracking_branch: str | None
    repository_url: str | None
    categories: list[Json]
    tags: list[Json]
    flag: Json | None
    default_release_id: int | None
    default_release_channel: str | None
    default_schedule: str  # the schedule new tenants get when none is requested
    dynamic_values: Json  # what an init run discovers in the connected systems (dynamic configs)
    created: float
    modified: float
    archived: bool = False

    def connector(self, name: str) -> Connector | None:
        return next((connector for connector in self.connectors if connector.name == name), None)

    def to_json(self) -> Json:
        return {
            "id": self.id,
            "created_date": iso(self.created),
            "modified_date": iso(self.modified),
            "name": self.name,
            "long_name": self.long_name,
            "connectors": [connector.to_json() for connector in self.connectors],
            "repository_path": self.repository_path,
            "repository_tracking_branch": self.repository_tracking_branch,
            "repository_url": self.repository_url,
            "type": self.type,
            "categories": copy.deepcopy(self.categories),
            "tags": copy.deepcopy(self.tags),
            "flag": copy.deepcopy(self.flag),
            "default_release_id": self.default_release_id,
            "default_release_channel": self.default_release_channel,
        }


@dataclass
class Trigger:
    id: int
    tenant_id: int
    mode: str
    payload: Json | None
    created: float
    source: str = "api"

    def to_json(self) -> Json:
        return {
            "id": self.id,
            "created_date": iso(self.created),
            "mode": self.mode,
            "source": self.source,
            "payload": copy.deepcopy(self.payload),
        }


@dataclass
class Run:
    id: int
    tenant_id: int
    integration_id: int
    mode: str
    created: float  # when the debounced triggers became this run
    starts: float
    finishes: float
    outcome: str  # the terminal phase: Succeeded or Failed
    triggers: list[Trigger]

    def phase(self, now: float) -> str:
        if now < self.starts:
            return "Pending"
        if now < self.finishes:
            return "Running"
        return self.outcome

    def status_text(self, now: float) -> str:
        """The trigger-status wording: queued, in progress, completed or failed."""
        return PHASE_STATUS[self.phase(now)]

    def to_json(self, now: float) -> Json:
        started = iso(self.starts) if now >= self.starts else None
        completed = iso(self.finishes) if now >= self.finishes else None
        return {
            "id": self.id,
            "tenant_id": self.tenant_id,
            "integration_id": self.integration_id,
            "mode": self.mode,
            "status": {"phase": self.phase(now), "startTime": started, "completionTime": completed},
            "triggers": [trigger.to_json() for trigger in self.triggers],
            "started_date": started,
            "completed_date": completed,
        }

    def snapshot(self, now: float) -> Json:
        """The run as a tenant's status shows it."""
        return {"id": self.id, "mode": self.mode, "phase": self.phase(now)}

    def log(self, now: float) -> str:
        """The run's log so far (a log exists from the moment the run does)."""
        lines = [f"{iso(self.created)} INFO run {self.id} queued ({self.mode}) for tenant {self.tenant_id}"]
        if now >= self.starts:
            lines.append(f"{iso(self.starts)} INFO starting {self.mode} sync for tenant {self.tenant_id}")
        if now >= self.finishes:
            level = "INFO" if self.outcome == "Succeeded" else "ERROR"
            lines.append(f"{iso(self.finishes)} {level} run {self.id} {self.outcome.lower()}")
        return "\n".join(lines) + "\n"


@dataclass
class PendingRun:
    """Triggers of one tenant and mode being debounced into one run."""

    tenant_id: int
    mode: str
    opened: float
    triggers: list[Trigger]


@dataclass
class Tenant:
    id: int
    name: str
    integration_id: int
    user_name: str | None  # the marketplace user the tenant was installed for
    configs: Json | None
    created: float
    paused: bool
    archived: bool
    user_schedule: str
    schedule: str
    source: str
    release_id: int | None
    release_channel: str | None
    connected: set[str]  # non-global connectors the tenant has credentials for
    metadata: Json = field(default_factory=dict)
    metadata_modified: float | None = None


@dataclass
class Build:
    id: int
    integration_id: int
    tag: str
    branch: str
    created: float
    finishes: float
    release_id: int | None = None  # set when the build has become a release

    def to_json(self, now: float) -> Json:
        status = "queued" if now <= self.created else "building"
        if self.release_id is not None:
            status = "succeeded"
        return {
            "id": self.id,
            "integration_id": self.integration_id,
            "tag": self.tag,
            "branch": self.branch,
            "status": status,
            "release_id": self.release_id,
            "created_date": iso(self.created),
        }


@dataclass
class PandiumState:
    """Everything the mock stores, and the clock-driven transitions between states."""

    timings: Timings
    integrations: dict[int, Integration] = field(default_factory=dict)
    releases: dict[int, Release] = field(default_factory=dict)
    tenants: dict[int, Tenant] = field(default_factory=dict)
    runs: dict[int, Run] = field(default_factory=dict)
    triggers: dict[int, Trigger] = field(default_factory=dict)
    pending: list[PendingRun] = field(default_factory=list)
    builds: dict[int, Build] = field(default_factory=dict)
    next_trigger_id: int = 9_655_159_064_915_567

    # --- clock-driven transitions ------------------------------------------------------------

    def settle(self, now: float) -> None:
        """Turn debounced triggers into runs and finished builds into releases, up to `now`."""
        still_pending = []
        for pending in self.pending:
            if now >= pending.opened + self.timings.debounce:
                self._start_run(pending)
            else:
                still_pending.append(pending)
        self.pending = still_pending
        for build in self.builds.values():
            if build.release_id is None and now >= build.finishes:
                self._release_build(build)

    def _start_run(self, pending: PendingRun) -> None:
        created = pending.opened + self.timings.debounce  # fixed by the first trigger, not by who looks
        tenant = self.tenants[pending.tenant_id]
        run = Run(
            id=max(self.runs, default=0) + 1,
            tenant_id=tenant.id,
            integration_id=tenant.integration_id,
            mode=pending.mode,
            created=created,
            starts=created + self.timings.queued,
            finishes=created + self.timings.queued + self.timings.running,
            outcome="Succeeded",
            triggers=pending.triggers,
        )
        self.runs[run.id] = run

    def _release_build(self, build: Build) -> None:
        template = self.latest_release(build.integration_id)
        release = Release(
            id=max(self.releases, default=0) + 1,
            integration_id=build.integration_id,
            name=build.tag,
            tag=build.tag,
            branch=build.branch,
            run_command=template.run_command if template else None,
            config_schema=copy.deepcopy(template.config_schema) if template else None,
            config_version=template.config_version if template else "2",
            created=build.finishes,
        )
        self.releases[release.id] = release
        build.release_id = release.id

    # --- syncs and runs --------------------------------------------------------------------------

    def request_sync(self, tenant: Tenant, mode: str, payload: Json | None, now: float) -> Trigger:
        trigger = Trigger(self.next_trigger_id, tenant.id, mode, payload, now)
        self.next_trigger_id += 1
        self.triggers[trigger.id] = trigger
        pending = next((p for p in self.pending if p.tenant_id == tenant.id and p.mode == mode), None)
        if pending is None:
            self.pending.append(PendingRun(tenant.id, mode, now, [trigger]))
        else:  # debounced: this trigger joins the run the earlier one opened
            pending.triggers.append(trigger)
        return trigger

    def run_of_trigger(self, trigger_id: int) -> Run | None:
        return next((run for run in self.runs.values() if any(t.id == trigger_id for t in run.triggers)), None)

    def runs_of(self, tenant_id: int) -> list[Run]:
        return [run for run in self.runs.values() if run.tenant_id == tenant_id]

    # --- releases ------------------------------------------------------------------------------

    def releases_of(self, integration_id: int) -> list[Release]:
        return sorted((r for r in self.releases.values() if r.integration_id == integration_id), key=lambda r: r.id)

    def latest_release(self, integration_id: int) -> Release | None:
        return max(self.releases_of(integration_id), key=lambda r: (r.created, r.id), default=None)

    def default_release(self, integration: Integration) -> Release | None:
        if integration.default_release_id is not None:
            return self.releases.get(integration.default_release_id)
        return self.latest_release(integration.id)

    def channel_release(self, integration: Integration, channel: str) -> Release | None:
        if channel == "Latest":
            return self.latest_release(integration.id)
        return self.default_release(integration)

    def tenant_release(self, tenant: Tenant) -> Release | None:
        integration = self.integrations[tenant.integration_id]
        if tenant.release_id is not None:
            return self.releases.get(tenant.release_id)
        return self.channel_release(integration, tenant.release_channel or "Default")

    # --- tenants --------------------------------------------------------------------------------

    def dynamic_configs(self, tenant: Tenant, now: float) -> Json:
        """What the tenant's init runs discovered: nothing until one has succeeded."""
        integration = self.integrations[tenant.integration_id]
        succeeded = any(run.mode == "init" and run.phase(now) == "Succeeded" for run in self.runs_of(tenant.id))
        return copy.deepcopy(integration.dynamic_values) if succeeded else {}

    def tenant_json(self, tenant: Tenant, now: float) -> Json:
        integration = self.integrations[tenant.integration_id]
        own_connectors = [c.name for c in integration.connectors if not c.is_global]
        runs = sorted(self.runs_of(tenant.id), key=lambda run: (run.created, run.id))
        current = [run for run in runs if run.phase(now) in ("Pending", "Running")]
        succeeded = [run for run in runs if run.phase(now) == "Succeeded"]
        return {
            "id": tenant.id,
            "name": tenant.name,
            "archived": tenant.archived,
            "integration_id": tenant.integration_id,
            "configs": copy.deepcopy(tenant.configs),
            "created_date": iso(tenant.created),
            "paused": tenant.paused,
            "user_schedule": tenant.user_schedule,
            "schedule": tenant.schedule,
            "source": tenant.source,
            "integration_release_id": tenant.release_id,
            "integration_release_channel": tenant.release_channel,
            "status": {
                "last_run": runs[-1].snapshot(now) if runs else None,
                "current_run": current[-1].snapshot(now) if current else {},
                "last_successful_run": succeeded[-1].snapshot(now) if succeeded else None,
                "dynamic_configs": self.dynamic_configs(tenant, now),
                "auth": {"connected": all(name in tenant.connected for name in own_connectors)},
            },
        }

    def metadata_json(self, tenant: Tenant) -> Json:
        modified = tenant.metadata_modified or tenant.created
        return {
            "tenant_id": tenant.id,
            "data": copy.deepcopy(tenant.metadata),
            "created_date": iso(tenant.created),
            "modified_date": iso(modified),
        }

    def name_taken(self, name: str, *, other_than: int | None = None) -> bool:
        return any(tenant.name == name and tenant.id != other_than for tenant in self.tenants.values())
