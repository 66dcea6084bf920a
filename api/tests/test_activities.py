"""Activities over the API: counts by group, the organiser's unit, the dates they cover."""

from datetime import date

import pytest
from auditlog.models import LogEntry

from api.tests.conftest import ApiClient
from records.models import Activity
from records.services import activity_create

pytestmark = pytest.mark.django_db


def training(**overrides: object) -> dict[str, object]:
    body: dict[str, object] = {
        "title": "Tập huấn nghiệp vụ báo chí về quyền con người", "kind": "training",
        "start_date": "2024-07-10", "end_date": "2024-07-11", "place": "Hội trường Báo Sóc Trăng",
        "participants": {"key_officials": 30, "press": 40},
    }
    body.update(overrides)
    return body


def test_it_records_a_training_with_counts_by_group(cms: ApiClient, reporter, unit) -> None:
    response = cms.post("/api/activities", training())
    assert response.status_code == 201, response.json()
    body = response.json()
    assert body["participants"] == {"key_officials": 30, "press": 40}
    assert body["participants_total"] == 70
    activity = Activity.objects.get()
    assert activity.unit == unit("ST-BAO") and activity.created_by == reporter
    assert LogEntry.objects.get_for_object(activity).get(
        action=LogEntry.Action.CREATE).actor == reporter


def test_it_takes_a_one_day_activity_without_an_end_date(cms: ApiClient) -> None:
    body = cms.post("/api/activities", training(end_date=None)).json()
    assert body["end_date"] == body["start_date"] == "2024-07-10"


def test_it_refuses_an_end_before_the_start(cms: ApiClient) -> None:
    response = cms.post("/api/activities", training(end_date="2024-07-01"))
    assert response.status_code == 422
    assert "Ngày kết thúc phải bằng hoặc sau ngày bắt đầu." in response.json()["detail"][0]["msg"]


@pytest.mark.parametrize("participants", [{"visitors": 3}, {"press": -1}, {"press": "bốn"},
                                          [30, 40]])
def test_it_refuses_participants_that_are_not_counts_by_known_group(cms: ApiClient,
                                                                   participants) -> None:
    response = cms.post("/api/activities", training(participants=participants))
    assert response.status_code == 422
    assert response.json()["detail"][0]["msg"].startswith("participants")


def test_it_refuses_the_newspapers_token_for_the_radio_stations_activity(cms: ApiClient,
                                                                          unit) -> None:
    response = cms.post("/api/activities", training(unit=unit("ST-DAI").pk))
    assert response.status_code == 403
    assert not Activity.objects.exists()


def test_it_changes_counts_group_by_group(cms: ApiClient) -> None:
    created = cms.post("/api/activities", training()).json()
    url = f"/api/activities/{created['id']}"
    response = cms.patch(url, {"participants": {"press": 0, "students": 12}})
    assert response.status_code == 200, response.json()
    assert response.json()["participants"] == {"key_officials": 30, "students": 12}
    assert cms.patch(url, {"start_date": "2024-07-12"}).status_code == 422


def test_it_keeps_other_units_activities_out_of_reach(cms: ApiClient, coordinator,
                                                      unit) -> None:
    dai = activity_create(user=coordinator, unit=unit("ST-DAI"), title="Họp báo", kind="press",
                          start_date=date(2024, 8, 1))
    assert cms.get(f"/api/activities/{dai.pk}").status_code == 200
    assert cms.patch(f"/api/activities/{dai.pk}", {"place": "x"}).status_code == 403
    assert cms.delete(f"/api/activities/{dai.pk}").status_code == 403
    assert Activity.objects.filter(pk=dai.pk).exists()


def test_it_deletes_the_tokens_own_activity(cms: ApiClient) -> None:
    created = cms.post("/api/activities", training()).json()
    assert cms.delete(f"/api/activities/{created['id']}").status_code == 204
    assert not Activity.objects.exists()


def test_it_lists_activities_that_overlap_the_dates(cms: ApiClient, coordinator, unit) -> None:
    cms.post("/api/activities", training(title="Tháng 3", start_date="2024-03-30",
                                         end_date="2024-04-02"))
    cms.post("/api/activities", training(title="Tháng 7"))
    activity_create(user=coordinator, unit=unit("ST-DAI"), title="Của Đài", kind="press",
                    start_date=date(2024, 4, 1))
    titles = [item["title"] for item in cms.get("/api/activities", {
        "date_from": "2024-04-01", "date_to": "2024-06-30"}).json()["items"]]
    assert titles == ["Tháng 3"]
    assert cms.get("/api/activities").json()["count"] == 2
    assert cms.get("/api/activities", {"unit": unit("ST-DAI").pk}).json()["count"] == 1
