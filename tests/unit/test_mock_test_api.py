"""The test-facing API every mock shares: seed/snapshot, request log, per-operation faults,
clock, reset, vendor names, and the vendor flows a user tries locally."""

from __future__ import annotations

import asyncio
import json
import socket
from pathlib import Path

import httpx
import pytest

from client_overlays import paymentworks
from speclib import discover_vendors
from vendor_mocks import IN_PROCESS_URL, REDACTED, FakeClock, FaultConfig, RunningMock, SeedError, create_mock, running
from vendor_mocks._core import InProcessTransport
from vendor_mocks._core.requestlog import redact
from vendor_mocks._core.specs import load_spec
from vendor_mocks._workers import SETTINGS_ENV, TcpConfig
from vendor_mocks._workers import __name__ as worker_module
from vendor_mocks._workers import app as worker_app
from vendor_mocks.cli import _fault_settings
from vendor_mocks.cli import main as vendor_mock_main
from vendor_mocks.credentials import PANORAYS, PAYMENTWORKS

VENDORS = ["economic", "panamah", "pandium", "panorays", "paymentworks"]


def http(mock_vendor: str, **options: object) -> tuple[httpx.Client, object]:
    mock = create_mock(mock_vendor, clock=FakeClock(), **options)
    return httpx.Client(transport=mock.transport(), base_url=IN_PROCESS_URL), mock


@pytest.mark.parametrize("vendor", VENDORS)
def test_snapshot_seeds_back_and_reset_restores_the_built_state(vendor: str) -> None:
    mock = create_mock(vendor, clock=FakeClock())
    built = mock.snapshot()
    assert built and all(records for records in built.values()), "every collection starts seeded"
    first = next(iter(built))
    mock.seed({first: built[first][:1]})
    assert len(mock.snapshot()[first]) == 1
    mock.seed(built)
    assert mock.snapshot() == built
    mock.seed({first: []})
    mock.reset()
    assert mock.snapshot() == built


def test_reset_empties_panamahs_request_counts_with_the_request_log() -> None:
    from panamah_client.api.stream import list_pending_resources

    from client_overlays import unwrap
    from vendor_mocks.panamah import PanamahMock

    with running("panamah") as served:
        mock = served.mock
        assert isinstance(mock, PanamahMock)
        unwrap(list_pending_resources.sync_detailed(client=served.client))
        assert mock.token_requests["auth"] == 1 and sum(mock.sdk_identities.values()) >= 1
        mock.reset()
        assert mock.request_log == [] and mock.token_requests == {} and mock.sdk_identities == {}


def test_a_bad_seed_names_where_and_what_and_changes_nothing() -> None:
    mock = create_mock("economic", clock=FakeClock())
    before = mock.snapshot()
    good = {"number": 1, "supplierNumber": 1001, "name": "Ok"}
    with pytest.raises(SeedError, match=r"contacts\[1\] at name: 42 is not of type 'string' \(schema Contact\)"):
        mock.seed({"groups": [], "contacts": [good, {"number": 2, "supplierNumber": 1001, "name": 42}]})
    with pytest.raises(SeedError, match=r"contacts\[1\]: a second record with number = 1"):
        mock.seed({"contacts": [good, good]})
    with pytest.raises(SeedError, match=r"unknown collection.*'suppliers'.*this mock has: contacts, groups"):
        mock.seed({"suppliers": []})
    assert mock.snapshot() == before


def test_seed_from_json_and_yaml_files(tmp_path: Path) -> None:
    mock = create_mock("paymentworks", clock=FakeClock())
    update = mock.snapshot()["updates"][0]
    (tmp_path / "state.json").write_text(json.dumps({"updates": [update]}))
    mock.seed(path=tmp_path / "state.json")
    assert mock.snapshot()["updates"] == [update]
    (tmp_path / "state.yaml").write_text("new_vendor_requests: []\nupdates: []\n")
    mock.seed(path=tmp_path / "state.yaml")
    assert mock.snapshot() == {"updates": [], "new_vendor_requests": []}
    (tmp_path / "state.txt").write_text("{}")
    with pytest.raises(SeedError, match=r"ends in \.json, \.yaml or \.yml"):
        mock.seed(path=tmp_path / "state.txt")


