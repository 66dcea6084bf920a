from django.apps import AppConfig
from django.db.backends.signals import connection_created


class KehoachConfig(AppConfig):
    name = "kehoach"
    verbose_name = "kehoach"

    def ready(self) -> None:
        from kehoach import audit
        from kehoach.db import register_sqlite_collation

        connection_created.connect(register_sqlite_collation)
        audit.connect()
