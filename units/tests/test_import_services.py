import io
from datetime import date

import pytest
from auditlog.context import set_actor
from auditlog.models import LogEntry
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.db import IntegrityError, transaction

from kehoach.audit import as_system
from units import catalogue
from units.import_services import catalogue_import
from units.models import Unit, UnitKind
from units.services import unit_update

CAN_THO = "92"
CA_MAU = "96"


def test_the_catalogue_has_the_34_provinces_and_3321_communes_of_2025() -> None:
    provinces = catalogue.provinces()
    assert len(provinces) == 34
    assert sum(len(catalogue.communes(p.code)) for p in provinces) == 3321
    can_tho = catalogue.province(CAN_THO)
    assert can_tho is not None
    assert can_tho.committee_name == "Ủy ban nhân dân thành phố Cần Thơ"
    assert catalogue.province(CA_MAU).committee_name == "Ủy ban nhân dân tỉnh Cà Mau"
    names = [c.name for c in catalogue.communes(CAN_THO)]
    assert "Xã Phú Hữu" in names  # the package writes "Xã  Phú Hữu", with two spaces


@pytest.mark.django_db
def test_it_imports_can_tho_under_a_new_peoples_committee() -> None:
    [result] = catalogue_import(province_codes=[CAN_THO])

    committee = Unit.objects.get(official_code=CAN_THO)
    assert committee.name == "Ủy ban nhân dân thành phố Cần Thơ"
    assert committee.kind == UnitKind.PROVINCE
    communes = committee.children.filter(kind=UnitKind.COMMUNE)
    assert communes.count() == 103
    assert (result.committee, result.created, result.unchanged) == ("created", 103, 0)
    ward = communes.get(short_name="Phường Ninh Kiều")
    assert ward.name == "Ủy ban nhân dân phường Ninh Kiều"
    assert len(ward.official_code) == 5
    assert ward.valid_from == date(2025, 7, 1)
    assert ward.search_text == "uy ban nhan dan phuong ninh kieu phuong ninh kieu"


@pytest.mark.django_db
def test_every_created_unit_has_its_creation_in_the_history() -> None:
    with as_system("manage.py units_catalogue"):
        catalogue_import(province_codes=[CA_MAU])

    ward = Unit.objects.filter(kind=UnitKind.COMMUNE).first()
    entry = LogEntry.objects.get_for_object(ward).get()
    assert entry.action == LogEntry.Action.CREATE
    assert entry.changes["name"][1] == ward.name
    assert entry.changes["official_code"][1] == ward.official_code
    assert entry.additional_data == {"system": "manage.py units_catalogue"}


def test_the_history_names_the_administrator_who_imported(administrator) -> None:
    with set_actor(administrator):
        catalogue_import(province_codes=[CA_MAU])

    ward = Unit.objects.filter(kind=UnitKind.COMMUNE, parent__official_code=CA_MAU).first()
    assert LogEntry.objects.get_for_object(ward).get().actor == administrator


@pytest.mark.django_db
def test_importing_twice_changes_nothing() -> None:
    catalogue_import(province_codes=[CAN_THO])
    count, entries = Unit.objects.count(), LogEntry.objects.count()

    [again] = catalogue_import(province_codes=[CAN_THO])

    assert (again.committee, again.created, again.unchanged, again.renamed) == (
        "unchanged", 0, 103, 0)
    assert (Unit.objects.count(), LogEntry.objects.count()) == (count, entries)


@pytest.mark.django_db
def test_a_second_import_restores_the_catalogue_name_and_keeps_the_unit() -> None:
    catalogue_import(province_codes=[CAN_THO])
    ward = Unit.objects.get(short_name="Phường Ninh Kiều")
    unit_update(unit=ward, name="UBND P. Ninh Kiều", short_name="")

    [again] = catalogue_import(province_codes=[CAN_THO])

    ward.refresh_from_db()
    assert ward.name == "Ủy ban nhân dân phường Ninh Kiều"
    assert (again.renamed, again.unchanged, again.renamed_names) == (
        1, 102, ["Ủy ban nhân dân phường Ninh Kiều"])


@pytest.mark.django_db
def test_an_official_code_never_changes_owner() -> None:
    catalogue_import(province_codes=[CAN_THO])
    ward = Unit.objects.get(short_name="Phường Ninh Kiều")
    code = ward.official_code
    # Moved and renamed by hand, the unit keeps its code, and the next import finds it.
    other = Unit.objects.get(short_name="Phường Cái Răng")
    unit_update(unit=ward, name="Phường Ninh Kiều cũ", parent=other)

    catalogue_import(province_codes=[CAN_THO])

    assert Unit.objects.get(official_code=code).pk == ward.pk
    assert Unit.objects.filter(short_name="Phường Ninh Kiều").count() == 1
    with pytest.raises(TypeError):
        unit_update(unit=other, official_code=code)
    with pytest.raises(IntegrityError), transaction.atomic():
        Unit.objects.create(name="Phường giả", kind=UnitKind.COMMUNE, official_code=code)


def test_an_unknown_province_is_refused(db: None) -> None:
    with pytest.raises(ValidationError):
        catalogue_import(province_codes=["63"])
    assert not Unit.objects.exists()


def test_it_links_the_units_the_demo_typed_instead_of_duplicating_them(unit) -> None:
    committee = unit("CT")
    typed = unit("CT-P-SOCTRANG")

    [result] = catalogue_import(province_codes=[CAN_THO])

    committee.refresh_from_db()
    typed.refresh_from_db()
    assert result.committee == "linked"
    assert committee.official_code == CAN_THO
    assert typed.official_code is not None
    # Ten of the twelve communes the demo typed are in the catalogue; its "Xã Thạnh Trị"
    # and "Xã Mỹ Xuyên" are not ("Phường Mỹ Xuyên" is), and stay as they were typed.
    assert result.linked == 10
    assert result.created == 103 - 10
    assert committee.children.exclude(official_code=None).count() == 103
    # The units of Sóc Trăng that ended in 2025 are left as they were.
    assert unit("ST").official_code is None


@pytest.mark.django_db
def test_all_34_provinces_make_3321_communes() -> None:
    results = catalogue_import(province_codes=[p.code for p in catalogue.provinces()])

    assert len(results) == 34
    assert sum(r.created for r in results) == 3321
    assert Unit.objects.filter(kind=UnitKind.PROVINCE).count() == 34


def test_the_command_imports_a_province_named_without_marks(db: None) -> None:
    out = io.StringIO()
    call_command("units_catalogue", "can tho", stdout=out)
    call_command("units_catalogue", "92", stdout=out)

    lines = out.getvalue().splitlines()
    assert lines == [
        "92 Thành phố Cần Thơ: committee created; communes 103 created, 0 linked, 0 renamed, "
        "0 unchanged",
        "92 Thành phố Cần Thơ: committee unchanged; communes 0 created, 0 linked, 0 renamed, "
        "103 unchanged",
    ]
    ward = Unit.objects.get(short_name="Phường Ninh Kiều")
    entry = LogEntry.objects.get_for_object(ward).get()
    assert entry.additional_data == {"system": "manage.py units_catalogue"}


def test_the_command_refuses_an_unknown_province(db: None) -> None:
    with pytest.raises(CommandError, match="Sóc Trăng"):
        call_command("units_catalogue", "Sóc Trăng")
