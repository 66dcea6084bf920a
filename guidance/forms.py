from typing import Any

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from guidance.models import Guidance
from guidance.selectors import topic_choices
from guidance.services import NewTopic, TopicRef
from kehoach.forms import BoundedForm, DateInput, ServiceModelForm, field_of
from records.models import Topic
from units.models import Unit
from units.picker import UnitPickerField, UnitPickerMultipleField, UnitSearchFormMixin, form_date


def new_topics(text: str) -> list[NewTopic]:
    """One topic a line, as the letter numbers them; a description may follow a colon.

    "(2) Quyền học tập của trẻ em dân tộc thiểu số: bảo đảm ..." gives the name and the
    description; the "(2)" or "2." the letter numbers it with is dropped, the order is kept.
    """
    topics = []
    for line in text.splitlines():
        line = line.strip().lstrip("-•*").strip()
        head, _sep, description = line.partition(":")
        head = head.strip()
        if head[:1] == "(" and ")" in head[:5]:
            head = head[head.index(")") + 1:].strip()
        elif "." in head and head.split(".", 1)[0].isdigit():
            head = head.split(".", 1)[1].strip()
        if head:
            topics.append(NewTopic(head, description.strip()))
    return topics


class GuidanceForm(UnitSearchFormMixin, ServiceModelForm):
    """A guidance letter with its addressees and topics.

    Topics already in use are ticked from a list, so products stay tagged with one topic;
    topics the letter introduces are typed, one a line.
    """

    units = UnitPickerMultipleField(label=_("Kính gửi (đơn vị nhận)"), required=False)
    topics = forms.ModelMultipleChoiceField(
        label=_("Chủ đề đã có"), queryset=Topic.objects.none(), required=False,
        widget=forms.CheckboxSelectMultiple(attrs={"class": "checklist"}),
    )
    new_topics = forms.CharField(
        label=_("Chủ đề mới (mỗi dòng một chủ đề; mô tả ghi sau dấu “:”)"), required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    class Meta:
        model = Guidance
        fields = ["issuer", "number", "symbol", "place", "issued_on", "title", "body",
                  "valid_from", "valid_until"]
        widgets = {
            "issued_on": DateInput(), "valid_from": DateInput(), "valid_until": DateInput(),
            "title": forms.Textarea(attrs={"rows": 2}), "body": forms.Textarea(attrs={"rows": 8}),
        }

    def __init__(self, *args: Any, issuer: Unit | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        guidance = self.instance
        chosen_units: list[int] = []
        chosen_topics: list[int] = []
        if guidance.pk:
            chosen_units = list(guidance.units.values_list("pk", flat=True))
            chosen_topics = list(guidance.guidance_topics.order_by("position")
                                 .values_list("topic_id", flat=True))
        # Units that exist on the letter's date: today for a new letter, its own date after.
        stored = (guidance.issued_on or guidance.valid_from) if guidance.pk else None
        day = form_date(self, "issued_on", stored or timezone.localdate())
        own = [issuer.pk] if issuer is not None else []
        self.fields["issuer"] = UnitPickerField(
            label=self.fields["issuer"].label, required=self.fields["issuer"].required,
            help_text=self.fields["issuer"].help_text)
        field_of(self, "issuer", UnitPickerField).offer(on=day, first=own, date_field="issued_on")
        # What is chosen heads each list, so a long list of units does not hide it.
        field_of(self, "units", UnitPickerField).offer(on=day, first=chosen_units,
                                                       date_field="issued_on")
        field_of(self, "topics", forms.ModelChoiceField).queryset = (
            topic_choices(first=chosen_topics))
        if not self.is_bound:
            self.initial["units"] = chosen_units
            self.initial["topics"] = chosen_topics
            if issuer is not None and not guidance.pk:
                self.initial["issuer"] = issuer.pk

    def service_arguments(self) -> dict[str, Any]:
        """cleaned_data shaped for guidance_create()/guidance_update().

        Ticked topics keep the order they already had in the letter; new ticks and typed
        topics follow, in the order written.
        """
        data = dict(self.cleaned_data)
        ticked = list(data.pop("topics"))
        if self.instance.pk:
            order = {topic_id: i for i, topic_id in enumerate(
                self.instance.guidance_topics.order_by("position")
                .values_list("topic_id", flat=True))}
            ticked.sort(key=lambda topic: order.get(topic.pk, len(order)))
        topics: list[TopicRef] = [*ticked, *new_topics(data.pop("new_topics"))]
        data["topics"] = topics
        data["units"] = list(data["units"])
        return data


class GuidanceFilterForm(BoundedForm, forms.Form):
    """The list's search: number, symbol or title, marks and case ignored."""

    q = forms.CharField(label=_("Tìm theo số, ký hiệu, trích yếu"), required=False)