def test_panamah_stream_records_are_checked_against_their_model() -> None:
    mock = create_mock("panamah", clock=FakeClock())
    assinante = mock.snapshot()["assinantes"][0]["id"]
    with pytest.raises(SeedError, match=r"stream_records\[0\]: data: 'descricao' is a required property"):
        mock.seed({"stream_records": [{"assinanteId": assinante, "tipo": "PRODUTO", "data": {"id": "1"}}]})
    with pytest.raises(SeedError, match="no assinante 'nobody'"):
        mock.seed({"stream_records": [{"assinanteId": "nobody", "tipo": "PRODUTO", "data": {"id": "1"}}]})


def test_request_log_has_what_was_asked_with_credentials_redacted() -> None:
    with running("paymentworks") as mock_running:
        new_token = paymentworks.rotate_token(mock_running.client, user_id=1)
        client = httpx.Client(transport=mock_running.transport, base_url=IN_PROCESS_URL)
        client.get("/updates/", params={"per_page": "5", "token": new_token}, headers={"Authorization": "Token x"})
        refresh, listing = mock_running.mock.request_log
    assert (refresh.method, refresh.path, refresh.status, refresh.operation) == (
        "PUT",
        "/users/1/refresh_auth_token/",
        200,
        "refreshAuthToken",
    )
    assert refresh.headers["authorization"] == REDACTED
    assert listing.query == {"per_page": ["5"], "token": [REDACTED]} and listing.status == 401
    everything = repr(mock_running.mock.request_log) + repr([entry.headers for entry in mock_running.mock.request_log])
    assert new_token not in everything and PAYMENTWORKS["token"] not in everything
    assert redact({"auth_token": "s", "nested": [{"partnerSecret": "s", "name": "n"}]}) == {
        "auth_token": REDACTED,
        "nested": [{"partnerSecret": REDACTED, "name": "n"}],
    }


def test_per_operation_faults_hit_only_that_operation() -> None:
    client, mock = http("economic")
    headers = {
        "X-AppSecretToken": "eco-test-app-secret-token",
        "X-AgreementGrantToken": "eco-test-agreement-grant-token",
    }
    mock.faults = FaultConfig(per_operation={"GetContactById": FaultConfig(rate_503=1.0)})  # type: ignore[attr-defined]
    assert client.get("/Contacts/1", headers=headers).status_code == 503
    assert client.get("/Contacts", headers=headers).status_code == 200
    with pytest.raises(ValueError, match="does not have: GetContact; it has: CreateContact, "):
        mock.faults = FaultConfig(per_operation={"GetContact": FaultConfig(rate_500=1.0)})  # type: ignore[attr-defined]
    mock.reset()  # type: ignore[attr-defined]
    assert client.get("/Contacts/1", headers=headers).status_code != 503


def test_advance_needs_a_fake_clock_and_says_how() -> None:
    with pytest.raises(TypeError, match=r"create_mock\(vendor, clock=FakeClock\(\)\)"):
        create_mock("pandium").advance(5)


def test_economic_and_economic_suppliers_name_the_same_mock() -> None:
    assert create_mock("economic").slug == create_mock("economic-suppliers").slug == "economic-suppliers"
    with pytest.raises(ValueError, match="mocks exist for: economic, economic-suppliers, panamah"):
        create_mock("e-conomic")


@pytest.mark.parametrize("vendor", [vendor.slug for vendor in discover_vendors()])
def test_the_packaged_spec_is_the_repository_spec(vendor: str) -> None:
    assert load_spec(vendor) == next(v for v in discover_vendors() if v.slug == vendor).spec()


def test_panorays_handshake_takes_plain_http_on_loopback_only() -> None:
    client, _ = http("panorays")
    auth = {"Authorization": f"Bearer {PANORAYS['token']}"}
    elsewhere = client.post("/v2/hooks/handshake", json={"url": "http://hooks.example.com/x"}, headers=auth)
    assert elsewhere.status_code == 400 and "https" in elsewhere.text
    # Validation passes; the call then fails only because nothing listens on port 9.
    loopback = client.post("/v2/hooks/handshake", json={"url": "http://127.0.0.1:9/x"}, headers=auth)
    assert loopback.status_code == 400 and "could not call http://127.0.0.1:9/x" in loopback.text


