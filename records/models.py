"""What the programme produced: communication products and activities, counted, never people.

A product is one published item (a news item, an article, a broadcast); an activity is a
training, exhibition or contest with participant counts by group. Neither holds the name of a
private person: kehoach records the programme's output, not individuals.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from kehoach.models import DerivedFieldsModel
from kehoach.vntext.text import fold
from units.models import Unit


class ProductKind(models.TextChoices):
    NEWS = "news", _("Tin")
    ARTICLE = "article", _("Bài")
    REPORTAGE = "reportage", _("Phóng sự")
    COLUMN = "column", _("Chuyên mục")
    INFOGRAPHIC = "infographic", _("Đồ họa thông tin (infographic)")
    VIDEO = "video", _("Video clip")
    RADIO_PROGRAMME = "radio", _("Chương trình phát thanh")
    TV_PROGRAMME = "tv", _("Chương trình truyền hình")
    PUBLICATION = "publication", _("Ấn phẩm")
    POSTER = "poster", _("Pano, áp phích")
    OTHER = "other", _("Khác")


BROADCAST_KINDS = (ProductKind.RADIO_PROGRAMME, ProductKind.TV_PROGRAMME, ProductKind.VIDEO,
                   ProductKind.REPORTAGE)


class Channel(models.TextChoices):
    PRINT = "print", _("Báo in")
    ONLINE = "online", _("Báo điện tử")
    TELEVISION = "tv", _("Truyền hình")
    RADIO = "radio", _("Phát thanh")
    PORTAL = "portal", _("Cổng/trang thông tin điện tử")
    SOCIAL = "social", _("Mạng xã hội")
    LOUDSPEAKER = "loudspeaker", _("Truyền thanh cơ sở")
    OTHER = "other", _("Khác")


DIGITAL_CHANNELS = (Channel.ONLINE, Channel.PORTAL, Channel.SOCIAL)


class LanguageGroup(models.TextChoices):
    NATIONAL = "national", _("Tiếng Việt")
    MINORITY = "minority", _("Tiếng dân tộc thiểu số")
    FOREIGN = "foreign", _("Tiếng nước ngoài")


class Language(models.Model):
    """A language products are published in; the list is data (a migration seeds it)."""

    code = models.CharField(_("mã"), max_length=16, unique=True)
    name = models.CharField(_("tên"), max_length=64)
    group = models.CharField(_("nhóm"), max_length=16, choices=LanguageGroup.choices)
    position = models.PositiveSmallIntegerField(_("thứ tự"), default=0)

    class Meta:
        verbose_name = _("ngôn ngữ")
        verbose_name_plural = _("ngôn ngữ")
        ordering = ["position", "name"]

    def __str__(self) -> str:
        return self.name


class Topic(DerivedFieldsModel):
    """A subject units are asked to cover ("Bảo vệ báo cáo quốc gia UPR"), set by a guidance."""

    name = models.CharField(_("chủ đề"), max_length=255)
    description = models.TextField(_("mô tả"), blank=True)
    search_text = models.CharField(max_length=600, editable=False, db_index=True)
    derived_fields = ("search_text",)

    class Meta:
        verbose_name = _("chủ đề tuyên truyền")
        verbose_name_plural = _("chủ đề tuyên truyền")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def refresh_derived(self) -> None:
        self.search_text = fold(self.name)


class Product(DerivedFieldsModel):
    title = models.CharField(_("tên sản phẩm"), max_length=500)
    kind = models.CharField(_("loại"), max_length=16, choices=ProductKind.choices)
    channel = models.CharField(_("kênh"), max_length=16, choices=Channel.choices)
    platform = models.CharField(_("nền tảng mạng xã hội"), max_length=64, blank=True,
                                help_text=_("Ví dụ: Facebook, Zalo, YouTube, TikTok."))
    languages = models.ManyToManyField(Language, verbose_name=_("ngôn ngữ"),
                                       related_name="products")
    published_on = models.DateField(_("ngày đăng, phát"))
    unit = models.ForeignKey(Unit, verbose_name=_("đơn vị thực hiện"), on_delete=models.PROTECT,
                             related_name="products")
    link = models.URLField(_("đường dẫn"), max_length=500, blank=True)
    file = models.FileField(_("tệp đính kèm"), upload_to="products/%Y/%m/", blank=True)
    duration_minutes = models.PositiveIntegerField(
        _("thời lượng (phút)"), null=True, blank=True,
        help_text=_("Chỉ với chương trình phát thanh, truyền hình, video."))
    topics = models.ManyToManyField(Topic, verbose_name=_("chủ đề"), related_name="products",
                                    blank=True)
    tasks = models.ManyToManyField("plans.Task", verbose_name=_("nhiệm vụ"),
                                   related_name="recorded_products", blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("người nhập"),
                                   null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    created_at = models.DateTimeField(_("thời điểm nhập"), auto_now_add=True)
    search_text = models.CharField(max_length=600, editable=False)
    derived_fields = ("search_text",)

    class Meta:
        verbose_name = _("sản phẩm truyền thông")
        verbose_name_plural = _("sản phẩm truyền thông")
        ordering = ["-published_on", "-pk"]
        indexes = [
            models.Index(fields=["unit", "published_on"], name="product_unit_date"),
            # The lists' keyset order (kehoach.keyset): newest first, the id breaking ties.
            models.Index(fields=["published_on", "id"], name="product_date_id"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(duration_minutes__isnull=True) | Q(duration_minutes__gt=0),
                name="product_duration_positive",
                violation_error_message=_("Thời lượng phải lớn hơn 0 phút."),
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("records:product_detail", args=[self.pk])

    def refresh_derived(self) -> None:
        self.search_text = fold(self.title)[:600]


class PlanProduct(models.Model):
    """A plan's product, narrowed to what the dashboard counts: one row per plan and product
    linked to one of its tasks, with the product's date, unit, channel and languages.

    The dashboard reads a plan's products in one pass; from the product table it had to find
    them through the task links and fetch each one's languages (3 joins over 30,000 products of
    a national plan). Written only by records.plan_products, in the transaction of every
    product write and task removal, and checked against the live links by its tests.
    """

    # The unique (plan, product) index and the covering one below serve the plan's lookups.
    plan = models.ForeignKey("plans.Plan", on_delete=models.CASCADE, related_name="+",
                             db_index=False)
    product = models.ForeignKey(Product, on_delete=models.CASCADE, related_name="+")
    published_on = models.DateField()
    unit = models.ForeignKey(Unit, on_delete=models.CASCADE, related_name="+", db_index=False)
    channel = models.CharField(max_length=16)
    # The product's language ids, ascending, comma-separated ("1,4"): grouped on as they are,
    # and tested with LIKE '%,4,%' on ',' || languages || ',' on either database.
    languages = models.CharField(max_length=200)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["plan", "product"],
                                               name="plan_product_once")]
        # Every column the dashboard's pass reads (indicators.one_pass): the plan's rows are
        # read from the index alone, not from the table's pages they are spread over (a
        # national plan's statement 52 ms -> 28 ms on PostgreSQL).
        indexes = [models.Index(fields=["plan", "published_on", "unit", "channel", "languages"],
                                name="plan_product_counted")]

    def __str__(self) -> str:
        return f"{self.plan_id}:{self.product_id}"


class PlanProductsToken(models.Model):
    """A random number drawn anew in the transaction of every change to a plan's copy
    (records.plan_products): the dashboard keeps its pass over the copy under it, so a figure
    kept is one the copy still gives. Random, not counted up, so that no number comes back
    after a plan's deletion or a restored backup."""

    plan = models.OneToOneField("plans.Plan", on_delete=models.CASCADE, primary_key=True,
                                related_name="+")
    token = models.BigIntegerField()

    def __str__(self) -> str:
        return f"{self.plan_id}:{self.token}"


