from datetime import date

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from records.models import Activity, Product, Topic

pytestmark = pytest.mark.django_db

EVERYONE = ["administrator", "coordinator", "reporter", "lead_reporter", "viewer"]
NOT_COORDINATORS = ["reporter", "lead_reporter", "viewer"]


def product_post(unit, language, task, /, **overrides: object) -> dict[str, object]:
    """A Khmer and Vietnamese article of Báo Sóc Trăng, as the form sends it."""
    data: dict[str, object] = {
        "title": "Trường Phổ thông Dân tộc nội trú: nơi ươm mầm tri thức Khmer",
        "kind": "article", "channel": "online", "platform": "",
        "languages": [language("vi").pk, language("km").pk], "published_on": "2024-06-03",
        "unit": unit("ST-BAO").pk, "link": "baosoctrang.org.vn/giao-duc/dtnt-khmer.html",
        "duration_minutes": "", "topics": [], "tasks": [task("II.1").pk],
    }
    data.update(overrides)
    return data


def activity_post(unit, task, /, **overrides: object) -> dict[str, object]:
    data: dict[str, object] = {
        "title": "Hội thi tìm hiểu pháp luật về quyền con người cho đoàn viên thanh niên",
        "kind": "contest", "start_date": "2024-10-12", "end_date": "", "place":
        "Nhà Văn hóa Thanh niên tỉnh", "unit": unit("ST-STTTT").pk, "topics": [],
        "tasks": [task("II.3.c").pk], "participants_key_officials": "12",
        "participants_press": "", "participants_commune_officials": "0",
        "participants_students": "180", "participants_residents": "45",
        "participants_other": "",
    }
    data.update(overrides)
    return data


@pytest.mark.parametrize("url_name", [
    "records:product_list", "records:product_create", "records:activity_list",
    "records:activity_create", "records:topic_list", "records:topic_create"])
def test_it_sends_anonymous_users_to_log_in(client_as, url_name: str) -> None:
    response = client_as("anonymous").get(reverse(url_name))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_it_lets_a_reporter_record_a_khmer_and_vietnamese_article(
        client_as, unit, language, task, reporter) -> None:
    client = client_as("reporter")
    form = client.get(reverse("records:product_create")).text
    # Today (after 30/6/2025) the reporter's own unit has ended, and the form says so.
    assert (f'<option value="{unit("ST-BAO").pk}" selected>Báo Sóc Trăng (đến 30/06/2025)'
            '</option>') in form
    assert "Đài Phát thanh và Truyền hình Sóc Trăng" not in form
    assert form.index("Tiếng Việt") < form.index("Tiếng Khmer") < form.index("Tiếng Anh")
    assert "81/KH-UBND · II.1. Sản xuất, đăng phát các sản phẩm truyền thông" in form
    response = client.post(reverse("records:product_create"),
                           product_post(unit, language, task))
    product = Product.objects.get()
    assert response.status_code == 302
    assert response["Location"] == product.get_absolute_url()
    assert product.created_by == reporter
    assert product.link == "https://baosoctrang.org.vn/giao-duc/dtnt-khmer.html"
    assert {lang.code for lang in product.languages.all()} == {"vi", "km"}
    assert [t.code for t in product.tasks.all()] == ["II.1"]
    page = client.get(product.get_absolute_url()).text
    assert "Tiếng Khmer" in page and "Lê Văn Cường" in page and "Tạo mới" in page
    assert reverse("records:product_edit", args=[product.pk]) in page


def test_it_refuses_a_reporter_recording_for_another_unit(client_as, unit, language,
                                                          task) -> None:
    response = client_as("reporter").post(reverse("records:product_create"), product_post(
        unit, language, task, unit=unit("ST-DAI").pk))
    assert response.status_code == 200
    assert 'class="errors"' in response.text
    assert not Product.objects.exists()


def test_it_refuses_a_reporter_changing_another_units_product(
        client_as, make_product, unit, language, task) -> None:
    product = make_product(unit=unit("ST-DAI"), kind="radio", channel="radio",
                           duration_minutes=30, title="Chương trình phát thanh tiếng Khmer")
    client = client_as("reporter")
    assert reverse("records:product_edit", args=[product.pk]) not in client.get(
        product.get_absolute_url()).text
    refused = [
        client.get(reverse("records:product_edit", args=[product.pk])),
        client.post(reverse("records:product_edit", args=[product.pk]),
                    product_post(unit, language, task)),
        client.get(reverse("records:product_delete", args=[product.pk])),
        client.post(reverse("records:product_delete", args=[product.pk])),
    ]
    assert [r.status_code for r in refused] == [403] * 4
    assert "Anh/chị chỉ được nhập, sửa sản phẩm và hoạt động của đơn vị mình." in refused[0].text
    assert Product.objects.get().title == "Chương trình phát thanh tiếng Khmer"