def test_panorays_401_says_what_the_mock_expects() -> None:
    client, _ = http("panorays")
    doubled = client.get("/v2/suppliers", headers={"Authorization": f"Bearer Bearer {PANORAYS['token']}"})
    assert doubled.status_code == 401 and "pass the bare token" in doubled.json()["message"]
    unknown = client.get("/v2/suppliers", headers={"Authorization": "Bearer nope"})
    assert "Authorization: Bearer <token>" in unknown.json()["message"] and PANORAYS["token"] not in unknown.text


def test_vendor_mock_command_reports_a_bad_state_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "state.json").write_text('{"contacts": [{"name": "no number"}]}')
    with pytest.raises(SystemExit):
        vendor_mock_main(["economic", "--state", str(tmp_path / "state.json")])
    assert "missing 'number'" in capsys.readouterr().err


@pytest.mark.vendor_mock_options(contacts=3, groups=1)
def test_fixture_takes_constructor_options_from_the_marker(economic_mock: RunningMock) -> None:
    assert {name: len(records) for name, records in economic_mock.mock.snapshot().items()} == {
        "contacts": 3,
        "groups": 1,
    }
    assert economic_mock.base_url == IN_PROCESS_URL and economic_mock.transport is not None


def test_vendor_mock_command_faults_per_operation_in_every_worker(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        vendor_mock_main(["economic", "--fault", "GetContact:rate-503=1"])
    assert "does not have: GetContact; it has: CreateContact" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        vendor_mock_main(["economic", "--fault", "GetContactById:rate-404=1"])
    assert "NAME one of rate-429, rate-500" in capsys.readouterr().err
    # What `--workers N` hands each worker process: the per-operation faults survive the trip.
    faults = FaultConfig(per_operation={"GetContactById": FaultConfig(rate_503=1.0, latency=0.001)})
    settings = {"vendor": "economic", "options": {"contacts": 5}, "faults": _fault_settings(faults), "state": None}
    monkeypatch.setenv(SETTINGS_ENV, json.dumps(settings))
    client = httpx.Client(transport=InProcessTransport(worker_app()), base_url=IN_PROCESS_URL)
    headers = {
        "X-AppSecretToken": "eco-test-app-secret-token",
        "X-AgreementGrantToken": "eco-test-agreement-grant-token",
    }
    assert client.get("/Contacts/1", headers=headers).status_code == 503
    assert client.get("/Contacts", headers=headers).status_code == 200


def test_vendor_mock_workers_answer_without_waiting_for_delayed_acks() -> None:
    """`vendor-mock --workers N` serves from one socket bound for all workers; asyncio turns
    Nagle off (TCP_NODELAY) only on connections of a socket that says it is TCP, else a small
    answer written in two parts waits ~40 ms for the client's delayed ACK."""
    config = TcpConfig(f"{worker_module}:app", factory=True, host="127.0.0.1", port=0)
    listener = config.bind_socket()
    accepted: list[int] = []  # TCP_NODELAY of each connection accepted

    class Record(asyncio.Protocol):
        def connection_made(self, transport: asyncio.BaseTransport) -> None:
            accepted.append(transport.get_extra_info("socket").getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))

    async def connect_once() -> None:
        server = await asyncio.get_running_loop().create_server(Record, sock=listener)
        async with server:
            _, writer = await asyncio.open_connection(*listener.getsockname()[:2])
            for _ in range(200):  # bounded: the server's side is accepted within a few loop turns
                if accepted:
                    break
                await asyncio.sleep(0.005)
            writer.close()
            await writer.wait_closed()

    asyncio.run(connect_once())
    assert accepted and accepted[0] != 0
    assert listener.proto == socket.IPPROTO_TCP


@pytest.mark.parametrize(
    ("vendor", "class_name"),
    [
        ("economic", "EconomicMock"),
        ("economic-suppliers", "EconomicMock"),
        ("panamah", "PanamahMock"),
        ("pandium", "PandiumMock"),
        ("panorays", "PanoraysMock"),
        ("paymentworks", "PaymentWorksMock"),
    ],
)
def test_create_mock_builds_the_vendors_mock_class(vendor: str, class_name: str) -> None:
    """What create_mock's overloads promise the type checker, at run time too."""
    assert type(create_mock(vendor)).__name__ == class_name
