from django.db import migrations

# (code, name, group): Vietnamese; the ethnic-minority languages provinces publish in (radio,
# television and portal programmes in Khmer, Hmong, Thai, Ede, Jrai, Bahnar, Cham, Tay, Nung...);
# the foreign languages of external information.
LANGUAGES = [
    ("vi", "Tiếng Việt", "national"),
    ("km", "Tiếng Khmer", "minority"),
    ("hmn", "Tiếng Mông", "minority"),
    ("tyz", "Tiếng Tày", "minority"),
    ("nut", "Tiếng Nùng", "minority"),
    ("tmr", "Tiếng Thái", "minority"),
    ("mtq", "Tiếng Mường", "minority"),
    ("rad", "Tiếng Ê Đê", "minority"),
    ("jra", "Tiếng Gia Rai", "minority"),
    ("bdq", "Tiếng Ba Na", "minority"),
    ("sed", "Tiếng Xơ Đăng", "minority"),
    ("mnw-kho", "Tiếng K'Ho", "minority"),
    ("mnn", "Tiếng M'Nông", "minority"),
    ("cja", "Tiếng Chăm", "minority"),
    ("cjm", "Tiếng Chăm (Đông)", "minority"),
    ("raglai", "Tiếng Raglai", "minority"),
    ("stieng", "Tiếng Xtiêng", "minority"),
    ("dao", "Tiếng Dao", "minority"),
    ("hoa", "Tiếng Hoa", "minority"),
    ("en", "Tiếng Anh", "foreign"),
    ("fr", "Tiếng Pháp", "foreign"),
    ("zh", "Tiếng Trung Quốc", "foreign"),
    ("lo", "Tiếng Lào", "foreign"),
    ("khm-kh", "Tiếng Campuchia", "foreign"),
    ("ja", "Tiếng Nhật", "foreign"),
    ("ko", "Tiếng Hàn", "foreign"),
    ("ru", "Tiếng Nga", "foreign"),
    ("es", "Tiếng Tây Ban Nha", "foreign"),
]


def seed(apps, schema_editor):
    Language = apps.get_model("records", "Language")
    for position, (code, name, group) in enumerate(LANGUAGES):
        Language.objects.update_or_create(code=code, defaults={
            "name": name, "group": group, "position": position})


class Migration(migrations.Migration):
    dependencies = [("records", "0001_products_activities")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