@pytest.mark.parametrize("role", ["administrator", "coordinator"])
def test_it_lets_coordinators_record_for_any_unit(client_as, unit, language, task,
                                                  role: str) -> None:
    response = client_as(role).post(reverse("records:product_create"), product_post(
        unit, language, task, unit=unit("ST-DAI").pk, kind="reportage", channel="tv",
        duration_minutes="18", title="Phóng sự: Đổi thay ở vùng đồng bào Khmer huyện Trần Đề"))
    assert response.status_code == 302
    assert Product.objects.get().unit == unit("ST-DAI")


def test_it_refuses_a_viewer_recording(client_as, make_product, unit, language, task) -> None:
    product = make_product()
    client = client_as("viewer")
    refused = [
        client.get(reverse("records:product_create")),
        client.post(reverse("records:product_create"), product_post(unit, language, task)),
        client.get(reverse("records:activity_create")),
        client.post(reverse("records:product_edit", args=[product.pk]),
                    product_post(unit, language, task)),
    ]
    assert [r.status_code for r in refused] == [403] * 4
    assert Product.objects.count() == 1


@pytest.mark.parametrize("role", EVERYONE)
def test_it_shows_records_to_everyone(client_as, make_product, make_activity, topics,
                                      role: str) -> None:
    product = make_product(topics=[topics["dantoc"]])
    activity = make_activity()
    client = client_as(role)
    listed = client.get(reverse("records:product_list"), {"unit": ""}).text
    assert product.title in listed and "Quyền của đồng bào dân tộc thiểu số" in listed
    assert product.title in client.get(product.get_absolute_url()).text
    assert activity.title in client.get(reverse("records:activity_list"), {"unit": ""}).text
    page = client.get(activity.get_absolute_url()).text
    assert "Phóng viên, biên tập viên" in page and "<strong>70</strong>" in page
    assert "Báo cáo quốc gia theo cơ chế UPR" in client.get(reverse("records:topic_list")).text


def test_it_shows_service_messages_on_the_form(client_as, unit, language, task) -> None:
    client = client_as("reporter")
    response = client.post(reverse("records:product_create"), product_post(
        unit, language, task, channel="social", duration_minutes="5"))
    assert response.status_code == 200
    assert "Ghi nền tảng mạng xã hội (Facebook, Zalo, YouTube…)." in response.text
    assert "Chỉ ghi thời lượng cho sản phẩm phát thanh, truyền hình, video, phóng sự." in (
        response.text)
    response = client.post(reverse("records:product_create"),
                           product_post(unit, language, task, languages=[]))
    assert "Chọn ít nhất một ngôn ngữ." in response.text
    assert not Product.objects.exists()


def test_it_edits_a_product_and_shows_the_change_in_its_history(
        client_as, make_product, reporter, unit, language, task) -> None:
    product = make_product(user=reporter)
    client = client_as("reporter")
    form = client.get(reverse("records:product_edit", args=[product.pk])).text
    assert f'value="{language("vi").pk}" class="checklist" id="id_languages_0" checked' in form
    response = client.post(reverse("records:product_edit", args=[product.pk]), product_post(
        unit, language, task, title="Học sinh Khmer ở Sóc Trăng được học tiếng mẹ đẻ"))
    assert response.status_code == 302
    page = client.get(product.get_absolute_url()).text
    assert "Học sinh Khmer ở Sóc Trăng được học tiếng mẹ đẻ" in page
    assert "Sóc Trăng bảo đảm quyền tiếp cận giáo dục cho học sinh Khmer" in page  # the old title
    assert "+ Tiếng Khmer" in page


def test_it_keeps_replaces_and_serves_the_attached_file(client_as, unit, language,
                                                        task) -> None:
    client = client_as("reporter")
    scan = SimpleUploadedFile("trang-3-bao-in.pdf", b"%PDF-1.4 trang 3", "application/pdf")
    client.post(reverse("records:product_create"),
                product_post(unit, language, task, channel="print", file=scan, link=""))
    product = Product.objects.get()
    assert product.file.name.endswith(".pdf")
    response = client.get(reverse("records:product_file", args=[product.pk]))
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-1.4 trang 3"
    assert "trang-3-bao-in.pdf" in response["Content-Disposition"]
    # Saving without a new file keeps the old one; clearing removes it.
    client.post(reverse("records:product_edit", args=[product.pk]),
                product_post(unit, language, task, channel="print", link="", title="Trang 3"))
    product.refresh_from_db()
    assert product.file and product.title == "Trang 3"
    client.post(reverse("records:product_edit", args=[product.pk]),
                product_post(unit, language, task, channel="print", link="",
                             **{"file-clear": "on"}))
    product.refresh_from_db()
    assert not product.file
    assert client_as("viewer").get(
        reverse("records:product_file", args=[product.pk])).status_code == 404


def test_it_deletes_a_product_after_confirmation(client_as, make_product, reporter) -> None:
    product = make_product(user=reporter)
    client = client_as("reporter")
    url = reverse("records:product_delete", args=[product.pk])
    confirm = client.get(url)
    assert confirm.status_code == 200 and "Xóa sản phẩm này?" in confirm.text
    assert Product.objects.exists()
    response = client.post(url)
    assert response.status_code == 302 and response["Location"] == reverse(
        "records:product_list")
    assert not Product.objects.exists()