class ActivityKind(models.TextChoices):
    TRAINING = "training", _("Tập huấn, bồi dưỡng")
    EXHIBITION = "exhibition", _("Triển lãm")
    CONTEST = "contest", _("Cuộc thi")
    PRESS_CONFERENCE = "press", _("Họp báo")
    SEMINAR = "seminar", _("Hội thảo, tọa đàm")
    INTEGRATED = "integrated", _("Lồng ghép trong hội nghị, sinh hoạt")
    OTHER = "other", _("Khác")


class ParticipantGroup(models.TextChoices):
    KEY_OFFICIALS = "key_officials", _("Cán bộ chủ chốt")
    PRESS = "press", _("Phóng viên, biên tập viên")
    COMMUNE_OFFICIALS = "commune_officials", _("Cán bộ cấp xã")
    STUDENTS = "students", _("Học sinh, sinh viên")
    RESIDENTS = "residents", _("Người dân")
    OTHER = "other", _("Khác")


class Activity(DerivedFieldsModel):
    title = models.CharField(_("tên hoạt động"), max_length=500)
    kind = models.CharField(_("loại"), max_length=16, choices=ActivityKind.choices)
    start_date = models.DateField(_("từ ngày"))
    end_date = models.DateField(_("đến ngày"))
    place = models.CharField(_("địa điểm"), max_length=255, blank=True)
    unit = models.ForeignKey(Unit, verbose_name=_("đơn vị tổ chức"), on_delete=models.PROTECT,
                             related_name="activities")
    tasks = models.ManyToManyField("plans.Task", verbose_name=_("nhiệm vụ"),
                                   related_name="activities", blank=True)
    topics = models.ManyToManyField(Topic, verbose_name=_("chủ đề"), related_name="activities",
                                    blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("người nhập"),
                                   null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    created_at = models.DateTimeField(_("thời điểm nhập"), auto_now_add=True)
    # Searching "tap huan" finds "Tập huấn" on SQLite and PostgreSQL alike: the folded title
    # and place are stored, as for products.
    search_text = models.CharField(max_length=600, editable=False)
    derived_fields = ("search_text",)

    class Meta:
        verbose_name = _("hoạt động")
        verbose_name_plural = _("hoạt động")
        ordering = ["-start_date", "-pk"]
        indexes = [models.Index(fields=["unit", "start_date"], name="activity_unit_date"),
                   models.Index(fields=["start_date", "id"], name="activity_date_id")]
        constraints = [
            models.CheckConstraint(
                condition=Q(end_date__gte=models.F("start_date")),
                name="activity_end_after_start",
                violation_error_message=_("Ngày kết thúc phải bằng hoặc sau ngày bắt đầu."),
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("records:activity_detail", args=[self.pk])

    def refresh_derived(self) -> None:
        self.search_text = fold(f"{self.title} {self.place}")[:600]

    @property
    def participants(self) -> int:
        return sum(p.count for p in self.participations.all())


class Participation(models.Model):
    """How many took part from one group: a count, never a list of people."""

    activity = models.ForeignKey(Activity, verbose_name=_("hoạt động"),
                                 on_delete=models.CASCADE, related_name="participations")
    group = models.CharField(_("thành phần"), max_length=24, choices=ParticipantGroup.choices)
    count = models.PositiveIntegerField(_("số người"))

    class Meta:
        verbose_name = _("số người tham gia")
        verbose_name_plural = _("số người tham gia")
        constraints = [models.UniqueConstraint(fields=["activity", "group"],
                                               name="participation_one_per_group")]

    def __str__(self) -> str:
        return f"{self.get_group_display()}: {self.count}"

    def get_additional_data(self) -> dict[str, int]:
        return {"activity_id": self.activity_id}


class ImportStatus(models.TextChoices):
    READY = "ready", _("Chờ xác nhận")
    DONE = "done", _("Đã nhập")


class ProductImport(models.Model):
    """One spreadsheet of products between its upload and the reporter's confirmation.

    `summary` holds what the reader found in each row (values, errors, rows already
    recorded), so the preview is shown and the confirmation acts on exactly what the
    reporter saw, without reading the file again. The file is kept as evidence of what
    was sent; a file that could not be read is never stored.
    """

    file = models.FileField(_("tệp"), upload_to="imports/%Y/%m/")
    original_name = models.CharField(_("tên tệp"), max_length=255)
    sha256 = models.CharField(max_length=64, db_index=True, editable=False)
    status = models.CharField(_("trạng thái"), max_length=16, choices=ImportStatus.choices,
                              default=ImportStatus.READY)
    summary = models.JSONField(_("kết quả đọc tệp"), default=dict, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("người nhập"),
                                   on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(_("thời điểm tải lên"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("thời điểm xác nhận"), null=True, blank=True)

    class Meta:
        verbose_name = _("lượt nhập sản phẩm từ Excel")
        verbose_name_plural = _("lượt nhập sản phẩm từ Excel")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return self.original_name

    def get_absolute_url(self) -> str:
        return reverse("records:import_preview", args=[self.pk])
