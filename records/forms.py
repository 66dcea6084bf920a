"""Forms for products, activities and topics: input and validation; the services save."""

from typing import Any

from django import forms
from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.forms.models import ModelChoiceIterator
from django.http import QueryDict
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.models import User
from kehoach.forms import BoundedForm, DateInput, ServiceModelForm, field_of, parse_pk
from kehoach.uploads import AUDIO, IMAGES, check_upload
from kehoach.vntext.text import first_words
from plans.models import Plan, Task
from records import selectors
from records.models import (
    Activity,
    ActivityKind,
    Channel,
    Language,
    ParticipantGroup,
    Product,
    ProductKind,
    Topic,
)
from records.permissions import recording_units
from units.models import Unit
from units.picker import UnitPickerField, UnitSearchFormMixin, form_date


def task_label(task: Task) -> str:
    """"81/KH-UBND · II.1. Sản xuất tin, bài…": the plan first, since codes repeat across plans."""
    title = first_words(task.title, 14)
    return f"{task.plan.number_symbol} · {task.code}. {title}"


class TaskChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Task) -> str:
        return task_label(obj)


class PlanChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Plan) -> str:
        """"81/KH-UBND · Thực hiện Đề án truyền thông về quyền con người…"."""
        return f"{obj.number_symbol} · {first_words(obj.title, 10)}"


# An attachment is a picture, a scan or a recording of the product, by name and by content
# (a photo named .png that is a JPEG is still a photo).
ATTACHMENT_TYPES = {
    **dict.fromkeys((".png", ".jpg", ".jpeg", ".gif", ".webp"), IMAGES),
    ".pdf": frozenset({"pdf"}),
    **dict.fromkeys((".mp3", ".m4a", ".mp4", ".ogg", ".oga", ".wav", ".flac"), AUDIO),
}


def _checklist() -> forms.CheckboxSelectMultiple:
    return forms.CheckboxSelectMultiple(attrs={"class": "checklist"})


class RecordFilterForm(BoundedForm, forms.Form):
    """Filters shared by the two lists; a GET form, so every filtered list has its own link.

    A reporter's list opens on their own unit; choosing "Tất cả đơn vị" sends an empty unit,
    which is a choice, so the default applies only when no filter was sent at all.

    A country's current plans hold thousands of tasks: the task filter lists those of the
    plan chosen, of the task's plan for a link naming only a task (?task=12), else of the
    newest current plan that concerns the person's units (a province's people), else none and
    asks for a plan first. htmx swaps the task list when the plan changes (records:task_options);
    without JavaScript, "Lọc" shows the page with the chosen plan's tasks.
    """

    q = forms.CharField(label=_("Tìm theo tên"), required=False)
    unit = UnitPickerField(label=_("Đơn vị"), required=False, empty_label=_("Tất cả đơn vị"))
    topic = forms.ModelChoiceField(label=_("Chủ đề"), queryset=Topic.objects.none(),
                                   required=False, empty_label=_("Mọi chủ đề"))
    plan = PlanChoiceField(label=_("Kế hoạch"), queryset=Plan.objects.none(), required=False,
                           empty_label=_("Tất cả kế hoạch"))
    task = TaskChoiceField(label=_("Nhiệm vụ"), queryset=Task.objects.none(), required=False,
                           empty_label=_("Mọi nhiệm vụ"))
    date_from = forms.DateField(label=_("Từ ngày"), required=False, widget=DateInput())
    date_to = forms.DateField(label=_("Đến ngày"), required=False, widget=DateInput())
    # Set by the links of a consolidated report's figures: the units it covers, and "not
    # linked to any task of this plan". Kept through the form as hidden fields.
    units = forms.ModelMultipleChoiceField(queryset=Unit.objects.all(), required=False,
                                           widget=forms.MultipleHiddenInput)
    outside_plan = forms.IntegerField(required=False, min_value=1, max_value=2**31 - 1,
                                      widget=forms.HiddenInput)

    def __init__(self, data: QueryDict, *, default_unit: int | None = None,
                 own_units: list[int] | None = None) -> None:
        if default_unit is not None and not any(name in data for name in self.base_fields):
            data = data.copy()
            data["unit"] = str(default_unit)
        task_plan = selectors.plan_of_task(parse_pk(data.get("task")))
        if "plan" not in data and task_plan is not None:
            data = data.copy()
            data["plan"] = str(task_plan)
        super().__init__(data)
        # Old records stay findable: the filter offers every unit, ended ones say since when.
        field_of(self, "unit", UnitPickerField).offer(on=None, first=own_units or [])
        field_of(self, "topic", forms.ModelChoiceField).queryset = selectors.topic_choices()
        chosen = parse_pk(data.get("plan")) or task_plan
        plans = field_of(self, "plan", forms.ModelChoiceField)
        plans.queryset = selectors.plan_choices(include=[chosen] if chosen else [])
        plans.widget.attrs.update({
            "hx-get": reverse("records:task_options"), "hx-target": "#id_task",
            "hx-swap": "outerHTML", "hx-include": "#id_task", "hx-push-url": "false"})
        # With no plan chosen, the newest current plan over the person's units (a province
        # runs a five-year plan and a plan a year; the year's plan is the one worked to).
        if chosen is None and (concerning := selectors.plans_concerning(own_units or [])):
            chosen = concerning[0]
        tasks = field_of(self, "task", forms.ModelChoiceField)
        tasks.queryset = selectors.plan_tasks([chosen] if chosen else [])
        if chosen is None:
            tasks.empty_label = _("— Chọn kế hoạch trước —")

    def filters(self) -> dict[str, Any]:
        """cleaned_data as keyword arguments of the list selectors; invalid values are ignored."""
        self.is_valid()
        data = dict(self.cleaned_data)
        unit = data.pop("unit", None)
        units = data.pop("units", None) or []
        data["unit_ids"] = [unit.pk] if unit else [u.pk for u in units]
        data["query"] = data.pop("q", "")
        if data.get("task") is not None:  # one of the plan's tasks: the plan adds nothing
            data["plan"] = None
        return data

    def chosen_units(self) -> int:
        """How many units a report's link chose (shown, since the field is hidden)."""
        return len(self.cleaned_data.get("units") or []) if hasattr(self, "cleaned_data") else 0