def test_it_records_an_activity_with_counts_by_group(client_as, unit, task) -> None:
    client = client_as("lead_reporter")
    form = client.get(reverse("records:activity_create")).text
    assert "Học sinh, sinh viên" in form and "<output" in form
    response = client.post(reverse("records:activity_create"), activity_post(unit, task))
    activity = Activity.objects.get()
    assert response.status_code == 302
    assert activity.end_date == date(2024, 10, 12)
    assert {p.group: p.count for p in activity.participations.all()} == {
        "key_officials": 12, "students": 180, "residents": 45}
    page = client.get(activity.get_absolute_url()).text
    assert "<strong>237</strong>" in page
    form = client.get(reverse("records:activity_edit", args=[activity.pk])).text
    assert 'name="participants_students" value="180"' in form and ">237</output>" in form
    client.post(reverse("records:activity_edit", args=[activity.pk]), activity_post(
        unit, task, participants_students="150", participants_residents=""))
    assert {p.group: p.count for p in activity.participations.all()} == {
        "key_officials": 12, "students": 150}
    page = client.get(activity.get_absolute_url()).text
    assert "Số người tham gia" in page and "<strong>162</strong>" in page
    assert "Người dân: 45" in page  # the removed count, in the history


def test_it_refuses_bad_counts_and_dates_with_messages(client_as, unit, task) -> None:
    response = client_as("lead_reporter").post(reverse("records:activity_create"), activity_post(
        unit, task, participants_students="-3", end_date="2024-10-01"))
    assert response.status_code == 200
    assert "Ngày kết thúc phải bằng hoặc sau ngày bắt đầu." in response.text
    assert ">239</output>" not in response.text
    assert not Activity.objects.exists()


def test_it_refuses_a_reporter_recording_an_activity_of_another_unit(client_as, unit,
                                                                      task) -> None:
    response = client_as("reporter").post(reverse("records:activity_create"),
                                          activity_post(unit, task))
    assert response.status_code == 200
    assert not Activity.objects.exists()


def test_it_deletes_an_activity_after_confirmation(client_as, make_activity) -> None:
    activity = make_activity()
    url = reverse("records:activity_delete", args=[activity.pk])
    assert client_as("reporter").post(url).status_code == 403
    assert client_as("lead_reporter").get(url).status_code == 200
    assert client_as("lead_reporter").post(url).status_code == 302
    assert not Activity.objects.exists()


def test_it_lets_coordinators_keep_the_topics(client_as, topics) -> None:
    client = client_as("coordinator")
    response = client.post(reverse("records:topic_create"), {
        "name": "Quyền của người khuyết tật", "description": "Công ước CRPD"})
    assert response.status_code == 302
    topic = Topic.objects.get(name="Quyền của người khuyết tật")
    response = client.post(reverse("records:topic_edit", args=[topic.pk]), {
        "name": "Quyền của người khuyết tật và người cao tuổi", "description": ""})
    assert response.status_code == 302
    listed = client.get(reverse("records:topic_list")).text
    assert "Quyền của người khuyết tật và người cao tuổi" in listed
    assert reverse("records:topic_edit", args=[topic.pk]) in listed


@pytest.mark.parametrize("role", NOT_COORDINATORS)
def test_it_lets_others_only_read_the_topics(client_as, topics, role: str) -> None:
    client = client_as(role)
    topic = topics["upr"]
    listed = client.get(reverse("records:topic_list"))
    assert listed.status_code == 200 and topic.name in listed.text
    assert reverse("records:topic_create") not in listed.text
    refused = [
        client.get(reverse("records:topic_create")),
        client.post(reverse("records:topic_create"), {"name": "Chủ đề mới"}),
        client.post(reverse("records:topic_edit", args=[topic.pk]), {"name": "Sửa"}),
    ]
    assert [r.status_code for r in refused] == [403] * 3
    assert "Chỉ cán bộ điều phối được thêm hoặc sửa chủ đề." in refused[0].text
    assert Topic.objects.count() == 2


def test_it_links_records_from_the_main_navigation(client_as) -> None:
    page = client_as("viewer").get(reverse("home")).text
    assert f'href="{reverse("records:product_list")}">Sản phẩm<' in page
    assert f'href="{reverse("records:activity_list")}">Hoạt động<' in page


def test_it_answers_not_found_for_a_file_lost_from_storage(client_as, unit, language,
                                                           task) -> None:
    client = client_as("reporter")
    client.post(reverse("records:product_create"), product_post(
        unit, language, task, file=SimpleUploadedFile("phong-su.mp3", b"ID3", "audio/mpeg")))
    product = Product.objects.get()
    product.file.storage.delete(product.file.name)
    assert client.get(reverse("records:product_file", args=[product.pk])).status_code == 404
