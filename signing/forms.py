"""The signing pages' forms: input and validation only, the services do the work."""

from django import forms
from django.utils.translation import gettext_lazy as _

from kehoach.forms import BoundedForm, DateInput


class SignedUploadForm(BoundedForm, forms.Form):
    file = forms.FileField(label=_("Tệp PDF đã ký số"),
                           widget=forms.ClearableFileInput(attrs={"accept": ".pdf"}))


class IssueForm(BoundedForm, forms.Form):
    number = forms.CharField(label=_("Số văn bản"), max_length=6,
                             help_text=_("Số văn thư cấp, ví dụ 312."))
    issued_on = forms.DateField(label=_("Ngày ban hành"), widget=DateInput())


class NewVersionForm(BoundedForm, forms.Form):
    reason = forms.CharField(label=_("Lý do mở phiên bản mới"), max_length=2000,
                             widget=forms.Textarea(attrs={"rows": 3}))


class TrustedRootForm(BoundedForm, forms.Form):
    name = forms.CharField(label=_("Tên gọi"), max_length=255, required=False,
                           help_text=_("Để trống thì dùng tên trong chứng thư số."))
    file = forms.FileField(label=_("Tệp chứng thư số gốc (.cer, .crt, .der, .pem)"))