class ProductFilterForm(RecordFilterForm):
    kind = forms.ChoiceField(label=_("Loại"), required=False,
                             choices=[("", _("Mọi loại")), *ProductKind.choices])
    channel = forms.ChoiceField(label=_("Kênh"), required=False,
                                choices=[("", _("Mọi kênh")), *Channel.choices])
    language = forms.ModelChoiceField(label=_("Ngôn ngữ"), queryset=Language.objects.all(),
                                      required=False, empty_label=_("Mọi ngôn ngữ"))
    field_order = ["q", "unit", "kind", "channel", "language", "topic", "plan", "task",
                   "date_from", "date_to"]


class ActivityFilterForm(RecordFilterForm):
    kind = forms.ChoiceField(label=_("Loại"), required=False,
                             choices=[("", _("Mọi loại")), *ActivityKind.choices])
    field_order = ["q", "unit", "kind", "topic", "plan", "task", "date_from", "date_to"]


class RecordForm(UnitSearchFormMixin, ServiceModelForm):
    """What products and activities share: the unit, the topics and the tasks served.

    A reporter is offered only the units they record for, and their only unit is chosen
    already; the services refuse any other unit whatever a form sends. The units offered are
    those valid on the record's date (today for a new record), and the services refuse a unit
    that had ended by then, naming its successor.
    """

    date_field = "published_on"

    def __init__(self, *args: Any, user: User, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        allowed = recording_units(user)
        if allowed is not None and len(allowed) == 1 and not self.instance.pk:
            self.initial.setdefault("unit", allowed[0])
        stored = getattr(self.instance, self.date_field) if self.instance.pk else None
        self.fields["unit"] = UnitPickerField(
            label=self.fields["unit"].label, help_text=self.fields["unit"].help_text,
            queryset=None if allowed is None else Unit.objects.filter(pk__in=allowed))
        field_of(self, "unit", UnitPickerField).offer(
            on=form_date(self, self.date_field, stored or timezone.localdate()),
            first=user.units.values_list("pk", flat=True), scope=allowed,
            date_field=self.date_field)
        # With JavaScript, choosing a unit brings its plans' tasks (records:record_tasks).
        self.fields["unit"].widget.attrs.update({
            "hx-get": reverse("records:record_tasks"), "hx-trigger": "change",
            "hx-target": "#id_tasks", "hx-swap": "outerHTML", "hx-include": "[name='tasks']"})
        self._offer_tasks(user)
        field_of(self, "topics", forms.ModelChoiceField).queryset = selectors.topic_choices()

    def _offer_tasks(self, user: User) -> None:
        """Tick the tasks served among those of the plans that concern the record's unit.

        The form accepts any task of the current plans and any the record serves, as before;
        it lists those of the plans issued by the unit chosen (as sent, else stored or
        preset, else the person's own units) or above it, and any served or ticked.
        """
        served = list(self.instance.tasks.values_list("pk", flat=True)) if self.instance.pk \
            else []
        tasks = field_of(self, "tasks", forms.ModelMultipleChoiceField)
        tasks.queryset = selectors.task_choices(include=served)
        tasks.label_from_instance = task_label  # type: ignore[method-assign, assignment]
        preset = self.initial.get("unit")
        unit = (parse_pk(self.data.get(self.add_prefix("unit"))) if self.is_bound else None) \
            or self.instance.unit_id or parse_pk(getattr(preset, "pk", preset))
        sent = self.data.getlist(self.add_prefix("tasks")) if self.is_bound else []
        ticked = [pk for value in sent if (pk := parse_pk(value)) is not None]
        offered, listed = selectors.task_offer(
            [unit] if unit else list(user.units.values_list("pk", flat=True)),
            include=served + ticked)
        choices = ModelChoiceIterator(tasks)
        choices.queryset = offered
        tasks.widget.choices = choices
        tasks.help_text = (
            _("Các nhiệm vụ của kế hoạch đang thực hiện mà sản phẩm, hoạt động này phục vụ.")
            if listed else
            _("Không có kế hoạch đang thực hiện nào do đơn vị này hoặc đơn vị cấp trên ban "
              "hành, nên không có nhiệm vụ để chọn."))


class ProductForm(RecordForm):
    # People paste "baosoctrang.org.vn/..." without a scheme; today that means https.
    link = forms.URLField(
        label=_("Đường dẫn"), max_length=500, required=False, assume_scheme="https",
        help_text=_("Địa chỉ bài đăng trên báo điện tử, cổng thông tin hoặc mạng xã hội."))

    class Meta:
        model = Product
        fields = ["title", "kind", "channel", "platform", "languages", "published_on", "unit",
                  "link", "file", "duration_minutes", "topics", "tasks"]
        widgets = {
            "title": forms.Textarea(attrs={"rows": 2}),
            "published_on": DateInput(),
            "languages": _checklist(),
            "topics": _checklist(),
            "tasks": _checklist(),
        }
        help_texts = {"file": _("Bản chụp, tệp âm thanh hoặc hình ảnh của sản phẩm, nếu có: "
                                "ảnh, PDF hoặc âm thanh.")}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # The service's own words, so the message is the same from the form and the import.
        self.fields["languages"].error_messages["required"] = _("Chọn ít nhất một ngôn ngữ.")

    def clean_file(self) -> Any:
        """A new attachment within PRODUCT_FILE_MAX_BYTES, and what its name says it is."""
        upload = self.cleaned_data.get("file")
        if isinstance(upload, UploadedFile):
            check_upload(upload, accepted=ATTACHMENT_TYPES,
                         max_bytes=settings.PRODUCT_FILE_MAX_BYTES)
        return upload

    def service_arguments(self) -> dict[str, Any]:
        """cleaned_data shaped for product_create()/product_update().

        A cleared or absent file is "" as the model stores it, so an unchanged empty file is
        not recorded as a change.
        """
        data = dict(self.cleaned_data)
        if not data.get("file"):
            data["file"] = ""
        return data


def _participant_field(name: str) -> str:
    return f"participants_{name}"


class ActivityForm(RecordForm):
    """An activity with one count per participant group: numbers, never names."""

    date_field = "start_date"

    class Meta:
        model = Activity
        fields = ["title", "kind", "start_date", "end_date", "place", "unit", "topics", "tasks"]
        widgets = {
            "title": forms.Textarea(attrs={"rows": 2}),
            "start_date": DateInput(),
            "end_date": DateInput(),
            "topics": _checklist(),
            "tasks": _checklist(),
        }
        help_texts = {"end_date": _("Để trống nếu hoạt động diễn ra trong một ngày.")}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["end_date"].required = False
        counts = ({p.group: p.count for p in self.instance.participations.all()}
                  if self.instance.pk else {})
        for group, label in ParticipantGroup.choices:
            name = _participant_field(group)
            self.fields[name] = forms.IntegerField(
                label=label, required=False, min_value=0,
                widget=forms.NumberInput(attrs={"class": "count", "inputmode": "numeric"}))
            self.initial.setdefault(name, counts.get(group))

    def record_fields(self) -> list[forms.BoundField]:
        return [field for field in self if not field.name.startswith("participants_")]

    def participant_fields(self) -> list[forms.BoundField]:
        return [field for field in self if field.name.startswith("participants_")]

    def participant_total(self) -> int:
        """The total as the form stands: what was typed, or what is stored."""
        total = 0
        for field in self.participant_fields():
            try:
                total += int(field.value() or 0)
            except (TypeError, ValueError):
                continue
        return total

    def service_arguments(self) -> dict[str, Any]:
        """cleaned_data shaped for activity_create()/activity_update()."""
        data = dict(self.cleaned_data)
        data["participants"] = {
            group: data.pop(_participant_field(group)) or 0 for group in ParticipantGroup.values}
        data["end_date"] = data.get("end_date") or data.get("start_date")
        return data


class TopicForm(ServiceModelForm):
    class Meta:
        model = Topic
        fields = ["name", "description"]
        widgets = {"description": forms.Textarea(attrs={"rows": 3})}
