"""The languages products are published in, as the records migration seeds them.

Kept here too so that a database emptied by a test flush, or created before a language was
added, can be brought back to the full list with `records.services.languages_seed`.
"""

# (code, name, group)
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

