from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "demo"
    verbose_name = "Demo"

    def ready(self) -> None:
        from demo import signals  # noqa: F401  (the 2024 banner of a demo database)
