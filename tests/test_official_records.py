"""Official records: Open Payments totals, NPPES records, state board links, keys from the environment."""

from __future__ import annotations

from footprint.extract import extract
from footprint.models import Payment
from footprint.sites import by_id
from footprint.sites.boards import board_for, boards
from footprint.sites.presence import fixture_page


def test_open_payments_rows_are_summed_per_payer_year_and_nature() -> None:
    site = by_id()["open_payments"]
    page = extract(fixture_page(site, "present"), site)
    assert page.payments == (
        Payment("Acme Pharmaceuticals, Inc.", 3750.5, 2021, "Consulting Fee"),
        Payment("Borealis Devices LLC", 18.42, 2021, "Food and Beverage"),
    )
    assert page.people[0].npi == "1234567893"
    assert extract(fixture_page(site, "absent"), site).payments == ()


def test_nppes_record_gives_npi_credential_taxonomy_and_practice_address() -> None:
    site = by_id()["npi_registry"]
    person = extract(fixture_page(site, "present"), site).people[0]
    assert (person.npi, person.credentials, person.specialties) == ("1234567893", ("MD",), ("Family Medicine",))
    assert person.addresses[0].city == "Portland" and person.addresses[0].purpose == "LOCATION"


def test_every_state_and_dc_has_a_board_lookup_link() -> None:
    from footprint.identity import US_STATES

    wanted = set(US_STATES) - {"PR", "GU", "VI"}
    assert set(boards()) == wanted and len(wanted) == 51
    assert all(b.url.startswith("https://") for b in boards().values())
    assert board_for("or") is not None and board_for("or").name == "Oregon Medical Board"
